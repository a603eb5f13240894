import { relaxSaturating, type OnOffRates } from './relax';

/**
 * Spinal dynorphin (facts #10): up-regulated during sustained µ agonism, needs descending facilitation and
 * spinal NMDA activity (§3.1 (4): drive ∝ R·(N + ε)). It feeds N, lowers opioid potency together with R
 * (masking) and lowers efficacy; an antiserum removes the existing level (§3.1 (6)).
 *   D' = kon·R·(N + ε)·(1 − D) − koff·D
 */
export function dynorphinDrive(rvm: number, nmda: number, floor: number, knockout: number): number {
  return knockout * rvm * (nmda + floor);
}

export function nextDynorphin(level: number, drive: number, k: OnOffRates, stepDays: number): number {
  return relaxSaturating(level, k.on * drive, k.off, stepDays);
}
