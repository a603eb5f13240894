import type { SimulationResult } from '../readouts/result';
import type { SeriesName } from '../readouts/series';
import type { CohortDraw } from './cohort-size';

/**
 * What a cohort keeps of each patient (issue 21): a few numbers per sample day instead of the whole
 * SimulationResult (21 series, hourly: about 0.8 MB for 26 weeks), so that a patient's outcome is ~7 KB, one
 * buffer that a worker hands over without a copy, and 1000 patients fit in a page.
 *
 * Sample days are whole days (every day up to a year; over a year, every ceil(days / 365) days), or 28
 * samples over runs shorter than a week (the rat experiments). At each sample day d the outcome holds
 *  - `dayPain`: the mean pain over the sample interval before d (a day, for courses up to a year): the fan;
 *  - `weekPain`, `weekThreshold`, `weekAllodynia`, `weekToleranceFold`: the means over the week before d
 *    ([d − 7, d), from day 0 while d < 7) — the "weekly mean" that property P10 and the lessons' claims
 *    read, computed the same way, so a cohort's shares are P10's numbers.
 * At day 0 every value is the sample at day 0.
 */
export const OUTCOME_SERIES = [
  'dayPain',
  'weekPain',
  'weekThreshold',
  'weekAllodynia',
  'weekToleranceFold',
] as const;
export type OutcomeSeriesName = (typeof OUTCOME_SERIES)[number];

/** The model series each outcome series is a mean of. */
const SOURCE: Readonly<Record<OutcomeSeriesName, SeriesName>> = {
  dayPain: 'painScore',
  weekPain: 'painScore',
  weekThreshold: 'thresholdRelative',
  weekAllodynia: 'allodynia',
  weekToleranceFold: 'toleranceFold',
};

export interface PatientOutcome extends CohortDraw {
  /** Days of the samples (the same for every patient of a cohort). */
  readonly sampleDays: number;
  /** Every series, OUTCOME_SERIES order, `count` samples each, in one buffer (the one a worker transfers). */
  readonly values: Float64Array;
  readonly count: number;
}

export interface Sampling {
  /** Integration steps between samples. */
  readonly sampleSteps: number;
  /** Integration steps in the "week before" of the weekly means. */
  readonly weekSteps: number;
  readonly count: number;
}

/** A year of daily samples; longer courses are sampled every few days. */
const MAX_DAILY_SAMPLES = 365;
const SHORT_RUN_SAMPLES = 28;
const WEEK_DAYS = 7;

export function sampling(result: SimulationResult): Sampling {
  const stepCount = result.tDays.length - 1;
  const stepsPerDay = Math.max(1, Math.round(1 / result.stepDays));
  const duration = result.scenario.durationDays;
  const sampleSteps =
    duration >= WEEK_DAYS
      ? stepsPerDay * Math.max(1, Math.ceil(duration / MAX_DAILY_SAMPLES))
      : Math.max(1, Math.ceil(stepCount / SHORT_RUN_SAMPLES));
  return {
    sampleSteps,
    weekSteps: Math.round(WEEK_DAYS / result.stepDays),
    count: Math.floor(stepCount / sampleSteps) + 1,
  };
}

/** Mean of a series over steps [i0, i1) — the same sum, in the same order, as src/science/measure.ts `mean`. */
function meanOver(series: Float64Array, i0: number, i1: number): number {
  if (i1 <= i0) return series[i0] ?? NaN;
  let sum = 0;
  for (let i = i0; i < i1; i++) sum += series[i] ?? NaN;
  return sum / (i1 - i0);
}

/** One patient's outcome from its run. */
export function outcomeOf(result: SimulationResult, draw: CohortDraw): PatientOutcome {
  const { sampleSteps, weekSteps, count } = sampling(result);
  const values = new Float64Array(count * OUTCOME_SERIES.length);
  OUTCOME_SERIES.forEach((name, s) => {
    const series = result.series[SOURCE[name]];
    const window = name === 'dayPain' ? sampleSteps : weekSteps;
    for (let k = 0; k < count; k++) {
      const end = k * sampleSteps;
      values[s * count + k] = meanOver(series, Math.max(0, end - window), end);
    }
  });
  return { ...draw, sampleDays: sampleSteps * result.stepDays, values, count };
}

/** The values of one outcome series (a view of the outcome's buffer, no copy). */
export function outcomeSeries(outcome: PatientOutcome, name: OutcomeSeriesName): Float64Array {
  const s = OUTCOME_SERIES.indexOf(name);
  return outcome.values.subarray(s * outcome.count, (s + 1) * outcome.count);
}
