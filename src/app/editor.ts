import { assign, setup } from 'xstate';
import { findPreset, normalizeScenario, parseScenario, type Scenario } from '../model';
import { presetTitle, readableTitle } from './catalogue';
import { applyEdit, type ScenarioEdit } from './scenario-edits';

/**
 * The scenario editor (step 5): every control is an event; an edit computes a new scenario from the current
 * one (scenario-edits.ts) and never changes a scenario in place. Reset All returns to the scenario that was
 * opened (a preset, a shared link or a file); undo steps back through this session's edits.
 */
export interface EditorContext {
  /** The preset's title (src/content/presets.ts), or a title for a link or file. */
  readonly title: string;
  /** A file's or link's description; '' for a preset, whose description is the picker's to show. */
  readonly description: string;
  /** The preset this scenario started from; null for a link or file. */
  readonly presetName: string | null;
  /** What Reset All returns to. */
  readonly base: Scenario;
  readonly scenario: Scenario;
  /** Has the learner changed the opened scenario? */
  readonly edited: boolean;
  /** The last change in one plain sentence, for the live summary; null before any change. */
  readonly said: string | null;
  /** Why the last request was refused (an unknown preset, a file that is not a scenario); else null. */
  readonly problem: string | null;
  readonly history: readonly Scenario[];
  /** Counts every change of `scenario`, so views can tell a new result from an old one. */
  readonly revision: number;
}

export type EditorEvent =
  | ScenarioEdit
  | { readonly type: 'preset.choose'; readonly name: string }
  | {
      readonly type: 'scenario.load';
      readonly scenario: unknown;
      readonly title: string;
      readonly description?: string;
    }
  | { readonly type: 'reset' }
  | { readonly type: 'undo' };

export interface EditorInput {
  readonly scenario: Scenario;
  readonly title: string;
  readonly description: string;
  readonly presetName: string | null;
}

const HISTORY_LIMIT = 50;
const EDIT_TYPES: ReadonlySet<string> = new Set([
  'regimen.set',
  'dose.change',
  'taper.start',
  'opioid.stop',
  'opioid.restart',
  'drug.rotate',
  'adjuvant.set',
  'mechanism.set',
  'patient.susceptibility',
  'patient.baseline',
  'patient.individual',
  'duration.set',
]);
const isEdit = (event: EditorEvent): event is ScenarioEdit => EDIT_TYPES.has(event.type);

/** A fresh context for an opened scenario (preset, link or file). */
function opened(
  context: EditorContext,
  scenario: Scenario,
  title: string,
  description: string,
  presetName: string | null,
  said: string,
): EditorContext {
  return {
    title,
    description,
    presetName,
    base: scenario,
    scenario,
    edited: false,
    said,
    problem: null,
    history: [],
    revision: context.revision + 1,
  };
}

/** An editor's context when it opens `input` (the session keeps a copy of each editor's context). */
export function editorContextFrom(input: EditorInput): EditorContext {
  return {
    title: input.title,
    description: input.description,
    presetName: input.presetName,
    base: input.scenario,
    scenario: input.scenario,
    edited: false,
    said: null,
    problem: null,
    history: [],
    revision: 0,
  };
}

export const editorMachine = setup({
  types: { context: {} as EditorContext, events: {} as EditorEvent, input: {} as EditorInput },
  actions: {
    edit: assign(({ context, event }) => {
      if (!isEdit(event)) return {};
      const { scenario, said } = applyEdit(context.scenario, event);
      if (JSON.stringify(scenario) === JSON.stringify(context.scenario)) return { said, problem: null };
      return {
        scenario,
        said,
        problem: null,
        edited: true,
        history: [...context.history, context.scenario].slice(-HISTORY_LIMIT),
        revision: context.revision + 1,
      };
    }),
    choosePreset: assign(({ context, event }) => {
      if (event.type !== 'preset.choose') return {};
      const preset = findPreset(event.name);
      if (!preset) return { problem: `There is no scenario called “${event.name}”.` };
      const scenario = normalizeScenario(preset.scenario);
      const title = presetTitle(preset.name);
      return opened(context, scenario, title, '', preset.name, `Opened ${title}.`);
    }),
    load: assign(({ context, event }) => {
      if (event.type !== 'scenario.load') return {};
      const parsed = parseScenario(event.scenario);
      if (!parsed.ok) return { problem: `That is not a scenario this app can open: ${parsed.error}` };
      const title = readableTitle(event.title.trim().slice(0, 80)) || 'Loaded scenario';
      return opened(context, parsed.scenario, title, event.description ?? '', null, `Opened ${title}.`);
    }),
    reset: assign(({ context }) =>
      context.edited
        ? {
            scenario: context.base,
            edited: false,
            said: `Reset to ${context.title} as first opened.`,
            problem: null,
            history: [...context.history, context.scenario].slice(-HISTORY_LIMIT),
            revision: context.revision + 1,
          }
        : { said: `${context.title} is already as first opened.`, problem: null },
    ),
    undo: assign(({ context }) => {
      const previous = context.history.at(-1);
      if (!previous) return { said: 'Nothing to undo.', problem: null };
      return {
        scenario: previous,
        history: context.history.slice(0, -1),
        edited: JSON.stringify(previous) !== JSON.stringify(context.base),
        said: 'Last change undone.',
        problem: null,
        revision: context.revision + 1,
      };
    }),
  },
}).createMachine({
  id: 'editor',
  context: ({ input }) => editorContextFrom(input),
  on: {
    'preset.choose': { actions: 'choosePreset' },
    'scenario.load': { actions: 'load' },
    reset: { actions: 'reset' },
    undo: { actions: 'undo' },
    'regimen.set': { actions: 'edit' },
    'dose.change': { actions: 'edit' },
    'taper.start': { actions: 'edit' },
    'opioid.stop': { actions: 'edit' },
    'opioid.restart': { actions: 'edit' },
    'drug.rotate': { actions: 'edit' },
    'adjuvant.set': { actions: 'edit' },
    'mechanism.set': { actions: 'edit' },
    'patient.susceptibility': { actions: 'edit' },
    'patient.baseline': { actions: 'edit' },
    'patient.individual': { actions: 'edit' },
    'duration.set': { actions: 'edit' },
  },
});
