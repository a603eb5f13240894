import { assign, enqueueActions, fromPromise, raise, sendTo, setup, type ErrorActorEvent } from 'xstate';
import { roundDose, snapshotAt, type Scenario, type SimulationResult } from '../model';
import { EDITED, presetTitle } from './catalogue';
import { summaryWords as W } from '../content/controls';
import { runTimeText, timeScaleOf } from '../content/run-time';
import { clockMachine, type ClockContext } from './clock';
import { compareMachine, type Side } from './compare';
import { editorContextFrom, editorMachine, type EditorContext, type EditorEvent } from './editor';
import type { ScenarioEdit } from './scenario-edits';
import type { SessionSetup } from './session-setup';
import type { Simulated } from './simulation-client';

/**
 * The running session (step 11) as one xstate actor. Its children are the two scenario editors (A, and B in
 * compare mode), the clock and compare mode; every change to the simulation — a control, a lesson step, a
 * lecture scene, a link — arrives as one of its events. It runs each side's scenario on the model (the
 * `simulate` actor, over the worker) whenever the scenario changes; a newer run re-enters the running state,
 * which stops the older one, so a superseded result is never shown. It keeps the clock's length in step,
 * moves the dose–response day to the clock's time when it rests, and writes the live summary.
 */
export interface Computed {
  readonly side: Side;
  readonly title: string;
  readonly scenario: Scenario;
  readonly result: SimulationResult;
  readonly doseResponse: SimulationDoseResponse;
  /** The editor revision this result belongs to. */
  readonly revision: number;
}
type SimulationDoseResponse = Simulated['doseResponse'];

/** A from-now edit as a control sends it: the session adds the time (the model resolves the dose). */
export type Intent =
  | Exclude<EditorEvent, { atDay: number }>
  | DistributiveOmit<Extract<ScenarioEdit, { atDay: number }>, 'atDay'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type SessionEvent =
  /** A learner's change from the controls, to the side being edited, at the clock's time. */
  | { readonly type: 'edit'; readonly intent: Intent }
  /** Compare mode on, with B as a preset (or a copy of A as it is now when null), or off. */
  | { readonly type: 'compare.set'; readonly on: boolean; readonly preset?: string | null }
  | { readonly type: 'compare.show'; readonly side: Side }
  | { readonly type: 'compare.edit'; readonly side: Side }
  /** Both editors back to what was opened, compare off, the clock at day 0 and paused. */
  | { readonly type: 'reset.all' }
  /** A lesson step, lecture scene or case as data. */
  | { readonly type: 'setup.apply'; readonly setup: SessionSetup }
  | { readonly type: 'session.setup.finish'; readonly setup: SessionSetup }
  | { readonly type: 'session.run.a' }
  | { readonly type: 'session.run.b' }
  | { readonly type: 'session.run.before' }
  | { readonly type: 'session.gesture.end' }
  | { readonly type: 'session.clock' };

/** What the session tells its listeners besides its snapshots: a learner's own actions, for lessons. */
export type SessionEmitted =
  | { readonly type: 'edited'; readonly edit: EditorEvent }
  | { readonly type: 'compared'; readonly on: boolean };

/** A change waiting for its result, to be summarised with it. */
interface Pending {
  readonly said: string;
  readonly atDay: number | null;
  readonly before: SimulationResult | null;
  /** Say the dose the change resolved to. */
  readonly doseWords: boolean;
  /** A's run as shown alone before the change, to be drawn "before your change"; null for B and in compare mode. */
  readonly previous: Computed | null;
}

/**
 * A control being moved: a slider dragged (or held by a key) sends an edit per step, and some of their results
 * are shown on the way. The steps of one control within GESTURE_MS of each other are one change, compared with
 * the run before the first.
 */
interface Gesture {
  readonly key: string;
  readonly previous: Computed | null;
}

/**
 * The last change the live summary speaks of, once its result is in: its words stay, the numbers after them
 * follow the clock.
 */
export interface LastChange {
  /** The side changed; null for a change of the session (compare mode, Reset all). */
  readonly side: Side | null;
  /** The change in words, with the dose it resolved to. */
  readonly said: string;
  /** A from-now change's day; null for a change to the whole course. */
  readonly atDay: number | null;
  /** The course before the change, to compare with; null when there is nothing to compare (a preset opened). */
  readonly before: SimulationResult | null;
}

export interface SessionContext {
  /** Each editor's context as it last reported it (the editors are the children; this is their news). */
  readonly editors: Readonly<Record<Side, EditorContext>>;
  readonly comparing: boolean;
  readonly shown: Side;
  readonly editing: Side;
  readonly clock: Pick<ClockContext, 'tDays' | 'durationDays'> & { readonly playing: boolean };
  readonly a: Computed | null;
  readonly b: Computed | null;
  readonly chartDay: number;
  /** A model error, in words; null when the last run worked. */
  readonly error: string | null;
  /** The live summary: the last change, and pain at the clock's time after and before it. */
  readonly summary: string;
  /** What the summary speaks of (null before any change). */
  readonly lastChange: LastChange | null;
  /** The clock's time the summary was written for. */
  readonly summaryDay: number;
  /** Counts changes of `a`/`b` (new results), so views redraw charts only then. */
  readonly resultsRevision: number;
  readonly pending: Readonly<Record<Side, Pending | null>>;
  /** The first problem (an unknown preset, an invalid scenario) since the last setup; else null. */
  readonly setupProblem: string | null;
  /**
   * A's run before the last change (step 13), which the views draw faintly as "before your change" until the
   * next change replaces it; null on a fresh page, and in compare mode and after it until A next changes. Its
   * dose–response follows the chart day (run again on B's worker, idle outside compare mode).
   */
  readonly before: Computed | null;
  readonly gesture: Gesture | null;
}

/** What a side opens with. */
export interface OpenedSide {
  readonly scenario: Scenario;
  readonly title: string;
  readonly description: string;
  readonly presetName: string | null;
}

export interface SessionInput {
  readonly a: OpenedSide;
  /** B, when the session opens in compare mode (a shared link); else B starts as a copy of A. */
  readonly b: OpenedSide | null;
  readonly shown: Side;
  readonly tDays: number;
  readonly chartDay: number;
}

interface SimulateInput {
  readonly side: Side;
  readonly scenario: Scenario;
  readonly title: string;
  readonly revision: number;
  readonly chartDay: number;
}
interface SimulateOutput extends SimulateInput {
  /** Null when the client dropped the request for a newer one. */
  readonly simulated: Simulated | null;
}

/** Runs a side on the model: `run` is the worker client's (simulation-client.ts). */
export const simulateOn = (
  run: (side: Side, scenario: Scenario, chartDay: number) => Promise<Simulated | null>,
) =>
  fromPromise<SimulateOutput, SimulateInput>(async ({ input }) => ({
    ...input,
    simulated: await run(input.side, input.scenario, input.chartDay),
  }));

const WEEK = 7;
export { EDITED };
const AFTER_CHANGE_DAYS = 4 * WEEK;
/** The clock rests this long before the dose–response curves move to its day. */
export const CHART_DAY_DELAY_MS = 400;
const FROM_NOW: ReadonlySet<string> = new Set([
  'dose.change',
  'taper.start',
  'drug.rotate',
  'opioid.stop',
  'opioid.restart',
  'adjuvant.set',
]);

const fmt = (x: number) => (Math.round(x * 10) / 10).toFixed(1);
/** A time of a course, to the nearest day ("week 4"); an experiment's, as its clock says it ("Day 2, hour 5"). */
const when = (t: number, durationDays: number) => {
  if (timeScaleOf(durationDays) !== 'weeks') return runTimeText(t, durationDays);
  const week = Math.floor(t / WEEK + 1e-9);
  const day = Math.round(t - week * WEEK);
  return day === 7 ? W.when(week + 1, 0) : W.when(week, day);
};
/**
 * The clock's time as its readout says it ("Week 8, day 0"; "Day 2, hour 5" in an experiment of days): the day
 * (or hour) it is in, not the nearest.
 */
const clockTime = (t: number, durationDays: number) => {
  if (timeScaleOf(durationDays) !== 'weeks') return runTimeText(t, durationDays);
  const whole = Math.max(0, Math.floor(t + 1e-9));
  return W.when(Math.floor(whole / WEEK), whole % WEEK, true);
};
const editorId = (side: Side) => (side === 'a' ? 'editorA' : 'editorB');
/** Steps of one control this close in time are one change (a slider's drag): see Gesture. */
export const GESTURE_MS = 700;
/** The controls that set a value (and so can be dragged); a button's clicks are each a change. */
const gestureKey = (intent: Intent): string | null =>
  intent.type === 'mechanism.set'
    ? `${intent.type}:${intent.mechanism}`
    : intent.type === 'patient.susceptibility' || intent.type === 'patient.baseline'
      ? intent.type
      : null;
/** The run a change of `side` is compared with on the charts: A's, when it is shown alone. */
const shownAlone = (context: SessionContext, side: Side): Computed | null =>
  side === 'a' && !context.comparing ? context.a : null;
/** The day the dose–response of the run before is wanted on, or null when it is up to date (or there is none). */
const beforeDayDue = (context: Pick<SessionContext, 'before' | 'chartDay'>): number | null => {
  const before = context.before;
  if (!before) return null;
  const day = Math.min(context.chartDay, before.scenario.durationDays);
  return before.doseResponse?.atDay === day ? null : day;
};

/**
 * A dose change or rotation is said with the dose the model resolved it to ("…: now 360 MME/day."): the
 * editor records only what was asked.
 */
function withDose(pending: Pending, computed: Computed): string {
  if (!pending.doseWords || pending.atDay === null || !pending.said.endsWith('.')) return pending.said;
  const snap = snapshotAt(computed.result, Math.min(pending.atDay, computed.scenario.durationDays));
  const rat = computed.scenario.subject === 'rat';
  const dose = roundDose(rat ? snap.dosePerKgPerDay : snap.doseMmePerDay);
  return W.withDose(pending.said.slice(0, -1), String(dose), rat ? 'mg/kg/day' : 'MME/day');
}

/** The change a pending edit became once its result is in. */
const changeOf = (pending: Pending, computed: Computed): LastChange => ({
  side: computed.side,
  said: withDose(pending, computed),
  atDay: pending.atDay,
  before: pending.before,
});

/**
 * The live summary: the last change in words, then pain at the clock's time `tNow` — never a time the
 * clock has left — against the run before the change, with the difference ("before your change 9.5, −0.6").
 * A from-now change the clock has not yet passed adds what the model predicts four weeks after it. A change of the whole session (compare mode, Reset all)
 * gives the pain of each side shown.
 */
export function summarise(
  change: LastChange,
  results: { readonly a: Computed | null; readonly b: Computed | null },
  comparing: boolean,
  tNow: number,
): string {
  const timeIn = (c: Computed) => Math.min(c.scenario.durationDays, Math.max(0, tNow));
  const painAt = (c: Computed, day: number) =>
    snapshotAt(c.result, Math.min(day, c.scenario.durationDays)).painScore;
  if (change.side === null) {
    const shown = [results.a, comparing ? results.b : null].filter((c): c is Computed => c !== null);
    const first = shown[0];
    if (!first) return change.said;
    const pains = shown.map((c) =>
      shown.length > 1
        ? W.sidePain(c.side.toUpperCase(), fmt(painAt(c, tNow)))
        : `${fmt(painAt(c, tNow))}/10`,
    );
    return `${change.said} ${W.now(clockTime(timeIn(first), first.scenario.durationDays), pains.join(', '))}.`;
  }
  const prefix = comparing ? `${change.side.toUpperCase()}: ` : '';
  const computed = change.side === 'a' || comparing ? results[change.side] : null;
  if (!computed) return `${prefix}${change.said}`;
  const end = computed.scenario.durationDays;
  const t = timeIn(computed);
  const pain = painAt(computed, t);
  const head = `${prefix}${change.said} ${W.now(clockTime(t, end), `${fmt(pain)}/10`)}`;
  const old = change.before;
  // Pain of another subject (a person before a rat's experiment opened) is no "before" to compare with.
  if (!old || old.scenario.subject !== computed.scenario.subject) return `${head}.`;
  const oldPainAt = (day: number) => snapshotAt(old, Math.min(day, old.scenario.durationDays)).painScore;
  const moved = (to: number, from: number) =>
    Math.abs(to - from) < 0.05 ? W.moved.same : to > from ? W.moved.up : W.moved.down;
  // The difference of the numbers as written, so that the sentence adds up.
  const versus = (painThen: number, day: number) => {
    const before = fmt(oldPainAt(day));
    return W.beforeChange(before, fmt(Number(fmt(painThen)) - Number(before)));
  };
  if (change.atDay === null) return `${head}${W.versusBefore(versus(pain, t))}`;
  // A from-now change: where pain was when it was made, and where the run before it has it.
  const then = oldPainAt(change.atDay);
  if (t > change.atDay + 1e-6)
    return `${head}${W.versusThen(moved(pain, then), fmt(then), when(change.atDay, end), versus(pain, t))}`;
  const ahead = Math.min(end, change.atDay + AFTER_CHANGE_DAYS);
  const painAhead = painAt(computed, ahead);
  return `${head}${W.forecast(when(ahead, end), fmt(painAhead), versus(painAhead, ahead))}`;
}

/** The summary of a change at the clock's time (empty before any change). */
const summaryNow = (context: SessionContext, change: LastChange | null): string =>
  change ? summarise(change, context, context.comparing, context.clock.tDays) : '';

/**
 * While the clock plays, the summary follows it once per model day (enough for the words, which say the
 * day); at rest, to its exact time.
 */
const summaryMoment = (clock: SessionContext['clock']) =>
  clock.playing ? Math.floor(clock.tDays) : Math.round(clock.tDays * 100) / 100;

/** The course the clock must cover: the longest of the results shown. */
const courseDays = (context: Pick<SessionContext, 'a' | 'b' | 'comparing'>): number | null => {
  const shown = [context.a, context.comparing ? context.b : null].filter((c): c is Computed => c !== null);
  return shown.length > 0 ? Math.max(...shown.map((c) => c.scenario.durationDays)) : null;
};

const simulateInput = (context: SessionContext, side: Side): SimulateInput => {
  const { scenario, title, revision } = context.editors[side];
  return { side, scenario, title, revision, chartDay: Math.min(context.chartDay, scenario.durationDays) };
};

export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
    input: {} as SessionInput,
    emitted: {} as SessionEmitted,
  },
  actors: {
    editor: editorMachine,
    clock: clockMachine,
    compare: compareMachine,
    simulate: simulateOn(() => Promise.resolve(null)),
  },
  guards: {
    comparing: ({ context }) => context.comparing,
    /** The clock rests away from the curves' day: they follow once it has rested a moment. */
    chartDayWaits: ({ context }) =>
      !context.clock.playing && Math.round(context.clock.tDays) !== context.chartDay,
  },
  actions: {
    /** A control's change: to the side being edited, at the clock's time; heard by lessons. */
    edit: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'edit') return;
      const side = context.editing;
      const atDay = Math.round(context.clock.tDays * 100) / 100;
      const fromNow = FROM_NOW.has(event.intent.type);
      const edit = (fromNow ? { ...event.intent, atDay } : event.intent) as EditorEvent;
      const key = gestureKey(event.intent);
      const previous =
        key !== null && context.gesture?.key === key ? context.gesture.previous : shownAlone(context, side);
      enqueue.assign({
        pending: {
          ...context.pending,
          [side]: {
            said: '',
            atDay: fromNow ? atDay : null,
            before: previous?.result ?? context[side]?.result ?? null,
            doseWords: edit.type === 'dose.change' || edit.type === 'drug.rotate',
            previous,
          },
        },
        gesture: key === null ? null : { key, previous },
      });
      enqueue.cancel('gesture');
      if (key !== null) enqueue.raise({ type: 'session.gesture.end' }, { id: 'gesture', delay: GESTURE_MS });
      enqueue.sendTo(editorId(side), edit);
      enqueue.emit({ type: 'edited', edit });
    }),
    /** An editor's news: a new scenario is run; a refused or empty edit is said at once. */
    editorChanged: enqueueActions(
      ({ context, enqueue }, { side, next }: { side: Side; next: EditorContext }) => {
        const previous = context.editors[side];
        const pending = context.pending[side];
        const editors = { ...context.editors, [side]: next };
        const setupProblem = context.setupProblem ?? next.problem;
        if (next.revision === previous.revision) {
          const refused = pending !== null && pending.said === '';
          const said = next.problem ?? next.said;
          const lastChange: LastChange | null =
            refused && said ? { side, said, atDay: null, before: null } : context.lastChange;
          enqueue.assign({
            editors,
            setupProblem,
            ...(refused
              ? {
                  pending: { ...context.pending, [side]: null },
                  lastChange,
                  summary: summaryNow({ ...context, editors }, lastChange),
                }
              : {}),
          });
          return;
        }
        // A change sent straight to the editor (a lesson step, a preset) is summarised at the clock's time. A
        // scenario just opened (or reset) is compared with the run before it only where that run is drawn
        // ("before your change": A shown alone), not in compare mode.
        const alone = shownAlone(context, side);
        const said: Pending | null =
          pending && pending.said === ''
            ? {
                ...pending,
                said: next.said ?? '',
                before: next.edited || pending.previous ? pending.before : null,
              }
            : next.said
              ? {
                  said: next.said,
                  atDay: null,
                  before: alone?.result ?? (next.edited ? (context[side]?.result ?? null) : null),
                  doseWords: false,
                  previous: alone,
                }
              : pending;
        enqueue.assign({ editors, setupProblem, pending: { ...context.pending, [side]: said } });
        if (side === 'a' || context.comparing)
          enqueue.raise({ type: side === 'a' ? 'session.run.a' : 'session.run.b' });
      },
    ),
    compareChanged: enqueueActions(
      (
        { context, enqueue },
        { comparing, shown, editing }: Pick<SessionContext, 'comparing' | 'shown' | 'editing'>,
      ) => {
        enqueue.assign({ comparing, shown, editing });
        // Compare mode draws no "before your change", and leaving it brings none back.
        if (comparing !== context.comparing) enqueue.assign({ gesture: null });
        if (comparing && context.before)
          enqueue.assign({ before: null, resultsRevision: context.resultsRevision + 1 });
        if (comparing && !context.comparing) enqueue.raise({ type: 'session.run.b' });
        if (!comparing && context.comparing)
          enqueue.assign({ b: null, resultsRevision: context.resultsRevision + 1 });
        const days = courseDays({ ...context, comparing });
        if (days !== null) enqueue.sendTo('clock', { type: 'duration', durationDays: days });
      },
    ),
    computed: enqueueActions(({ context, enqueue }, out: SimulateOutput) => {
      const { side, simulated } = out;
      if (!simulated || context.editors[side].revision !== out.revision) return;
      const computed: Computed = {
        side,
        title: out.title,
        scenario: out.scenario,
        result: simulated.result,
        doseResponse: simulated.doseResponse,
        revision: out.revision,
      };
      const pending = context.pending[side];
      const lastChange = pending && pending.said !== '' ? changeOf(pending, computed) : context.lastChange;
      // A new scenario of A (not its curves moved to another day) makes the run before it the one drawn faintly.
      const changed = side === 'a' && context.a?.revision !== out.revision;
      const previous = pending?.previous ?? null;
      // A run of another subject (a person's course before a rat's experiment) is not "before your change".
      const sameSubject = previous?.scenario.subject === computed.scenario.subject;
      const before = context.comparing ? null : changed ? (sameSubject ? previous : null) : context.before;
      const next = { ...context, [side]: computed, before };
      enqueue.assign({
        [side]: computed,
        before,
        pending: { ...context.pending, [side]: pending && pending.said !== '' ? null : pending },
        error: null,
        lastChange,
        summary: summaryNow(next, lastChange),
        summaryDay: summaryMoment(context.clock),
        resultsRevision: context.resultsRevision + 1,
      });
      const days = courseDays(next);
      if (days !== null) enqueue.sendTo('clock', { type: 'duration', durationDays: days });
      if (beforeDayDue(next) !== null) enqueue.raise({ type: 'session.run.before' });
    }),
    /** The run before the change, with its dose–response on today's chart day. */
    beforeComputed: enqueueActions(({ context, enqueue }, out: SimulateOutput) => {
      const { before } = context;
      if (!out.simulated?.doseResponse || !before || out.scenario !== before.scenario) return;
      enqueue.assign({
        before: { ...before, doseResponse: out.simulated.doseResponse },
        resultsRevision: context.resultsRevision + 1,
      });
    }),
    failed: assign((_, error: unknown) => ({
      error: error instanceof Error ? error.message : String(error),
    })),
    compareSet: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'compare.set') return;
      enqueue.emit({ type: 'compared', on: event.on });
      if (!event.on) {
        enqueue.sendTo('compare', { type: 'compare.stop' });
        return;
      }
      const a = context.editors.a;
      const preset = event.preset ?? null;
      if (preset) enqueue.sendTo('editorB', { type: 'preset.choose', name: preset });
      else
        enqueue.sendTo('editorB', {
          type: 'scenario.load',
          scenario: a.scenario,
          title: `copy of ${a.title}`,
          description: a.description,
        });
      enqueue.sendTo('compare', { type: 'compare.start' });
      const lastChange: LastChange = {
        side: null,
        said: W.comparing(a.title, preset ? presetTitle(preset) : W.copyOf(a.title)),
        atDay: null,
        before: null,
      };
      enqueue.assign({ lastChange, summary: summaryNow(context, lastChange) });
    }),
    resetAll: enqueueActions(({ context, enqueue }) => {
      // A first, while compare mode is still as it was: a reset out of compare mode draws no run before it.
      enqueue.sendTo('editorA', { type: 'reset' });
      enqueue.sendTo('compare', { type: 'compare.stop' });
      enqueue.sendTo('editorB', { type: 'reset' });
      enqueue.sendTo('clock', { type: 'reset' });
      const lastChange: LastChange = {
        side: null,
        said: W.resetAll(context.editors.a.title),
        atDay: null,
        before: null,
      };
      enqueue.assign({ lastChange, summary: summaryNow(context, lastChange) });
    }),
    /** A setup's scenarios go to the editors and compare mode; the clock follows once they have answered. */
    applySetup: enqueueActions(({ event, enqueue, self }) => {
      if (event.type !== 'setup.apply') return;
      const { setup: s } = event;
      enqueue.assign({ setupProblem: null });
      if (s.preset !== undefined) enqueue.sendTo('editorA', { type: 'preset.choose', name: s.preset });
      else if (s.scenario)
        enqueue.sendTo('editorA', {
          type: 'scenario.load',
          scenario: s.scenario.scenario,
          title: s.scenario.title,
        });
      for (const edit of s.edits ?? []) enqueue.sendTo('editorA', edit);
      if (s.compare === null) enqueue.sendTo('compare', { type: 'compare.stop' });
      else if (s.compare) {
        if ('preset' in s.compare) {
          enqueue.sendTo('editorB', { type: 'preset.choose', name: s.compare.preset });
          for (const edit of s.compare.edits ?? []) enqueue.sendTo('editorB', edit);
        } else {
          const { scenario, title } = s.compare.scenario;
          enqueue.sendTo('editorB', { type: 'scenario.load', scenario, title });
        }
        enqueue.sendTo('compare', { type: 'compare.start' });
      }
      if (s.shown) enqueue.sendTo('compare', { type: 'compare.show', side: s.shown });
      // After the editors' and compare mode's answers, which are already queued.
      enqueue.sendTo(self, { type: 'session.setup.finish', setup: s });
    }),
    /**
     * The clock's length follows the new scenarios at once, so that a time in the setup is not cut short by
     * the old course.
     */
    finishSetup: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'session.setup.finish') return;
      const { setup: s } = event;
      const sides: Side[] = context.comparing ? ['a', 'b'] : ['a'];
      const durationDays = Math.max(...sides.map((side) => context.editors[side].scenario.durationDays));
      enqueue.sendTo('clock', { type: 'duration', durationDays });
      if (s.tDays !== undefined) enqueue.sendTo('clock', { type: 'scrub', tDays: s.tDays });
      if (s.play === true) enqueue.sendTo('clock', { type: 'play' });
      else if (s.play === false || s.tDays !== undefined) enqueue.sendTo('clock', { type: 'pause' });
    }),
    /** The summary's numbers follow the clock: once a model day while it plays, to the moment at rest. */
    followClock: enqueueActions(({ context, enqueue }) => {
      const moment = summaryMoment(context.clock);
      if (!context.lastChange || moment === context.summaryDay) return;
      enqueue.assign({ summary: summaryNow(context, context.lastChange), summaryDay: moment });
    }),
    moveChartDay: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ chartDay: Math.round(context.clock.tDays) });
      enqueue.raise({ type: 'session.run.a' });
      if (context.comparing) enqueue.raise({ type: 'session.run.b' });
    }),
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => ({
    editors: {
      a: editorContextFrom(input.a),
      b: editorContextFrom(input.b ?? input.a),
    },
    comparing: input.b !== null,
    shown: input.b !== null ? input.shown : 'a',
    editing: 'a',
    clock: {
      tDays: input.tDays,
      durationDays: Math.max(input.a.scenario.durationDays, input.b?.scenario.durationDays ?? 0),
      playing: false,
    },
    a: null,
    b: null,
    chartDay: input.chartDay,
    error: null,
    summary: '',
    lastChange: null,
    summaryDay: input.tDays,
    resultsRevision: 0,
    pending: { a: null, b: null },
    setupProblem: null,
    before: null,
    gesture: null,
  }),
  invoke: [
    {
      id: 'editorA',
      src: 'editor',
      input: ({ context }) => inputOf(context.editors.a),
      onSnapshot: {
        actions: {
          type: 'editorChanged',
          params: ({ event }) => ({ side: 'a' as const, next: event.snapshot.context }),
        },
      },
    },
    {
      id: 'editorB',
      src: 'editor',
      input: ({ context }) => inputOf(context.editors.b),
      onSnapshot: {
        actions: {
          type: 'editorChanged',
          params: ({ event }) => ({ side: 'b' as const, next: event.snapshot.context }),
        },
      },
    },
    {
      id: 'compare',
      src: 'compare',
      input: ({ context }) => ({ on: context.comparing, shown: context.shown }),
      onSnapshot: {
        actions: {
          type: 'compareChanged',
          params: ({ event }) => ({
            comparing: event.snapshot.matches('on'),
            shown: event.snapshot.context.shown,
            editing: event.snapshot.context.editing,
          }),
        },
      },
    },
    {
      id: 'clock',
      src: 'clock',
      input: ({ context }) => ({ durationDays: context.clock.durationDays, tDays: context.clock.tDays }),
      onSnapshot: {
        actions: [
          assign({
            clock: ({ event }) => ({
              tDays: event.snapshot.context.tDays,
              durationDays: event.snapshot.context.durationDays,
              playing: event.snapshot.matches('playing'),
            }),
          }),
          'followClock',
          raise({ type: 'session.clock' }),
        ],
      },
    },
  ],
  type: 'parallel',
  states: {
    a: {
      initial: 'running',
      states: {
        idle: { on: { 'session.run.a': 'running' } },
        running: {
          // A newer run re-enters this state (not the session: a reentering transition from a region would
          // exit every region of the parallel root), which stops the older one.
          on: { 'session.run.a': { target: 'running', reenter: true } },
          invoke: {
            src: 'simulate',
            input: ({ context }) => simulateInput(context, 'a'),
            onDone: { target: 'idle', actions: { type: 'computed', params: ({ event }) => event.output } },
            onError: {
              target: 'idle',
              actions: { type: 'failed', params: ({ event }: { event: ErrorActorEvent }) => event.error },
            },
          },
        },
      },
    },
    b: {
      initial: 'opening',
      states: {
        opening: { always: [{ guard: 'comparing', target: 'running' }, { target: 'idle' }] },
        idle: { on: { 'session.run.b': 'running' } },
        running: {
          // A newer run re-enters this state (not the session: a reentering transition from a region would
          // exit every region of the parallel root), which stops the older one.
          on: { 'session.run.b': { target: 'running', reenter: true } },
          invoke: {
            src: 'simulate',
            input: ({ context }) => simulateInput(context, 'b'),
            onDone: { target: 'idle', actions: { type: 'computed', params: ({ event }) => event.output } },
            onError: {
              target: 'idle',
              actions: { type: 'failed', params: ({ event }: { event: ErrorActorEvent }) => event.error },
            },
          },
        },
      },
    },
    /** The run before the last change gets its dose–response on the chart day too, on B's idle worker. */
    before: {
      initial: 'idle',
      states: {
        idle: { on: { 'session.run.before': 'running' } },
        running: {
          on: { 'session.run.before': { target: 'running', reenter: true } },
          invoke: {
            src: 'simulate',
            input: ({ context }) => beforeInput(context),
            onDone: {
              target: 'idle',
              actions: { type: 'beforeComputed', params: ({ event }) => event.output },
            },
            // A model error for a run the model computed before is not the learner's to see.
            onError: 'idle',
          },
        },
      },
    },
    /** The dose–response curves follow the clock's time once it rests (recomputing them costs a worker run). */
    chartDay: {
      initial: 'resting',
      states: {
        resting: {
          on: { 'session.clock': { guard: 'chartDayWaits', target: 'waiting' } },
        },
        waiting: {
          after: { [CHART_DAY_DELAY_MS]: { target: 'resting', actions: 'moveChartDay' } },
          on: {
            'session.clock': [
              { guard: 'chartDayWaits', target: 'waiting', reenter: true },
              { target: 'resting' },
            ],
          },
        },
      },
    },
  },
  on: {
    edit: { actions: 'edit' },
    'compare.set': { actions: 'compareSet' },
    'compare.show': { actions: sendTo('compare', ({ event }) => event) },
    'compare.edit': { actions: sendTo('compare', ({ event }) => event) },
    'reset.all': { actions: 'resetAll' },
    'setup.apply': { actions: 'applySetup' },
    'session.setup.finish': { actions: 'finishSetup' },
    'session.gesture.end': { actions: assign({ gesture: null }) },
  },
});

/**
 * The run before the change, asked again for the chart day (B's worker: no "before" in compare mode). It is
 * only asked for while there is one; were it gone, A's scenario would be run and its answer dropped.
 */
function beforeInput(context: SessionContext): SimulateInput {
  const { scenario, title, revision } = context.before ?? context.editors.a;
  return { side: 'b', scenario, title, revision, chartDay: beforeDayDue(context) ?? context.chartDay };
}

function inputOf(context: EditorContext) {
  const { scenario, title, description, presetName } = context;
  return { scenario, title, description, presetName };
}
