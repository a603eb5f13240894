/**
 * Masking: part of what looks like tolerance is OIH (facts §1.1; #7, #9, #10). Sensitization raises the
 * apparent EC50, M = 1 + aN·N + aRD·R·D (a product: dynorphin needs descending facilitation), and dynorphin
 * lowers efficacy, (1 − eD·D). Blocking the RVM or dynorphin therefore restores the dose–response.
 */
export function maskingFactor(nmda: number, rvm: number, dynorphin: number, aN: number, aRD: number): number {
  return 1 + aN * nmda + aRD * rvm * dynorphin;
}

export function efficacyLeft(dynorphin: number, eD: number): number {
  return Math.max(0, 1 - eD * dynorphin);
}
