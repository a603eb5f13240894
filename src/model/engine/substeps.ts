import type { PkRates } from '../pharmacology/pharmacokinetics';

/**
 * How many parts an integration step is cut into for the exposure signals and the fast states (tolerance,
 * adaptation, withdrawal, NMDA). The effect site of remifentanil or i.v. fentanyl changes within minutes,
 * oral morphine within hours: cutting by the fastest rate on board keeps halving the step convergent
 * (issue 3, numerics) without paying for minutes when nothing changes that fast.
 */
const MIN_SUBSTEPS = 2;
const MAX_SUBSTEPS = 8;
/** Largest change of the fastest exponential allowed in one sub-step (rate × sub-step). */
const MAX_RATE_TIMES_STEP = 1.5;

export function substepsFor(rates: readonly PkRates[], stepDays: number): number {
  let fastest = 0;
  for (const r of rates) {
    for (const k of [r.ka, r.ke, r.ke0]) if (Number.isFinite(k)) fastest = Math.max(fastest, k);
  }
  const needed = Math.ceil((fastest * stepDays) / MAX_RATE_TIMES_STEP);
  return Math.min(MAX_SUBSTEPS, Math.max(MIN_SUBSTEPS, needed));
}
