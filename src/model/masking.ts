import { power as powerImported, relaxToward as relaxTowardImported } from './relax';

// Bound once: under tsx's module interop every call through an import pays a getter; the hot loop must not.
const power = powerImported;
const relaxToward = relaxTowardImported;

/**
 * The anti-opioid response behind the exposure share of the masking (RVM CCK, facts #9): it follows the drive f
 * over about a day (teaching assumption), so sustained dosing recruits it while a single added dose — the acute
 * dose–response's challenge — does not.
 *   AX' = (f − AX)/τ
 */
export function nextAntiOpioid(level: number, drive: number, decay: number): number {
  return relaxToward(level, drive, decay);
}

/** N as it enters the masking, N^q: q > 1 makes strong NMDA activation mask far more than weak (rat, Laulin 2002). */
export function nmdaMaskingTerm(nmda: number, q: number): number {
  return q === 1 ? nmda : power(nmda, q);
}

/**
 * Masking: part of what looks like tolerance is OIH (facts §1.1; #7, #9, #10). Sensitization raises the
 * apparent EC50, M = 1 + aN·N + aRD·R·D (a product: dynorphin needs descending facilitation), and dynorphin
 * lowers efficacy, (1 − eD·D). Blocking the RVM or dynorphin therefore restores the dose–response.
 * Issue 14: the descending (CCK, anti-opioid) part also grows with the sustained drive now, aRX·R·AX (AX the
 * supra-threshold drive of drive.ts followed over about a day), so in OIH a higher dose buys less relief while
 * with tolerance alone (R = 0) it restores relief; at the patient's threshold f starts from 0: no jump.
 */
export function maskingFactor(
  nmdaTerm: number,
  rvm: number,
  dynorphin: number,
  aN: number,
  aRD: number,
  antiOpioid: number,
  aRX: number,
): number {
  return 1 + aN * nmdaTerm + rvm * (aRD * dynorphin + aRX * antiOpioid);
}

export function efficacyLeft(dynorphin: number, eD: number): number {
  return Math.max(0, 1 - eD * dynorphin);
}
