import { createCohortPool, poolSize, type CohortPool, type StartWorker } from './cohort-pool';
import type { CohortBatch } from './cohort-protocol';
import { makeWorker } from './make-worker';

/**
 * The cohort pool of the page (issue 21), loaded on first use (cohort-service.ts). Its workers are further
 * instances of the model worker the app already has (simulation.worker.ts answers cohort batches too), not a
 * worker of their own: no second copy of the model's code to download and precache, and the single-file build
 * (which swaps make-worker.ts for its inlined worker) gets a pool with no change. They are instances apart
 * from the app's own worker, so a learner's edit is answered at once while a cohort computes.
 */
export function createBrowserCohortPool(): CohortPool {
  return createCohortPool({
    size: poolSize(globalThis.navigator?.hardwareConcurrency),
    startWorker: browserWorker,
    fallback: onThisThread,
  });
}

export const browserWorker: StartWorker = (listener) => {
  const worker = makeWorker();
  worker.onmessage = (event: MessageEvent<unknown>) => listener.message(event.data);
  worker.onerror = () => listener.error();
  worker.onmessageerror = () => listener.error();
  return { post: (batch) => worker.postMessage(batch), terminate: () => worker.terminate() };
};

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Where no worker starts (some file:// pages, old browsers): the batches run on the UI thread, one patient
 * per task (a few milliseconds each), so the page stays responsive; the model's code is fetched only then.
 */
export const onThisThread: StartWorker = (listener) => {
  let stopped = false;
  let chain = Promise.resolve();
  const compute = async (batch: CohortBatch) => {
    const { computeCohortBatch } = await import('./cohort-batch');
    for (let i = batch.from; i < Math.max(batch.to, batch.from + 1) && !stopped; i++) {
      const one = {
        ...batch,
        from: i,
        to: Math.min(i + 1, batch.to),
        untreated: batch.untreated && i === batch.from,
      };
      let failed = false;
      computeCohortBatch(one, (answer) => {
        if (answer.kind === 'cohort-error') failed = true;
        if (answer.kind !== 'cohort-batch-done') listener.message(answer);
      });
      if (failed) return;
      await macrotask();
    }
    if (!stopped)
      listener.message({ kind: 'cohort-batch-done', run: batch.run, from: batch.from, to: batch.to });
  };
  return {
    post: (batch) => void (chain = chain.then(() => compute(batch))),
    terminate: () => void (stopped = true),
  };
};
