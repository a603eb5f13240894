/**
 * Starts the model's Web Worker (a module worker, its own chunk, precached by the service worker).
 * The single-file build replaces this module with make-worker.single.ts (see tools/vite-single-file.ts).
 */
export function makeWorker(): Worker {
  return new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
}
