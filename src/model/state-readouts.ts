import { S } from './engine';
import type { DrugSpec } from './drugs';
import { efficacyLeft, maskingFactor, nmdaMaskingTerm } from './masking';
import { drugFold } from './tolerance';
import { noModifiers, type Modifiers, type Runtime } from './setup';

/** What the dose–response needs from a state at time t: tolerance, masking, efficacy left and S. */
export interface StateSummary {
  /** The receptor part of the fold, as the challenge drug sees it (its own tolerance, χ of the rest). */
  readonly receptorFold: number;
  readonly masking: number;
  readonly efficacyLeft: number;
  readonly sensitization: number;
}

function foldFor(rt: Runtime, state: Float64Array, drug: DrugSpec): number {
  let own1 = 0;
  let own2 = 0;
  for (const slot of rt.slots) {
    if (slot.drug !== drug) continue;
    own1 += state[slot.offset + 4] ?? 0;
    own2 += state[slot.offset + 5] ?? 0;
  }
  const p = rt.p.tolerance;
  return drugFold(
    own1,
    own2,
    state[S.T1] ?? 0,
    state[S.T2] ?? 0,
    drug.crossTolerance,
    p.fastGain,
    p.slowGain,
  );
}

/** The opioid's pronociceptive signal from the effect-site concentrations in a state. */
function signalOf(rt: Runtime, state: Float64Array): number {
  let signal = 0;
  for (const slot of rt.slots)
    signal += Math.max(0, state[slot.offset + 2] ?? 0) * slot.drug.pronociceptiveDrive;
  return signal;
}

/** The state at t as the dose–response sees it; the receptor fold is the one `drug` sees (P9). */
export function summarize(rt: Runtime, state: Float64Array, t: number, drug: DrugSpec): StateSummary {
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
    receptorFold: foldFor(rt, state, drug),
    masking: maskingFactor(
      nmdaMaskingTerm(n, p.masking.nmdaPower),
      r,
      d,
      p.masking.nmda,
      p.masking.rvmDynorphin,
      signalOf(rt, state),
      p.masking.rvmExposure,
    ),
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
