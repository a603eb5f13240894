import { ALLODYNIA_THRESHOLD, descendingFacilitates } from './parts/pathways';
import type { SceneState } from './scene-state';

/**
 * Keys of what each layer's picture depends on, quantized to what a learner could see change (levels in 2 %
 * steps, pain in 0.1 steps, firing in 0.5 Hz): a layer is rebuilt only when its key changes.
 */
const q = (x: number, step: number) => Math.round((Number.isFinite(x) ? x : 0) / step);

export function pathwaysKeyOf(s: SceneState): string {
  return [
    q(s.painScore, 0.1),
    q(s.painAreaFraction, 0.02),
    s.painSpread,
    s.allodynia > ALLODYNIA_THRESHOLD,
    q(s.firing.projectionNeuron, 0.5),
    descendingFacilitates(s),
    s.removed.has('rvm'),
  ].join('|');
}

export function mechanismsKeyOf(s: SceneState): string {
  const levels = Object.values(s.levels).map((level) => q(level, 0.02));
  return [
    ...levels,
    q(s.occupancy, 0.05),
    q(s.firing.rvmOn, 0.5),
    q(s.firing.rvmOff, 0.5),
    [...s.removed].sort(),
    Object.entries(s.blocks)
      .map(([id, b]) => `${id}:${q(b.fraction, 0.05)}`)
      .sort(),
  ].join('|');
}
