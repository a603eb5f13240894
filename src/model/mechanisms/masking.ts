import { power, relaxToward } from './relax';

/**
 * The anti-opioid response behind the exposure share of the masking (RVM CCK, facts #9): it follows the drive f
 * over about a day (teaching assumption), so sustained dosing recruits it while a single added dose — the acute
 * dose–response's challenge — does not.
 *   AX' = (f − AX)/τ
 */
export function nextAntiOpioid(level: number, drive: number, decay: number): number {
  return relaxToward(level, drive, decay);
}

/** The masking's parameters (parameters-*.ts, group `masking`). */
export interface MaskingParameters {
  /** aN, and the power q of N: q > 1 makes strong NMDA activation mask far more than weak (rat, Laulin 2002). */
  readonly nmda: number;
  readonly nmdaPower: number;
  /** aRD and aRX. */
  readonly rvmDynorphin: number;
  readonly rvmExposure: number;
  /** eD. */
  readonly dynorphinEfficacy: number;
}

/**
 * Masking: part of what looks like tolerance is OIH (facts §1.1; #7, #9, #10). Sensitization raises the
 * apparent EC50, M = 1 + aN·N^q + aRD·R·D (a product: dynorphin needs descending facilitation), and dynorphin
 * lowers efficacy, (1 − eD·D). Blocking the RVM or dynorphin therefore restores the dose–response.
 * Issue 14: the descending (CCK, anti-opioid) part also grows with the sustained drive now, aRX·R·AX (AX the
 * supra-threshold drive of drive.ts followed over about a day), so in OIH a higher dose buys less relief while
 * with tolerance alone (R = 0) it restores relief; at the patient's threshold f starts from 0: no jump.
 */
export function maskingFactor(
  nmda: number,
  rvm: number,
  dynorphin: number,
  antiOpioid: number,
  m: MaskingParameters,
): number {
  const nmdaTerm = m.nmdaPower === 1 ? nmda : power(nmda, m.nmdaPower);
  return 1 + m.nmda * nmdaTerm + rvm * (m.rvmDynorphin * dynorphin + m.rvmExposure * antiOpioid);
}

export function efficacyLeft(dynorphin: number, m: MaskingParameters): number {
  return Math.max(0, 1 - m.dynorphinEfficacy * dynorphin);
}
