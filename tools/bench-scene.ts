/**
 * `npm run bench:scene`: frame rate of the pathway scene in headless Chromium at 1280×720, median of three
 * runs (each: 3 s warm-up, then 10 s counted with requestAnimationFrame). A benchmark that prints figures,
 * not a test: the target is ≥ 58 fps median and p95 frame time ≤ 25 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { openBuilt } from './browser.ts';

interface RunResult {
  updateMsPerFrame: number;
  fps: number;
  p95FrameMs: number;
  particles: number;
  renderer: string;
}

const RUNS = 3;
const PAGE = 'tools/bench/scene.html';
// Measure the production build of the bench page, as learners would run it.
const outDir = mkdtempSync(path.join(tmpdir(), 'bench-scene-'));
await build({
  logLevel: 'error',
  build: { outDir, emptyOutDir: true, rollupOptions: { input: PAGE } },
});
const { url, browser, close } = await openBuilt({ outDir, entry: PAGE, port: 5181 });
const runs: RunResult[] = [];
try {
  for (let i = 0; i < RUNS; i += 1) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    page.on(
      'console',
      (m) => m.type() === 'warning' && !/GL Driver/.test(m.text()) && console.warn(m.text()),
    );
    await page.goto(`${url}${PAGE}`);
    const result = (await page.evaluate(
      () => (window as unknown as { benchResult: Promise<unknown> }).benchResult,
    )) as RunResult;
    console.log(
      `run ${i + 1}: ${result.fps.toFixed(1)} fps, p95 frame ${result.p95FrameMs.toFixed(1)} ms, ` +
        `scene.update ${result.updateMsPerFrame.toFixed(2)} ms/frame, ${result.particles} particles, ${result.renderer}`,
    );
    runs.push(result);
    await page.close();
  }
} finally {
  await close();
  rmSync(outDir, { recursive: true, force: true });
}
if (runs.some((r) => r.renderer === 'none' || r.particles === 0))
  throw new Error('the scene did not animate (no renderer or no particles): nothing was measured');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fps = median(runs.map((r) => r.fps));
const p95 = median(runs.map((r) => r.p95FrameMs));
console.log(
  `median of ${RUNS}: ${fps.toFixed(1)} fps (target ≥ 58), p95 frame ${p95.toFixed(1)} ms (target ≤ 25)`,
);
