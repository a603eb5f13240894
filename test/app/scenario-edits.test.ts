import { describe, expect, it } from 'vitest';
import { findPreset, normalizeScenario, opioidsAt, snapshotAt, type Scenario } from '../../src/model';
import { simulate } from '../../src/model/run';
import { drawCohort, patientOutcome, patientScenario } from '../../src/model/runs/cohort';
import { outcomeOf, outcomeSeries } from '../../src/model/runs/cohort-outcome';
import { adjuvantsAt, applyEdit, mechanismLevels, type ScenarioEdit } from '../../src/app/scenario-edits';

const preset = (name: string): Scenario => normalizeScenario(findPreset(name)?.scenario);
const escalation = preset('oih-escalation');
const atWeek8 = snapshotAt(simulate(escalation), 56);
const dose = atWeek8.doseMmePerDay;
const painAt = (scenario: Scenario, t: number) => snapshotAt(simulate(scenario), t).painScore;
const doseAt = (scenario: Scenario, t: number) => snapshotAt(simulate(scenario), t).doseMmePerDay;

describe('scenario edits', () => {
  it('never change the scenario they are given', () => {
    const before = JSON.stringify(escalation);
    const edits: ScenarioEdit[] = [
      { type: 'dose.change', atDay: 56, percent: 50 },
      { type: 'taper.start', atDay: 56, percent: 10, per: 'week' },
      { type: 'opioid.stop', atDay: 56 },
      { type: 'drug.rotate', atDay: 56, toDrug: 'methadone', reductionPercent: 33 },
      { type: 'adjuvant.set', kind: 'ketamine', on: true, atDay: 56 },
      { type: 'mechanism.set', mechanism: 'rvm', level: 0.5 },
      { type: 'patient.susceptibility', value: 2 },
      { type: 'patient.baseline', value: 3 },
      { type: 'duration.set', days: 300 },
      { type: 'regimen.set', drug: 'oxycodone', dosePerDay: 90, everyHours: 6, schedule: 'fixed' },
    ];
    for (const edit of edits) {
      const { scenario } = applyEdit(escalation, edit);
      expect(JSON.stringify(scenario)).not.toBe(before);
    }
    expect(JSON.stringify(escalation)).toBe(before);
  });

  it('a dose change keeps the past and gives the new dose from that day on', () => {
    const { scenario, said } = applyEdit(escalation, {
      type: 'dose.change',
      atDay: 56,
      percent: 50,
    });
    expect(dose).toBe(240);
    expect(said).toBe('Dose increased 50 % at week 8.');
    // Recorded as asked, resolved by the model against the dose then given.
    expect(scenario.regimens.at(-1)).toMatchObject({ kind: 'change', atDay: 56, times: 1.5 });
    expect(doseAt(scenario, 30)).toBe(doseAt(escalation, 30));
    expect(doseAt(scenario, 60)).toBeCloseTo(360, 6);
    // OIH: the higher dose makes pain worse, not better, four weeks on.
    expect(painAt(scenario, 84)).toBeGreaterThan(painAt(escalation, 56));
  });

  it('a taper cuts a share of the current dose each week and ends the opioid', () => {
    const { scenario } = applyEdit(escalation, {
      type: 'taper.start',
      atDay: 56,
      percent: 10,
      per: 'week',
    });
    const taper = scenario.regimens.at(-1);
    expect(taper).toMatchObject({ kind: 'change', atDay: 56, taper: { percent: 10, per: 'week' } });
    expect(doseAt(scenario, 60)).toBeCloseTo(216, 6);
    expect(doseAt(scenario, 67)).toBeCloseTo(194.4, 6);
    expect(doseAt(scenario, scenario.durationDays - 1)).toBe(0);
  });

  it('stop ends every regimen at that day; at day 0 there is no opioid at all', () => {
    expect(doseAt(applyEdit(escalation, { type: 'opioid.stop', atDay: 0 }).scenario, 30)).toBe(0);
    const { scenario } = applyEdit(escalation, { type: 'opioid.stop', atDay: 56 });
    expect(doseAt(scenario, 55)).toBeGreaterThan(0);
    expect(doseAt(scenario, 57)).toBe(0);
  });

  it('rotation says the cross-tolerance reduction as a % of MME and switches drug', () => {
    const { scenario, said } = applyEdit(escalation, {
      type: 'drug.rotate',
      atDay: 56,
      toDrug: 'methadone',
      reductionPercent: 33,
    });
    expect(said).toContain('33 % fewer MME');
    expect(said).not.toMatch(/\bmg\b/);
    expect(doseAt(scenario, 60)).toBeCloseTo(160.8, 6);
    expect(opioidsAt(scenario, 60).map((o) => o.drug)).toEqual(['methadone']);
    expect(opioidsAt(scenario, 50).map((o) => o.drug)).toEqual(['morphine']);
    // Asked twice (a double click), it is one rotation, not two cuts.
    const twice = applyEdit(scenario, {
      type: 'drug.rotate',
      atDay: 56,
      toDrug: 'methadone',
      reductionPercent: 33,
    });
    expect(twice.scenario).toEqual(scenario);
    expect(twice.said).toBe('Methadone is already given at week 8.');
  });

  it('adjuvants are added and removed from the time given', () => {
    const added = applyEdit(escalation, { type: 'adjuvant.set', kind: 'ketamine', on: true, atDay: 56 });
    expect(adjuvantsAt(added.scenario, 50).has('ketamine')).toBe(false);
    expect(adjuvantsAt(added.scenario, 60).has('ketamine')).toBe(true);
    // Ketamine improves OIH in the model without curing it (issue 14, P6: 0.5–2.5 points).
    expect(painAt(added.scenario, 84)).toBeLessThan(painAt(escalation, 84) - 0.5);
    const again = applyEdit(added.scenario, { type: 'adjuvant.set', kind: 'ketamine', on: true, atDay: 70 });
    expect(again.scenario).toEqual(added.scenario);
    const removed = applyEdit(added.scenario, {
      type: 'adjuvant.set',
      kind: 'ketamine',
      on: false,
      atDay: 70,
    });
    expect(adjuvantsAt(removed.scenario, 65).has('ketamine')).toBe(true);
    expect(adjuvantsAt(removed.scenario, 71).has('ketamine')).toBe(false);
  });

  it('mechanism sliders set a whole-course level; switching off one lowers pain', () => {
    const half = applyEdit(escalation, { type: 'mechanism.set', mechanism: 'nmda', level: 0.5 });
    expect(mechanismLevels(half.scenario).nmda).toBe(0.5);
    expect(half.said).toBe('Spinal NMDA receptor upregulation set to 50 %.');
    const off = applyEdit(half.scenario, { type: 'mechanism.set', mechanism: 'nmda', level: 0 });
    expect(off.scenario.knockouts.filter((k) => k.mechanism === 'nmda')).toHaveLength(1);
    expect(painAt(off.scenario, 56)).toBeLessThan(painAt(half.scenario, 56));
    const on = applyEdit(off.scenario, { type: 'mechanism.set', mechanism: 'nmda', level: 1 });
    expect(mechanismLevels(on.scenario).nmda).toBe(1);
    expect(on.scenario.knockouts).toEqual([]);
  });

  it('numbers out of range are clamped, never passed to the model', () => {
    const edits: ScenarioEdit[] = [
      { type: 'dose.change', atDay: Number.NaN, percent: 1e9 },
      { type: 'patient.susceptibility', value: Number.POSITIVE_INFINITY },
      { type: 'patient.baseline', value: -4 },
      { type: 'duration.set', days: 1e9 },
      { type: 'mechanism.set', mechanism: 'glia', level: 7 },
      { type: 'taper.start', atDay: -5, percent: 500, per: 'month' },
    ];
    for (const edit of edits) expect(() => simulate(applyEdit(escalation, edit).scenario)).not.toThrow();
  });

  it('baseline pain turns a pain-free course into one with constant disease pain', () => {
    const naive = normalizeScenario({ patient: { disease: { kind: 'none' } } });
    const { scenario } = applyEdit(naive, { type: 'patient.baseline', value: 4 });
    expect(scenario.patient.disease).toMatchObject({ kind: 'constant', baseline: 4 });
  });

  it("a cohort's patient becomes the scenario exactly: its run is the one the cohort computed", () => {
    const draw = drawCohort(escalation, 30, 11)[29];
    if (!draw) throw new Error('no patient 30');
    const { scenario, said } = applyEdit(escalation, {
      type: 'patient.individual',
      susceptibility: draw.susceptibility,
      metabolism: draw.metabolism,
      index: draw.index,
    });
    // Unrounded, unlike the slider's edit (two decimals, at most 3).
    expect(scenario).toEqual(patientScenario(escalation, draw));
    expect(said).toContain('Patient 30 of the cohort');
    const ownPain = outcomeSeries(patientOutcome(escalation, draw), 'weekPain');
    expect(outcomeSeries(outcomeOf(simulate(scenario), draw), 'weekPain')).toEqual(ownPain);
  });

  it("a patient's values outside the scenario's limits are clamped to them", () => {
    const { scenario } = applyEdit(escalation, {
      type: 'patient.individual',
      susceptibility: 9,
      metabolism: 0.01,
      index: 0,
    });
    expect(scenario.patient).toMatchObject({ susceptibility: 5, metabolism: 0.25 });
  });

  it('the starting regimen replaces the regimens with a fixed or escalating schedule', () => {
    const fixed = applyEdit(escalation, {
      type: 'regimen.set',
      drug: 'oxycodone',
      dosePerDay: 90,
      everyHours: 6,
      schedule: 'fixed',
    });
    expect(fixed.scenario.regimens).toEqual([
      expect.objectContaining({ kind: 'fixed', drug: 'oxycodone', dosePerDay: 90, everyHours: 6 }),
    ]);
    const rising = applyEdit(escalation, {
      type: 'regimen.set',
      drug: 'morphine',
      dosePerDay: 60,
      everyHours: 4,
      schedule: 'escalating',
    });
    expect(doseAt(rising.scenario, 29)).toBeGreaterThan(60);
    expect(
      applyEdit(escalation, {
        type: 'regimen.set',
        drug: 'morphine',
        dosePerDay: 60,
        everyHours: 4,
        schedule: 'none',
      }).scenario.regimens,
    ).toEqual([]);
  });
});

describe('an edit of an experiment says its time as the clock does', () => {
  it('a stop in a 10-day rat experiment is said in days and hours, a patient’s in weeks', () => {
    const rat = normalizeScenario(findPreset('vanderah-2001-continuous')!.scenario);
    expect(applyEdit(rat, { type: 'opioid.stop', atDay: 2.25 }).said).toBe(
      'Opioid stopped at day 2, hour 6.',
    );
    // A rat's doses are per kg: a rotation is never said in MME.
    expect(
      applyEdit(rat, { type: 'drug.rotate', atDay: 3, toDrug: 'methadone', reductionPercent: 25 }).said,
    ).toBe('Rotated to Methadone at day 3, hour 0 with a 25 % lower dose for incomplete cross-tolerance.');
    const patient = normalizeScenario(findPreset('oih-escalation')!.scenario);
    expect(applyEdit(patient, { type: 'opioid.stop', atDay: 45 }).said).toBe(
      'Opioid stopped at week 6, day 3.',
    );
  });
});
