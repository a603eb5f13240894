import { describe, expect, it } from 'vitest';
import { MECHANISM_IDS, findPreset, snapshotAt, type ScenarioInput } from '../../src/model/index';
import { cohort, doseResponse, simulate } from '../../src/model/run';

const preset = (name: string): ScenarioInput => {
  const p = findPreset(name);
  if (!p) throw new Error(name);
  return p.scenario;
};

describe('snapshotAt', () => {
  const result = simulate(preset('oih-escalation'));

  it('interpolates linearly between hourly samples', () => {
    const a = snapshotAt(result, 100);
    const b = snapshotAt(result, 100 + 1 / 24);
    const mid = snapshotAt(result, 100 + 1 / 48);
    expect(mid.painScore).toBeCloseTo((a.painScore + b.painScore) / 2, 10);
    expect(mid.mechanisms.nmda.level).toBeCloseTo(
      (a.mechanisms.nmda.level + b.mechanisms.nmda.level) / 2,
      10,
    );
  });

  it('gives every mechanism with its trend, tolerance, firing rates, regions and events so far', () => {
    const s = snapshotAt(result, 20);
    for (const id of MECHANISM_IDS) {
      expect(s.mechanisms[id].level).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(s.mechanisms[id].trendPerDay)).toBe(true);
    }
    expect(s.mechanisms.nmda.trendPerDay).toBeGreaterThan(0);
    expect(s.tolerance.fold).toBeGreaterThan(1);
    expect(s.painfulRegions[0]).toBe('lower-back');
    expect(s.eventsSoFar.every((e) => e.tDays <= 20)).toBe(true);
    expect(s.eventsSoFar.length).toBeGreaterThanOrEqual(2);
    expect(Object.values(s.firing).every((x) => x > 0)).toBe(true);
    expect(s.knockedOut).toEqual([]);
  });

  it('OIH spreads pain and makes light touch hurt: more painful and allodynic regions at week 26 than week 1', () => {
    const early = snapshotAt(result, 7);
    const late = snapshotAt(result, 180);
    expect(late.painfulRegions.length).toBeGreaterThan(early.painfulRegions.length);
    expect(late.allodynicRegions.length).toBeGreaterThan(0);
    expect(late.firing.projectionNeuron).toBeGreaterThan(early.firing.projectionNeuron);
    expect(late.firing.rvmOn).toBeGreaterThan(early.firing.rvmOn);
  });

  it('tells the disease’s own area from where pain has spread: the tolerance-only patient’s pain never spreads', () => {
    const tolerance = simulate(preset('tolerance-only'));
    for (const t of [0, 28, 84, 112]) {
      const s = snapshotAt(tolerance, t);
      expect(s.originalRegions).toEqual(['lower-back', 'abdomen']);
      expect(s.painfulRegions).toEqual(['lower-back', 'abdomen']);
      expect(s.spreadRegions).toEqual([]);
    }
    const oih = snapshotAt(result, 56);
    expect(oih.originalRegions).toEqual(['lower-back', 'abdomen']);
    expect(oih.spreadRegions.length).toBeGreaterThan(0);
    expect(oih.spreadRegions.some((r) => oih.originalRegions.includes(r))).toBe(false);
    expect([...oih.originalRegions, ...oih.spreadRegions].sort()).toEqual([...oih.painfulRegions].sort());
    // Without a disease there is no original site: any pain is where it spread.
    const none = snapshotAt(simulate({ ...preset('oih-state'), patient: { disease: { kind: 'none' } } }), 84);
    expect(none.originalRegions).toEqual([]);
    expect(none.spreadRegions).toEqual(none.painfulRegions);
  });

  it('lists knocked-out mechanisms and clamps t to the run', () => {
    const ko = simulate(preset('knockout-rvm'));
    expect(snapshotAt(ko, 10).knockedOut).toEqual(['rvm']);
    expect(snapshotAt(ko, 1e9).tDays).toBe(ko.tDays[ko.tDays.length - 1]);
    expect(snapshotAt(ko, -5).tDays).toBe(0);
  });
});

describe('doseResponse', () => {
  const dr = doseResponse(preset('oih-state'), 84);

  it('has 41 log-spaced doses from 0.1× to 10× the current daily dose', () => {
    expect(dr.doses).toHaveLength(41);
    expect(dr.doses[0]).toBeCloseTo(24, 6);
    expect(dr.doses[40]).toBeCloseTo(2400, 6);
    expect((dr.doses[1] ?? 0) / (dr.doses[0] ?? 1)).toBeCloseTo((dr.doses[40] ?? 0) / (dr.doses[39] ?? 1), 9);
  });

  it('the acute curve is shifted right by tolerance and further by OIH masking', () => {
    const { naive, toleranceOnly, scenario } = dr.acute;
    expect(naive.ed50).not.toBeNull();
    expect(toleranceOnly.ed50 ?? Infinity).toBeGreaterThan(naive.ed50 ?? 0);
    expect(scenario.ed50 ?? Infinity).toBeGreaterThan(toleranceOnly.ed50 ?? 0);
  });

  it('uses 5–1000 MME when no opioid is given and reports "not reached" as null', () => {
    const none = doseResponse({ durationDays: 10 }, 5, { maintained: false });
    expect(none.doses[0]).toBeCloseTo(5, 9);
    expect(none.doses[40]).toBeCloseTo(1000, 9);
    expect(none.maintained.scenario).toEqual([]);
    const masked = doseResponse(preset('dunbar-1996-spinal'), 7, { maintained: false });
    expect(masked.acute.scenario.ed50 === null || (masked.acute.scenario.ed50 ?? 0) > 0).toBe(true);
  });
});

describe('cohort', () => {
  it('returns n seeded virtual patients, identical for the same seed and different for another', () => {
    const input: ScenarioInput = {
      durationDays: 14,
      regimens: [{ kind: 'fixed', drug: 'morphine', dosePerDay: 240, everyHours: 4 }],
    };
    const a = cohort(input, 5, 42);
    const b = cohort(input, 5, 42);
    const c = cohort(input, 5, 43);
    expect(a).toHaveLength(5);
    expect(a.map((p) => p.susceptibility)).toEqual(b.map((p) => p.susceptibility));
    expect(Array.from(a[0]?.result.series.painScore ?? [])).toEqual(
      Array.from(b[0]?.result.series.painScore ?? []),
    );
    expect(a.map((p) => p.susceptibility)).not.toEqual(c.map((p) => p.susceptibility));
    expect(new Set(a.map((p) => p.metabolism.toFixed(6))).size).toBe(5);
  });
});
