import { assign, setup } from 'xstate';

/**
 * The lecture's stopwatch (the presenter view's "time since the lecture started"): wall-clock time for the
 * lecturer, never model time. The machine reads no clock: every event says when it happened (`at`, in ms
 * since the epoch, so two windows agree), and `elapsedMs` reads the time at a moment the caller gives.
 * It starts running at `input.at`; Pause banks the time so far; Reset goes back to zero and keeps running
 * or paused as it was.
 */
export interface StopwatchContext {
  /** Time counted before the current run (or all of it, while paused). */
  readonly bankedMs: number;
  /** When the current run began; null while paused. */
  readonly runningSince: number | null;
}

export type StopwatchEvent =
  | { readonly type: 'pause'; readonly at: number }
  | { readonly type: 'resume'; readonly at: number }
  | { readonly type: 'reset'; readonly at: number };

/** The time on the stopwatch at `now` (a clock set back never makes it run backwards). */
export function elapsedMs(context: StopwatchContext, now: number): number {
  const running = context.runningSince === null ? 0 : Math.max(0, now - context.runningSince);
  return context.bankedMs + running;
}

export const stopwatchMachine = setup({
  types: {
    context: {} as StopwatchContext,
    events: {} as StopwatchEvent,
    input: {} as { readonly at: number },
  },
  actions: {
    bank: assign(({ context, event }) => ({
      bankedMs: elapsedMs(context, event.at),
      runningSince: null,
    })),
    run: assign({ runningSince: ({ event }) => event.at }),
    restart: assign({ bankedMs: 0, runningSince: ({ event }) => event.at }),
    zero: assign({ bankedMs: 0 }),
  },
}).createMachine({
  id: 'stopwatch',
  context: ({ input }) => ({ bankedMs: 0, runningSince: input.at }),
  initial: 'running',
  states: {
    running: {
      on: {
        pause: { target: 'paused', actions: 'bank' },
        reset: { actions: 'restart' },
      },
    },
    paused: {
      on: {
        resume: { target: 'running', actions: 'run' },
        reset: { actions: 'zero' },
      },
    },
  },
});
