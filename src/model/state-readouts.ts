import { S } from './engine';
import type { DrugSpec } from './drugs';
import { efficacyLeft, maskingFactor, nmdaMaskingTerm } from './masking';
import { drugFold, ownTolerance } from './tolerance';
import { noModifiers, type Modifiers, type Runtime } from './setup';

/**
 * What the dose–response needs from a state at time t: tolerance, masking, efficacy left and S. The masking is
 * the day's: its exposure share follows the sustained drive (masking.ts), which one added dose does not move.
 */
export interface StateSummary {
  /** The receptor part of the fold, as the challenge drug sees it (its own tolerance, χ of the rest). */
  readonly receptorFold: number;
  /** The day's masking (the shown toleranceFold is receptorFold × masking). */
  readonly masking: number;
  readonly efficacyLeft: number;
  readonly sensitization: number;
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
      state[S.AX] ?? 0,
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

function foldFor(rt: Runtime, state: Float64Array, drug: DrugSpec): number {
  const offsets = rt.slots.filter((slot) => slot.drug === drug).map((slot) => slot.offset);
  const own = ownTolerance(state, offsets);
  const p = rt.p.tolerance;
  return drugFold(
    own.fast,
    own.slow,
    state[S.T1] ?? 0,
    state[S.T2] ?? 0,
    drug.crossTolerance,
    p.fastGain,
    p.slowGain,
  );
}
