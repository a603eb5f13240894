/**
 * The Experiments view's one source of truth (issue 20): every validation experiment, each owning the BANDS of
 * its items. The view's table rows (measure · paper · model · within band) are the BandCheck objects of BANDS
 * themselves, so the view, the tests (test/science) and docs/model.md read the same bands and measurements.
 * Reading a row runs the model: load this module on demand or in the worker, never in the first bundle.
 */
import { withinBand, type BandCheck } from './band';
import { bandsOf } from './bands-of';
import type { Experiment } from './experiment';
import { CLINICAL_EXPERIMENTS } from './experiments-clinical';
import { HUMAN_EXPERIMENTS } from './experiments-human';
import { FLETCHER_EXPERIMENT } from './experiments-perioperative';
import { RAT_ACUTE_EXPERIMENTS } from './experiments-rat-acute';
import { RAT_CHRONIC_EXPERIMENTS } from './experiments-rat-chronic';
import { TAPERING_EXPERIMENT } from './experiments-tapering';

export type * from './experiment';

/** In the order of facts §3.4 (Laulin 2002 with the rat experiments, Fletcher 2014 last). */
export const EXPERIMENTS: readonly Experiment[] = [
  ...RAT_ACUTE_EXPERIMENTS,
  ...RAT_CHRONIC_EXPERIMENTS,
  ...HUMAN_EXPERIMENTS,
  TAPERING_EXPERIMENT,
  ...CLINICAL_EXPERIMENTS,
  FLETCHER_EXPERIMENT,
];

export function experimentById(id: string): Experiment | undefined {
  return EXPERIMENTS.find((e) => e.id === id);
}

/** The link of an experiment in the app: #experiment=<id>. */
export function experimentLink(experiment: Experiment): string {
  return `#experiment=${experiment.id}`;
}

export { bandsOf };

/** One row of the view's table. */
export interface Reading {
  readonly check: BandCheck;
  readonly measure: string;
  readonly paper: string;
  readonly band: string;
  readonly model: number;
  readonly withinBand: boolean;
}

/** A table row from a band: runs its measurement (slow: the presets' runs, cached in measure.ts). */
export function readingOf(check: BandCheck): Reading {
  return readingFrom(check, check.measure());
}

/** A table row from a band and its model value measured elsewhere (the Experiments worker, issue 20). */
export function readingFrom(check: BandCheck, model: number): Reading {
  return {
    check,
    measure: check.behaviour,
    paper: check.published,
    band: check.bandText,
    model,
    withinBand: withinBand(model, check.band),
  };
}

/** Every row of an experiment's table. */
export function readingsOf(experiment: Experiment): readonly Reading[] {
  return bandsOf(experiment).map(readingOf);
}
