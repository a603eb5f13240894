import { relaxSaturating as relaxSaturatingImported } from './relax';

// Bound once: under tsx's module interop every call through an import pays a getter; the hot loop must not.
const relaxSaturating = relaxSaturatingImported;

/**
 * Receptor-level tolerance (desensitization / internalization), driven by µ occupancy O with no threshold
 * (§3.1 (2)): a fast component (facts #17) and a slow one (facts #16, Ekblom 26 h), of which a share φ is
 * NMDA-dependent (facts #4, #5: MK-801 from day 0 prevents it; given on day 7 it does not restore).
 *   T1' = k1on·O·(1 − φ1·bN)·(1 − T1) − k1off·T1,   T2' = k2on·O·(1 − φ·bN)·(1 − T2) − k2off·T2
 * (φ1: the NMDA-dependent share of acute tolerance — ketamine attenuates acute tolerance during an opioid
 * infusion in rats, and restores the full effect of morphine after fentanyl, Laulin 2002.)
 * The receptor part of the apparent EC50 is 1 + a1·T1 + a2·T2; masking multiplies it (masking.ts).
 */
export function nextFastTolerance(
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

/**
 * Issue 14, P9: cross-tolerance is about switching. Every drug's own share of the tolerance is kept (per
 * slot, in the state after the pharmacokinetics): over a sub-step all tolerance decays alike and the newly
 * formed part, `total − before·decay`, is split by each drug's share of the µ occupancy — exact while the
 * occupancies are constant. A drug sees all of its own tolerance and the fraction χ (its crossTolerance) of
 * the tolerance built on other drugs:
 *   fold_j = 1 + a1·(own1_j + χ_j·(T1 − own1_j)) + a2·(own2_j + χ_j·(T2 − own2_j)).
 */
export function splitFormed(
  state: Float64Array,
  offsets: readonly number[],
  shares: Float64Array,
  totalShare: number,
  at: number,
  before: number,
  after: number,
  decay: number,
): void {
  const formed = Math.max(0, after - before * decay);
  const perShare = totalShare > 0 ? formed / totalShare : 0;
  for (let j = 0; j < offsets.length; j++) {
    const i = (offsets[j] ?? 0) + at;
    state[i] = (state[i] ?? 0) * decay + perShare * (shares[j] ?? 0);
  }
}

/** The fast and slow tolerance a drug built: the sum over its slots (offsets) of their own shares. */
export function ownTolerance(
  state: Float64Array,
  offsets: readonly number[],
): { fast: number; slow: number } {
  let fast = 0;
  let slow = 0;
  for (const off of offsets) {
    fast += state[off + 4] ?? 0;
    slow += state[off + 5] ?? 0;
  }
  return { fast, slow };
}

/** The receptor fold a drug sees, from its own tolerance and the totals (see `splitFormed`). */
export function drugFold(
  own1: number,
  own2: number,
  total1: number,
  total2: number,
  chi: number,
  fastGain: number,
  slowGain: number,
): number {
  return 1 + fastGain * (own1 + chi * (total1 - own1)) + slowGain * (own2 + chi * (total2 - own2));
}
