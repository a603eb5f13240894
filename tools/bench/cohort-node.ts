/**
 * The cohort pool of src/app on Node worker threads (issue 21's bench): the app's scheduling, cancel and
 * batches, with tools/bench/cohort-worker.ts as the worker. tsx passes its loader on to worker threads, so
 * the worker runs from its TypeScript source.
 */
import { Worker } from 'node:worker_threads';
import { createCohortPool, type CohortPool, type StartWorker } from '../../src/app/cohort-pool';

const WORKER = new URL('./cohort-worker.mjs', import.meta.url);

const nodeWorker: StartWorker = (listener) => {
  const worker = new Worker(WORKER);
  worker.on('message', (data: unknown) => listener.message(data));
  worker.on('error', (error) => {
    console.error(`cohort worker: ${error.message}`);
    listener.error();
  });
  return { post: (batch) => worker.postMessage(batch), terminate: () => void worker.terminate() };
};

export function createNodeCohortPool(size: number): CohortPool {
  return createCohortPool({ size, startWorker: nodeWorker });
}
