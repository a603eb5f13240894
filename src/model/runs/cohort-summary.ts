import { outcomeSeries, type PatientOutcome } from './cohort-outcome';

/**
 * A cohort at one day (issue 21): each patient's pain, threshold, allodynia and tolerance there, its class,
 * and the shares with counts. Pure and cheap (no simulation): the app recomputes it as patients arrive and as
 * the clock moves; the CLI prints the same numbers (`--cohort N --seed S --summary-day D`).
 *
 * Every value is a weekly mean (cohort-outcome.ts). The shares, which may overlap:
 *  - worse — "worse than without the opioid": pain above the same patient's pain without the opioid (the
 *    untreated run: the same for every patient, see untreatedOutcome). P10's "pain above untreated".
 *  - allodynia: allodynia above 0.5 — light touch hurts (the model's readout; P10's second share).
 *  - tolerance only — relief lost without OIH: not worse, no allodynia, the threshold not below normal (at
 *    least 0.95, the time-course chart's cut for "hyperalgesia") and a tolerance factor of at least 1.5 (the
 *    same relief needs 1.5 times the drug; lesson 7's "still has tolerance"): the dose now acts like two
 *    thirds of itself or less, yet pain keeps its place, as the glossary's "Tolerance" says.
 * Each patient also has one class, for a dot's colour and shape: `worse`; else `hyperalgesia` (allodynia or a
 * threshold below normal while the opioid's relief still keeps pain at or under untreated: OIH hidden);
 * else `tolerance-only`; else `neither` (still relieved with little tolerance, or no opioid yet).
 */
export type CohortClass = 'worse' | 'hyperalgesia' | 'tolerance-only' | 'neither';
export const COHORT_CLASSES: readonly CohortClass[] = ['worse', 'hyperalgesia', 'tolerance-only', 'neither'];

export const ALLODYNIA_CUT = 0.5;
export const THRESHOLD_BELOW_NORMAL = 0.95;
export const TOLERANCE_FOLD_CUT = 1.5;

export interface PatientAtDay {
  readonly index: number;
  readonly susceptibility: number;
  readonly metabolism: number;
  readonly pain: number;
  readonly threshold: number;
  readonly allodynia: number;
  readonly toleranceFold: number;
  readonly class: CohortClass;
}

export interface Share {
  readonly count: number;
  /** count / patients (0 with no patients). */
  readonly share: number;
}

export interface CohortSummary {
  /** The sample day read (the one nearest the day asked for). */
  readonly day: number;
  /** Patients summarized (fewer than the cohort while it is still computing). */
  readonly patients: number;
  /** Pain without the opioid at that day (weekly mean), the same for every patient. */
  readonly untreatedPain: number;
  /** The pain threshold (× normal, weekly mean) without the opioid at that day: the threshold dot plot's mark. */
  readonly untreatedThreshold: number;
  readonly worse: Share;
  readonly allodynia: Share;
  readonly toleranceOnly: Share;
  readonly byClass: Readonly<Record<CohortClass, number>>;
  /** In patient order. */
  readonly each: readonly PatientAtDay[];
}

/** The sample nearest `day` (outcomes of one cohort share their sampling). */
export function sampleIndex(outcome: PatientOutcome, day: number): number {
  const k = Math.round(day / outcome.sampleDays);
  return Math.max(0, Math.min(outcome.count - 1, Number.isFinite(k) ? k : 0));
}

export function classify(
  values: Pick<PatientAtDay, 'pain' | 'threshold' | 'allodynia' | 'toleranceFold'>,
  untreatedPain: number,
): CohortClass {
  if (values.pain > untreatedPain) return 'worse';
  if (values.allodynia > ALLODYNIA_CUT || values.threshold < THRESHOLD_BELOW_NORMAL) return 'hyperalgesia';
  if (values.toleranceFold >= TOLERANCE_FOLD_CUT) return 'tolerance-only';
  return 'neither';
}

/** The patients present (any order, any subset) at `day`, against the untreated run. */
export function summarizeCohort(
  outcomes: readonly PatientOutcome[],
  untreated: PatientOutcome,
  day: number,
): CohortSummary {
  const k = sampleIndex(untreated, day);
  const untreatedPain = outcomeSeries(untreated, 'weekPain')[k] ?? NaN;
  const each = [...outcomes]
    .sort((a, b) => a.index - b.index)
    .map((o): PatientAtDay => {
      const values = {
        pain: outcomeSeries(o, 'weekPain')[k] ?? NaN,
        threshold: outcomeSeries(o, 'weekThreshold')[k] ?? NaN,
        allodynia: outcomeSeries(o, 'weekAllodynia')[k] ?? NaN,
        toleranceFold: outcomeSeries(o, 'weekToleranceFold')[k] ?? NaN,
      };
      return {
        index: o.index,
        susceptibility: o.susceptibility,
        metabolism: o.metabolism,
        ...values,
        class: classify(values, untreatedPain),
      };
    });
  const byClass = { worse: 0, hyperalgesia: 0, 'tolerance-only': 0, neither: 0 };
  for (const p of each) byClass[p.class]++;
  const share = (count: number): Share => ({ count, share: each.length === 0 ? 0 : count / each.length });
  return {
    day: k * untreated.sampleDays,
    patients: each.length,
    untreatedPain,
    untreatedThreshold: outcomeSeries(untreated, 'weekThreshold')[k] ?? NaN,
    worse: share(byClass.worse),
    allodynia: share(each.filter((p) => p.allodynia > ALLODYNIA_CUT).length),
    toleranceOnly: share(byClass['tolerance-only']),
    byClass,
    each,
  };
}
