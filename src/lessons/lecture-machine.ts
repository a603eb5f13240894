import { and, assign, enqueueActions, setup } from 'xstate';
import type { Lecture, LectureScene } from './lectures';
import type { SimSetup } from './types';

/**
 * Lecture mode (issue 7, "Lecture scenarios"): which scene of which lecture is shown, and the lecturer's
 * changes to the sequence. Next and Previous stop at the ends; Go to ignores an index outside the lecture.
 *
 * How the app learns what to show, as for lessons (lesson-machine.ts): whenever another scene becomes current
 * because the lecturer moved (next, prev, goto), a lecture was opened (start, load) or the current scene was
 * removed, the machine
 *   - sets `context.setup` and increments `context.setupRevision`, and
 *   - emits `{ type: 'lecture.setup', setup, revision }` (subscribe with `actor.on('lecture.setup', …)`
 *     before `actor.start()` to receive the first one).
 * Adding a scene makes it current without issuing it: it was captured from what the simulation shows.
 * Moving, renaming and removing another scene leave the simulation as it is.
 */
export const MAX_SCENES = 100;
export const MAX_TITLE_LENGTH = 120;

export interface LectureContext {
  readonly lecture: Lecture;
  /** The current scene's position (0-based); always a valid index (a lecture keeps at least one scene). */
  readonly index: number;
  /** The setup the app should apply now (null before any). */
  readonly setup: SimSetup | null;
  /** Changes every time a setup is issued, even the same one again. */
  readonly setupRevision: number;
}

/** A scene to add: its id is made unique by the machine. */
export type NewScene = Omit<LectureScene, 'id'> & { readonly id?: string };

export type LectureEvent =
  | { readonly type: 'next' }
  | { readonly type: 'prev' }
  | { readonly type: 'goto'; readonly index: number }
  | { readonly type: 'add'; readonly scene: NewScene }
  | { readonly type: 'remove'; readonly index: number }
  | { readonly type: 'move'; readonly from: number; readonly to: number }
  | { readonly type: 'rename'; readonly title: string }
  | { readonly type: 'load'; readonly lecture: Lecture };

export interface LectureSetupEmitted {
  readonly type: 'lecture.setup';
  readonly setup: SimSetup;
  readonly revision: number;
}

export interface LectureInput {
  readonly lecture: Lecture;
  /** Start at this scene (a link may say which); out of range starts at the first. */
  readonly index?: number;
}

/** The scene shown now. */
export const currentScene = (context: LectureContext): LectureScene => {
  const scene = context.lecture.scenes[context.index];
  if (!scene) throw new Error(`Lecture ${context.lecture.id} has no scene ${context.index}`);
  return scene;
};

const isIndex = (lecture: Lecture, index: number) =>
  Number.isInteger(index) && index >= 0 && index < lecture.scenes.length;

/** An id not yet used in the lecture: the wanted one, else `scene-2`, `scene-3`, … */
function uniqueId(scenes: readonly LectureScene[], wanted: string | undefined): string {
  const used = new Set(scenes.map((s) => s.id));
  const base = wanted && wanted.trim() !== '' ? wanted.trim() : 'scene';
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

const withScenes = (lecture: Lecture, scenes: readonly LectureScene[]): Lecture => ({ ...lecture, scenes });

export const lectureMachine = setup({
  types: {
    context: {} as LectureContext,
    events: {} as LectureEvent,
    input: {} as LectureInput,
    emitted: {} as LectureSetupEmitted,
  },
  guards: {
    hasNext: ({ context }) => context.index < context.lecture.scenes.length - 1,
    hasPrev: ({ context }) => context.index > 0,
    validGoto: ({ context, event }) => event.type === 'goto' && isIndex(context.lecture, event.index),
    roomForScene: ({ context, event }) =>
      event.type === 'add' && context.lecture.scenes.length < MAX_SCENES && event.scene.caption.trim() !== '',
    removable: ({ context, event }) =>
      event.type === 'remove' && context.lecture.scenes.length > 1 && isIndex(context.lecture, event.index),
    removesCurrent: ({ context, event }) => event.type === 'remove' && event.index === context.index,
    validMove: ({ context, event }) =>
      event.type === 'move' &&
      event.from !== event.to &&
      isIndex(context.lecture, event.from) &&
      isIndex(context.lecture, event.to),
    validTitle: ({ event }) =>
      event.type === 'rename' && event.title.trim() !== '' && event.title.trim().length <= MAX_TITLE_LENGTH,
    hasScenes: ({ event }) => event.type === 'load' && event.lecture.scenes.length > 0,
  },
  actions: {
    issueSetup: enqueueActions(({ context, enqueue }) => {
      const setup = context.lecture.scenes[context.index]?.setup;
      if (!setup) return;
      const revision = context.setupRevision + 1;
      enqueue.assign({ setup, setupRevision: revision });
      enqueue.emit({ type: 'lecture.setup', setup, revision });
    }),
    forward: assign({ index: ({ context }) => context.index + 1 }),
    backward: assign({ index: ({ context }) => context.index - 1 }),
    jump: assign({ index: ({ context, event }) => (event.type === 'goto' ? event.index : context.index) }),
    insertAfterCurrent: assign(({ context, event }) => {
      if (event.type !== 'add') return {};
      const { scenes } = context.lecture;
      const scene: LectureScene = {
        id: uniqueId(scenes, event.scene.id),
        caption: event.scene.caption.trim(),
        notes: event.scene.notes.trim(),
        setup: event.scene.setup,
      };
      const at = context.index + 1;
      return {
        lecture: withScenes(context.lecture, [...scenes.slice(0, at), scene, ...scenes.slice(at)]),
        index: at,
      };
    }),
    removeScene: assign(({ context, event }) => {
      if (event.type !== 'remove') return {};
      const scenes = context.lecture.scenes.filter((_, i) => i !== event.index);
      // Removing the current scene shows the one after it (the one before, at the end); removing an earlier
      // one keeps the same scene current.
      const index =
        event.index < context.index ? context.index - 1 : Math.min(context.index, scenes.length - 1);
      return { lecture: withScenes(context.lecture, scenes), index };
    }),
    moveScene: assign(({ context, event }) => {
      if (event.type !== 'move') return {};
      const scenes = [...context.lecture.scenes];
      const [moved] = scenes.splice(event.from, 1);
      if (!moved) return {};
      scenes.splice(event.to, 0, moved);
      // The current scene stays current wherever it now is.
      const current = currentScene(context);
      return { lecture: withScenes(context.lecture, scenes), index: scenes.indexOf(current) };
    }),
    rename: assign({
      lecture: ({ context, event }) =>
        event.type === 'rename' ? { ...context.lecture, title: event.title.trim() } : context.lecture,
    }),
    open: assign(({ event }) => (event.type === 'load' ? { lecture: event.lecture, index: 0 } : {})),
  },
}).createMachine({
  id: 'lecture',
  context: ({ input }) => ({
    lecture: input.lecture,
    index: input.index !== undefined && isIndex(input.lecture, input.index) ? input.index : 0,
    setup: null,
    setupRevision: 0,
  }),
  entry: 'issueSetup',
  on: {
    next: { guard: 'hasNext', actions: ['forward', 'issueSetup'] },
    prev: { guard: 'hasPrev', actions: ['backward', 'issueSetup'] },
    goto: { guard: 'validGoto', actions: ['jump', 'issueSetup'] },
    add: { guard: 'roomForScene', actions: 'insertAfterCurrent' },
    remove: [
      { guard: and(['removable', 'removesCurrent']), actions: ['removeScene', 'issueSetup'] },
      { guard: 'removable', actions: 'removeScene' },
    ],
    move: { guard: 'validMove', actions: 'moveScene' },
    rename: { guard: 'validTitle', actions: 'rename' },
    load: { guard: 'hasScenes', actions: ['open', 'issueSetup'] },
  },
});
