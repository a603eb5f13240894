/** Public API of the OIH model engine (pure TypeScript; no DOM, clocks or unseeded randomness). */
// simulate, doseResponse and cohort are in ./run (the engine is not needed on the UI thread).
export type { DoseCurve, DoseResponse, DoseResponseOptions } from './runs/dose-response';
export { parseScenario, normalizeScenario, type ParseResult } from './scenario/scenario';
export {
  ScenarioSchema,
  type Scenario,
  type ScenarioInput,
  type Regimen,
  type Treatment,
  type Knockout,
  type Disease,
  SCENARIO_VERSION,
} from './scenario/scenario-schema';
export { UNIT_IDS, type DoseUnit } from './pharmacology/units';
export type { SimulationResult } from './readouts/result';
export type { ModelEvent } from './scenario/events';
export { roundDose } from './scenario/events';
export {
  MECHANISM_IDS,
  MECHANISM_LABELS,
  SCENE_REGION_IDS,
  type MechanismId,
  type SceneRegionId,
} from './mechanisms/ids';
export { DRUG_IDS, DRUGS, type DrugId, type DrugSpec } from './pharmacology/drugs';
export { TREATMENT_IDS, TREATMENTS, type TreatmentId, type TreatmentSpec } from './pharmacology/treatments';
export { ROUTE_IDS, type RouteId } from './pharmacology/routes';
export { BODY_REGIONS, type BodyRegion } from './scenario/body-regions';
export {
  CLI_SERIES,
  SERIES_NAMES,
  UNIT_INTERVAL_SERIES,
  type SeriesName,
  type SeriesSet,
} from './readouts/series';
export { PARAMETERS, type Subject, type SubjectParameters } from './parameters/parameters';
export type { Parameter } from './parameters/parameter';
export { PRESETS, findPreset, type Preset } from './presets/index';
export { createRng, type Rng } from './runs/rng';
export { diseaseArea, snapshotAt, valueAt, type Snapshot, type LevelWithTrend } from './readouts/snapshot';
export { firingRates, type FiringRates } from './readouts/firing';
export type { CohortPatient } from './runs/cohort';
// A cohort's outcomes are read on the UI thread (summaries, the fan); computing them is in ./run.
export { MAX_COHORT, cohortSize, type CohortDraw } from './runs/cohort-size';
export {
  OUTCOME_SERIES,
  outcomeSeries,
  type OutcomeSeriesName,
  type PatientOutcome,
} from './runs/cohort-outcome';
export {
  COHORT_CLASSES,
  classify,
  sampleIndex,
  summarizeCohort,
  THRESHOLD_BELOW_NORMAL,
  type CohortClass,
  type CohortSummary,
  type PatientAtDay,
  type Share,
} from './runs/cohort-summary';
export { FAN_QUANTILES, cohortFan, quantileSorted, type CohortFan } from './runs/cohort-fan';
export { regionsFor, spreadOrder, type RegionState } from './readouts/regions';
export { opioidsAt, type OpioidGiven } from './scenario/regimens';
