import { relaxSaturating as relaxSaturatingImported } from './relax';

// Bound once: under tsx's module interop every call through an import pays a getter; the hot loop must not.
const relaxSaturating = relaxSaturatingImported;

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

export function nextHcn2(level: number, drive: number, on: number, off: number, stepDays: number): number {
  return relaxSaturating(level, on * drive, off, stepDays);
}
