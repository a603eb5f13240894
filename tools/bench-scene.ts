/**
 * `npm run bench:scene`: frame rate of the pathway scene in headless Chromium at 1280×720, median of three
 * runs (each: 3 s warm-up, then 10 s counted with requestAnimationFrame). A benchmark that prints figures,
 * not a test: the target is ≥ 58 fps median and p95 frame time ≤ 25 ms.
 */
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

interface RunResult {
  fps: number;
  p95FrameMs: number;
  particles: number;
  renderer: string;
}

const RUNS = 3;
const server = await createServer({
  server: { port: 5181, strictPort: true, host: '127.0.0.1' },
  logLevel: 'error',
});
await server.listen();
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
      `run ${i + 1}: ${result.fps.toFixed(1)} fps, p95 frame ${result.p95FrameMs.toFixed(1)} ms, ${result.particles} particles, ${result.renderer}`,
    );
    runs.push(result);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fps = median(runs.map((r) => r.fps));
const p95 = median(runs.map((r) => r.p95FrameMs));
console.log(
  `median of ${RUNS}: ${fps.toFixed(1)} fps (target ≥ 58), p95 frame ${p95.toFixed(1)} ms (target ≤ 25)`,
);
