import { createExperimentClient } from '../../../src/app/experiment-client';
import { experimentRunner } from '../../../src/ui/experiments/experiment-runner';

/**
 * The view's runner as in a browser where no worker can start: the Experiments client's fallback answers on
 * this thread, with the same answering code the worker runs (src/app/experiment-answer.ts).
 */
export function pageRunner() {
  const client = createExperimentClient({
    makeWorker: null,
    yieldToMain: () => new Promise((resolve) => setTimeout(resolve, 0)),
  });
  return { client, runner: experimentRunner(client, () => performance.now()) };
}
