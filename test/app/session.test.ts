import { describe, expect, it } from 'vitest';
import { CHART_DAY_DELAY_MS } from '../../src/app/session-machine';
import { presetWords } from '../../src/content/presets';
import { snapshotAt } from '../../src/model';
import { openSession, settled } from './session-harness';

const open = (name = 'oih-escalation', tDays = 56) => openSession(name, tDays);
/** "(before your change 8.5, +0.5)" as the live line writes it: the difference of the numbers shown. */
const versus = (now: number, before: number) => {
  const delta = Math.round(now * 10) / 10 - Math.round(before * 10) / 10;
  const said =
    Math.abs(delta) < 0.05 ? 'no difference' : `${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(1)}`;
  return `(before your change ${before.toFixed(1)}, ${said})`;
};

describe('session', () => {
  it('computes A on start and knows the current dose', async () => {
    const { session } = open();
    const state = await settled(session, (s) => s.a !== null);
    expect(state.a?.doseResponse?.doses).toHaveLength(41);
    expect(session.doseNow('a')).toEqual({ dosePerDay: 240, unit: 'MME/day', drugLabel: 'Morphine' });
  });

  it('a from-now dose change is said with the dose it came to, pain now and four weeks on', async () => {
    const { session } = open();
    await settled(session, (s) => s.a !== null);
    const then = session.snapshot('a', 56)?.painScore ?? Number.NaN;
    const unchanged = session.snapshot('a', 84)?.painScore ?? Number.NaN;
    session.send({ type: 'dose.change', percent: 50 });
    const state = await settled(session, (s) => s.summary.startsWith('Dose'));
    const now = session.snapshot('a', 56)?.painScore ?? Number.NaN;
    const after = session.snapshot('a', 84)?.painScore ?? Number.NaN;
    // OIH: four weeks after the increase pain is higher than when the dose went up.
    expect(after).toBeGreaterThan(then);
    expect(state.summary).toBe(
      `Dose increased 50 % at week 8: now 360 MME/day. Now, week 8, day 0: pain ${now.toFixed(1)}/10. By week 12: pain ${after.toFixed(1)}/10 ${versus(after, unchanged)}.`,
    );
  });

  it('the live summary follows the clock: the week it names is the clock’s, with the pain then', async () => {
    const { session, clock } = open('oih-escalation', 0);
    await settled(session, (s) => s.a !== null);
    const before = session.state.a!.result;
    session.send({ type: 'mechanism.set', mechanism: 'nmda', level: 0 });
    const first = await settled(session, (s) => s.summary.includes('switched off'));
    expect(first.summary).toMatch(
      / Now, week 0, day 0: pain 6\.0\/10 \(before your change 6\.0, no difference\)\.$/,
    );
    clock.send({ type: 'scrub', tDays: 84 });
    const pain = session.snapshot('a', 84)!.painScore;
    const without = snapshotAt(before, 84).painScore;
    expect(without - pain).toBeGreaterThan(0.05);
    expect(session.state.summary).toBe(
      `${first.summary.split(' Now,')[0]} Now, week 12, day 0: pain ${pain.toFixed(1)}/10 ${versus(pain, without)}.`,
    );
    clock.send({ type: 'scrub', tDays: 87 });
    expect(session.state.summary).toContain(
      `Now, week 12, day 3: pain ${session.snapshot('a', 87)!.painScore.toFixed(1)}/10`,
    );
  });

  it('a from-now change, once the clock has passed it, says pain now against then and without it', async () => {
    const { session, clock } = open();
    await settled(session, (s) => s.a !== null);
    const then = session.snapshot('a', 56)!.painScore;
    const unchanged = session.snapshot('a', 140)!.painScore;
    session.send({ type: 'dose.change', percent: 50 });
    await settled(session, (s) => s.summary.startsWith('Dose'));
    clock.send({ type: 'scrub', tDays: 140 });
    const now = session.snapshot('a', 140)!.painScore;
    expect(session.state.summary).toBe(
      `Dose increased 50 % at week 8: now 360 MME/day. Now, week 20, day 0: pain ${now.toFixed(1)}/10, up from ${then.toFixed(1)} at week 8 ${versus(now, unchanged)}.`,
    );
  });

  it('opening a preset says its title and pain now, against the run before it (drawn "before your change")', async () => {
    const { session } = open();
    await settled(session, (s) => s.a !== null);
    const before = session.snapshot('a', 56)!.painScore;
    session.send({ type: 'preset.choose', name: 'tolerance-only' });
    const state = await settled(session, (s) => s.summary.startsWith('Opened'));
    const now = session.snapshot('a', 56)!.painScore;
    expect(state.summary).toBe(
      `Opened The escalation trap with tolerance only. Now, week 8, day 0: pain ${now.toFixed(1)}/10 ${versus(now, before)}.`,
    );
    expect(state.summary).toContain(presetWords['tolerance-only']?.title);
  });

  it('opening a rat’s experiment after a person’s course compares with nothing: another subject is no “before”', async () => {
    const { session } = open();
    await settled(session, (s) => s.a !== null);
    session.send({ type: 'preset.choose', name: 'celerier-2000-fentanyl-100' });
    const state = await settled(session, (s) => s.summary.startsWith('Opened'));
    expect(state.a?.scenario.subject).toBe('rat');
    expect(state.summary).not.toMatch(/before your change/);
    expect(state.summary).toMatch(/^Opened .*: pain \d+\.\d\/10\.$/);
    expect(state.before).toBeNull();
  });

  it('a result for an outdated scenario is never shown', async () => {
    const { session } = open();
    await settled(session, (s) => s.a !== null);
    session.send({ type: 'mechanism.set', mechanism: 'nmda', level: 0.2 });
    session.send({ type: 'mechanism.set', mechanism: 'nmda', level: 0.6 });
    const state = await settled(session, (s) => s.a?.scenario.knockouts[0]?.level === 0.6);
    expect(state.a?.revision).toBe(2);
  });

  it('compare mode computes B, stretches the clock to the longer course, and Reset All ends it', async () => {
    const { session, clock } = open('oih-escalation', 56);
    await settled(session, (s) => s.a !== null);
    session.setCompare(true, 'taper-10-per-week');
    expect(session.state.summary).toMatch(
      /^Comparing A: oih-escalation with B: Taper by 10 % a week\. Now, week 8, day 0: pain \d+\.\d\/10\.$/,
    );
    const state = await settled(session, (s) => s.b !== null);
    expect(state.comparing).toBe(true);
    expect(state.b?.title).toBe('Taper by 10 % a week');
    expect(clock.getSnapshot().context.durationDays).toBe(300);
    session.send({ type: 'opioid.stop' });
    await settled(session, (s) => s.summary.startsWith('A: Opioid stopped at week 8.'));
    session.resetAll();
    // Said with the pain at the time the clock is reset to.
    expect(session.state.summary).toBe(
      'Reset all: oih-escalation as first opened, day 0. Now, week 0, day 0: pain 6.0/10.',
    );
    expect(session.state.comparing).toBe(false);
    expect(session.state.b).toBeNull();
    expect(clock.getSnapshot().context.tDays).toBe(0);
    expect(session.link({ mechanism: null, theme: null }).compare).toBeNull();
  });

  it('edits go to the side being edited; a copy of A starts B', async () => {
    const { session } = open();
    await settled(session, (s) => s.a !== null);
    session.setCompare(true, null);
    await settled(session, (s) => s.b !== null);
    expect(session.state.b?.title).toBe('copy of oih-escalation');
    expect(session.link({ mechanism: 'rvm', theme: null })).toMatchObject({ mechanism: 'rvm', tDays: 56 });
  });

  it('the dose–response day follows the clock once it rests', async () => {
    const { session, clock, timers } = open('oih-escalation', 56);
    await settled(session, (s) => s.a !== null);
    clock.send({ type: 'scrub', tDays: 20 });
    timers.increment(CHART_DAY_DELAY_MS - 1);
    clock.send({ type: 'scrub', tDays: 28 });
    timers.increment(CHART_DAY_DELAY_MS - 1);
    // Still moving: the curves wait for the clock to rest.
    expect(session.state.chartDay).toBe(56);
    timers.increment(1);
    expect(session.state.chartDay).toBe(28);
    expect(session.link({ mechanism: null, theme: null }).chartDay).toBe(28);
  });
});
