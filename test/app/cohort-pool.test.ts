import { describe, expect, it } from 'vitest';
import { normalizeScenario, summarizeCohort, type PatientOutcome } from '../../src/model/index';
import { cohortOutcomes, untreatedOutcome } from '../../src/model/run';
import { computeCohortBatch } from '../../src/app/cohort-batch';
import { onThisThread } from '../../src/app/cohort-pool-browser';
import type { CohortBatch } from '../../src/app/cohort-protocol';
import {
  batchPatients,
  createCohortPool,
  poolSize,
  type CohortProgress,
  type StartWorker,
  type WorkerListener,
} from '../../src/app/cohort-pool';

const scenario = normalizeScenario({
  durationDays: 14,
  regimens: [{ kind: 'fixed', drug: 'morphine', route: 'oral', dosePerDay: 240, everyHours: 4 }],
});
const N = 23;
const SEED = 11;
const nodeOutcomes = cohortOutcomes(scenario, N, SEED);
const nodeUntreated = untreatedOutcome(scenario);
/** Small batches, so that 23 patients make 8 of them. */
const BATCH = 3;

interface FakeOptions {
  /** Sends a batch's patients last first (a worker that finishes out of order). */
  readonly reverse?: boolean;
  /** Milliseconds before each answer. */
  readonly delayMs?: number;
  /** Reports a crash after this many patients of its first batch. */
  readonly crashAfter?: number;
  /** Throws when started (a worker that cannot be made). */
  readonly cannotStart?: boolean;
}

/** A worker in this thread: the real batch code, answered asynchronously as a worker's messages are. */
function fakeWorkers(options: FakeOptions = {}) {
  const posted: CohortBatch[][] = [];
  let terminated = 0;
  const start: StartWorker = (listener: WorkerListener) => {
    if (options.cannotStart) throw new Error('no workers here');
    const mine: CohortBatch[] = [];
    posted.push(mine);
    let dead = false;
    return {
      post(batch) {
        mine.push(batch);
        const answers: unknown[] = [];
        computeCohortBatch(batch, (a) => answers.push(a));
        if (options.reverse) answers.splice(0, answers.length - 1, ...answers.slice(0, -1).reverse());
        let sent = 0;
        const next = () => {
          if (dead || sent === answers.length) return;
          if (options.crashAfter !== undefined && posted.indexOf(mine) === 0 && sent === options.crashAfter) {
            dead = true;
            listener.error();
            return;
          }
          listener.message(answers[sent++]);
          setTimeout(next, options.delayMs ?? 0);
        };
        setTimeout(next, options.delayMs ?? 0);
      },
      terminate() {
        dead = true;
        terminated += 1;
      },
    };
  };
  return { start, posted, terminated: () => terminated };
}

const values = (outcomes: readonly PatientOutcome[]) => outcomes.map((o) => [o.index, Array.from(o.values)]);

describe('cohort pool (issue 21)', () => {
  it('sizes itself to the cores less one, at most 4, at least 1; batches are a few patients', () => {
    expect([undefined, 1, 2, 3, 4, 8, 64].map(poolSize)).toEqual([1, 1, 1, 2, 3, 4, 4]);
    expect(batchPatients(normalizeScenario({ durationDays: 182 }))).toBe(8);
    expect(batchPatients(normalizeScenario({ durationDays: 5 * 365 }))).toBe(1);
    expect(batchPatients(normalizeScenario({ durationDays: 2 }))).toBe(16);
  });

  it('runs a cohort on 3 workers: every patient once, progress 1…n, the result in order and equal to Node’s', async () => {
    const fake = fakeWorkers({ reverse: true });
    const pool = createCohortPool({ size: 3, startWorker: fake.start, batchSize: () => BATCH });
    const progress: CohortProgress[] = [];
    const arrived: number[] = [];
    const result = await pool.run(
      { scenario, n: N, seed: SEED },
      {
        onPatient: (o, p) => {
          arrived.push(o.index);
          progress.push(p);
        },
      },
    ).done;
    expect(result).not.toBeNull();
    expect(values(result?.outcomes ?? [])).toEqual(values(nodeOutcomes));
    expect(Array.from(result?.untreated.values ?? [])).toEqual(Array.from(nodeUntreated.values));
    expect(progress.map((p) => p.finished)).toEqual([...Array(N).keys()].map((i) => i + 1));
    expect(progress.every((p) => p.total === N)).toBe(true);
    expect([...arrived].sort((a, b) => a - b)).toEqual([...Array(N).keys()]);
    expect(arrived).not.toEqual([...arrived].sort((a, b) => a - b)); // they did arrive out of order
    // Work was shared in small batches among the three workers.
    expect(fake.posted).toHaveLength(3);
    for (const batches of fake.posted) expect(batches.length).toBeGreaterThan(0);
    for (const b of fake.posted.flat()) expect(b.to - b.from).toBeLessThanOrEqual(BATCH);
    expect(summarizeCohort(result?.outcomes ?? [], result?.untreated ?? nodeUntreated, 14)).toEqual(
      summarizeCohort(nodeOutcomes, nodeUntreated, 14),
    );
    pool.destroy();
    expect(fake.terminated()).toBe(3);
  });

  it('cancel ends a run at once with null; no patient is reported after it and the next run is whole', async () => {
    const fake = fakeWorkers({ delayMs: 1 });
    const pool = createCohortPool({ size: 2, startWorker: fake.start, batchSize: () => BATCH });
    let afterCancel = 0;
    let cancelled = false;
    const first = pool.run(
      { scenario, n: N, seed: SEED },
      {
        onPatient: (_o, p) => {
          if (cancelled) afterCancel += 1;
          if (p.finished === 5) {
            cancelled = true;
            first.cancel();
          }
        },
      },
    );
    expect(await first.done).toBeNull();
    const second = await pool.run({ scenario, n: 6, seed: SEED }).done;
    expect(afterCancel).toBe(0);
    expect(values(second?.outcomes ?? [])).toEqual(values(nodeOutcomes.slice(0, 6)));
    // The cancelled run's queued batches were never sent: fewer batches than the whole cohort needs.
    const firstRunBatches = fake.posted.flat().filter((b) => b.n === N);
    expect(firstRunBatches.length).toBeLessThan(Math.ceil(N / BATCH));
    expect(fake.terminated()).toBe(0);
    pool.destroy();
  });

  it('a worker that crashes mid-batch: its batch runs again elsewhere, each patient still counted once', async () => {
    const fake = fakeWorkers({ crashAfter: 3 });
    const pool = createCohortPool({ size: 2, startWorker: fake.start, batchSize: () => BATCH });
    const seen: number[] = [];
    const result = await pool.run({ scenario, n: N, seed: SEED }, { onPatient: (o) => seen.push(o.index) })
      .done;
    expect(values(result?.outcomes ?? [])).toEqual(values(nodeOutcomes));
    expect(seen).toHaveLength(N);
    expect(fake.terminated()).toBe(1);
    pool.destroy();
  });

  it('where no worker can start, the fallback computes the cohort', async () => {
    const fallback = fakeWorkers();
    const pool = createCohortPool({
      size: 4,
      startWorker: fakeWorkers({ cannotStart: true }).start,
      fallback: fallback.start,
    });
    const result = await pool.run({ scenario, n: 7, seed: SEED }).done;
    expect(values(result?.outcomes ?? [])).toEqual(values(nodeOutcomes.slice(0, 7)));
    expect(fallback.posted).toHaveLength(1);
    const alone = createCohortPool({ size: 2, startWorker: fakeWorkers({ cannotStart: true }).start });
    await expect(alone.run({ scenario, n: 3, seed: SEED }).done).rejects.toThrow(/No model worker/);
  });

  it('the UI thread’s fallback computes patient by patient, one task each, and stops when terminated', async () => {
    const pool = createCohortPool({
      size: 2,
      startWorker: fakeWorkers({ cannotStart: true }).start,
      fallback: onThisThread,
    });
    let tasks = 0;
    const ticking = setInterval(() => (tasks += 1), 0);
    const result = await pool.run({ scenario, n: 9, seed: SEED }).done;
    clearInterval(ticking);
    expect(values(result?.outcomes ?? [])).toEqual(values(nodeOutcomes.slice(0, 9)));
    // Other tasks ran between the patients: the page was never held for the whole cohort.
    expect(tasks).toBeGreaterThan(5);
    const stopped = pool.run({ scenario, n: N, seed: SEED });
    pool.destroy();
    expect(await stopped.done).toBeNull();
  });

  it('a model error rejects the run with its message; destroy ends the runs still going', async () => {
    const failing: StartWorker = (listener) => ({
      post: (batch) =>
        setTimeout(
          () => listener.message({ kind: 'cohort-error', run: batch.run, message: 'model broke' }),
          0,
        ),
      terminate: () => undefined,
    });
    const pool = createCohortPool({ size: 1, startWorker: failing });
    await expect(pool.run({ scenario, n: 3, seed: SEED }).done).rejects.toThrow('model broke');
    const slow = createCohortPool({ size: 1, startWorker: fakeWorkers({ delayMs: 5 }).start });
    const running = slow.run({ scenario, n: N, seed: SEED });
    slow.destroy();
    expect(await running.done).toBeNull();
    expect(await slow.run({ scenario, n: 2, seed: SEED }).done).toBeNull();
  });
});
