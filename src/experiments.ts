// The third part of the composition root: the Experiments view (issue 20). main.ts imports this module
// dynamically after app-ready, the first time the view is opened or a link asks for it, so the view, its
// charts and the science spec are not fetched before the first screen. The model runs for the view in its own
// worker (src/app/experiment.worker.ts), started by the first Run; on this page only if no worker can start.
import { createExperimentClient } from './app/experiment-client';
import { readExperimentLink } from './app/experiment-link';
import { makeExperimentWorker } from './app/make-experiment-worker';
import { drawExperimentChart } from './charts/experiment-chart';
import { experimentWords } from './content/experiment-words';
import { EXPERIMENTS, experimentById } from './science';
import { experimentRunner, type ExperimentRunner } from './ui/experiments/experiment-runner';
import { mountExperimentsView, type ExperimentsView } from './ui/experiments/experiments-view';
import type { Workbench } from './ui/hosts/workbench';
import { yieldToMain } from './ui/kit/yield';
import { showLinkProblem } from './ui/shell/controls-region';

export interface Experiments {
  readonly view: ExperimentsView;
  /** Opens the view at the experiment a #experiment= link names, or says that there is none by that name. */
  openFromLink(id: string): void;
}

export function mountExperiments(app: {
  readonly slot: HTMLElement;
  readonly button: HTMLButtonElement;
  readonly workbench: Pick<Workbench, 'applySetup'>;
  /** Where a bad #experiment= link is said. */
  readonly problemHost: HTMLElement;
  /** Runs the experiments; the Experiments worker unless given (tests give their own). */
  readonly runner?: ExperimentRunner;
}): Experiments {
  const runner =
    app.runner ??
    experimentRunner(createExperimentClient({ makeWorker: makeExperimentWorker, yieldToMain }), () =>
      performance.now(),
    );
  const view = mountExperimentsView(app.slot, app.button, {
    experiments: EXPERIMENTS,
    drawChart: drawExperimentChart,
    // The group's preset as the scenario, from day 0, paused, compare mode off (as a lesson step sets one).
    openPreset: (preset) => app.workbench.applySetup({ preset, compare: null, tDays: 0, play: false }),
    runner,
  });
  return {
    view,
    openFromLink(id) {
      const read = readExperimentLink(
        id,
        (x) => experimentById(x) !== undefined,
        experimentWords.noExperiment,
      );
      if (read.ok) view.open(read.id);
      else showLinkProblem(app.problemHost, read.message);
    },
  };
}
