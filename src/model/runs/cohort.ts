import type { SimulationResult } from '../readouts/result';
import { createRng } from './rng';
import { normalizeScenario } from '../scenario/scenario';
import type { Scenario, ScenarioInput } from '../scenario/scenario-schema';
import { simulateNormalized } from './simulate';

/**
 * n seeded virtual patients (issue 3, scope 8): susceptibility log-normal around the scenario's value (σ of
 * log 0.5, median kept; teaching assumption reflecting facts §4.7: OIH is individually variable) and drug
 * clearance log-normal (σ of log 0.25). The same scenario, n and seed always give the same patients.
 */
export interface CohortPatient {
  readonly index: number;
  readonly susceptibility: number;
  readonly metabolism: number;
  readonly result: SimulationResult;
}

export const SUSCEPTIBILITY_LOG_SD = 0.5;
export const METABOLISM_LOG_SD = 0.25;
export const MAX_COHORT = 1000;

export function cohort(input: Scenario | ScenarioInput, n: number, seed: number): CohortPatient[] {
  const scenario = normalizeScenario(input);
  const count = Math.max(0, Math.min(MAX_COHORT, Math.floor(n)));
  const rng = createRng(seed);
  const patients: CohortPatient[] = [];
  for (let index = 0; index < count; index++) {
    const susceptibility = clamp(
      scenario.patient.susceptibility * Math.exp(SUSCEPTIBILITY_LOG_SD * rng.normal()),
      0,
      5,
    );
    const metabolism = clamp(
      scenario.patient.metabolism * Math.exp(METABOLISM_LOG_SD * rng.normal()),
      0.25,
      4,
    );
    const patient = { ...scenario.patient, susceptibility, metabolism };
    patients.push({
      index,
      susceptibility,
      metabolism,
      result: simulateNormalized({ ...scenario, patient }),
    });
  }
  return patients;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
