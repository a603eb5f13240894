import type { SimulationResult } from '../readouts/result';
import { createRng } from './rng';
import { normalizeScenario } from '../scenario/scenario';
import type { Scenario, ScenarioInput } from '../scenario/scenario-schema';
import { simulateNormalized } from './simulate';
import { cohortSize, type CohortDraw } from './cohort-size';
import { outcomeOf, type PatientOutcome } from './cohort-outcome';

/**
 * n seeded virtual patients (issue 3, scope 8): susceptibility log-normal around the scenario's value (σ of
 * log 0.5, median kept; teaching assumption reflecting facts §4.7: OIH is individually variable) and drug
 * clearance log-normal (σ of log 0.25). The same scenario, n and seed always give the same patients.
 *
 * Drawing and simulating are separate (issue 21): the draws come from one generator in patient order, so
 * patient i depends on the seed and on i alone (never on n beyond i, nor on which thread simulates it), and
 * `simulatePatient` can run any patient anywhere, in any order, with the same result.
 */
export interface CohortPatient extends CohortDraw {
  readonly result: SimulationResult;
}

export const SUSCEPTIBILITY_LOG_SD = 0.5;
export const METABOLISM_LOG_SD = 0.25;
export { MAX_COHORT, type CohortDraw } from './cohort-size';

/** The patients' own parameters, in order: cheap (two normal numbers each), so every thread draws them all. */
export function drawCohort(scenario: Scenario, n: number, seed: number): CohortDraw[] {
  const count = cohortSize(n);
  const rng = createRng(seed);
  const draws: CohortDraw[] = [];
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
    draws.push({ index, susceptibility, metabolism });
  }
  return draws;
}

/** The scenario of one patient: the cohort's scenario with that patient's susceptibility and clearance. */
export function patientScenario(scenario: Scenario, draw: CohortDraw): Scenario {
  const patient = { ...scenario.patient, susceptibility: draw.susceptibility, metabolism: draw.metabolism };
  return { ...scenario, patient };
}

export function simulatePatient(scenario: Scenario, draw: CohortDraw): CohortPatient {
  return { ...draw, result: simulateNormalized(patientScenario(scenario, draw)) };
}

export function cohort(input: Scenario | ScenarioInput, n: number, seed: number): CohortPatient[] {
  const scenario = normalizeScenario(input);
  return drawCohort(scenario, n, seed).map((draw) => simulatePatient(scenario, draw));
}

/** Patient `draw` of the cohort of `scenario`, simulated and reduced to its outcome. */
export function patientOutcome(scenario: Scenario, draw: CohortDraw): PatientOutcome {
  return outcomeOf(simulatePatient(scenario, draw).result, draw);
}

/** Patients [from, to) of a cohort, in order: what one worker computes for one batch. */
export function cohortOutcomes(
  scenario: Scenario,
  n: number,
  seed: number,
  from = 0,
  to = n,
): PatientOutcome[] {
  return drawCohort(scenario, n, seed)
    .slice(from, to)
    .map((draw) => patientOutcome(scenario, draw));
}

/**
 * The cohort's scenario without its opioid (no regimens; add-on treatments, disease and knock-outs kept):
 * the "without the opioid" pain each patient is compared with. One run serves every patient: in the model
 * susceptibility scales only the opioid's and withdrawal's drive and metabolism only the drug's clearance, so
 * with no opioid every patient's run is the same (test/model/cohort-summary.test.ts holds it).
 */
export function untreatedOutcome(scenario: Scenario): PatientOutcome {
  const untreated: Scenario = { ...scenario, regimens: [] };
  const draw = {
    index: -1,
    susceptibility: scenario.patient.susceptibility,
    metabolism: scenario.patient.metabolism,
  };
  return outcomeOf(simulateNormalized(untreated), draw);
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
