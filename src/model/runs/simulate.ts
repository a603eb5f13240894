import { integrate } from '../engine/engine';
import { startRun } from '../engine/run-memory';
import { scenarioEvents } from '../scenario/events';
import type { SimulationResult } from '../readouts/result';
import { normalizeScenario } from '../scenario/scenario';
import type { Scenario, ScenarioInput } from '../scenario/scenario-schema';
import { emptySeries } from '../readouts/series';
import { setupRuntime, type SetupOptions } from '../engine/setup';

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
  const run = startRun(rt);
  const series = emptySeries(rt.stepCount + 1);
  integrate(run, 0, rt.stepCount, series);
  const tDays = new Float64Array(rt.stepCount + 1);
  for (let i = 0; i <= rt.stepCount; i++) tDays[i] = i * rt.stepDays;
  return {
    scenario,
    stepDays: rt.stepDays,
    tDays,
    series,
    events: scenarioEvents(scenario),
    finalState: run.state,
  };
}
