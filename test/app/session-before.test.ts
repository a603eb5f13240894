import { describe, expect, it } from 'vitest';
import { CHART_DAY_DELAY_MS, GESTURE_MS } from '../../src/app/session-machine';
import { snapshotAt } from '../../src/model';
import { openSession, settled } from './session-harness';

/**
 * "Before/after" (step 13): the session keeps A's run before the learner's last change, for the charts to draw
 * faintly and the scene's pain meter to mark, until the next change replaces it.
 */
const open = (tDays = 112) => openSession('oih-escalation', tDays);
const revision = (n: number) => (s: { a: { revision: number } | null }) => s.a?.revision === n;

// Each test runs the model several times (a run with its dose–response takes ~0.5 s here, more on a busy
// runner): room beyond vitest's 5 s.
describe('the run before the last change', { timeout: 30_000 }, () => {
  it('a fresh page has none', async () => {
    const { session } = open();
    const state = await settled(session, (s) => s.a !== null);
    expect(state.before).toBeNull();
    expect(session.painBefore(112)).toBeNull();
  });

  it('a change keeps the run before it, and the next change replaces it with the run just before', async () => {
    const { session } = open();
    const first = (await settled(session, (s) => s.a !== null)).a!;
    session.send({ type: 'mechanism.set', mechanism: 'glia', level: 0 });
    const second = await settled(session, revision(1));
    expect(second.before?.result).toBe(first.result);
    expect(session.painBefore(112)).toBe(snapshotAt(first.result, 112).painScore);
    // Glia off lowers pain at week 16: the run before hurt more.
    expect(session.painBefore(112)! - session.snapshot('a', 112)!.painScore).toBeGreaterThan(0.1);
    session.send({ type: 'mechanism.set', mechanism: 'nmda', level: 0 });
    const third = await settled(session, revision(2));
    expect(third.before?.result).toBe(second.a!.result);
    expect(third.before?.result).not.toBe(first.result);
  });

  it('moving the clock is no change: the run before stays, its curves follow the chart day', async () => {
    const { session, clock, timers } = open();
    const first = (await settled(session, (s) => s.a !== null)).a!;
    session.send({ type: 'opioid.stop' });
    await settled(session, revision(1));
    clock.send({ type: 'scrub', tDays: 40 });
    expect(session.state.before?.result).toBe(first.result);
    timers.increment(CHART_DAY_DELAY_MS);
    // A runs again for day 40 (same scenario), and the run before gets its dose–response for day 40 too.
    const moved = await settled(
      session,
      (s) => s.a?.doseResponse?.atDay === 40 && s.before?.doseResponse?.atDay === 40,
    );
    expect(moved.a?.revision).toBe(1);
    expect(moved.before?.result).toBe(first.result);
    expect(moved.before?.scenario).toBe(first.scenario);
    expect(session.painBefore(40)).toBe(snapshotAt(first.result, 40).painScore);
  });

  it('a slider dragged is one change: compared with the run before the drag began', async () => {
    const { session, timers } = open();
    const first = (await settled(session, (s) => s.a !== null)).a!;
    // Each step's result is shown on the way (the learner sees the lines move) …
    for (const [i, level] of [0.8, 0.5, 0.2].entries()) {
      session.send({ type: 'mechanism.set', mechanism: 'rvm', level });
      await settled(session, revision(i + 1));
    }
    // … but the run before is the one before the drag.
    expect(session.state.before?.result).toBe(first.result);
    const dragged = session.state.a!;
    timers.increment(GESTURE_MS);
    // Let go, then moved again: a new change, compared with where the drag ended.
    session.send({ type: 'mechanism.set', mechanism: 'rvm', level: 0 });
    expect((await settled(session, revision(4))).before?.result).toBe(dragged.result);
    // Another control at once is another change.
    session.send({ type: 'mechanism.set', mechanism: 'glia', level: 0 });
    const glia = await settled(session, revision(5));
    expect(glia.before?.result).not.toBe(dragged.result);
    expect(glia.before?.scenario.knockouts.find((k) => k.mechanism === 'rvm')?.level).toBe(0);
  });

  it('opening a preset and a lesson’s setup are changes too', async () => {
    const { session } = open();
    const first = (await settled(session, (s) => s.a !== null)).a!;
    session.send({ type: 'preset.choose', name: 'tolerance-only' });
    const opened = await settled(session, revision(1));
    expect(opened.before?.result).toBe(first.result);
    session.applySetup({ preset: 'oih-maintained', tDays: 84 });
    const lesson = await settled(session, revision(2));
    expect(lesson.before?.result).toBe(opened.a!.result);
  });

  it('compare mode has none, and entering or leaving it makes none', async () => {
    const { session } = open();
    await settled(session, (s) => s.a !== null);
    session.send({ type: 'mechanism.set', mechanism: 'glia', level: 0 });
    await settled(session, (s) => s.before !== null);
    session.setCompare(true, 'tolerance-only');
    expect(session.state.before).toBeNull();
    await settled(session, (s) => s.b !== null);
    // Edits of A and of B in compare mode draw no run before.
    session.send({ type: 'mechanism.set', mechanism: 'nmda', level: 0 });
    await settled(session, revision(2));
    session.actor.send({ type: 'compare.edit', side: 'b' });
    session.send({ type: 'opioid.stop' });
    await settled(session, (s) => s.b?.revision === 2);
    expect(session.state.before).toBeNull();
    expect(session.painBefore(112)).toBeNull();
    session.setCompare(false);
    await settled(session, (s) => !s.comparing);
    expect(session.state.before).toBeNull();
    // Out of compare mode again, the next change of A is compared with A as it was shown.
    const shown = session.state.a!;
    session.send({ type: 'mechanism.set', mechanism: 'nmda', level: 1 });
    expect((await settled(session, revision(3))).before?.result).toBe(shown.result);
  });

  it('Reset all out of compare mode draws no run before; out of single mode it is a change', async () => {
    const { session } = open();
    await settled(session, (s) => s.a !== null);
    session.setCompare(true, 'tolerance-only');
    session.send({ type: 'mechanism.set', mechanism: 'glia', level: 0 });
    await settled(session, (s) => s.b !== null && s.a?.revision === 1);
    session.resetAll();
    await settled(session, (s) => !s.comparing && s.a?.revision === 2);
    expect(session.state.before).toBeNull();
    session.send({ type: 'mechanism.set', mechanism: 'glia', level: 0 });
    const edited = await settled(session, revision(3));
    session.resetAll();
    expect((await settled(session, revision(4))).before?.result).toBe(edited.a!.result);
  });
});
