import { assign, fromCallback, setup } from 'xstate';

/**
 * Playback speeds a lecturer can pick, in model days per second of wall-clock time. The hourly ones are for the
 * experiments that last hours or days (a rat's fentanyl series, a volunteer's infusion): at 1 week/s a 10-day
 * experiment is over in under 2 s.
 */
export const CLOCK_SPEEDS = [1 / 24, 0.25, 1, 3.5, 7] as const;
/** 1 week/s: a 26-week course plays in 26 s. */
export const DEFAULT_SPEED = 7;

export interface ClockContext {
  /** Model time shown, in days. */
  readonly tDays: number;
  readonly durationDays: number;
  readonly daysPerSecond: number;
  /** Playing stops here when it reaches it from before (a lesson task's day); null when nothing waits. */
  readonly stopAtDays: number | null;
}

export type ClockEvent =
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'toggle' }
  | { readonly type: 'tick'; readonly seconds: number }
  | { readonly type: 'step'; readonly days: number }
  | { readonly type: 'scrub'; readonly tDays: number }
  | { readonly type: 'speed'; readonly daysPerSecond: number }
  | { readonly type: 'duration'; readonly durationDays: number }
  | { readonly type: 'stop.at'; readonly tDays: number | null }
  | { readonly type: 'reset' };

export interface ClockInput {
  readonly durationDays: number;
  readonly tDays?: number;
  readonly daysPerSecond?: number;
}

const clampTime = (t: number, duration: number) =>
  Number.isFinite(t) ? Math.min(duration, Math.max(0, t)) : 0;

/**
 * Sends a `tick` with the seconds since the last frame, once per animation frame, while the clock plays.
 * Tests replace it (machine.provide) and send ticks themselves.
 */
export const animationFrameTicker = fromCallback<ClockEvent>(({ sendBack }) => {
  let last: number | null = null;
  let handle = requestAnimationFrame(function frame(now) {
    if (last !== null) sendBack({ type: 'tick', seconds: Math.min(0.25, (now - last) / 1000) });
    last = now;
    handle = requestAnimationFrame(frame);
  });
  return () => cancelAnimationFrame(handle);
});

/**
 * The simulation clock (architecture.md, "Time"): it only moves t through a finished result. Playing stops
 * by itself at the end, and at a stop mark it reaches from before (a lesson's task day: the lesson's words
 * are about that day); Play then goes on past it. Stepping and scrubbing work whether it plays or not.
 */
export const clockMachine = setup({
  types: { context: {} as ClockContext, events: {} as ClockEvent, input: {} as ClockInput },
  actors: { ticker: animationFrameTicker },
  guards: {
    atEnd: ({ context }) => context.tDays >= context.durationDays,
    reachesStop: ({ context, event }) =>
      event.type === 'tick' &&
      context.stopAtDays !== null &&
      context.stopAtDays < context.durationDays &&
      context.tDays < context.stopAtDays - 1e-9 &&
      context.tDays + event.seconds * context.daysPerSecond >= context.stopAtDays,
    reachesEnd: ({ context, event }) =>
      event.type === 'tick' && context.tDays + event.seconds * context.daysPerSecond >= context.durationDays,
  },
  actions: {
    advance: assign({
      tDays: ({ context, event }) =>
        event.type === 'tick'
          ? clampTime(context.tDays + event.seconds * context.daysPerSecond, context.durationDays)
          : context.tDays,
    }),
    toEnd: assign({ tDays: ({ context }) => context.durationDays }),
    toStop: assign({ tDays: ({ context }) => context.stopAtDays ?? context.tDays }),
    stopAt: assign({
      stopAtDays: ({ context, event }) =>
        event.type !== 'stop.at'
          ? context.stopAtDays
          : event.tDays !== null && Number.isFinite(event.tDays)
            ? event.tDays
            : null,
    }),
    rewind: assign({ tDays: 0 }),
    step: assign({
      tDays: ({ context, event }) =>
        event.type === 'step' ? clampTime(context.tDays + event.days, context.durationDays) : context.tDays,
    }),
    scrub: assign({
      tDays: ({ context, event }) =>
        event.type === 'scrub' ? clampTime(event.tDays, context.durationDays) : context.tDays,
    }),
    speed: assign({
      daysPerSecond: ({ context, event }) =>
        event.type === 'speed' && Number.isFinite(event.daysPerSecond) && event.daysPerSecond > 0
          ? event.daysPerSecond
          : context.daysPerSecond,
    }),
    duration: assign(({ context, event }) => {
      if (event.type !== 'duration' || !(event.durationDays > 0)) return {};
      return { durationDays: event.durationDays, tDays: clampTime(context.tDays, event.durationDays) };
    }),
  },
}).createMachine({
  id: 'clock',
  context: ({ input }) => ({
    durationDays: input.durationDays,
    tDays: clampTime(input.tDays ?? 0, input.durationDays),
    daysPerSecond: input.daysPerSecond ?? DEFAULT_SPEED,
    stopAtDays: null,
  }),
  initial: 'paused',
  on: {
    step: { actions: 'step' },
    scrub: { actions: 'scrub' },
    speed: { actions: 'speed' },
    duration: { actions: 'duration' },
    'stop.at': { actions: 'stopAt' },
    reset: { target: '.paused', actions: 'rewind' },
  },
  states: {
    paused: {
      on: {
        play: [{ guard: 'atEnd', target: 'playing', actions: 'rewind' }, { target: 'playing' }],
        toggle: [{ guard: 'atEnd', target: 'playing', actions: 'rewind' }, { target: 'playing' }],
      },
    },
    playing: {
      invoke: { src: 'ticker' },
      on: {
        pause: 'paused',
        toggle: 'paused',
        tick: [
          { guard: 'reachesStop', target: 'paused', actions: 'toStop' },
          { guard: 'reachesEnd', target: 'paused', actions: 'toEnd' },
          { actions: 'advance' },
        ],
      },
    },
  },
});
