/**
 * The single-file build's make-experiment-worker.ts (swapped in by tools/vite-single-file.ts): as the model's
 * worker (make-worker.single.ts), the Experiments worker is bundled as a classic script, inlined, and started
 * from a blob: URL, the only kind of worker a page from file:// may start under the file's policy
 * (`worker-src blob:`).
 */
import ExperimentWorker from './experiment.worker.ts?worker&inline';

export function makeExperimentWorker(): Worker {
  return new ExperimentWorker({ name: 'experiments' });
}
