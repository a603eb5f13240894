import { relaxSaturating, type OnOffRates } from './relax';

/**
 * RVM descending facilitation (facts #7, #9: CCK-driven ON-cell facilitation during sustained opioid).
 * Driven by the capped slow drive fs = f/(1 + f/fsat), so a short opioid peak cannot switch it on
 * (§3.1 (3)). RVM lidocaine or a lesion removes the existing level at once (§3.1 (6)): see `actingLevels`.
 *   R' = kon·fs·(1 − R) − koff·R
 */
export function nextRvm(level: number, slowDrive: number, k: OnOffRates, stepDays: number): number {
  return relaxSaturating(level, k.on * slowDrive, k.off, stepDays);
}
