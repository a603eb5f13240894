import type { Runtime } from './setup';
import { MODEL_STATE_COUNT, SLOT_SIZE } from './setup';

/**
 * Where each state lives in the state array (the drug slots follow, four numbers each: depot, plasma,
 * effect site, step integral), the initial state, and what a run remembers besides the state.
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

export function initialState(rt: Runtime): Float64Array {
  const state = new Float64Array(MODEL_STATE_COUNT + rt.slots.length * SLOT_SIZE);
  const d = rt.disease;
  state[S.INJ] = d.kind === 'resolving' && d.startDay > 0 ? 0 : 1;
  return state;
}

/** What the loop needs besides the state: escalation factors and the pain history for interval averages. */
export interface RunMemory {
  readonly escalatorFactors: Float64Array;
  readonly escalatorNext: Int32Array;
  /** Mean pain of each recent step (a ring), and the pain of the last recorded moment. */
  painRing: Float64Array;
  lastInstantPain: number;
  /** Withdrawal at the start of the last sub-step (its step average feeds HCN2). */
  lastWithdrawal: number;
  /** Capped slow drive fs of the last sub-step. */
  lastSlowDrive: number;
  /** Pronociceptive signal at the end of the last sub-step (the start of the next). */
  lastDriveEnd: number;
  /** Multiplies every dose and infusion (dose–response runs share one runtime and scale it). */
  doseScale: number;
  lastPain: number;
  /** Scratch: each slot's occupancy term x_j in the current sub-step. */
  readonly slotOccupancy: Float64Array;
  /** The drive at the end of the last sub-step (reused at the next start), once there is one. */
  onsetCached: boolean;
  onsetF: number;
  onsetFN: number;
  onsetFS: number;
}

export function createMemory(rt: Runtime): RunMemory {
  return {
    escalatorFactors: new Float64Array(rt.escalators.length).fill(1),
    escalatorNext: new Int32Array(rt.escalators.length),
    painRing: new Float64Array(maxInterval(rt, 0, rt.stepCount) + 2),
    lastInstantPain: 0,
    lastWithdrawal: 0,
    lastSlowDrive: 0,
    lastDriveEnd: 0,
    doseScale: 1,
    lastPain: 0,
    slotOccupancy: new Float64Array(rt.slots.length),
    onsetCached: false,
    onsetF: 0,
    onsetFN: 0,
    onsetFS: 0,
  };
}

export function maxInterval(rt: Runtime, fromStep: number, toStep: number): number {
  let most = 1;
  for (let i = fromStep; i <= toStep; i++) most = Math.max(most, rt.intervalSteps[i] ?? 1);
  return most;
}

/** Tolerance on event times (days): events closer than this to a step boundary fall on it. */
export const EPS = 1e-7;
