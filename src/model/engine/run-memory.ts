import type { Runtime } from './setup';
import { MODEL_STATE_COUNT, S, SLOT_SIZE } from './state-layout';

/** What a run carries from step to step besides the state: escalation factors and the pain history. */
export interface RunMemory {
  readonly escalatorFactors: Float64Array;
  readonly escalatorNext: Int32Array;
  /** Mean pain of each recent step (a ring), and the pain of the last recorded moment. */
  painRing: Float64Array;
  lastInstantPain: number;
  /** Multiplies every dose and infusion (dose–response runs share one runtime and scale it). */
  doseScale: number;
  /** The last interval-averaged pain score (what a pain-triggered escalation checks). */
  lastPain: number;
}

export function createMemory(rt: Runtime): RunMemory {
  return {
    escalatorFactors: new Float64Array(rt.escalators.length).fill(1),
    escalatorNext: new Int32Array(rt.escalators.length),
    painRing: new Float64Array(maxInterval(rt, 0, rt.stepCount) + 2),
    lastInstantPain: 0,
    doseScale: 1,
    lastPain: 0,
  };
}

/** The longest dosing interval (in steps) between two steps. */
export function maxInterval(rt: Runtime, fromStep: number, toStep: number): number {
  let most = 1;
  for (let i = fromStep; i <= toStep; i++) most = Math.max(most, rt.intervalSteps[i] ?? 1);
  return most;
}

/** Day 0: no drug, no adaptation; the injury level 1 unless a resolving injury starts later. */
export function initialState(rt: Runtime): Float64Array {
  const state = new Float64Array(MODEL_STATE_COUNT + rt.slots.length * SLOT_SIZE);
  const d = rt.disease;
  state[S.INJ] = d.kind === 'resolving' && d.startDay > 0 ? 0 : 1;
  return state;
}

/** One run: its runtime, its state and its memory. `integrate` advances it. */
export interface Run {
  readonly rt: Runtime;
  readonly state: Float64Array;
  readonly memory: RunMemory;
}

/** A run at day 0: the initial state and an empty memory. */
export function startRun(rt: Runtime): Run {
  return { rt, state: initialState(rt), memory: createMemory(rt) };
}
