/**
 * A Node worker thread for `npm run bench`'s cohort (issue 21): the same batch code as the app's model worker
 * (src/app/cohort-batch.ts), answering the same messages, with the outcome buffers transferred.
 */
import { parentPort } from 'node:worker_threads';
import { computeCohortBatch } from '../../src/app/cohort-batch';
import { isCohortBatch, transferOf } from '../../src/app/cohort-protocol';

const port = parentPort;
if (!port) throw new Error('cohort-worker.ts runs only as a worker thread');
port.on('message', (message: unknown) => {
  if (isCohortBatch(message))
    computeCohortBatch(message, (answer) => port.postMessage(answer, transferOf(answer)));
});
