/**
 * An experiment's run as the view shows it: the model's numbers come from the Experiments worker
 * (experiment-runner.ts), and this maps them back to what the view draws — each band's value to its BandCheck
 * object of BANDS (readingFrom), so the table shows readingsOf's rows, and each plot's curves to the chart's
 * data (plot-data.ts). The page only formats and draws.
 */
import type { RunAnswer } from '../../app/experiment-protocol';
import type { ExperimentPlotData } from '../../charts/experiment-plot-data';
import { bandsOf, readingFrom, type Experiment, type Reading } from '../../science';
import { plotData } from './plot-data';

export interface ExperimentResult {
  readonly readings: readonly Reading[];
  readonly plots: readonly ExperimentPlotData[];
  /** Wall-clock milliseconds from the request to its answer. */
  readonly ms: number;
}

/** The view's rows and charts from a run's numbers; an answer that does not fit the experiment throws. */
export function experimentResult(experiment: Experiment, answer: RunAnswer, ms: number): ExperimentResult {
  const bands = bandsOf(experiment);
  if (answer.bands.length !== bands.length || answer.plots.length !== experiment.plots.length)
    throw new Error(`the answer does not fit ${experiment.id}`);
  const readings = answer.bands.map(({ band, model }) => {
    const check = bands[band];
    if (!check) throw new Error(`no band ${band} in ${experiment.id}`);
    return readingFrom(check, model);
  });
  const plots = experiment.plots.map((plot, i) => {
    const numbers = answer.plots[i];
    if (!numbers) throw new Error(`no numbers for plot ${plot.id}`);
    return plotData(experiment, plot, numbers);
  });
  return { readings, plots, ms };
}
