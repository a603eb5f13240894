import { relaxSaturating, relaxToward, type OnOffRates } from './relax';

/**
 * Glial activation (facts #11–#14): primed by active spinal neurons (N) during sustained exposure —
 * cytokines rise after 5 daily doses, not after 1 (facts #11), and track tolerance (facts #12) — and the
 * activation lags the priming (§3.1 (4)). Teaching assumption: the priming drive is N·T2, the slow tolerance
 * standing for "days of exposure", so one acute exposure cannot prime glia and the N → glia → N loop cannot
 * sustain itself once the opioid is gone. Its effect on pain acts through
 * NMDA (IL-1β → NMDA), so an NMDA block also blunts it. Glial inhibitors remove the existing level.
 *   P' = kon·N·T2·(1 − P) − koff·P,   G' = (P − G)/τlag
 */
export function nextGliaPriming(level: number, nmda: number, k: OnOffRates, stepDays: number): number {
  return relaxSaturating(level, k.on * nmda, k.off, stepDays);
}

export function nextGlia(level: number, priming: number, lagDecay: number): number {
  return relaxToward(level, priming, lagDecay);
}
