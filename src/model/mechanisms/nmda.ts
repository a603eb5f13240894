import type { MechanismLevels } from './ids';
import { relaxSaturating } from './relax';

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

/**
 * Drive of N: opioid signal, withdrawal (already × susceptibility), and the glia, dynorphin and HCN2 input of
 * `levels`, through what is left `open` by a knock-out and an NMDA block (knock-out × (1 − block)).
 */
export function nmdaDrive(
  opioidDrive: number,
  withdrawal: number,
  levels: Readonly<MechanismLevels>,
  r: NmdaRates,
  open: number,
): number {
  const raw =
    opioidDrive +
    r.withdrawalWeight * withdrawal +
    r.gliaWeight * levels.glia +
    r.dynorphinWeight * levels.dynorphin;
  return open * (raw + r.hcn2Weight * levels.hcn2);
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
