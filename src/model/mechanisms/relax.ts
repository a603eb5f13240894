/**
 * Exponential-Euler update for the first-order states (facts §3.1 (10)): over one step the drive is held at
 * its step average, and `x' = on·(1 − x) − off·x` is then solved exactly, so a state can never leave [0, 1]
 * whatever the step, and a fast state does not force a tiny step.
 */
export function relaxSaturating(level: number, onRate: number, offRate: number, stepDays: number): number {
  const total = onRate + offRate;
  if (total <= 0) return level;
  const target = onRate / total;
  return target + (level - target) * decayFactor(total * stepDays);
}

/** The rate constants (per day) of a saturating first-order state: `x' = on·drive·(1 − x) − off·x`. */
export interface OnOffRates {
  readonly on: number;
  readonly off: number;
}

/** `x' = (target − x)/τ` solved exactly over one step; `decay` is exp(−step/τ), computed once per run. */
export function relaxToward(level: number, target: number, decay: number): number {
  return target + (level - target) * decay;
}

/** Rate constant (per day) of a first-order process with this half-life in days. */
export function rateFromHalfLife(halfLifeDays: number): number {
  return Math.LN2 / halfLifeDays;
}

/**
 * exp(−z) for z ≥ 0. Most states move little in one step (z < 0.05), where a 5-term Taylor series is exact
 * to 1e-9 and several times cheaper than Math.exp: this is what keeps a 26-week run under 2 ms.
 */
export function decayFactor(z: number): number {
  if (z > 0.05) return Math.exp(-z);
  return 1 - z * (1 - z * (0.5 - z * (1 / 6 - z * (1 / 24 - z / 120))));
}

/** x^power with fast paths for the exponents the calibrations use. */
export function power(x: number, exponent: number): number {
  if (exponent === 1) return x;
  if (exponent === 2) return x * x;
  if (exponent === 3) return x * x * x;
  if (exponent === 1.5) return x * Math.sqrt(x);
  if (exponent === 4) {
    const x2 = x * x;
    return x2 * x2;
  }
  return x ** exponent;
}
