/**
 * An experiment's bands: the BandCheck objects of BANDS (same references, same order). Its own module so that
 * the Experiments worker reads the bands without the experiments' words (src/science/experiments.ts).
 */
import type { BandCheck } from './band';
import { BANDS } from './bands';
import type { Experiment } from './experiment';

export function bandsOf(experiment: Pick<Experiment, 'items'>): readonly BandCheck[] {
  return BANDS.filter((b) => experiment.items.includes(b.item));
}
