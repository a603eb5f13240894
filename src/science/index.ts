/**
 * The science spec: what the model must reproduce. The bands of facts §3.4 and of the experiments added since
 * (each measured on its preset exactly as published) and the whole-range properties of issue 14 (measured on
 * grids a learner can visit). Pure, like the model it reads: the tests assert it (test/science), the tools print
 * it (`npm run model:check`, `npm run docs:model`) and the app can show it.
 */
import { clearRuns } from './measure';
import { clearPropertyRuns } from './property-measures';

export { withinBand, type Band, type BandCheck } from './band';
export { BANDS } from './bands';
export { PROPERTIES } from './properties';
export type { PropertyCheck } from './property-measures';
export { at, doseResponseOf, extreme, firstDay, mean, run } from './measure';
export {
  EXPERIMENTS,
  bandsOf,
  experimentById,
  experimentLink,
  readingFrom,
  readingOf,
  readingsOf,
  type Reading,
} from './experiments';
export type * from './experiment';
export { ed50Curve, maintainedCurves, timeCurve, type XY } from './experiment-curves';
export { whatIfCurve, whatIfRun, whatIfScenario, whatIfRule, type WhatIfCurve } from './what-if';
export type { WhatIfRule } from './what-if-rules';

/** Forgets every cached run and measurement, for a caller that changes parameters between measurements. */
export function forgetRuns(): void {
  clearRuns();
  clearPropertyRuns();
}
