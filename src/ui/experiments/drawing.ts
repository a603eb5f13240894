/**
 * Drawing a result (its table and charts) or a what-if is the page's one long piece of work now that the model
 * runs in the Experiments worker. A User Timing measure names it, so a long task of the page can be told apart
 * from the model's work (test/e2e/experiments.spec.ts) and its time read in the browser's profiler.
 */
export const DRAW_MEASURE = 'experiments: draw';

export function drawing(draw: () => void): void {
  const start = performance.now();
  draw();
  performance.measure(DRAW_MEASURE, { start, end: performance.now() });
}
