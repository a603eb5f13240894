/**
 * A cohort's size limit and a patient's own parameters (issue 21), apart from the simulation, so that the UI
 * thread (link checks, summaries) can use them without the engine's code.
 */
export const MAX_COHORT = 1000;

/** One virtual patient of a cohort: its place in the draw and the two parameters drawn for it. */
export interface CohortDraw {
  readonly index: number;
  readonly susceptibility: number;
  readonly metabolism: number;
}

/** The number of patients a request for n gives: a whole number from 0 to MAX_COHORT. */
export function cohortSize(n: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.min(MAX_COHORT, Math.floor(n))) : 0;
}
