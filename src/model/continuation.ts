import { createMemory, initialState, integrate } from './engine';
import type { Scenario } from './scenario-schema';
import { MODEL_STATE_COUNT, SLOT_SIZE, setupRuntime, type Runtime, type SetupOptions } from './setup';
import { S } from './state-layout';

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
  const state = initialState(runtime);
  const step = Math.min(runtime.stepCount, Math.round(atDay / runtime.stepDays));
  integrate(runtime, state, createMemory(runtime), 0, step, null);
  return { runtime, state, step };
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
  const state = initialState(runtime);
  state.set(from.state.subarray(0, MODEL_STATE_COUNT));
  for (const old of from.runtime.slots) {
    const slot = runtime.slots.find((s) => s.drug === old.drug && s.route === old.route);
    if (slot) {
      state.set(from.state.subarray(old.offset, old.offset + SLOT_SIZE), slot.offset);
      continue;
    }
    // The same drug by another route: its tolerance is still the drug's own.
    const sameDrug = runtime.slots.find((s) => s.drug === old.drug);
    const t1 = from.state[old.offset + 4] ?? 0;
    const t2 = from.state[old.offset + 5] ?? 0;
    if (sameDrug) {
      state[sameDrug.offset + 4] = (state[sameDrug.offset + 4] ?? 0) + t1;
      state[sameDrug.offset + 5] = (state[sameDrug.offset + 5] ?? 0) + t2;
    } else {
      // Tolerance built on a drug the new run does not give is "another drug's" to every drug it gives.
      state[S.T1X] = (state[S.T1X] ?? 0) + t1;
      state[S.T2X] = (state[S.T2X] ?? 0) + t2;
    }
  }
  const memory = createMemory(runtime);
  memory.doseScale = doseScale;
  const startStep = Math.round((from.step * from.runtime.stepDays) / runtime.stepDays);
  integrate(runtime, state, memory, startStep, runtime.stepCount, null);
  return memory.lastPain;
}
