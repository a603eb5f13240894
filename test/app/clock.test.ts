import { createActor, fromCallback } from 'xstate';
import { describe, expect, it } from 'vitest';
import { CLOCK_SPEEDS, DEFAULT_SPEED, clockMachine } from '../../src/app/clock';
import { controlWords } from '../../src/content/controls';

// No animation frames in Node: the test sends the ticks.
const manual = clockMachine.provide({ actors: { ticker: fromCallback(() => () => undefined) } });
const start = (durationDays = 84, daysPerSecond = 7) =>
  createActor(manual, { input: { durationDays, daysPerSecond } }).start();

describe('simulation clock', () => {
  it('starts paused at day 0 and plays at its speed', () => {
    const clock = start();
    expect(clock.getSnapshot().value).toBe('paused');
    clock.send({ type: 'play' });
    clock.send({ type: 'tick', seconds: 2 });
    expect(clock.getSnapshot().context.tDays).toBe(14);
    expect(clock.getSnapshot().value).toBe('playing');
  });

  it('ignores ticks while paused', () => {
    const clock = start();
    clock.send({ type: 'tick', seconds: 5 });
    expect(clock.getSnapshot().context.tDays).toBe(0);
  });

  it('stops by itself at the end, and plays again from the start', () => {
    const clock = start(10, 7);
    clock.send({ type: 'toggle' });
    clock.send({ type: 'tick', seconds: 3 });
    expect(clock.getSnapshot().context.tDays).toBe(10);
    expect(clock.getSnapshot().value).toBe('paused');
    clock.send({ type: 'toggle' });
    expect(clock.getSnapshot().context.tDays).toBe(0);
    expect(clock.getSnapshot().value).toBe('playing');
  });

  it('stops at a stop mark it reaches from before, exactly on it; Play then goes on past it', () => {
    const clock = start(112, 7);
    clock.send({ type: 'stop.at', tDays: 84 });
    clock.send({ type: 'play' });
    for (let i = 0; i < 30; i += 1) clock.send({ type: 'tick', seconds: 0.45 });
    expect(clock.getSnapshot().value).toBe('paused');
    expect(clock.getSnapshot().context.tDays).toBe(84);
    clock.send({ type: 'play' });
    clock.send({ type: 'tick', seconds: 1 });
    expect(clock.getSnapshot().context.tDays).toBe(91);
    expect(clock.getSnapshot().value).toBe('playing');
    // From before the mark again: it stops again; without a mark, only the end stops it.
    clock.send({ type: 'scrub', tDays: 80 });
    clock.send({ type: 'tick', seconds: 1 });
    expect(clock.getSnapshot().context.tDays).toBe(84);
    clock.send({ type: 'stop.at', tDays: null });
    clock.send({ type: 'scrub', tDays: 80 });
    clock.send({ type: 'play' });
    clock.send({ type: 'tick', seconds: 1 });
    expect(clock.getSnapshot().context.tDays).toBe(87);
  });

  it('steps by days and weeks, never past either end', () => {
    const clock = start(20);
    clock.send({ type: 'step', days: 7 });
    clock.send({ type: 'step', days: 1 });
    expect(clock.getSnapshot().context.tDays).toBe(8);
    clock.send({ type: 'step', days: 30 });
    expect(clock.getSnapshot().context.tDays).toBe(20);
    clock.send({ type: 'step', days: -100 });
    expect(clock.getSnapshot().context.tDays).toBe(0);
  });

  it('scrubs to any time, clamped, and ignores a time that is not a number', () => {
    const clock = start(84);
    clock.send({ type: 'scrub', tDays: 40.5 });
    expect(clock.getSnapshot().context.tDays).toBe(40.5);
    clock.send({ type: 'scrub', tDays: Number.NaN });
    expect(clock.getSnapshot().context.tDays).toBe(0);
    clock.send({ type: 'scrub', tDays: 1e9 });
    expect(clock.getSnapshot().context.tDays).toBe(84);
  });

  it('changes speed, refusing zero, negative or non-numeric speeds', () => {
    const clock = start(84, 7);
    clock.send({ type: 'speed', daysPerSecond: 1 });
    clock.send({ type: 'speed', daysPerSecond: 0 });
    clock.send({ type: 'speed', daysPerSecond: Number.NaN });
    expect(clock.getSnapshot().context.daysPerSecond).toBe(1);
  });

  it('keeps t inside a shorter new duration, and resets to day 0, paused', () => {
    const clock = start(84);
    clock.send({ type: 'scrub', tDays: 60 });
    clock.send({ type: 'duration', durationDays: 28 });
    expect(clock.getSnapshot().context).toMatchObject({ tDays: 28, durationDays: 28 });
    clock.send({ type: 'play' });
    clock.send({ type: 'reset' });
    expect(clock.getSnapshot().value).toBe('paused');
    expect(clock.getSnapshot().context.tDays).toBe(0);
  });

  it('offers speeds for hour-long experiments as well as year-long courses, each named', () => {
    for (const speed of CLOCK_SPEEDS) expect(controlWords.speeds[speed], String(speed)).toMatch(/\/s$/);
    // A rat's 10-day fentanyl experiment can be watched (over a minute at the slowest), a year in under a minute.
    expect(10 / Math.min(...CLOCK_SPEEDS)).toBeGreaterThan(60);
    expect(365 / Math.max(...CLOCK_SPEEDS)).toBeLessThan(60);
    // Unless asked, the clock plays a week a second (a 26-week course in 26 s).
    expect(DEFAULT_SPEED).toBe(7);
    expect(
      createActor(manual, { input: { durationDays: 182 } })
        .start()
        .getSnapshot().context.daysPerSecond,
    ).toBe(7);
    // The slowest speed moves the clock an hour per second of ticks.
    const clock = start(10, Math.min(...CLOCK_SPEEDS));
    clock.send({ type: 'play' });
    clock.send({ type: 'tick', seconds: 1 });
    expect(clock.getSnapshot().context.tDays * 24).toBeCloseTo(1, 6);
  });
});
