import { relaxSaturating, type OnOffRates } from './relax';

/**
 * Nociceptor HCN2 excitability (facts #15). Weaker evidence for OIH than the other four (facts §4.4: no
 * primary paper confirms that HCN2 deletion abolishes OIH), so its weight in S is modest. Driven by the
 * capped opioid drive and by withdrawal (cAMP overshoot raises Ih); gabapentinoids and HCN blockers
 * (ivabradine) lower the existing level.
 *   H' = kon·(fs + wW·s·W)·(1 − H) − koff·H
 */
export function hcn2Drive(
  slowDrive: number,
  withdrawal: number,
  withdrawalWeight: number,
  knockout: number,
): number {
  return knockout * (slowDrive + withdrawalWeight * withdrawal);
}

export function nextHcn2(level: number, drive: number, k: OnOffRates, stepDays: number): number {
  return relaxSaturating(level, k.on * drive, k.off, stepDays);
}
