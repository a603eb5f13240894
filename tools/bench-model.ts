/**
 * `npm run bench`: the two budgets of issue 3 on this machine, in Node, with the hourly output the app uses
 * and no caching of results between runs (each run builds its scenario afresh).
 *   1. a 26-week human scenario with 4-hourly dosing: ≤ 2 ms median;
 *   2. one doseResponse of oih-escalation at day 84 (all curves): ≤ 50 ms median;
 * and the cohort of issue 21 (each patient simulated and reduced to its outcome, as the app's workers do):
 *   3. 200 patients × 26 weeks on this thread, with the untreated run and the summary: ≤ 1.5 s;
 *   4. 1000 patients × 26 weeks on all cores (the app's pool, src/app/cohort-pool.ts, on Node worker
 *      threads running the same batch code): ≤ 4 s, the workers started and warm.
 * Each prints the cost per patient and its ratio to one `simulate` (the median of 1).
 */
import os from 'node:os';
import { findPreset, type ScenarioInput } from '../src/model/index';
import { normalizeScenario, summarizeCohort } from '../src/model/index';
import { cohortOutcomes, doseResponse, simulate, untreatedOutcome } from '../src/model/run';
import { createNodeCohortPool } from './bench/cohort-node';

interface Measured {
  readonly ok: boolean;
  readonly median: number;
  /** CPU time per run, every thread of the process (less sensitive to other load than wall time). */
  readonly cpu: number;
}

async function measure(
  label: string,
  budgetMs: number,
  runs: number,
  body: (i: number) => void | Promise<void>,
  warmups = 3,
): Promise<Measured> {
  for (let i = 0; i < warmups; i++) await body(-1 - i);
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await body(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuPerRun = (cpu.user + cpu.system) / 1000 / runs;
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  const max = times[times.length - 1] ?? NaN;
  const ok = median <= budgetMs;
  console.log(
    `${label}: median ${median.toFixed(2)} ms, max ${max.toFixed(2)} ms over ${runs} runs (budget ≤ ${budgetMs} ms median) ${ok ? 'OK' : 'OVER BUDGET'}; CPU ${cpuPerRun.toFixed(2)} ms/run, load average ${loadAverage()}`,
  );
  return { ok, median, cpu: cpuPerRun };
}

/** The 1-minute load average: other processes on this 2-core machine inflate wall-clock figures. */
function loadAverage(): string {
  return os.loadavg()[0]?.toFixed(2) ?? '?';
}

const twentySixWeeks = (i: number): ScenarioInput => ({
  durationDays: 182,
  // A different dose each run, so nothing can be reused between runs.
  regimens: [{ kind: 'fixed', drug: 'morphine', route: 'oral', dosePerDay: 120 + (i % 7), everyHours: 4 }],
});

const escalation = findPreset('oih-escalation');
if (!escalation) throw new Error('preset oih-escalation missing');

const a = await measure('simulate: 26 weeks, 4-hourly dosing, hourly output', 2, 200, (i) => {
  simulate(twentySixWeeks(i));
});
const b = await measure('doseResponse(oih-escalation, day 84), all curves', 50, 30, (i) => {
  doseResponse({ ...escalation.scenario, patient: { susceptibility: 1.5 + (i % 3) * 1e-6 } }, 84);
});

/**
 * Cost per patient and its ratio to one simulate (what the cohort adds over the runs themselves), in wall time
 * and in CPU time (all threads); on the shared machine the CPU ratio is the steadier one.
 */
function perPatient(m: Measured, n: number): void {
  const wall = m.median / n;
  const cpu = m.cpu / n;
  console.log(
    `  per patient: ${wall.toFixed(2)} ms wall (${(wall / a.median).toFixed(2)}× one simulate), ${cpu.toFixed(2)} ms CPU (${(cpu / a.cpu).toFixed(2)}× one simulate's CPU)`,
  );
}

const c = await measure(
  'cohort: 200 patients × 26 weeks, one thread, with untreated run and summary',
  1500,
  3,
  (i) => {
    const scenario = normalizeScenario(twentySixWeeks(i));
    summarizeCohort(cohortOutcomes(scenario, 200, 7 + i), untreatedOutcome(scenario), 84);
  },
  1,
);
perPatient(c, 200);

const cores = os.availableParallelism();
const pool = createNodeCohortPool(cores);
const d = await measure(
  `cohort: 1000 patients × 26 weeks, ${cores} worker threads (all cores), with summary`,
  4000,
  3,
  async (i) => {
    const scenario = normalizeScenario(twentySixWeeks(i));
    // Warm-up runs are small: they start the workers and compile the model in each.
    const result = await pool.run({ scenario, n: i < 0 ? 4 * cores : 1000, seed: 7 + i }).done;
    if (!result) throw new Error('cohort cancelled');
    summarizeCohort(result.outcomes, result.untreated, 84);
  },
  2,
);
perPatient(d, 1000);
pool.destroy();
process.exitCode = a.ok && b.ok && c.ok && d.ok ? 0 : 1;
