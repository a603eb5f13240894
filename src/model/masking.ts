import { power as powerImported } from './relax';

// Bound once: under tsx's module interop every call through an import pays a getter; the hot loop must not.
const power = powerImported;

/** N as it enters the masking, N^q: q > 1 makes strong NMDA activation mask far more than weak (rat, Laulin 2002). */
export function nmdaMaskingTerm(nmda: number, q: number): number {
  return q === 1 ? nmda : power(nmda, q);
}

/**
 * Masking: part of what looks like tolerance is OIH (facts §1.1; #7, #9, #10). Sensitization raises the
 * apparent EC50, M = 1 + aN·N + aRD·R·D (a product: dynorphin needs descending facilitation), and dynorphin
 * lowers efficacy, (1 − eD·D). Blocking the RVM or dynorphin therefore restores the dose–response.
 * Issue 14: the descending (CCK, anti-opioid) part also grows with the opioid signal now, aRX·R·P, so in OIH
 * a higher dose buys less relief while with tolerance alone (R = 0) it restores relief.
 */
export function maskingFactor(
  nmdaTerm: number,
  rvm: number,
  dynorphin: number,
  aN: number,
  aRD: number,
  signal: number,
  aRX: number,
): number {
  return 1 + aN * nmdaTerm + rvm * (aRD * dynorphin + aRX * signal);
}

export function efficacyLeft(dynorphin: number, eD: number): number {
  return Math.max(0, 1 - eD * dynorphin);
}
