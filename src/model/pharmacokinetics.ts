import { expm } from './matrix-exp';

/**
 * One drug by one route: depot g (oral, patch, s.c.), central amount a and effect-site concentration ce,
 * all linear (facts §3.2):
 *   g' = −ka·g + r_depot,   a' = ka·g − ke·a + r_central,   ce' = ke0·(ke·a − ce).
 * Amounts are in reference daily doses, so ke·a is C. A fourth state integrates ce, which gives the exact
 * step average of the effect-site concentration for the drives. The propagator over a step is exact (matrix
 * exponential), computed once and cached.
 */
export interface PkRates {
  /** Absorption rate (per day); Infinity for routes without a depot. */
  readonly ka: number;
  readonly ke: number;
  readonly ke0: number;
}

/** x(t+δ) = M·x + rDepot·vDepot + rCentral·vCentral for x = [g, a, ce, ∫ce]. */
export interface Propagator {
  readonly m: Float64Array;
  readonly vDepot: Float64Array;
  readonly vCentral: Float64Array;
}

const N = 4;
const AUG = 6;
const cache = new Map<string, Propagator>();

export function propagator(rates: PkRates, stepDays: number): Propagator {
  const key = `${rates.ka}|${rates.ke}|${rates.ke0}|${stepDays}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const ka = Number.isFinite(rates.ka) ? rates.ka : 0;
  const a = new Float64Array(AUG * AUG);
  const set = (i: number, j: number, value: number) => (a[i * AUG + j] = value * stepDays);
  set(0, 0, -ka);
  set(1, 0, ka);
  set(1, 1, -rates.ke);
  set(2, 1, rates.ke0 * rates.ke);
  set(2, 2, -rates.ke0);
  set(3, 2, 1);
  set(0, 4, 1);
  set(1, 5, 1);
  const e = expm(a, AUG);
  const m = new Float64Array(N * N);
  const vDepot = new Float64Array(N);
  const vCentral = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) m[i * N + j] = e[i * AUG + j] ?? 0;
    vDepot[i] = e[i * AUG + 4] ?? 0;
    vCentral[i] = e[i * AUG + 5] ?? 0;
  }
  const result = { m, vDepot, vCentral };
  if (cache.size > 2000) cache.clear();
  cache.set(key, result);
  return result;
}

/** Advances one slot (offset into the state array) in place; the integral entry starts from 0. */
export function advance(
  state: Float64Array,
  offset: number,
  p: Propagator,
  rateDepot: number,
  rateCentral: number,
): void {
  const g = state[offset] ?? 0;
  const am = state[offset + 1] ?? 0;
  const ce = state[offset + 2] ?? 0;
  const integral = state[offset + 3] ?? 0;
  const m = p.m;
  for (let i = 0; i < N; i++) {
    state[offset + i] =
      (m[i * N] ?? 0) * g +
      (m[i * N + 1] ?? 0) * am +
      (m[i * N + 2] ?? 0) * ce +
      (m[i * N + 3] ?? 0) * integral +
      rateDepot * (p.vDepot[i] ?? 0) +
      rateCentral * (p.vCentral[i] ?? 0);
  }
}
