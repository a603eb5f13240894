import { relaxSaturating } from './relax';

/**
 * Spinal NMDA upregulation — central sensitization (facts #1, #3, #4, #5). The drive is the opioid's
 * pronociceptive signal f, plus withdrawal (scaled by susceptibility, §3.1 (7)), glial IL-1β (facts #11),
 * dynorphin (facts #10) and nociceptor HCN2 input; NMDA antagonists (ketamine, MK-801, methadone's d-isomer)
 * block the drive, not the level (§3.1 (6)). Latent sensitization slows its decay (§3.1 (8), facts #23).
 *   N' = kon·drive·(1 − N) − koff/(1 + λ·L)·N
 */
export interface NmdaInputs {
  readonly opioidDrive: number;
  readonly withdrawal: number;
  readonly glia: number;
  readonly dynorphin: number;
  readonly hcn2: number;
}

export interface NmdaRates {
  readonly on: number;
  readonly off: number;
  readonly withdrawalWeight: number;
  readonly gliaWeight: number;
  readonly dynorphinWeight: number;
  readonly hcn2Weight: number;
  readonly latentSlowing: number;
}

export function nmdaDrive(x: NmdaInputs, r: NmdaRates, block: number, knockout: number): number {
  const raw =
    x.opioidDrive +
    r.withdrawalWeight * x.withdrawal +
    r.gliaWeight * x.glia +
    r.dynorphinWeight * x.dynorphin;
  return knockout * (1 - block) * (raw + r.hcn2Weight * x.hcn2);
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
