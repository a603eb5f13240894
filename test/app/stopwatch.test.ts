import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { elapsedMs, stopwatchMachine } from '../../src/app/stopwatch';

// Times are ms since the epoch; the machine reads none itself, so the test says when each event happens.
const T0 = 1_700_000_000_000;
const start = () => createActor(stopwatchMachine, { input: { at: T0 } }).start();
const shown = (watch: ReturnType<typeof start>, now: number) => elapsedMs(watch.getSnapshot().context, now);

describe('the lecture stopwatch', () => {
  it('runs from the moment the lecture started', () => {
    const watch = start();
    expect(watch.getSnapshot().value).toBe('running');
    expect(shown(watch, T0)).toBe(0);
    expect(shown(watch, T0 + 75_000)).toBe(75_000);
  });

  it('Pause keeps the time so far; Resume counts on from it', () => {
    const watch = start();
    watch.send({ type: 'pause', at: T0 + 60_000 });
    expect(watch.getSnapshot().value).toBe('paused');
    expect(shown(watch, T0 + 600_000)).toBe(60_000);
    watch.send({ type: 'resume', at: T0 + 600_000 });
    expect(shown(watch, T0 + 630_000)).toBe(90_000);
  });

  it('Reset goes back to zero and keeps running, or stays paused', () => {
    const watch = start();
    watch.send({ type: 'reset', at: T0 + 10_000 });
    expect(watch.getSnapshot().value).toBe('running');
    expect(shown(watch, T0 + 15_000)).toBe(5_000);
    watch.send({ type: 'pause', at: T0 + 20_000 });
    watch.send({ type: 'reset', at: T0 + 30_000 });
    expect(watch.getSnapshot().value).toBe('paused');
    expect(shown(watch, T0 + 90_000)).toBe(0);
  });

  it('ignores a second Pause and a Resume while running', () => {
    const watch = start();
    watch.send({ type: 'pause', at: T0 + 1_000 });
    watch.send({ type: 'pause', at: T0 + 9_000 });
    expect(shown(watch, T0 + 9_000)).toBe(1_000);
    watch.send({ type: 'resume', at: T0 + 9_000 });
    watch.send({ type: 'resume', at: T0 + 50_000 });
    expect(shown(watch, T0 + 10_000)).toBe(2_000);
  });

  it('never runs backwards when the computer’s clock is set back', () => {
    const watch = start();
    expect(shown(watch, T0 - 5_000)).toBe(0);
  });
});
