import type { ThemeId } from '../content/themes';
import type { BodyRegion, DoseResponse, SceneRegionId, SimulationResult, Snapshot } from '../model';

/**
 * Painful and allodynic regions at one moment, and the disease's own (original) area, as the model reports
 * them (charts cannot compute them).
 */
export interface RegionState {
  readonly painful: readonly BodyRegion[];
  readonly allodynic: readonly BodyRegion[];
  readonly original: readonly BodyRegion[];
}

/**
 * One result as the app hands it to the charts. Charts never call the model (import rule): the app
 * simulates, computes the dose–response on the selected day, and passes both in with a label.
 */
export interface ChartSeriesInput {
  /** Shown in legends and table headers, e.g. the preset's name ("This patient" by default). */
  readonly label: string;
  readonly result: SimulationResult;
  readonly doseResponse: DoseResponse;
  /**
   * Body-map regions at a time (from snapshotAt). Optional for the first result, whose regions also come
   * with update(snapshot); needed for the second result in compare mode.
   */
  readonly regionsAt?: (tDays: number) => RegionState;
  /**
   * The run before the learner's last change, drawn faintly as "before your change" (step 13); the app never
   * gives one in compare mode. Its dose–response is drawn when it is for the same day and unit as this one's.
   */
  readonly before?: RunBefore;
}

export interface RunBefore {
  readonly result: SimulationResult;
  readonly doseResponse: DoseResponse | null;
}

/**
 * The moment a chart draws: the model's Snapshot, of which charts need only the time (to move their
 * cursors) and, when present, the body regions of the first result (the body map).
 */
export type ChartMoment = Pick<Snapshot, 'tDays'> &
  Partial<Pick<Snapshot, 'painfulRegions' | 'allodynicRegions' | 'originalRegions'>>;

/** The view interface of architecture.md ("Views are replaceable") plus setResults, for every chart. */
export interface ChartView {
  mount(host: HTMLElement): void | Promise<void>;
  setResults(a: ChartSeriesInput, b?: ChartSeriesInput): void;
  update(snapshot: ChartMoment): void;
  setTheme(theme: ThemeId): void;
  setReducedMotion(on: boolean): void;
  resize(width: number, height: number): void;
  highlight(id: SceneRegionId | null): void;
  onSelect(callback: (id: SceneRegionId) => void): () => void;
  destroy(): void;
}

/** Charts with a time cursor also report when the learner drags or keys it to a new time. */
export interface ScrubbableChartView extends ChartView {
  onScrub(callback: (tDays: number) => void): () => void;
}
