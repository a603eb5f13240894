import { describe, expect, it } from 'vitest';
import { openSession, settled } from './session-harness';

/** The session as one actor (step 11): every change arrives as one of its events. */
const open = () => openSession('oih-maintained', 84);

describe('session actor', () => {
  it('two "+50 %" sent before any result arrives give 540 from 240, not 360', async () => {
    const { session } = open();
    await settled(session, (s) => s.a !== null);
    expect(session.doseNow('a').dosePerDay).toBeCloseTo(240, 6);
    session.send({ type: 'dose.change', percent: 50 });
    session.send({ type: 'dose.change', percent: 50 });
    await settled(session, (s) => s.a?.revision === 2);
    expect(session.doseNow('a').dosePerDay).toBeCloseTo(540, 6);
    expect(session.state.summary).toContain('now 540 MME/day');
  });

  it('a superseded run is never shown: only the latest revision lands', async () => {
    const { session } = open();
    await settled(session, (s) => s.a !== null);
    const seen: number[] = [];
    session.subscribe((s) => {
      if (s.a && !seen.includes(s.a.revision)) seen.push(s.a.revision);
    });
    for (const level of [0.2, 0.4, 0.6]) session.send({ type: 'mechanism.set', mechanism: 'nmda', level });
    await settled(session, (s) => s.a?.revision === 3);
    expect(seen).toEqual([3]);
  });

  it('lessons hear the learner’s edits, not a setup’s', async () => {
    const { session } = open();
    const heard: string[] = [];
    session.on('edited', ({ edit }) => heard.push(edit.type));
    session.applySetup({ preset: 'oih-state', edits: [{ type: 'opioid.stop', atDay: 20 }] });
    session.send({ type: 'adjuvant.set', kind: 'ketamine', on: true });
    expect(heard).toEqual(['adjuvant.set']);
  });

  it('a setup is applied as data: scenarios, compare mode, then the clock fitted to the longer course', () => {
    const { session } = open();
    const problem = session.applySetup({
      preset: 'oih-state',
      compare: { preset: 'taper-10-per-week' },
      shown: 'b',
      tDays: 200,
    });
    expect(problem).toBeNull();
    expect(session.state.comparing).toBe(true);
    expect(session.state.shown).toBe('b');
    // taper-10-per-week runs 300 days: the clock reaches day 200 although oih-state ends at 84.
    expect(session.clock.getSnapshot().context.durationDays).toBe(300);
    expect(session.clock.getSnapshot().context.tDays).toBe(200);
    expect(session.captureSetup()).toMatchObject({
      compare: { scenario: { title: 'Taper by 10 % a week' } },
      tDays: 200,
    });
  });

  it('a setup naming an unknown preset says so and keeps the scenario', () => {
    const { session } = open();
    expect(session.applySetup({ preset: 'cure-everything' })).toBe(
      'There is no scenario called “cure-everything”.',
    );
    expect(session.title('a')).toBe('oih-maintained');
  });
});
