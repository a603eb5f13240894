/**
 * Exponential-Euler update for the first-order states (facts §3.1 (10)): over one step the drive is held at
 * its step average, and `x' = on·(1 − x) − off·x` is then solved exactly, so a state can never leave [0, 1]
 * whatever the step, and a fast state does not force a tiny step.
 */
export function relaxSaturating(level: number, onRate: number, offRate: number, stepDays: number): number {
  const total = onRate + offRate;
  if (total <= 0) return level;
  const target = onRate / total;
  return target + (level - target) * Math.exp(-total * stepDays);
}

/** `x' = (target − x)/τ` solved exactly over one step; `decay` is exp(−step/τ), computed once per run. */
export function relaxToward(level: number, target: number, decay: number): number {
  return target + (level - target) * decay;
}

/** Rate constant (per day) of a first-order process with this half-life in days. */
export function rateFromHalfLife(halfLifeDays: number): number {
  return Math.LN2 / halfLifeDays;
}
