/**
 * Runs an experiment's what-if on the main thread without freezing it, as experiment-run.ts runs the
 * experiment: the changed scenario's run, then each plot's what-if curve, each one task with a yield between.
 * The plots without the preset the control changes keep the run's own data.
 */
import type { ExperimentPlotData } from '../../charts/experiment-plot-data';
import { whatIfCurve, whatIfRule, whatIfRun, type Experiment } from '../../science';
import type { ExperimentResult } from './experiment-run';
import { whatIfPlotData } from './what-if-data';

export interface WhatIfResult {
  readonly value: number;
  /** The run's plots, in order, those the what-if reaches with it on them. */
  readonly plots: readonly ExperimentPlotData[];
  /** One sentence per chart the what-if reaches (also at the end of that chart's summary). */
  readonly sentences: readonly string[];
}

export async function runWhatIf(
  experiment: Experiment,
  result: ExperimentResult,
  value: number,
  yieldToMain: () => Promise<void>,
): Promise<WhatIfResult> {
  const rule = whatIfRule(experiment);
  if (rule.kind === 'scenario') {
    whatIfRun(experiment, value);
    await yieldToMain();
  }
  const plots: ExperimentPlotData[] = [];
  const sentences: string[] = [];
  for (const [i, plot] of experiment.plots.entries()) {
    const data = result.plots[i];
    if (!data) throw new Error(`no result for plot ${plot.id}`);
    const c = whatIfCurve(experiment, plot, value);
    if (c) {
      // A read day is compared with the reading at the paper's day (the same run: no model run).
      const atPaper =
        rule.kind === 'readDay' && c.kind === 'points'
          ? whatIfCurve(experiment, plot, experiment.whatIf.default)?.curve
          : undefined;
      const made = whatIfPlotData(experiment, data, c, value, atPaper);
      plots.push(made.data);
      sentences.push(made.sentence);
    } else plots.push(data);
    await yieldToMain();
  }
  return { value, plots, sentences };
}
