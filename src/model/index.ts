/** Public API of the OIH model engine (pure TypeScript; no DOM, clocks or unseeded randomness). */
// simulate, doseResponse and cohort are in ./run (the engine is not needed on the UI thread).
export type { DoseCurve, DoseResponse, DoseResponseOptions } from './dose-response';
export { parseScenario, normalizeScenario, type ParseResult } from './scenario';
export {
  ScenarioSchema,
  UNIT_IDS,
  type Scenario,
  type ScenarioInput,
  type Regimen,
  type Treatment,
  type Knockout,
  type Disease,
  type DoseUnit,
  SCENARIO_VERSION,
} from './scenario-schema';
export type { SimulationResult } from './result';
export type { ModelEvent } from './events';
export {
  MECHANISM_IDS,
  MECHANISM_LABELS,
  SCENE_REGION_IDS,
  type MechanismId,
  type SceneRegionId,
} from './mechanisms';
export { DRUG_IDS, DRUGS, type DrugId, type DrugSpec } from './drugs';
export { TREATMENT_IDS, TREATMENTS, type TreatmentId, type TreatmentSpec } from './treatments';
export { ROUTE_IDS, type RouteId } from './routes';
export { BODY_REGIONS, type BodyRegion } from './regions';
export { CLI_SERIES, SERIES_NAMES, UNIT_INTERVAL_SERIES, type SeriesName, type SeriesSet } from './series';
export { PARAMETERS, type Subject, type SubjectParameters } from './parameters';
export type { Parameter } from './parameter';
export { PRESETS, findPreset, type Preset } from './presets/index';
export { createRng, type Rng } from './rng';
export { snapshotAt, valueAt, type Snapshot, type LevelWithTrend } from './snapshot';
export { firingRates, type FiringRates } from './firing';
export type { CohortPatient } from './cohort';
export { regionsFor, spreadOrder, type RegionState } from './regions';
export { opioidsAt, type OpioidGiven } from './regimens';
