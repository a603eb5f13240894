/**
 * Runs an experiment on the main thread without freezing it: each preset's run (the science spec caches runs by
 * name), each band's measurement and each plot's curves is one task, with a yield to the browser between them,
 * so input and the "running…" state stay live. The readings are readingsOf's own rows (the BandCheck objects of
 * BANDS), so the table shows what the validation tests assert.
 */
import type { ExperimentPlotData } from '../../charts/experiment-plot-data';
import { bandsOf, readingOf, run, type Experiment, type Reading } from '../../science';
import { plotData } from './plot-data';

export interface ExperimentResult {
  readonly readings: readonly Reading[];
  readonly plots: readonly ExperimentPlotData[];
  /** Wall-clock milliseconds the run took, yields included. */
  readonly ms: number;
}

/** The presets an experiment's groups and plots run on, each once. */
export function presetsOf(experiment: Experiment): string[] {
  const names = new Set(experiment.presets.map((p) => p.preset));
  for (const plot of experiment.plots) {
    if (plot.kind === 'time')
      for (const c of plot.curves)
        if ('preset' in c) names.add(c.preset);
        else names.add(c.of).add(c.against);
  }
  return [...names];
}

export async function runExperiment(
  experiment: Experiment,
  options: {
    readonly yieldToMain: () => Promise<void>;
    readonly now: () => number;
    readonly progress?: (done: number, all: number) => void;
  },
): Promise<ExperimentResult> {
  const start = options.now();
  const presets = presetsOf(experiment);
  const bands = bandsOf(experiment);
  const all = presets.length + bands.length + experiment.plots.length;
  let done = 0;
  const step = async <T>(work: () => T): Promise<T> => {
    const value = work();
    options.progress?.(++done, all);
    await options.yieldToMain();
    return value;
  };
  for (const name of presets) await step(() => run(name));
  const readings: Reading[] = [];
  for (const check of bands) readings.push(await step(() => readingOf(check)));
  const plots: ExperimentPlotData[] = [];
  for (const plot of experiment.plots) plots.push(await step(() => plotData(experiment, plot)));
  return { readings, plots, ms: options.now() - start };
}
