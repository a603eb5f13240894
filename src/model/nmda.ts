import { relaxSaturating as relaxSaturatingImported } from './relax';

// Bound once: under tsx's module interop every call through an import pays a getter; the hot loop must not.
const relaxSaturating = relaxSaturatingImported;

/**
 * Spinal NMDA upregulation — central sensitization (facts #1, #3, #4, #5). The drive is the opioid's
 * pronociceptive signal f, plus withdrawal (scaled by susceptibility, §3.1 (7)), glial IL-1β (facts #11),
 * dynorphin (facts #10) and nociceptor HCN2 input; NMDA antagonists (ketamine, MK-801, methadone's d-isomer)
 * block the drive, not the level (§3.1 (6)). Latent sensitization slows its decay (§3.1 (8), facts #23).
 *   N' = kon·drive·(1 − N) − koff/(1 + λ·L)·N
 */
export interface NmdaRates {
  readonly on: number;
  readonly off: number;
  readonly withdrawalWeight: number;
  readonly gliaWeight: number;
  readonly dynorphinWeight: number;
  readonly hcn2Weight: number;
  readonly latentSlowing: number;
}

/** Drive of N: opioid signal, withdrawal (already × susceptibility), glia, dynorphin and HCN2 input. */
export function nmdaDrive(
  opioidDrive: number,
  withdrawal: number,
  glia: number,
  dynorphin: number,
  hcn2: number,
  r: NmdaRates,
  block: number,
  knockout: number,
): number {
  const raw =
    opioidDrive + r.withdrawalWeight * withdrawal + r.gliaWeight * glia + r.dynorphinWeight * dynorphin;
  return knockout * (1 - block) * (raw + r.hcn2Weight * hcn2);
}

export function nextNmda(
  level: number,
  drive: number,
  latent: number,
  r: NmdaRates,
  stepDays: number,
): number {
  return relaxSaturating(level, r.on * drive, r.off / (1 + r.latentSlowing * latent), stepDays);
}
