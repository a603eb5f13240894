/**
 * The view's runner: asks the Experiments worker (src/app/experiment-client.ts; the page answers only where
 * no worker can start) for an experiment's or a what-if's numbers and turns them into what the view shows
 * (experiment-run.ts, what-if-run.ts). Tests hand the view a runner of their own making.
 */
import type { ExperimentClient } from '../../app/experiment-client';
import type { Experiment } from '../../science';
import { experimentResult, type ExperimentResult } from './experiment-run';
import { whatIfResult, type WhatIfResult } from './what-if-run';

/** Runs experiments and their what-ifs for the view; null: a newer request for the experiment replaced it. */
export interface ExperimentRunner {
  run(
    experiment: Experiment,
    progress?: (done: number, all: number) => void,
  ): Promise<ExperimentResult | null>;
  whatIf(experiment: Experiment, result: ExperimentResult, value: number): Promise<WhatIfResult | null>;
  /** Ends the worker (the view is gone); what is still waited for resolves with null. */
  destroy(): void;
}

export function experimentRunner(client: ExperimentClient, now: () => number): ExperimentRunner {
  return {
    async run(experiment, progress) {
      const start = now();
      const answer = await client.run(experiment, progress);
      return answer && experimentResult(experiment, answer, now() - start);
    },
    async whatIf(experiment, result, value) {
      const answer = await client.whatIf(experiment, value);
      return answer && whatIfResult(experiment, result, answer);
    },
    destroy: () => client.destroy(),
  };
}
