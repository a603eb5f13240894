import { S } from './engine';
import { efficacyLeft, maskingFactor } from './masking';
import { noModifiers, type Modifiers, type Runtime } from './setup';

/** What the dose–response needs from a state at time t: tolerance, masking, efficacy left and S. */
export interface StateSummary {
  readonly receptorFold: number;
  readonly masking: number;
  readonly efficacyLeft: number;
  readonly sensitization: number;
}

export function summarize(rt: Runtime, state: Float64Array, t: number): StateSummary {
  const p = rt.p;
  const m: Modifiers = noModifiers();
  rt.modifiersAt(t, m);
  const n = m.koNmda * (state[S.N] ?? 0);
  const r = m.koRvm * (1 - m.rvmBlock) * (state[S.R] ?? 0);
  const d = m.koDynorphin * (1 - m.dynorphinBlock) * (state[S.D] ?? 0);
  const g = m.koGlia * (1 - m.gliaBlock) * (state[S.G] ?? 0);
  const h = m.koHcn2 * (1 - m.hcn2Block) * (state[S.H] ?? 0);
  const w = p.sensitization;
  return {
    receptorFold: 1 + p.tolerance.fastGain * (state[S.T1] ?? 0) + p.tolerance.slowGain * (state[S.T2] ?? 0),
    masking: maskingFactor(n, r, d, p.masking.nmda, p.masking.rvmDynorphin),
    efficacyLeft: efficacyLeft(d, p.masking.dynorphinEfficacy),
    sensitization:
      w.nmda * n +
      w.rvm * r +
      w.dynorphin * d +
      w.glia * g * (1 - m.nmdaBlock) +
      w.hcn2 * h +
      w.latent * (state[S.L] ?? 0),
  };
}
