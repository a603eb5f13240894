/**
 * Starts the model's Web Worker (a module worker, precached by the service worker). The web build makes the
 * worker module a chunk of the page's bundle, sharing the engine's chunks with the page
 * (tools/vite-worker-chunks.ts).
 * The single-file build replaces this module with make-worker.single.ts (see tools/vite-single-file.ts).
 */
export function makeWorker(): Worker {
  return new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
}
