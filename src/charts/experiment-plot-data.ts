/**
 * What an experiment's result chart draws (issue 20), as plain data: the model's curves and the paper's points
 * on the same axes, in the plot's units. The Experiments view computes it from the science spec; the chart
 * (experiment-chart.ts) never runs the model.
 */
export interface ModelCurve {
  readonly label: string;
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** 'line' for a sampled course; 'points' for a few readings (ED50 days, one value per group). */
  readonly kind: 'line' | 'points';
}

/**
 * A published value. x or y null: the paper gives only the other, drawn as a reference line across the plot
 * (a level with no time, or a time with no level). xRange, low and high are drawn as bars.
 */
export interface PaperPoint {
  readonly label: string;
  readonly x: number | null;
  readonly y: number | null;
  readonly xRange?: readonly [number, number];
  readonly low?: number;
  readonly high?: number;
  readonly relation?: 'above' | 'below' | 'at';
  readonly source: string;
  readonly note: string;
  /** The index of the model curve of the same group, if there is one (the point takes its colour too). */
  readonly curve: number | null;
}

export interface ExperimentPlotData {
  readonly id: string;
  readonly title: string;
  readonly xTitle: string;
  readonly yTitle: string;
  /** Unit words after x values in the summary and the table ("h", "days", "µg/kg"). */
  readonly xUnit: string;
  readonly yScale: 'linear' | 'log';
  /** 'symlog': linear near 0 and logarithmic beyond, so the first hours of a 10-day plot have room. */
  readonly xScale: 'linear' | 'log' | 'symlog';
  /** Category names when x is a group's position (0, 1, …) rather than a number. */
  readonly categories?: readonly string[];
  readonly xDomain?: readonly [number, number];
  readonly curves: readonly ModelCurve[];
  readonly points: readonly PaperPoint[];
  /**
   * The student's "what if" (issue 20): the model's curve of one group with the experiment's control moved
   * past the paper, drawn in its own look over the model's curves and the paper's points, which all stay.
   * Its label says the value and unit ("what if: 150 µg/kg").
   */
  readonly whatIf?: ModelCurve;
  /** One sentence for screen readers: what the model shows and what the paper gives (and the what-if). */
  readonly summary: string;
}

export interface ExperimentChartWords {
  readonly dataTable: string;
  readonly modelCurvesCaption: (title: string) => string;
  readonly publishedCaption: (title: string) => string;
  readonly group: string;
  readonly value: string;
  readonly range: string;
  readonly source: string;
  readonly note: string;
  readonly modelPrefix: string;
  readonly paperPrefix: string;
  readonly legendLabel: string;
  readonly markNames: Readonly<Record<'value' | 'at' | 'above' | 'below' | 'level' | 'time', string>>;
  readonly relationWords: Readonly<Record<'at' | 'above' | 'below', string>>;
}

/** Draws one result chart into `host` (replacing what was there); the ui hosts it through this type. */
export type DrawExperimentChart = (
  host: HTMLElement,
  data: ExperimentPlotData,
  words: ExperimentChartWords,
) => { destroy(): void };
