/**
 * Starts the Experiments view's Web Worker (a module worker, its own chunk, fetched when the view first asks
 * for it, after app-ready). The single-file build replaces this module with make-experiment-worker.single.ts
 * (see tools/vite-single-file.ts).
 */
export function makeExperimentWorker(): Worker {
  return new Worker(new URL('./experiment.worker.ts', import.meta.url), {
    type: 'module',
    name: 'experiments',
  });
}
