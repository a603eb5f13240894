import { diseasePainAt } from '../scenario/disease-course';
import type { MechanismLevels } from '../mechanisms/ids';
import { efficacyLeft, maskingFactor } from '../mechanisms/masking';
import { drugFold } from '../mechanisms/tolerance';
import type { DrugSpec } from '../pharmacology/drugs';
import { noModifiers, type Modifiers } from '../scenario/modifiers';
import type { Runtime } from './setup';
import { actingLevels, ownTolerance, S, totalTolerance } from './state-layout';

/**
 * What the dose–response needs from a state at time t: tolerance, masking, efficacy left, S and the disease
 * pain. The masking is the day's: its exposure share follows the sustained drive (masking.ts), which one added
 * dose does not move.
 */
export interface StateSummary {
  /** The receptor part of the fold, as the challenge drug sees it (its own tolerance, χ of the rest). */
  readonly receptorFold: number;
  /** The day's masking (the shown toleranceFold is receptorFold × masking). */
  readonly masking: number;
  readonly efficacyLeft: number;
  readonly sensitization: number;
  readonly diseasePain: number;
}

/** The state at t as the dose–response sees it; the receptor fold is the one `drug` sees (P9). */
export function summarize(rt: Runtime, state: Float64Array, t: number, drug: DrugSpec): StateSummary {
  const p = rt.p;
  const m: Modifiers = noModifiers();
  rt.modifiersAt(t, m);
  const levels = actingLevels(state, m, { nmda: 0, rvm: 0, glia: 0, dynorphin: 0, hcn2: 0 });
  return {
    receptorFold: foldFor(rt, state, drug),
    masking: maskingFactor(levels.nmda, levels.rvm, levels.dynorphin, state[S.AX] ?? 0, p.masking),
    efficacyLeft: efficacyLeft(levels.dynorphin, p.masking),
    sensitization: sensitizationOf(rt, state, levels, m),
    diseasePain: diseasePainAt(rt.disease, state[S.INJ] ?? 0, t),
  };
}

function sensitizationOf(rt: Runtime, state: Float64Array, levels: MechanismLevels, m: Modifiers): number {
  const w = rt.p.sensitization;
  return (
    w.nmda * levels.nmda +
    w.rvm * levels.rvm +
    w.dynorphin * levels.dynorphin +
    w.glia * levels.glia * (1 - m.nmdaBlock) +
    w.hcn2 * levels.hcn2 +
    w.latent * (state[S.L] ?? 0)
  );
}

function foldFor(rt: Runtime, state: Float64Array, drug: DrugSpec): number {
  const offsets = rt.slots.filter((slot) => slot.drug === drug).map((slot) => slot.offset);
  const own = ownTolerance(state, offsets, { fast: 0, slow: 0 });
  const total = totalTolerance(state, { fast: 0, slow: 0 });
  return drugFold(own, total, drug.crossTolerance, rt.p.tolerance);
}
