/**
 * What computes: the simulation, the dose–response curves and cohorts. The model's Web Worker, the CLI and
 * tests import these; the UI thread imports only src/model/index.ts (scenarios, presets, snapshots), so
 * that the engine's code is not fetched with the page (it is, on demand, if the worker cannot start).
 */
export { simulate, simulateNormalized } from './runs/simulate';
export { doseResponse, doseResponseNormalized, DOSE_COUNT } from './runs/dose-response';
export {
  cohort,
  cohortOutcomes,
  drawCohort,
  patientOutcome,
  patientScenario,
  simulatePatient,
  untreatedOutcome,
} from './runs/cohort';
