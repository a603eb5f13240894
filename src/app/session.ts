import type { Actor } from 'xstate';
import {
  DRUGS,
  snapshotAt,
  type DoseResponse,
  type Scenario,
  type SimulationResult,
  type Snapshot,
} from '../model';
import type { clockMachine } from './clock';
import type { compareMachine, Side } from './compare';
import type { editorMachine, EditorEvent } from './editor';
import type { LinkState } from './link-state';
import { activeDrugAt, type ScenarioEdit } from './scenario-edits';
import type { SimulationClient } from './simulation-client';

/**
 * The running session (step 5): one clock, an editor per side (A, and B in compare mode), the compare
 * state, and a model worker per side. It computes each side's result whenever its scenario changes (a
 * result for an outdated scenario is discarded by the client), keeps the clock's length in step, moves the
 * dose–response day to the clock's time when it rests, and writes the live summary of what changed.
 * No DOM here: the views subscribe.
 */
export interface Computed {
  readonly side: Side;
  readonly title: string;
  readonly scenario: Scenario;
  readonly result: SimulationResult;
  readonly doseResponse: DoseResponse | null;
  /** The editor revision this result belongs to. */
  readonly revision: number;
}

export interface SessionState {
  readonly a: Computed | null;
  readonly b: Computed | null;
  readonly comparing: boolean;
  readonly shown: Side;
  readonly editing: Side;
  readonly chartDay: number;
  /** A model error, in words; null when the last run worked. */
  readonly error: string | null;
  /** The live summary: the last change and what it did to pain. */
  readonly summary: string;
  /** Counts changes of `a`/`b` (new results), so views redraw charts only then. */
  readonly resultsRevision: number;
}

/** The dose the virtual patient gets at a time, in MME/day (mg/kg/day in rat experiments). */
export interface DoseNow {
  readonly dosePerDay: number;
  readonly unit: 'MME/day' | 'mg/kg/day';
  readonly drugLabel: string | null;
}

/** A from-now edit as a control sends it: the session adds the time and the current dose. */
export type Intent =
  | Exclude<EditorEvent, { atDay: number }>
  | DistributiveOmit<Extract<ScenarioEdit, { atDay: number }>, 'atDay' | 'currentDosePerDay'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface SessionActors {
  readonly clock: Actor<typeof clockMachine>;
  readonly editors: Readonly<Record<Side, Actor<typeof editorMachine>>>;
  readonly compare: Actor<typeof compareMachine>;
  readonly clients: Readonly<Record<Side, SimulationClient>>;
  /** Runs `callback` after `ms` unless cancelled (setTimeout in the app, a manual scheduler in tests). */
  readonly later: (callback: () => void, ms: number) => () => void;
}

export interface Session {
  readonly state: SessionState;
  subscribe(listener: (state: SessionState) => void): () => void;
  /**
   * Sends a control's event to the side being edited, with the time and dose a from-now edit needs;
   * returns the event as sent.
   */
  send(intent: Intent): EditorEvent;
  /** Compare on with B as `preset` (or a copy of A as it is now when null), or off. */
  setCompare(on: boolean, preset?: string | null): void;
  /** Reset All: both editors back to what was opened, compare off, the clock at day 0 and paused. */
  resetAll(): void;
  /** The model's snapshot of a side at a time (null before its first result). */
  snapshot(side: Side, tDays: number): Snapshot | null;
  doseNow(side: Side): DoseNow;
  /** A side's name as the learner sees it (an edited preset says so). */
  title(side: Side): string;
  /** What a shared link must carry to restore this view. */
  link(view: {
    mechanism: LinkState['mechanism'];
    theme: LinkState['theme'];
    lesson?: LinkState['lesson'] | null;
  }): LinkState;
  destroy(): void;
}

const WEEK = 7;
/** Added to the name of an edited scenario (the controls show the same words). */
export const EDITED = ' (edited)';
const AFTER_CHANGE_DAYS = 4 * WEEK;
/** The clock rests this long before the dose–response curves move to its day. */
const CHART_DAY_DELAY_MS = 400;

const fmt = (x: number) => (Math.round(x * 10) / 10).toFixed(1);
const when = (t: number) => {
  const week = Math.floor(t / WEEK + 1e-9);
  const day = Math.round(t - week * WEEK);
  return day === 0 ? `Week ${week}` : `Week ${week}, day ${day}`;
};

export function createSession(actors: SessionActors, opening: { chartDay: number }): Session {
  const { clock, editors, compare, clients, later } = actors;
  const listeners = new Set<(state: SessionState) => void>();
  let state: SessionState = {
    a: null,
    b: null,
    comparing: compare.getSnapshot().matches('on'),
    shown: compare.getSnapshot().context.shown,
    editing: compare.getSnapshot().context.editing,
    chartDay: opening.chartDay,
    error: null,
    summary: '',
    resultsRevision: 0,
  };
  /** The change waiting for its result, to be summarised with it. */
  const pendingSay: Record<
    Side,
    { said: string; atDay: number | null; before: SimulationResult | null } | null
  > = {
    a: null,
    b: null,
  };
  const set = (next: Partial<SessionState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener(state);
  };
  const tNow = () => clock.getSnapshot().context.tDays;

  const fitClock = () => {
    const durations = [state.a, state.comparing ? state.b : null]
      .filter((c): c is Computed => c !== null)
      .map((c) => c.scenario.durationDays);
    if (durations.length > 0) clock.send({ type: 'duration', durationDays: Math.max(...durations) });
  };

  const summarise = (side: Side, computed: Computed) => {
    const said = pendingSay[side];
    pendingSay[side] = null;
    if (!said) return null;
    const t = Math.min(
      computed.scenario.durationDays,
      said.atDay === null ? tNow() : said.atDay + AFTER_CHANGE_DAYS,
    );
    const pain = snapshotAt(computed.result, t).painScore;
    const prefix = state.comparing ? `${side.toUpperCase()}: ` : '';
    const head = `${prefix}${said.said} ${when(t)}: pain ${fmt(pain)}/10`;
    const old = said.before;
    if (!old) return `${head}.`;
    const painOf = (day: number) => snapshotAt(old, Math.min(day, old.scenario.durationDays)).painScore;
    const moved = (from: number) =>
      Math.abs(pain - from) < 0.05 ? 'unchanged from' : pain > from ? 'up from' : 'down from';
    if (said.atDay === null) {
      const before = painOf(t);
      return `${head}, ${moved(before)} ${fmt(before)}.`;
    }
    // A from-now change: where pain was when it was made, and where it would be without it.
    const then = painOf(said.atDay);
    return `${head}, ${moved(then)} ${fmt(then)} at ${when(said.atDay).toLowerCase()} (${fmt(painOf(t))} without this change).`;
  };

  const run = (side: Side) => {
    const { scenario, revision, title } = editors[side].getSnapshot().context;
    clients[side]
      .run(scenario, Math.min(state.chartDay, scenario.durationDays))
      .then((done) => {
        if (!done || editors[side].getSnapshot().context.revision !== revision) return;
        const computed: Computed = {
          side,
          title,
          scenario,
          result: done.result,
          doseResponse: done.doseResponse,
          revision,
        };
        const summary = summarise(side, computed);
        set({
          ...(side === 'a' ? { a: computed } : { b: computed }),
          error: null,
          resultsRevision: state.resultsRevision + 1,
          ...(summary ? { summary } : {}),
        });
        fitClock();
      })
      .catch((error: unknown) => set({ error: error instanceof Error ? error.message : String(error) }));
  };

  const revisions: Record<Side, number> = { a: -1, b: -1 };
  const watchEditor = (side: Side) =>
    editors[side].subscribe(({ context }) => {
      if (context.revision === revisions[side]) return;
      revisions[side] = context.revision;
      // A change sent straight to the editor (a lesson step, a preset): summarised at the clock's time.
      if (pendingSay[side] === null && context.said)
        pendingSay[side] = {
          said: context.said,
          atDay: null,
          // A scenario just opened (or reset) is not compared with the one before it.
          before: context.edited ? (state[side]?.result ?? null) : null,
        };
      if (side === 'b' && !state.comparing) return;
      run(side);
    });

  const editorSubs = [watchEditor('a'), watchEditor('b')];
  const compareSub = compare.subscribe((snapshot) => {
    const comparing = snapshot.matches('on');
    const started = comparing && !state.comparing;
    set({ comparing, shown: snapshot.context.shown, editing: snapshot.context.editing });
    if (started) run('b');
    if (!comparing) set({ b: null, resultsRevision: state.resultsRevision + 1 });
    fitClock();
  });

  // The dose–response curves follow the clock's time once it rests (recomputing them costs a worker run).
  let cancelChartDay: (() => void) | null = null;
  const clockSub = clock.subscribe((snapshot) => {
    cancelChartDay?.();
    cancelChartDay = null;
    if (snapshot.matches('playing')) return;
    const day = Math.round(snapshot.context.tDays);
    if (day === state.chartDay) return;
    cancelChartDay = later(() => {
      cancelChartDay = null;
      set({ chartDay: day });
      run('a');
      if (state.comparing) run('b');
    }, CHART_DAY_DELAY_MS);
  });

  /** A side's name as the controls show it: an edited preset says so, and a link keeps saying so. */
  const shownTitle = (side: Side) => {
    const { title, edited } = editors[side].getSnapshot().context;
    return edited && !title.endsWith(EDITED) ? `${title}${EDITED}` : title;
  };

  const doseNow = (side: Side): DoseNow => {
    const computed = state[side];
    const scenario = editors[side].getSnapshot().context.scenario;
    const rat = scenario.subject === 'rat';
    const t = tNow();
    const snap = computed ? snapshotAt(computed.result, Math.min(t, computed.scenario.durationDays)) : null;
    const dosePerDay = snap ? (rat ? snap.dosePerKgPerDay : snap.doseMmePerDay) : 0;
    const active = activeDrugAt(scenario, t);
    return {
      dosePerDay,
      unit: rat ? 'mg/kg/day' : 'MME/day',
      drugLabel: dosePerDay > 0 && active ? DRUGS[active.drug].label : null,
    };
  };

  run('a');
  if (state.comparing) run('b');
  revisions.a = editors.a.getSnapshot().context.revision;
  revisions.b = editors.b.getSnapshot().context.revision;

  return {
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send(intent) {
      const side = state.editing;
      const editor = editors[side];
      const atDay = Math.round(tNow() * 100) / 100;
      const event: EditorEvent =
        intent.type === 'dose.change' || intent.type === 'taper.start' || intent.type === 'drug.rotate'
          ? ({ ...intent, atDay, currentDosePerDay: doseNow(side).dosePerDay } as EditorEvent)
          : intent.type === 'opioid.stop' || intent.type === 'adjuvant.set'
            ? ({ ...intent, atDay } as EditorEvent)
            : (intent as EditorEvent);
      const before = state[side]?.result ?? null;
      const revision = editor.getSnapshot().context.revision;
      // Set before sending: the editor's subscriber runs inside send().
      pendingSay[side] = { said: '', atDay: 'atDay' in event ? atDay : null, before };
      editor.send(event);
      const after = editor.getSnapshot().context;
      if (after.revision !== revision && after.said)
        pendingSay[side] = {
          ...pendingSay[side],
          said: after.said,
          ...(after.edited ? {} : { before: null }),
        };
      else {
        pendingSay[side] = null;
        if (after.said || after.problem) set({ summary: after.problem ?? after.said ?? '' });
      }
      return event;
    },
    setCompare(on, preset = null) {
      if (!on) {
        compare.send({ type: 'compare.stop' });
        return;
      }
      const a = editors.a.getSnapshot().context;
      if (preset) editors.b.send({ type: 'preset.choose', name: preset });
      else
        editors.b.send({
          type: 'scenario.load',
          scenario: a.scenario,
          title: `copy of ${a.title}`,
          description: a.description,
        });
      compare.send({ type: 'compare.start' });
      set({ summary: `Comparing A: ${a.title} with B: ${editors.b.getSnapshot().context.title}.` });
    },
    resetAll() {
      compare.send({ type: 'compare.stop' });
      editors.a.send({ type: 'reset' });
      editors.b.send({ type: 'reset' });
      clock.send({ type: 'reset' });
      set({ summary: `Reset all: ${editors.a.getSnapshot().context.title} as first opened, day 0.` });
    },
    snapshot(side, tDays) {
      const computed = state[side];
      return computed ? snapshotAt(computed.result, Math.min(tDays, computed.scenario.durationDays)) : null;
    },
    doseNow,
    title: shownTitle,
    link({ mechanism, theme, lesson = null }) {
      return {
        scenario: editors.a.getSnapshot().context.scenario,
        tDays: tNow(),
        compare: state.comparing ? editors.b.getSnapshot().context.scenario : null,
        chartDay: state.chartDay,
        mechanism,
        theme,
        titles: { a: shownTitle('a'), b: state.comparing ? shownTitle('b') : null },
        shown: state.comparing ? state.shown : 'a',
        ...(lesson ? { lesson } : {}),
      };
    },
    destroy() {
      cancelChartDay?.();
      for (const sub of editorSubs) sub.unsubscribe();
      compareSub.unsubscribe();
      clockSub.unsubscribe();
      listeners.clear();
    },
  };
}
