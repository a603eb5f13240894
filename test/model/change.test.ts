import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeScenario, snapshotAt, type ScenarioInput } from '../../src/model/index';
import { simulate } from '../../src/model/run';
import { seriesDigest } from '../app/series-digest';

/**
 * Schema version 2: a change "from now on" is recorded as asked (×1.5 of the dose then given, taper, rotate,
 * stop) and the model resolves it against the regimen in force at that moment.
 */
const W12 = 84;
const morphine = (dosePerDay: number, extra: object = {}) => ({
  kind: 'fixed' as const,
  drug: 'morphine' as const,
  dosePerDay,
  everyHours: 4,
  ...extra,
});
const scenario = (regimens: ScenarioInput['regimens'], durationDays = 16 * 7) =>
  normalizeScenario({ durationDays, regimens });
const doseAt = (s: ReturnType<typeof scenario>, day: number) => snapshotAt(simulate(s), day).doseMmePerDay;

describe('changes from now on (schema version 2)', () => {
  it('resolves ×1.5 against the dose then given: the same series as writing the dose out', () => {
    const asked = scenario([morphine(240), { kind: 'change', atDay: W12, times: 1.5 }]);
    const written = scenario([morphine(240, { stopDay: W12 }), morphine(360, { startDay: W12 })]);
    expect(seriesDigest(simulate(asked))).toBe(seriesDigest(simulate(written)));
  });

  it('composes two changes on the same day: ×1.5 twice from 240 is 540, not 360', () => {
    const twice = scenario([
      morphine(240),
      { kind: 'change', atDay: W12, times: 1.5 },
      { kind: 'change', atDay: W12, times: 1.5 },
    ]);
    expect(doseAt(twice, W12 - 1)).toBeCloseTo(240, 6);
    expect(doseAt(twice, W12 + 7)).toBeCloseTo(540, 6);
  });

  it('a taper asked twice on the same day is one taper', () => {
    const taper = { kind: 'change' as const, atDay: W12, taper: { percent: 10, per: 'week' as const } };
    const once = scenario([morphine(240), taper], 40 * 7);
    const twice = scenario([morphine(240), taper, taper], 40 * 7);
    expect(seriesDigest(simulate(twice))).toBe(seriesDigest(simulate(once)));
    // 10 % of the current dose each week from week 12, the first cut on the day it starts.
    expect(doseAt(once, W12 + 0.5)).toBeCloseTo(216, 6);
    expect(doseAt(once, W12 + 7.5)).toBeCloseTo(194.4, 6);
  });

  it('a rotation with a cut equals the version-1 rotation regimen', () => {
    const asked = scenario([
      morphine(240),
      { kind: 'change', atDay: W12, rotateTo: { drug: 'methadone', everyHours: 8, reductionPercent: 33 } },
    ]);
    const written = scenario([
      morphine(240, { stopDay: W12 }),
      {
        kind: 'rotation',
        drug: 'morphine',
        dosePerDay: 240,
        everyHours: 4,
        startDay: W12,
        toDrug: 'methadone',
        toEveryHours: 8,
        switchDay: W12,
        reductionPercent: 33,
      },
    ]);
    expect(seriesDigest(simulate(asked))).toBe(seriesDigest(simulate(written)));
  });

  it('times 0 stops the opioid, and a later change continues from nothing', () => {
    const s = scenario([
      morphine(240),
      { kind: 'change', atDay: W12, times: 0 },
      { kind: 'change', atDay: W12 + 14, times: 2 },
    ]);
    expect(doseAt(s, W12 + 7)).toBe(0);
    expect(doseAt(s, W12 + 21)).toBe(0);
  });

  it('drops what an earlier regimen would have started after the change', () => {
    const s = scenario([
      morphine(240, { stopDay: 100 }),
      morphine(60, { startDay: 100 }),
      { kind: 'change', atDay: W12, times: 0.5 },
    ]);
    expect(doseAt(s, 110)).toBeCloseTo(120, 6);
  });

  it('continues a pain-triggered escalation from the dose it had reached', () => {
    const s = scenario(
      [
        {
          kind: 'escalation',
          drug: 'morphine',
          dosePerDay: 60,
          everyHours: 4,
          stepPercent: 25,
          stepEveryDays: 7,
          trigger: 'pain',
          painTarget: 2,
        },
        { kind: 'change', atDay: W12, times: 1.5 },
      ],
      20 * 7,
    );
    const result = simulate(s);
    const reached = snapshotAt(result, W12 - 0.5).doseMmePerDay;
    expect(reached).toBeGreaterThan(60); // it did escalate
    expect(snapshotAt(result, W12 + 14).doseMmePerDay).toBeCloseTo(1.5 * reached, 6);
    // and it escalates no more after the change
    expect(snapshotAt(result, 20 * 7).doseMmePerDay).toBeCloseTo(1.5 * reached, 6);
  });

  it('for any dose, day and factor, the dose from the change on is factor × the dose then given', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 1, max: 100 }),
        fc.double({ min: 0, max: 4, noNaN: true }),
        (dose, day, times) => {
          const s = scenario([morphine(dose), { kind: 'change', atDay: day, times }]);
          const result = simulate(s, { stepHours: 6 });
          expect(snapshotAt(result, day + 3).doseMmePerDay).toBeCloseTo(times * dose, 6);
          if (day > 1) expect(snapshotAt(result, day - 1).doseMmePerDay).toBeCloseTo(dose, 6);
        },
      ),
      { numRuns: 25, seed: 11 },
    );
  });
});
