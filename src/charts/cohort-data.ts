/**
 * What the cohort's charts (issue 21) are given: numbers the app computed from the patients' outcomes
 * (src/model/runs/cohort-summary.ts and cohort-fan.ts are pure and run on the UI thread), never the model's
 * engine. The view (src/ui/cohort) receives the drawing functions from src/cohort.ts, as the Experiments view
 * receives its chart.
 */
import type { CohortFan, CohortSummary, PatientOutcome } from '../model';

/** A line over time: pain at each day. */
export interface PainLine {
  readonly days: ArrayLike<number>;
  readonly pain: ArrayLike<number>;
}

export interface CohortFanData {
  /** Quantiles 5, 25, 50, 75 and 95 % at each sample day (FAN_QUANTILES). */
  readonly fan: CohortFan;
  /** The current scenario's own patient. */
  readonly thisPatient: PainLine | null;
  /** The scenario without the opioid (the same for every patient). */
  readonly untreated: PainLine | null;
  readonly durationDays: number;
  /** The day the dot plot reads (the clock's week): a cursor on the fan. */
  readonly day: number;
  /** Patients in the fan so far, and in the whole cohort. */
  readonly total: number;
  /** The cohort's seed, for an exported image's file name. */
  readonly seed: number;
  /** In compare mode, the side (its letter goes in an exported image's file name too). */
  readonly side?: 'a' | 'b';
}

export interface CohortDotData {
  readonly summary: CohortSummary;
  readonly total: number;
  readonly seed: number;
  readonly side?: 'a' | 'b';
}

/** One side of a comparison for the CSV: its letter and its cohort. */
export interface CsvSide {
  readonly side: 'A' | 'B';
  readonly outcomes: readonly PatientOutcome[];
  readonly untreated: PatientOutcome;
}
/** What a dot plot places its patients by: pain (0–10) or the pain threshold (× normal). */
export type DotQuantity = 'pain' | 'threshold';

export interface CohortChart<T> {
  draw(data: T): void;
  destroy(): void;
}

export interface CohortCharts {
  fan(host: HTMLElement): CohortChart<CohortFanData>;
  /** `onPick` hears the index of a patient chosen by its dot; the dots sit at their pain unless told. */
  dots(
    host: HTMLElement,
    onPick: (index: number) => void,
    quantity?: DotQuantity,
  ): CohortChart<CohortDotData>;
  /** The outcomes as CSV: one row a patient a week (pain, threshold, allodynia, tolerance and class). */
  csv(outcomes: readonly PatientOutcome[], untreated: PatientOutcome, seed: number): string;
  /** Compare mode's CSV: the same columns with the side (A or B) after the seed. */
  compareCsv(sides: readonly CsvSide[], seed: number): string;
  download(blob: Blob, filename: string): void;
}
