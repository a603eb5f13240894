/**
 * `npm run bench:scene`: frame rate of the pathway scene in headless Chromium at 1280×720, median of three
 * runs (each: 3 s warm-up, then 10 s counted with requestAnimationFrame). A benchmark that prints figures,
 * not a test: the target is ≥ 58 fps median and p95 frame time ≤ 25 ms.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

interface RunResult {
  updateMsPerFrame: number;
  fps: number;
  p95FrameMs: number;
  particles: number;
  renderer: string;
}

const RUNS = 3;
// Measure the production build of the bench page, as learners would run it.
const outDir = mkdtempSync(path.join(tmpdir(), 'bench-scene-'));
await build({
  logLevel: 'error',
  build: { outDir, emptyOutDir: true, rollupOptions: { input: 'tools/bench/scene.html' } },
});
const server = await preview({
  build: { outDir },
  preview: { port: 5181, strictPort: true, host: '127.0.0.1' },
  logLevel: 'error',
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const runs: RunResult[] = [];
try {
  for (let i = 0; i < RUNS; i += 1) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto('http://127.0.0.1:5181/tools/bench/scene.html');
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
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fps = median(runs.map((r) => r.fps));
const p95 = median(runs.map((r) => r.p95FrameMs));
console.log(
  `median of ${RUNS}: ${fps.toFixed(1)} fps (target ≥ 58), p95 frame ${p95.toFixed(1)} ms (target ≤ 25)`,
);
