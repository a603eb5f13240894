import type { Scenario } from '../scenario/scenario-schema';
import { integrate } from './engine';
import { startRun } from './run-memory';
import { setupRuntime, type Runtime, type SetupOptions } from './setup';
import { MODEL_STATE_COUNT, S, SLOT, SLOT_SIZE } from './state-layout';

/**
 * Running a scenario up to a day and carrying its state into another scenario (the same patient, a new
 * regimen). Used by the dose–response: "pain after 12 more weeks at each daily dose, from the state on day X".
 */
export interface StateAt {
  readonly runtime: Runtime;
  readonly state: Float64Array;
  readonly step: number;
}

export function stateAt(scenario: Scenario, atDay: number, options: SetupOptions = {}): StateAt {
  const runtime = setupRuntime(
    { ...scenario, durationDays: Math.max(scenario.durationDays, atDay) },
    options,
  );
  const run = startRun(runtime);
  const step = Math.min(runtime.stepCount, Math.round(atDay / runtime.stepDays));
  integrate(run, 0, step, null);
  return { runtime, state: run.state, step };
}

/**
 * Continues `from` under `next` (same subject) to the end of `next`, with every dose of `next` multiplied by
 * `doseScale`; returns the last averaged pain. The dose–response builds `next` once per curve and scales it,
 * so its 41 runs share one compiled runtime.
 */
export function continueAs(
  from: StateAt,
  next: Runtime | Scenario,
  doseScale = 1,
  options: SetupOptions = {},
): number {
  const runtime = 'slots' in next ? next : setupRuntime(next, options);
  const run = startRun(runtime);
  carryState(from, run.state, runtime);
  run.memory.doseScale = doseScale;
  const startStep = Math.round((from.step * from.runtime.stepDays) / runtime.stepDays);
  integrate(run, startStep, runtime.stepCount, null);
  return run.memory.lastPain;
}

/** The model states as they are; each drug slot into the new run's slot of the same drug and route. */
function carryState(from: StateAt, state: Float64Array, runtime: Runtime): void {
  state.set(from.state.subarray(0, MODEL_STATE_COUNT));
  for (const old of from.runtime.slots) {
    const slot = runtime.slots.find((s) => s.drug === old.drug && s.route === old.route);
    if (slot) {
      state.set(from.state.subarray(old.offset, old.offset + SLOT_SIZE), slot.offset);
      continue;
    }
    // The same drug by another route: its tolerance is still the drug's own.
    const sameDrug = runtime.slots.find((s) => s.drug === old.drug);
    const t1 = from.state[old.offset + SLOT.TOL_FAST] ?? 0;
    const t2 = from.state[old.offset + SLOT.TOL_SLOW] ?? 0;
    if (sameDrug) {
      state[sameDrug.offset + SLOT.TOL_FAST] = (state[sameDrug.offset + SLOT.TOL_FAST] ?? 0) + t1;
      state[sameDrug.offset + SLOT.TOL_SLOW] = (state[sameDrug.offset + SLOT.TOL_SLOW] ?? 0) + t2;
    } else {
      // Tolerance built on a drug the new run does not give is "another drug's" to every drug it gives.
      state[S.T1X] = (state[S.T1X] ?? 0) + t1;
      state[S.T2X] = (state[S.T2X] ?? 0) + t2;
    }
  }
}
