import { relaxSaturating } from './relax';

/**
 * Receptor-level tolerance (desensitization / internalization), driven by µ occupancy O with no threshold
 * (§3.1 (2)): a fast component (facts #17) and a slow one (facts #16, Ekblom 26 h), of which a share φ is
 * NMDA-dependent (facts #4, #5: MK-801 from day 0 prevents it; given on day 7 it does not restore).
 *   T1' = k1on·O·(1 − φ1·bN)·(1 − T1) − k1off·T1,   T2' = k2on·O·(1 − φ·bN)·(1 − T2) − k2off·T2
 * (φ1: the NMDA-dependent share of acute tolerance — ketamine attenuates acute tolerance during an opioid
 * infusion in rats, and restores the full effect of morphine after fentanyl, Laulin 2002.)
 * The receptor part of the apparent EC50 is 1 + a1·T1 + a2·T2; masking multiplies it (masking.ts).
 */
export interface ToleranceRates {
  readonly on: number;
  readonly off: number;
  /** φ: the NMDA-dependent share of the formation. */
  readonly nmdaShare: number;
  /** exp(−off·δ) over the integrator's standard sub-step δ. */
  readonly offDecaySub: number;
}

/** One component (fast T1 or slow T2), one exponential-Euler step with the occupancy and NMDA block held. */
export function nextTolerance(
  level: number,
  occupancy: number,
  nmdaBlock: number,
  k: ToleranceRates,
  h: number,
): number {
  return relaxSaturating(level, k.on * occupancy * (1 - k.nmdaShare * nmdaBlock), k.off, h);
}

/** The fast and the slow component of some tolerance: the totals, or one drug's own. */
export interface ToleranceLevels {
  fast: number;
  slow: number;
}

/** a1 and a2 (parameters-*.ts, group `tolerance`). */
export interface ToleranceGains {
  readonly fastGain: number;
  readonly slowGain: number;
}

export function receptorFold(total: Readonly<ToleranceLevels>, g: ToleranceGains): number {
  return 1 + g.fastGain * total.fast + g.slowGain * total.slow;
}

/**
 * Issue 14, P9: cross-tolerance is about switching. Every drug's own share of the tolerance is kept (per
 * slot, in the state after the pharmacokinetics): over a sub-step all tolerance decays alike and the newly
 * formed part, `total − before·decay`, is split by each drug's share of the µ occupancy — exact while the
 * occupancies are constant. A drug sees all of its own tolerance and the fraction χ (its crossTolerance) of
 * the tolerance built on other drugs:
 *   fold_j = 1 + a1·(own1_j + χ_j·(T1 − own1_j)) + a2·(own2_j + χ_j·(T2 − own2_j)).
 */
export interface ToleranceShares {
  /** Each slot's offset into the state array. */
  readonly offsets: readonly number[];
  /** Each slot's share of this sub-step's formation (its occupancy term × its drug's tolerance induction). */
  readonly each: Float64Array;
  /** Their sum. */
  total: number;
}

/** What formed of a component over a sub-step in which everything already there decayed by `decay`. */
export function formedSince(before: number, after: number, decay: number): number {
  return Math.max(0, after - before * decay);
}

/** Decays each slot's own share (at `field` of the slot) and adds its share of what formed. */
export function splitFormed(
  state: Float64Array,
  shares: ToleranceShares,
  field: number,
  formed: number,
  decay: number,
): void {
  const perShare = shares.total > 0 ? formed / shares.total : 0;
  const offsets = shares.offsets;
  const each = shares.each;
  for (let j = 0; j < offsets.length; j++) {
    const i = (offsets[j] ?? 0) + field;
    state[i] = (state[i] ?? 0) * decay + perShare * (each[j] ?? 0);
  }
}

/** The receptor fold a drug sees, from its own tolerance and the totals (see `ToleranceShares`). */
export function drugFold(
  own: Readonly<ToleranceLevels>,
  total: Readonly<ToleranceLevels>,
  chi: number,
  g: ToleranceGains,
): number {
  return (
    1 +
    g.fastGain * (own.fast + chi * (total.fast - own.fast)) +
    g.slowGain * (own.slow + chi * (total.slow - own.slow))
  );
}
