import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import {
  cohortFan,
  findPreset,
  normalizeScenario,
  summarizeCohort,
  type CohortSummary,
  type PatientOutcome,
} from '../../src/model';
import { createCohortPool, poolSize, type CohortPool } from '../../src/app/cohort-pool';
import { browserWorker } from '../../src/app/cohort-pool-browser';
import { loadCohortPool } from '../../src/app/cohort-service';

/** 120 MME/day for 26 weeks: a moderate dose, where some patients develop OIH and most do not. */
const PRESET = 'chronic-120-mme-26-weeks';
const preset = findPreset(PRESET);
if (!preset) throw new Error(`no preset ${PRESET}`);
const scenario = normalizeScenario(preset.scenario);
const fromCli = async (n: number) => (await commands.cohortFromCli(PRESET, n, SEED, 84)) as CohortSummary;
const SEED = 7;
/** Issue 21's target for a message's work on the page; the issue's e2e gate for long tasks is 100 ms. */
const MESSAGE_BUDGET_MS = 50;

/**
 * The browser's V8 and Node's differ in the last bit of Math.exp, log, cos and pow (measured: 5–10 % of
 * random arguments, Node 20 against Chromium 156), and the model uses them throughout, so the same patient
 * cannot be bit-for-bit the same in both. Each value must agree to 1e-9 relative (the differences seen are
 * ~1e-16); the classes and the shares, counts of patients, must be equal. Within one engine the pool is
 * exact (test/app/cohort-pool.test.ts).
 */
function expectSameCohort(here: CohortSummary, node: CohortSummary): void {
  expect(here.patients).toBe(node.patients);
  expect(here.byClass).toEqual(node.byClass);
  for (const share of ['worse', 'allodynia', 'toleranceOnly'] as const)
    expect(here[share]).toEqual(node[share]);
  here.each.forEach((p, i) => {
    const q = node.each[i];
    expect(p.index).toBe(q?.index);
    expect(p.class).toBe(q?.class);
    for (const key of [
      'susceptibility',
      'metabolism',
      'pain',
      'threshold',
      'allodynia',
      'toleranceFold',
    ] as const)
      expect(relativeDifference(p[key], q?.[key] ?? NaN)).toBeLessThan(1e-9);
  });
}
const relativeDifference = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-12, Math.abs(b));

/** Runs a cohort the way a view would: the summary and the fan recomputed as each patient arrives. */
async function runLikeAView(pool: CohortPool, n: number) {
  const arrived: PatientOutcome[] = [];
  let untreated: PatientOutcome | null = null;
  let slowestMessageMs = 0;
  const finished: number[] = [];
  const run = pool.run(
    { scenario, n, seed: SEED },
    {
      onUntreated: (o) => (untreated = o),
      onPatient: (o, progress) => {
        const start = performance.now();
        arrived.push(o);
        finished.push(progress.finished);
        if (untreated) summarizeCohort(arrived, untreated, 84);
        if (progress.finished % 20 === 0) cohortFan(arrived);
        slowestMessageMs = Math.max(slowestMessageMs, performance.now() - start);
      },
    },
  );
  const result = await run.done;
  return { result, arrived, slowestMessageMs, finished };
}

describe('cohort pool in real workers (issue 21)', () => {
  it('is loaded on demand, sized to the cores, and gives the same 200 patients and shares as the CLI in Node', async () => {
    const pool = await loadCohortPool();
    expect(await loadCohortPool()).toBe(pool);
    expect(pool.size).toBe(poolSize(navigator.hardwareConcurrency));
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const { result, arrived, slowestMessageMs, finished } = await runLikeAView(pool, 200);
    observer.disconnect();
    expect(result).not.toBeNull();
    if (!result) return;
    expect(finished).toEqual([...Array(200).keys()].map((i) => i + 1));
    expect(arrived).toHaveLength(200);
    expectSameCohort(summarizeCohort(result.outcomes, result.untreated, 84), await fromCli(200));
    // The page's own work per message stays small, and no task blocks the page for long while it runs.
    expect(slowestMessageMs).toBeLessThan(MESSAGE_BUDGET_MS);
    console.info(
      `cohort of 200 in ${pool.size} worker(s): slowest message ${slowestMessageMs.toFixed(1)} ms, long tasks ${JSON.stringify(longTasks.map(Math.round))}`,
    );
    expect(Math.max(0, ...longTasks)).toBeLessThan(100);
  });

  it('shares the patients among three workers and cancels cleanly', async () => {
    const pool = createCohortPool({ size: 3, startWorker: browserWorker, batchSize: () => 4 });
    const { result } = await runLikeAView(pool, 60);
    if (!result) throw new Error('cancelled');
    expectSameCohort(summarizeCohort(result.outcomes, result.untreated, 84), await fromCli(60));
    let afterCancel = 0;
    let cancelled = false;
    const run = pool.run(
      { scenario, n: 200, seed: SEED },
      {
        onPatient: (_o, progress) => {
          if (cancelled) afterCancel += 1;
          else if (progress.finished === 10) {
            cancelled = true;
            run.cancel();
          }
        },
      },
    );
    expect(await run.done).toBeNull();
    // The workers finish the batch they hold (≤ 4 patients) and then stay quiet.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(afterCancel).toBe(0);
    pool.destroy();
  });
});
