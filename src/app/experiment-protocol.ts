/**
 * The messages between the Experiments view and its worker (issue 20). Plain data only — what structured
 * clone carries: an experiment travels as its core without its words (experiment-wire.ts), a band's value by its
 * index among the experiment's bands
 * (bandsOf, the order of BANDS), and the page maps each index back to its BandCheck object, so the view's
 * table still shows readingsOf's rows. The plots' numbers are the model's curves in each plot's own order;
 * the page turns them into the charts' data (src/ui/experiments/plot-data.ts), which only formats.
 */
import type { WhatIfCurve, XY } from '../science';
import type { WireExperiment } from './experiment-wire';

export type ExperimentRequest =
  | { readonly id: number; readonly kind: 'run'; readonly experiment: WireExperiment }
  | {
      readonly id: number;
      readonly kind: 'what-if';
      readonly experiment: WireExperiment;
      readonly value: number;
    }
  /** Stops request `of` at its next step: a newer request for the same experiment replaced it. */
  | { readonly id: number; readonly kind: 'cancel'; readonly of: number };

export type WorkRequest = Exclude<ExperimentRequest, { kind: 'cancel' }>;

/**
 * The model's numbers of one plot: a curve per model curve of a time or ED50 plot (in the plot's order), the
 * scenario's and its tolerance-only twin's of a maintained-dose plot, or each entry's value of a bands plot.
 */
export type PlotNumbers =
  | { readonly kind: 'curves'; readonly curves: readonly XY[] }
  | { readonly kind: 'entries'; readonly values: readonly number[] };

/** A band's model value; `band` is its index in bandsOf(experiment). */
export interface BandValue {
  readonly band: number;
  readonly model: number;
}

/**
 * The what-if's mark on one plot; `atPaper` is the same reading at the paper's value, for a what-if of the
 * day read (a course is compared with the model's own curve, which WhatIfCurve carries).
 */
export interface PlotWhatIf {
  readonly curve: WhatIfCurve;
  readonly atPaper?: XY;
}

export interface RunAnswer {
  readonly id: number;
  readonly kind: 'run';
  readonly bands: readonly BandValue[];
  /** One per plot of the experiment, in order. */
  readonly plots: readonly PlotNumbers[];
}

export interface WhatIfAnswer {
  readonly id: number;
  readonly kind: 'what-if';
  readonly value: number;
  /** One per plot of the experiment, in order; null where the what-if does not reach the plot. */
  readonly plots: readonly (PlotWhatIf | null)[];
}

export type ExperimentAnswer =
  | { readonly id: number; readonly kind: 'progress'; readonly done: number; readonly all: number }
  | RunAnswer
  | WhatIfAnswer
  | { readonly id: number; readonly kind: 'error'; readonly message: string };
