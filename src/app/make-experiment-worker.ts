/**
 * Starts the Experiments view's Web Worker (a module worker, fetched when the view first asks for it, after
 * app-ready; in the web build a chunk of the page's bundle that shares the engine and the science spec's
 * chunks with the page and the model worker: tools/vite-worker-chunks.ts). The single-file build replaces this
 * module with make-experiment-worker.single.ts (see tools/vite-single-file.ts).
 */
export function makeExperimentWorker(): Worker {
  return new Worker(new URL('./experiment.worker.ts', import.meta.url), {
    type: 'module',
    name: 'experiments',
  });
}
