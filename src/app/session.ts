import { createActor, type Actor, type ActorRefFrom } from 'xstate';
import { DRUGS, opioidsAt, snapshotAt, type Scenario, type Snapshot } from '../model';
import type { clockMachine } from './clock';
import type { compareMachine, Side } from './compare';
import type { editorMachine } from './editor';
import type { LinkState } from './link-state';
import {
  EDITED,
  sessionMachine,
  simulateOn,
  type Computed,
  type Intent,
  type SessionContext,
  type SessionEmitted,
  type SessionInput,
} from './session-machine';
import type { SessionSetup } from './session-setup';
import type { Simulated } from './simulation-client';

export { EDITED, type Computed, type Intent, type SessionInput } from './session-machine';

/**
 * The session's face to the views (step 11): one xstate actor (session-machine.ts) behind a few methods.
 * Every method that changes the simulation sends the actor one of its events; the rest read its snapshot.
 * No DOM here: the views subscribe.
 */
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
  /** Counts changes of `a`/`b`/`before` (new results), so views redraw charts only then. */
  readonly resultsRevision: number;
  /** A's run before the learner's last change, drawn "before your change"; null in compare mode. */
  readonly before: Computed | null;
}

/** The dose the virtual patient gets at a time, in MME/day (mg/kg/day in rat experiments). */
export interface DoseNow {
  readonly dosePerDay: number;
  readonly unit: 'MME/day' | 'mg/kg/day';
  readonly drugLabel: string | null;
}

export type SessionActor = Actor<typeof sessionMachine>;
/** xstate's timer interface (a SimulatedClock in tests). */
type Clock = NonNullable<NonNullable<Parameters<typeof createActor>[1]>['clock']>;

export interface Session {
  readonly state: SessionState;
  readonly actor: SessionActor;
  /** The clock: views play, pause and scrub it (time is not a change to the simulation). */
  readonly clock: ActorRefFrom<typeof clockMachine>;
  /** The editors and compare mode, for views that read them; changes go through the session's events. */
  readonly editors: Readonly<Record<Side, ActorRefFrom<typeof editorMachine>>>;
  readonly compare: ActorRefFrom<typeof compareMachine>;
  subscribe(listener: (state: SessionState) => void): () => void;
  /** A learner's change to the side being edited, at the clock's time. */
  send(intent: Intent): void;
  /** Compare on with B as `preset` (or a copy of A as it is now when null), or off. */
  setCompare(on: boolean, preset?: string | null): void;
  /** Reset All: both editors back to what was opened, compare off, the clock at day 0 and paused. */
  resetAll(): void;
  /** Sets the simulation up as data; returns the first problem (an unknown preset, a bad scenario) or null. */
  applySetup(setup: SessionSetup): string | null;
  /** The simulation as it stands, as a setup that restores it. */
  captureSetup(): SessionSetup;
  /** A learner's own edits and compare switches (lessons check their tasks against them). */
  on<T extends SessionEmitted['type']>(
    type: T,
    handler: (event: Extract<SessionEmitted, { type: T }>) => void,
  ): () => void;
  /** The model's snapshot of a side at a time (null before its first result). */
  snapshot(side: Side, tDays: number): Snapshot | null;
  /** Pain at a time in the run before the learner's last change; null when none is drawn (see `before`). */
  painBefore(tDays: number): number | null;
  doseNow(side: Side): DoseNow;
  /** A side's name as the learner sees it (an edited preset says so). */
  title(side: Side): string;
  /** What a shared link must carry to restore this view. */
  link(view: {
    mechanism: LinkState['mechanism'];
    theme: LinkState['theme'];
    lesson?: LinkState['lesson'] | null;
    /** The chart tab shown. */
    chart?: LinkState['chart'] | null;
  }): LinkState;
  destroy(): void;
}

export interface SessionOptions {
  /** Runs a scenario on the model (the worker client of each side). */
  readonly run: (side: Side, scenario: Scenario, chartDay: number) => Promise<Simulated | null>;
  /** Timers of the chart-day delay: the browser's by default, a SimulatedClock in tests. */
  readonly clock?: Clock;
}

const stateOf = (c: SessionContext): SessionState => ({
  a: c.a,
  b: c.b,
  comparing: c.comparing,
  shown: c.shown,
  editing: c.editing,
  chartDay: c.chartDay,
  error: c.error,
  summary: c.summary,
  resultsRevision: c.resultsRevision,
  before: c.before,
});
const KEYS = Object.keys(stateOf({} as SessionContext)) as (keyof SessionState)[];
const sameState = (x: SessionState, y: SessionState) => KEYS.every((k) => x[k] === y[k]);

export function createSession(input: SessionInput, options: SessionOptions): Session {
  const machine = sessionMachine.provide({ actors: { simulate: simulateOn(options.run) } });
  const actor = createActor(machine, { input, ...(options.clock ? { clock: options.clock } : {}) });
  const listeners = new Set<(state: SessionState) => void>();
  let state = stateOf(actor.getSnapshot().context);
  // The session's snapshot changes with every clock frame; its listeners hear only of a changed state.
  const sub = actor.subscribe((snapshot) => {
    const next = stateOf(snapshot.context);
    if (sameState(next, state)) return;
    state = next;
    for (const listener of listeners) listener(state);
  });
  actor.start();
  const context = () => actor.getSnapshot().context;
  const children = actor.getSnapshot().children;
  const clock = children.clock;
  const editors = { a: children.editorA, b: children.editorB };
  const compare = children.compare;
  if (!clock || !editors.a || !editors.b || !compare)
    throw new Error('The session did not start its children.');
  const tNow = () => context().clock.tDays;

  /** A side's name as the controls show it: an edited preset says so, and a link keeps saying so. */
  const title = (side: Side) => {
    const { title: name, edited } = context().editors[side];
    return edited && !name.endsWith(EDITED) ? `${name}${EDITED}` : name;
  };
  const snapshot = (side: Side, tDays: number) => {
    const computed = context()[side];
    return computed ? snapshotAt(computed.result, Math.min(tDays, computed.scenario.durationDays)) : null;
  };

  return {
    get state() {
      return state;
    },
    actor,
    clock,
    editors: { a: editors.a, b: editors.b },
    compare,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send: (intent) => actor.send({ type: 'edit', intent }),
    setCompare: (on, preset = null) => actor.send({ type: 'compare.set', on, preset }),
    resetAll: () => actor.send({ type: 'reset.all' }),
    applySetup(setup) {
      actor.send({ type: 'setup.apply', setup });
      return context().setupProblem;
    },
    captureSetup() {
      const c = context();
      return {
        scenario: { title: title('a'), scenario: c.editors.a.scenario },
        compare: c.comparing ? { scenario: { title: title('b'), scenario: c.editors.b.scenario } } : null,
        ...(c.comparing ? { shown: c.shown } : {}),
        tDays: Math.round(tNow() * 100) / 100,
      };
    },
    on(type, handler) {
      const subscription = actor.on(type, handler as never);
      return () => subscription.unsubscribe();
    },
    snapshot,
    painBefore(tDays) {
      // Past the end of its (shorter) course the run before has no pain to show.
      const before = context().before;
      return before && tDays <= before.scenario.durationDays + 1e-9
        ? snapshotAt(before.result, tDays).painScore
        : null;
    },
    doseNow(side) {
      const scenario = context().editors[side].scenario;
      const rat = scenario.subject === 'rat';
      const t = tNow();
      const snap = snapshot(side, t);
      const dosePerDay = snap ? (rat ? snap.dosePerKgPerDay : snap.doseMmePerDay) : 0;
      const active = opioidsAt(scenario, t)[0];
      return {
        dosePerDay,
        unit: rat ? 'mg/kg/day' : 'MME/day',
        drugLabel: dosePerDay > 0 && active ? DRUGS[active.drug].label : null,
      };
    },
    title,
    link({ mechanism, theme, lesson = null, chart = null }) {
      const c = context();
      return {
        scenario: c.editors.a.scenario,
        tDays: tNow(),
        compare: c.comparing ? c.editors.b.scenario : null,
        chartDay: c.chartDay,
        mechanism,
        theme,
        titles: { a: title('a'), b: c.comparing ? title('b') : null },
        shown: c.comparing ? c.shown : 'a',
        ...(lesson ? { lesson } : {}),
        ...(chart ? { chart } : {}),
      };
    },
    destroy() {
      sub.unsubscribe();
      listeners.clear();
      actor.stop();
    },
  };
}
