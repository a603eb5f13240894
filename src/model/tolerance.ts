import { relaxSaturating as relaxSaturatingImported } from './relax';

// Bound once: under tsx's module interop every call through an import pays a getter; the hot loop must not.
const relaxSaturating = relaxSaturatingImported;

/**
 * Receptor-level tolerance (desensitization / internalization), driven by µ occupancy O with no threshold
 * (§3.1 (2)): a fast component (facts #17) and a slow one (facts #16, Ekblom 26 h), of which a share φ is
 * NMDA-dependent (facts #4, #5: MK-801 from day 0 prevents it; given on day 7 it does not restore).
 *   T1' = k1on·O·(1 − T1) − k1off·T1,   T2' = k2on·O·(1 − φ·bN)·(1 − T2) − k2off·T2
 * The receptor part of the apparent EC50 is 1 + a1·T1 + a2·T2; masking multiplies it (masking.ts).
 */
export function nextFastTolerance(
  level: number,
  occupancy: number,
  on: number,
  off: number,
  h: number,
): number {
  return relaxSaturating(level, on * occupancy, off, h);
}

export function nextSlowTolerance(
  level: number,
  occupancy: number,
  nmdaBlock: number,
  nmdaShare: number,
  on: number,
  off: number,
  h: number,
): number {
  return relaxSaturating(level, on * occupancy * (1 - nmdaShare * nmdaBlock), off, h);
}

export function receptorFold(fast: number, slow: number, fastGain: number, slowGain: number): number {
  return 1 + fastGain * fast + slowGain * slow;
}
