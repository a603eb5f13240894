/**
 * An experiment's what-if as the view shows it: the what-if's marks, computed in the Experiments worker
 * (src/app/experiment-answer.ts), put on the run's charts (what-if-data.ts). The plots the what-if does not
 * reach keep the run's own data.
 */
import type { WhatIfAnswer } from '../../app/experiment-protocol';
import type { ExperimentPlotData } from '../../charts/experiment-plot-data';
import type { Experiment } from '../../science';
import type { ExperimentResult } from './experiment-run';
import { whatIfPlotData } from './what-if-data';

export interface WhatIfResult {
  readonly value: number;
  /** The run's plots, in order, those the what-if reaches with it on them. */
  readonly plots: readonly ExperimentPlotData[];
  /** One sentence per chart the what-if reaches (also at the end of that chart's summary). */
  readonly sentences: readonly string[];
}

export function whatIfResult(
  experiment: Experiment,
  result: ExperimentResult,
  answer: WhatIfAnswer,
): WhatIfResult {
  if (answer.plots.length !== result.plots.length)
    throw new Error(`the answer does not fit ${experiment.id}`);
  const plots: ExperimentPlotData[] = [];
  const sentences: string[] = [];
  for (const [i, data] of result.plots.entries()) {
    const mark = answer.plots[i];
    if (mark) {
      const made = whatIfPlotData(experiment, data, mark.curve, answer.value, mark.atPaper);
      plots.push(made.data);
      sentences.push(made.sentence);
    } else plots.push(data);
  }
  return { value: answer.value, plots, sentences };
}
