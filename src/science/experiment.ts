/**
 * One validation experiment as the Experiments view shows it (issue 20): the question, the design, the presets
 * each group runs on, what to plot, the published points and the bands. The bands are the BandCheck objects of
 * BANDS themselves (never copies), so the view's table, the tests and docs/model.md read one source.
 */
import type { SeriesName } from '../model/index';
import type { BandCheck } from './band';

/** 'virtual-patient': a check the model composes (citation null), run on the model's patients alone. */
export type Species = 'rat' | 'mouse' | 'human-volunteer' | 'patient' | 'virtual-patient';

export interface Citation {
  readonly authors: string;
  readonly year: number;
  /** Journal, volume and pages as far as they are known (facts file, src/content/references.ts). */
  readonly journal: string;
  /** Only a DOI seen in the facts file or src/content/references.ts; null when neither gives one. */
  readonly doi: string | null;
  /** Why the DOI is null, or what about the citation is unverified. */
  readonly note?: string;
  /** The id of the same source in src/content/references.ts, when it is there (the test compares DOIs). */
  readonly referenceId?: string;
}

/** One event on the design's timeline: a dose, an infusion (with its end), a treatment or a reading. */
export type DoseEvent =
  | { readonly atHours: number; readonly untilHours?: number; readonly label: string }
  | { readonly atDays: number; readonly untilDays?: number; readonly label: string };

export interface Design {
  readonly drug: string;
  /** In the paper's units: µg/kg, mg/kg, µg/kg/min, MME/day. */
  readonly doseText: string;
  readonly schedule: readonly DoseEvent[];
  readonly assay: string;
  /** e.g. ["saline", "morphine", "morphine + MK-801"]; each has a preset in Experiment.presets. */
  readonly groups: readonly string[];
}

/** A group of the design and the model preset it runs on. */
export interface GroupRun {
  readonly group: string;
  readonly preset: string;
}

/**
 * A model curve: a preset's series, optionally divided by its own value at the start (relativeToStart), or a
 * contrast of two presets (ratio or difference, times scale).
 */
export type Curve =
  | { readonly group: string; readonly preset: string; readonly relativeToStart?: boolean }
  | {
      readonly group: string;
      readonly contrast: 'ratio' | 'difference';
      readonly of: string;
      readonly against: string;
      readonly scale?: number;
    };

interface PlotBase {
  /** Published points name their plot by this id. */
  readonly id: string;
  readonly title: string;
  readonly yLabel: string;
  readonly yUnit: string;
}

/** A series over time; x in the plot's time unit from the scenario's day 0. */
export interface TimePlot extends PlotBase {
  readonly kind: 'time';
  readonly series: SeriesName;
  readonly timeUnit: 'hours' | 'days';
  readonly from: number;
  readonly to: number;
  /**
   * 'early' stretches the first hours of a long plot (a symmetric-log axis): Célèrier's 2–5 h of analgesia
   * would be a thin spike on a linear 0–240 h axis.
   */
  readonly timeAxis?: 'linear' | 'early';
  readonly curves: readonly Curve[];
}

/** The acute ED50 relative to naive animals, read on the given days of each group's run (doseResponse). */
export interface Ed50FoldPlot extends PlotBase {
  readonly kind: 'ed50-fold';
  readonly timeUnit: 'hours' | 'days';
  readonly curves: readonly (GroupRun & { readonly readDays: readonly number[] })[];
}

/** The value each band measures, one per group (x, when given, places it on a numeric axis). */
export interface BandPlot extends PlotBase {
  readonly kind: 'bands';
  readonly xLabel?: string;
  readonly xUnit?: string;
  readonly entries: readonly { readonly group: string; readonly x?: number; readonly check: BandCheck }[];
}

/** Pain after 12 more weeks at each daily dose, from the preset's state on readDay (doseResponse, maintained);
 * the tolerance-only twin's curve comes with it. */
export interface MaintainedDosePlot extends PlotBase {
  readonly kind: 'maintained-dose-response';
  readonly preset: string;
  readonly readDay: number;
  readonly xLabel: string;
  readonly xUnit: string;
}

export type Plot = TimePlot | Ed50FoldPlot | BandPlot | MaintainedDosePlot;

/**
 * A published value on a plot's axes. x or y is null when the paper gives only the other (a level with no time,
 * a time with no level); relation says a value was reported only as above, below or at y.
 */
export interface PublishedPoint {
  readonly plot: string;
  readonly group: string;
  readonly x: number | null;
  readonly y: number | null;
  readonly xRange?: readonly [number, number];
  readonly low?: number;
  readonly high?: number;
  readonly relation?: 'above' | 'below' | 'at';
  /** abstract: read in the abstract or bibliographic record; derived: computed from such numbers (note says
   * how); figure: read in a figure or its legend. */
  readonly source: 'abstract' | 'derived' | 'figure';
  readonly note: string;
}

export interface WhatIf {
  readonly kind: 'dose' | 'timing' | 'readDay';
  readonly label: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly default: number;
  /** The preset the control changes (the others are kept for reference). */
  readonly appliesTo: string;
}

/**
 * What running an experiment needs — its presets, bands, plots and what-if — without its words: the
 * Experiments worker computes from this alone (src/app/experiment-wire.ts), so it carries no text.
 */
export type ExperimentCore = Pick<Experiment, 'id' | 'items' | 'presets' | 'plots' | 'whatIf'>;

export interface Experiment {
  /** Link-safe, kebab: the view's link is #experiment=<id>. */
  readonly id: string;
  /** The BandCheck items (facts §3.4 number or name) this experiment owns; bandsOf() reads them from BANDS. */
  readonly items: readonly (number | string)[];
  readonly title: string;
  /** The paper, or null for a check the facts compose from several papers (basis says which). */
  readonly citation: Citation | null;
  readonly basis?: string;
  /** Further sources the bands or points cite. */
  readonly alsoCites: readonly Citation[];
  readonly species: Species;
  readonly question: string;
  readonly whyItMattered: string;
  readonly design: Design;
  readonly presets: readonly GroupRun[];
  readonly plots: readonly Plot[];
  readonly published: readonly PublishedPoint[];
  /** What the facts do not give as numbers (so the plot has no point for it). */
  readonly missing?: string;
  readonly honestLine: string;
  readonly whatIf: WhatIf;
}
