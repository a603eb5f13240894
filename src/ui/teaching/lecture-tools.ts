import type { Actor } from 'xstate';
import { experimentLinkWords as x } from '../../content/experiment-link-words';
import { lectureFileText as fileText, lectureText as t } from '../../content/lecture-words';
import type { LectureFiles } from '../../lessons/lecture-file';
import type { lectureMachine } from '../../lessons/lecture-machine';
import type { Lecture } from '../../lessons/lectures';
import type { SimSetup } from '../../lessons/types';
import { el } from '../kit/dom';
import { addSceneForm, disclosureButton, lectureButton, shareLinkControl } from './lecture-parts';

export interface LectureToolsOptions {
  readonly actor: Actor<typeof lectureMachine>;
  readonly files: LectureFiles;
  /** The simulation as it stands, as a setup that restores it ("Add this scene"). */
  readonly captureSetup: () => SimSetup;
  readonly say: (text: string) => void;
  readonly complain: (text: string) => void;
  /** Turns an encoded lecture into a full URL; without it, no link button. */
  readonly onShareLink: ((encoded: string) => string) | undefined;
  readonly clipboard: Pick<Clipboard, 'writeText'> | undefined;
  /** Ready-made lectures to open instead of this one, each loaded when chosen (a lazy chunk). */
  readonly readyLectures?: readonly ReadyLecture[] | undefined;
}

/** A ready-made lecture by its title, its scenes loaded only when a lecturer opens it. */
export interface ReadyLecture {
  readonly title: string;
  load(): Promise<Lecture>;
}

export interface LectureTools {
  /** The Tools button that shows and hides them. */
  readonly toggle: HTMLButtonElement;
  /** The row of tools (hidden at first). */
  readonly tools: HTMLElement;
  /** Below the bar's buttons: the form of "Add this scene", and the link field where the clipboard is refused. */
  readonly below: readonly (HTMLElement | undefined)[];
  /** Remove scene, marked disabled while one scene is left. */
  readonly removeButton: HTMLButtonElement;
}

/**
 * The lecturer's own tools, folded away so the caption and the simulation keep the room: add the simulation
 * as it stands as a scene, remove the scene, save the lecture as a file, open one, and copy a link to it.
 */
export function lectureTools(options: LectureToolsOptions): LectureTools {
  const { actor, files, say, complain } = options;
  const addForm = addSceneForm(
    files,
    (scene) => {
      actor.send({ type: 'add', scene: { ...scene, setup: options.captureSetup() } });
      say(t.sceneAdded(actor.getSnapshot().context.index + 1));
    },
    complain,
  );
  const removeButton = lectureButton(t.removeScene, () => {
    const { context } = actor.getSnapshot();
    if (context.lecture.scenes.length <= 1) return complain(t.removeLast);
    const removed = context.lecture.scenes[context.index]?.caption ?? '';
    actor.send({ type: 'remove', index: context.index });
    say(t.sceneRemoved(removed));
  });
  const saveButton = lectureButton(t.saveFile, () => {
    const { lecture } = actor.getSnapshot().context;
    const blob = new Blob([files.toJson(lecture)], { type: 'application/json' });
    const link = el('a', { href: URL.createObjectURL(blob), download: files.fileName(lecture) });
    link.click();
    URL.revokeObjectURL(link.href);
  });
  const open = openFileControl(options);
  const share = options.onShareLink
    ? shareLinkControl(
        () => files.encode(actor.getSnapshot().context.lecture),
        options.onShareLink,
        options.clipboard,
        say,
      )
    : null;
  const tools = el(
    'div',
    { class: 'lecture-tools', id: 'lecture-tools', hidden: true },
    ...readyLectureChooser(options),
    addForm.toggle,
    removeButton,
    saveButton,
    open.button,
    open.picker,
    share?.button,
  );
  return {
    toggle: disclosureButton(t.tools, tools),
    tools,
    below: [addForm.form, share?.manual],
    removeButton,
  };
}

/** "Open lecture file": a button for a hidden file picker; a file that cannot be read is said, not thrown. */
function openFileControl(options: LectureToolsOptions) {
  const { actor, files, say, complain } = options;
  const picker = el('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    tabindex: -1,
    'aria-label': t.openFileLabel,
  });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (file) void openFile(file);
  });
  async function openFile(file: Pick<File, 'size' | 'text'>): Promise<void> {
    if (file.size > files.maxChars) return complain(fileText.tooLarge);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return complain(fileText.notJson);
    }
    const read = files.read(text);
    if (!read.ok) return complain(read.message);
    actor.send({ type: 'load', lecture: read.lecture });
    say(t.opened(read.lecture.title, read.lecture.scenes.length));
  }
  return { button: lectureButton(t.openFile, () => picker.click()), picker };
}

/**
 * "Ready lecture: [Landmark experiments ▾] Open ready lecture": a choice of the ready-made lectures, first the
 * one not shown now, opened in place of the lecture shown (a lecturer's own changes go with it, as when a file
 * is opened). A lecture whose chunk cannot be fetched is said.
 */
function readyLectureChooser(options: LectureToolsOptions): HTMLElement[] {
  const { actor, say, complain } = options;
  const ready = options.readyLectures ?? [];
  if (ready.length === 0) return [];
  const shown = actor.getSnapshot().context.lecture.title;
  const select = el(
    'select',
    { id: 'lecture-ready' },
    ...ready.map((lecture, i) => el('option', { value: String(i) }, lecture.title)),
  );
  select.value = String(
    Math.max(
      0,
      ready.findIndex((lecture) => lecture.title !== shown),
    ),
  );
  const open = lectureButton(x.openReady, () => {
    const lecture = ready[Number(select.value)];
    lecture?.load().then(
      (loaded) => {
        actor.send({ type: 'load', lecture: loaded });
        say(t.opened(loaded.title, loaded.scenes.length));
      },
      () => complain(x.readyFailed(lecture.title)),
    );
  });
  return [
    el('div', { class: 'lecture-ready' }, el('label', { for: select.id }, x.readyLecture), select, open),
  ];
}
