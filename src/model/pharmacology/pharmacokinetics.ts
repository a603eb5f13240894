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
  /** The same numbers unrolled (g, a, ce, ∫ce rows), for the integrator's inner loop. */
  readonly u: Unrolled;
}

interface Unrolled {
  readonly m00: number;
  readonly m10: number;
  readonly m11: number;
  readonly m20: number;
  readonly m21: number;
  readonly m22: number;
  readonly m30: number;
  readonly m31: number;
  readonly m32: number;
  readonly d0: number;
  readonly d1: number;
  readonly d2: number;
  readonly d3: number;
  readonly c1: number;
  readonly c2: number;
  readonly c3: number;
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
  const at = (i: number, j: number) => m[i * N + j] ?? 0;
  const u: Unrolled = {
    m00: at(0, 0),
    m10: at(1, 0),
    m11: at(1, 1),
    m20: at(2, 0),
    m21: at(2, 1),
    m22: at(2, 2),
    m30: at(3, 0),
    m31: at(3, 1),
    m32: at(3, 2),
    d0: vDepot[0] ?? 0,
    d1: vDepot[1] ?? 0,
    d2: vDepot[2] ?? 0,
    d3: vDepot[3] ?? 0,
    c1: vCentral[1] ?? 0,
    c2: vCentral[2] ?? 0,
    c3: vCentral[3] ?? 0,
  };
  const result = { m, vDepot, vCentral, u };
  if (cache.size > 2000) cache.clear();
  cache.set(key, result);
  return result;
}

/** Where `advance` keeps g, a, ce and ∫ce, from a slot's offset (engine/state-layout.ts places the slot
 * there). */
const DEPOT = 0;
const PLASMA = 1;
const EFFECT = 2;
const EFFECT_INTEGRAL = 3;
export const PK_FIELDS = { DEPOT, PLASMA, EFFECT, EFFECT_INTEGRAL } as const;

/**
 * Advances one slot (offset into the state array) in place. The system is lower-triangular (depot → plasma →
 * effect site → integral), so the propagator is too; the integral entry is reset by the caller.
 */
export function advance(
  state: Float64Array,
  offset: number,
  p: Propagator,
  rateDepot: number,
  rateCentral: number,
): void {
  const u = p.u;
  const g = state[offset + DEPOT] ?? 0;
  const a = state[offset + PLASMA] ?? 0;
  const ce = state[offset + EFFECT] ?? 0;
  const integral = state[offset + EFFECT_INTEGRAL] ?? 0;
  state[offset + DEPOT] = u.m00 * g + rateDepot * u.d0;
  state[offset + PLASMA] = u.m10 * g + u.m11 * a + rateDepot * u.d1 + rateCentral * u.c1;
  state[offset + EFFECT] = u.m20 * g + u.m21 * a + u.m22 * ce + rateDepot * u.d2 + rateCentral * u.c2;
  state[offset + EFFECT_INTEGRAL] =
    integral + u.m30 * g + u.m31 * a + u.m32 * ce + rateDepot * u.d3 + rateCentral * u.c3;
}
