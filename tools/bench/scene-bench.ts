// Browser side of `npm run bench:scene`: the oih-escalation preset from week 12, the clock advanced by this
// harness at 1 week per second, particles on. Counts requestAnimationFrame frames for 10 s after a 3 s
// warm-up and publishes the figures on window.benchResult.
// The built bench page carries the app's Content-Security-Policy (no eval), so, like the app (vite.config.ts),
// it loads pixi's eval-free shader code first: without it no renderer starts and the bench timed the static
// diagram.
import 'pixi.js/unsafe-eval';
import { findPreset, snapshotAt } from '../../src/model';
import { simulate } from '../../src/model/run';
import { PixiPathwayScene } from '../../src/scenes/pathway-scene';
import '../../src/ui/styles/theme.css';

const WARM_UP_MS = 3000;
const MEASURE_MS = 10_000;
const START_DAY = 84;
const DAYS_PER_SECOND = 7;

async function run() {
  const preset = findPreset('oih-escalation');
  if (!preset) throw new Error('no oih-escalation preset');
  const result = simulate(preset.scenario);
  const end = result.tDays[result.tDays.length - 1] ?? START_DAY;
  const host = document.getElementById('host');
  if (!host) throw new Error('no #host');
  const scene = new PixiPathwayScene();
  await scene.mount(host);
  scene.setReducedMotion(false);
  const frames: number[] = [];
  let updateMs = 0;
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const frame = (now: number) => {
      const elapsed = now - start;
      const t = START_DAY + (((elapsed / 1000) * DAYS_PER_SECOND) % Math.max(1, end - START_DAY));
      const before = performance.now();
      scene.update(snapshotAt(result, t));
      updateMs += performance.now() - before;
      if (elapsed > WARM_UP_MS) frames.push(now);
      if (elapsed < WARM_UP_MS + MEASURE_MS) requestAnimationFrame(frame);
      else resolve();
    };
    requestAnimationFrame(frame);
  });
  const intervals = frames
    .slice(1)
    .map((t, i) => t - (frames[i] ?? t))
    .sort((a, b) => a - b);
  const seconds = ((frames.at(-1) ?? 0) - (frames[0] ?? 0)) / 1000;
  return {
    fps: (frames.length - 1) / seconds,
    p95FrameMs: intervals[Math.floor(intervals.length * 0.95)] ?? Infinity,
    particles: scene.particleCount,
    renderer: scene.rendererName,
    updateMsPerFrame: updateMs / Math.max(1, frames.length),
  };
}

(window as unknown as { benchResult: Promise<unknown> }).benchResult = run();
