import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import {
  cohortFan,
  normalizeScenario,
  outcomeSeries,
  summarizeCohort,
  type PatientOutcome,
  type ScenarioInput,
} from '../../src/model/index';
import {
  cohort,
  cohortOutcomes,
  drawCohort,
  patientOutcome,
  simulate,
  untreatedOutcome,
} from '../../src/model/run';
import { ALL_FIVE_OFF } from '../../src/model/presets/preset';
import { prevalence } from '../../src/science/property-measures';

const oral = (dosePerDay: number) =>
  ({ kind: 'fixed', drug: 'morphine', route: 'oral', dosePerDay, everyHours: 4 }) as const;
/** P10's setup: 12 weeks of oral morphine, disease pain 6. */
const p10 = (dose: number) => normalizeScenario({ durationDays: 84, regimens: [oral(dose)] });

describe('cohort: patients drawn apart from their simulation (issue 21)', () => {
  it('draws the same patients as cohort() and each one simulates alone, in any order, to the same run', () => {
    const scenario = normalizeScenario({ durationDays: 21, regimens: [oral(180)] });
    const whole = cohort(scenario, 12, 7);
    const draws = drawCohort(scenario, 12, 7);
    expect(draws).toEqual(
      whole.map(({ index, susceptibility, metabolism }) => ({ index, susceptibility, metabolism })),
    );
    // Patients 11, 4 and 0, each on its own, as three workers would take them.
    for (const i of [11, 4, 0]) {
      const draw = draws[i];
      if (!draw) throw new Error('missing draw');
      const alone = patientOutcome(scenario, draw);
      const fromCohort = cohortOutcomes(scenario, 12, 7, i, i + 1)[0];
      expect(Array.from(alone.values)).toEqual(Array.from(fromCohort?.values ?? []));
      expect(alone.index).toBe(i);
    }
    // A larger cohort with the same seed starts with the same patients.
    expect(drawCohort(scenario, 30, 7).slice(0, 12)).toEqual(draws);
  });

  it('without the opioid, every patient has the same run, whatever its susceptibility and clearance', () => {
    const input: ScenarioInput = {
      durationDays: 56,
      patient: { disease: { kind: 'resolving', baseline: 7, halfLifeDays: 30 } },
      treatments: [{ kind: 'exercise', startDay: 7 }],
    };
    const reference = simulate(input).series.painScore;
    for (const [susceptibility, metabolism] of [
      [0, 0.25],
      [3.2, 4],
      [5, 1.3],
    ]) {
      const run = simulate({ ...input, patient: { ...input.patient, susceptibility, metabolism } });
      expect(Array.from(run.series.painScore)).toEqual(Array.from(reference));
    }
  });

  it('a weekly mean read from the outcome is the mean over the hourly run', () => {
    const scenario = p10(120);
    const draw = drawCohort(scenario, 1, 3)[0];
    if (!draw) throw new Error('missing draw');
    const outcome = patientOutcome(scenario, draw);
    const run = cohort(scenario, 1, 3)[0]?.result;
    if (!run) throw new Error('missing run');
    const hourly = run.series.painScore.subarray(77 * 24, 84 * 24);
    const mean = hourly.reduce((a, b) => a + b, 0) / hourly.length;
    expect(outcome.count).toBe(85);
    expect(outcomeSeries(outcome, 'weekPain')[84]).toBeCloseTo(mean, 12);
    const lastDay = run.series.painScore.subarray(83 * 24, 84 * 24);
    expect(outcomeSeries(outcome, 'dayPain')[84]).toBeCloseTo(lastDay.reduce((a, b) => a + b, 0) / 24, 12);
  });
});

describe('cohort summary', () => {
  const outcomes120 = cohortOutcomes(p10(120), 200, 2014);
  const untreated120 = untreatedOutcome(p10(120));

  it.each([120, 240])('its shares at week 12 are property P10’s (seed 2014, %i MME/day)', (dose) => {
    const outcomes = dose === 120 ? outcomes120 : cohortOutcomes(p10(dose), 200, 2014);
    const summary = summarizeCohort(outcomes, untreatedOutcome(p10(dose)), 84);
    const p = prevalence(dose);
    expect(summary.day).toBe(84);
    expect(summary.untreatedPain).toBe(6);
    // Without the opioid nothing lowers the threshold: normal, the threshold dot plot's mark.
    expect(summary.untreatedThreshold).toBeCloseTo(1, 12);
    expect(summary.worse.share).toBe(p.worse);
    expect(summary.allodynia.share).toBe(p.allodynia);
    expect(summary.worse.count).toBe(Math.round(p.worse * 200));
  });

  it('classes partition the patients; the shares count them', () => {
    const summary = summarizeCohort(outcomes120, untreated120, 84);
    const { byClass } = summary;
    expect(byClass.worse + byClass.hyperalgesia + byClass['tolerance-only'] + byClass.neither).toBe(200);
    expect(summary.toleranceOnly.count).toBe(byClass['tolerance-only']);
    for (const p of summary.each) {
      if (p.class === 'worse') expect(p.pain).toBeGreaterThan(6);
      else expect(p.pain).toBeLessThanOrEqual(6);
      if (p.class === 'tolerance-only') {
        expect(p.allodynia).toBeLessThanOrEqual(0.5);
        expect(p.threshold).toBeGreaterThanOrEqual(0.95);
        expect(p.toleranceFold).toBeGreaterThanOrEqual(1.5);
      }
    }
    // A moderate dose: OIH in some patients, not in most (issue 21's "why not every patient").
    expect(summary.worse.count).toBeGreaterThan(0);
    expect(summary.worse.share).toBeLessThan(0.5);
    expect(summary.toleranceOnly.count).toBeGreaterThan(0);
  });

  it('with the five OIH mechanisms knocked out, no patient is worse and all have tolerance only', () => {
    const scenario = normalizeScenario({ durationDays: 84, regimens: [oral(240)], knockouts: ALL_FIVE_OFF });
    const summary = summarizeCohort(cohortOutcomes(scenario, 40, 5), untreatedOutcome(scenario), 84);
    expect(summary.worse.count).toBe(0);
    expect(summary.allodynia.count).toBe(0);
    expect(summary.toleranceOnly.count).toBe(40);
  });

  it('does not depend on the order in which patients arrive; a partial cohort summarizes what is there', () => {
    const shuffled = [...outcomes120].reverse();
    expect(summarizeCohort(shuffled, untreated120, 84)).toEqual(
      summarizeCohort(outcomes120, untreated120, 84),
    );
    const firstHalf = summarizeCohort(outcomes120.slice(0, 100), untreated120, 84);
    expect(firstHalf.patients).toBe(100);
    expect(firstHalf.each.map((p) => p.index)).toEqual([...Array(100).keys()]);
  });

  it('reads the sample nearest the day asked for, within the course', () => {
    expect(summarizeCohort(outcomes120, untreated120, 83.6).day).toBe(84);
    expect(summarizeCohort(outcomes120, untreated120, 999).day).toBe(84);
    expect(summarizeCohort(outcomes120, untreated120, -3).day).toBe(0);
    expect(summarizeCohort([], untreated120, 84).worse).toEqual({ count: 0, share: 0 });
  });

  it('equals the CLI’s summary for the same scenario and seed', () => {
    const out = runCli(
      ['--preset', 'chronic-120-mme-26-weeks', '--cohort', '60', '--seed', '7', '--summary-day', '84'],
      () => '',
    );
    expect(out.code).toBe(0);
    const printed = JSON.parse(out.stdout) as { scenario: ScenarioInput; summary: unknown };
    const scenario = normalizeScenario(printed.scenario);
    const own = summarizeCohort(cohortOutcomes(scenario, 60, 7), untreatedOutcome(scenario), 84);
    expect(printed.summary).toEqual(JSON.parse(JSON.stringify(own)));
    const csv = runCli(
      [
        '--preset',
        'chronic-120-mme-26-weeks',
        '--cohort',
        '60',
        '--seed',
        '7',
        '--summary-day',
        '84',
        '--format',
        'csv',
      ],
      () => '',
    ).stdout;
    expect(csv).toContain(`# worse than without the opioid: ${own.worse.count} of 60`);
    expect(csv).toContain(`# tolerance only: ${own.toleranceOnly.count} of 60`);
    expect(csv.trim().split('\n')).toHaveLength(5 + 60);
  });

  it('--summary-day outside the course, or without a cohort, is a usage error', () => {
    for (const args of [
      ['--preset', 'chronic-120-mme-26-weeks', '--cohort', '3', '--seed', '7', '--summary-day', '400'],
      ['--preset', 'chronic-120-mme-26-weeks', '--summary-day', '84'],
    ]) {
      const out = runCli(args, () => '');
      expect(out.code).toBe(2);
      expect(out.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('cohort fan', () => {
  const scenario = normalizeScenario({ durationDays: 28, regimens: [oral(180)] });
  const outcomes = cohortOutcomes(scenario, 41, 9);

  it('gives the 5, 25, 50, 75 and 95 % quantiles of daily pain, ordered, at every sample day', () => {
    const fan = cohortFan(outcomes);
    expect(fan.days).toHaveLength(29);
    expect(fan.days[28]).toBe(28);
    for (let k = 0; k < 29; k++) {
      const column = fan.values.map((row) => row[k] ?? NaN);
      for (let j = 1; j < column.length; j++) expect(column[j]).toBeGreaterThanOrEqual(column[j - 1] ?? NaN);
    }
    // 41 patients: the 5, 25 and 50 % quantiles fall on the 3rd, 11th and 21st values (type 7, no interpolation).
    const day14 = outcomes
      .map((o: PatientOutcome) => outcomeSeries(o, 'dayPain')[14] ?? NaN)
      .sort((a, b) => a - b);
    expect(fan.values[2]?.[14]).toBe(day14[20]);
    expect(fan.values[1]?.[14]).toBe(day14[10]);
    expect(fan.values[0]?.[14]).toBe(day14[2]);
  });

  it('of one patient is that patient’s line', () => {
    const first = outcomes[0];
    if (!first) throw new Error('missing patient');
    const fan = cohortFan([first]);
    for (const row of fan.values)
      expect(Array.from(row)).toEqual(Array.from(outcomeSeries(first, 'dayPain')));
  });
});
