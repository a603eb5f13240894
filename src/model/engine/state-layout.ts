import type { MechanismLevels } from '../mechanisms/ids';
import type { ToleranceLevels } from '../mechanisms/tolerance';
import { PK_FIELDS } from '../pharmacology/pharmacokinetics';
import type { Modifiers } from '../scenario/modifiers';

/**
 * Where each state lives in the state array: the model states first (`S`), then one block of `SLOT_SIZE`
 * numbers per drug slot, at `slot.offset` (`SLOT`). Only engine/ knows this layout: the equations in
 * mechanisms/ and pharmacology/ take numbers and records, or a slot's offset and the field to write.
 */
/** Indices of the model states: tolerance (T1, T2: the totals over every drug), adaptation A, withdrawal W,
 * the five mechanisms (glia as priming GP and activation G), latent sensitization (L1 → L), second-hit memory
 * and injury level. Each drug slot also keeps the tolerance its drug built (tolerance.ts, `splitFormed`). */
export const S = {
  T1: 0,
  T2: 1,
  A: 2,
  W: 3,
  N: 4,
  R: 5,
  D: 6,
  GP: 7,
  G: 8,
  H: 9,
  L1: 10,
  L: 11,
  MEM: 12,
  INJ: 13,
  /** Fast and slow tolerance built on drugs this run has no slot for (a continuation after a rotation). */
  T1X: 14,
  T2X: 15,
  /** The anti-opioid response to the sustained drive (masking.ts): the drive f followed over about a day. */
  AX: 16,
} as const;

export const MODEL_STATE_COUNT = Object.keys(S).length;

/**
 * The fields of a drug slot, at `slot.offset + SLOT.X`: depot, plasma and effect site and the effect site's
 * integral over the current sub-step (in the order pharmacokinetics.ts advances them), then the fast and slow
 * tolerance this drug built (P9: cross-tolerance is about switching).
 */
export const SLOT = {
  DEPOT: PK_FIELDS.DEPOT,
  PLASMA: PK_FIELDS.PLASMA,
  EFFECT: PK_FIELDS.EFFECT,
  EFFECT_INTEGRAL: PK_FIELDS.EFFECT_INTEGRAL,
  TOL_FAST: 4,
  TOL_SLOW: 5,
} as const;

export const SLOT_SIZE = Object.keys(SLOT).length;

/** The mechanism levels as they act: knock-outs scale them, level-acting blocks (RVM, dynorphin, glia, HCN2)
 * remove part of them at once; an NMDA block acts on N's drive instead (nmda.ts). */
export function actingLevels(state: Float64Array, mods: Modifiers, out: MechanismLevels): MechanismLevels {
  out.nmda = mods.koNmda * (state[S.N] ?? 0);
  out.rvm = mods.koRvm * (1 - mods.rvmBlock) * (state[S.R] ?? 0);
  out.dynorphin = mods.koDynorphin * (1 - mods.dynorphinBlock) * (state[S.D] ?? 0);
  out.glia = mods.koGlia * (1 - mods.gliaBlock) * (state[S.G] ?? 0);
  out.hcn2 = mods.koHcn2 * (1 - mods.hcn2Block) * (state[S.H] ?? 0);
  return out;
}

/** The tolerance totals T1 and T2. */
export function totalTolerance(state: Float64Array, out: ToleranceLevels): ToleranceLevels {
  out.fast = state[S.T1] ?? 0;
  out.slow = state[S.T2] ?? 0;
  return out;
}

/** The fast and slow tolerance a drug built: the sum over its slots (their offsets) of their own shares. */
export function ownTolerance(
  state: Float64Array,
  offsets: readonly number[],
  out: ToleranceLevels,
): ToleranceLevels {
  let fast = 0;
  let slow = 0;
  for (const offset of offsets) {
    fast += state[offset + SLOT.TOL_FAST] ?? 0;
    slow += state[offset + SLOT.TOL_SLOW] ?? 0;
  }
  out.fast = fast;
  out.slow = slow;
  return out;
}
