import { createMemory, initialState, integrate } from './engine';
import { scenarioEvents } from './events';
import type { SimulationResult } from './result';
import { normalizeScenario } from './scenario';
import type { Scenario, ScenarioInput } from './scenario-schema';
import { emptySeries } from './series';
import { setupRuntime, type SetupOptions } from './setup';

/**
 * Runs a scenario from day 0 to its end and returns every readout at every step (hourly for humans,
 * every 15 min for rats). Deterministic: the same scenario gives the same numbers.
 */
export function simulate(input: Scenario | ScenarioInput, options: SetupOptions = {}): SimulationResult {
  const scenario = normalizeScenario(input);
  return simulateNormalized(scenario, options);
}

export function simulateNormalized(scenario: Scenario, options: SetupOptions = {}): SimulationResult {
  const rt = setupRuntime(scenario, options);
  const state = initialState(rt);
  const memory = createMemory(rt);
  const series = emptySeries(rt.stepCount + 1);
  integrate(rt, state, memory, 0, rt.stepCount, series);
  const tDays = new Float64Array(rt.stepCount + 1);
  for (let i = 0; i <= rt.stepCount; i++) tDays[i] = i * rt.stepDays;
  return {
    scenario,
    stepDays: rt.stepDays,
    tDays,
    series,
    events: scenarioEvents(scenario),
    finalState: state,
  };
}
