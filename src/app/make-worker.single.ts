/**
 * The single-file build's make-worker.ts (swapped in by tools/vite-single-file.ts). Chromium refuses workers
 * from file:// URLs and module workers from blob: URLs, so the worker is bundled as a classic script, inlined
 * as text, and started from a blob: URL, which the file's Content-Security-Policy allows (`worker-src blob:`).
 * That policy also forbids eval, so the same plugin adds `import 'pixi.js/unsafe-eval'` to this module: pixi's
 * shader and uniform code without `new Function`, loaded before any renderer starts.
 */
import SimulationWorker from './simulation.worker.ts?worker&inline';

export function makeWorker(): Worker {
  return new SimulationWorker({ name: 'simulation' });
}
