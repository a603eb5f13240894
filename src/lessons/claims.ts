import type { ScenarioEdit } from '../app/scenario-edits';
import type { ClaimPoint, ClaimReadout, CohortClaim, CohortMeasure, SimClaim } from './types';

/** What a claim adds to its two points, as in SimClaim: the learner's action, side B's edits, a margin. */
export interface ClaimEdits {
  readonly after?: readonly ScenarioEdit[];
  readonly rightAfter?: readonly ScenarioEdit[];
  readonly plus?: number;
}

/**
 * A direction the words claim, written as it reads: `order('pain', { day: 14 }, '>', 6, 'back above 6/10')` is
 * "pain on day 14 is above 6". The right side is a point (another day, side B, another curve) or a number.
 */
export function order(
  readout: ClaimReadout,
  left: ClaimPoint,
  op: '<' | '>',
  right: ClaimPoint | number,
  says: string,
  more: ClaimEdits = {},
): SimClaim {
  return { kind: 'order', readout, says, left, op, right, ...more };
}

/**
 * What a dose increase at `day` does to the OIH patient's pain: a dip the day after (the added drug still
 * relieves), then, within two weeks, more pain than before the increase. `dip` and `rise` are the words.
 */
export function dipThenRise(day: number, dip: string, rise: string): SimClaim[] {
  return [
    order('pain', { day: day + 1 }, '<', { day }, dip),
    order('pain', { day: day + 14 }, '>', { day }, rise),
  ];
}

/**
 * A point on the dose–response chart drawn for `day`: one curve's pain at the dose nearest `dose` (MME/day; on
 * the acute panel the added dose). Without `twin`, the patient's curve (ClaimPoint's default).
 */
export function onCurve(
  day: number,
  panel: 'maintained' | 'acute',
  dose: number,
  twin?: 'tolerance-only' | 'naive',
): ClaimPoint {
  return { day, curve: twin ? { panel, dose, twin } : { panel, dose } };
}

/**
 * The commonest claim: side A against side B of the compare mode, read on the same day over the same window
 * ("more allodynia than carrying on at week 16"). `more` carries the learner's action (`after`), the edits for
 * side B's reading instead (`rightAfter`) and a margin (`plus`), as in SimClaim.
 */
export function versusB(
  readout: ClaimReadout,
  op: '<' | '>',
  day: number,
  says: string,
  more: ClaimEdits & { readonly window?: 'day' | 'week' } = {},
): SimClaim {
  const { window, ...edits } = more;
  const at = window ? { day, window } : { day };
  return order(readout, at, op, { side: 'b', ...at }, says, edits);
}

/**
 * The approximate shares the words may state about a virtual cohort, each with the band (0–1) the cohort's
 * share must fall in (test/lessons/claims.test.ts). Words, not counts: the cohort is the model's and a count
 * would change with any recalibration, while "about a third" is what a learner should take away.
 */
export const COHORT_SHARE_WORDS = {
  'fewer than one in ten': [0, 0.1],
  'a few': [0.02, 0.12],
  'about a quarter': [0.18, 0.32],
  'about a third': [0.25, 0.4],
  'about two in five': [0.33, 0.48],
  'about half': [0.4, 0.6],
  'about two in three': [0.58, 0.75],
  'about four in five': [0.72, 0.9],
  most: [0.5, 1],
} as const satisfies Readonly<Record<string, readonly [number, number]>>;

/**
 * "About a third" of the host's cohort at `day` are `measure` (a class of the cohort view, its allodynia share,
 * or with 'below-this-patient' the patients with less pain than the host's own patient). `quoted` is the words'
 * fragment, which holds the share's words; `more` reads side B, or the same patients after `after`'s edits.
 */
export function cohortShare(
  measure: CohortMeasure,
  share: keyof typeof COHORT_SHARE_WORDS,
  quoted: string,
  day: number,
  more: Pick<CohortClaim, 'side' | 'after'> = {},
): CohortClaim {
  return { kind: 'cohort', measure, share, quoted, day, ...more };
}
