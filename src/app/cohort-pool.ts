import { cohortSize, type PatientOutcome, type Scenario } from '../model';
import { isCohortAnswer, type CohortBatch } from './cohort-protocol';

/**
 * Runs a cohort on a few model workers (issue 21): the patients are cut into small batches handed to
 * whichever worker is free, results arrive patient by patient (any order; kept by index), and a run can be
 * cancelled at any time. A batch is a few patients (≈ 20 ms of work), so a cancel waits at most that long for
 * a busy worker, and no worker sits idle while another has a long queue. The pool knows no Worker API: it
 * talks to ports (a browser Worker, a Node worker thread, the UI thread as a last resort, a test's fake).
 */
export interface WorkerListener {
  message(data: unknown): void;
  /** The worker failed to start or crashed: its batch is given to another. */
  error(): void;
}
export interface WorkerPort {
  post(batch: CohortBatch): void;
  terminate(): void;
}
export type StartWorker = (listener: WorkerListener) => WorkerPort;

export interface CohortRequest {
  readonly scenario: Scenario;
  readonly n: number;
  readonly seed: number;
}
export interface CohortProgress {
  readonly finished: number;
  readonly total: number;
}
export interface CohortCallbacks {
  /** The run without the opioid (the first batch computes it). */
  readonly onUntreated?: (outcome: PatientOutcome) => void;
  /** One patient done, in whatever order the workers finish them. */
  readonly onPatient?: (outcome: PatientOutcome, progress: CohortProgress) => void;
}
export interface CohortResult {
  readonly untreated: PatientOutcome;
  /** Every patient, in index order. */
  readonly outcomes: readonly PatientOutcome[];
}
export interface CohortRun {
  /** The whole cohort; null when cancelled (or the pool destroyed). Rejects with a model error. */
  readonly done: Promise<CohortResult | null>;
  cancel(): void;
}
export interface CohortPool {
  readonly size: number;
  run(request: CohortRequest, callbacks?: CohortCallbacks): CohortRun;
  destroy(): void;
}

export interface CohortPoolOptions {
  readonly size: number;
  readonly startWorker: StartWorker;
  /** Where batches go when no worker is left (all failed to start); without it, the runs fail. */
  readonly fallback?: StartWorker;
  /** Patients per batch (default batchPatients). */
  readonly batchSize?: (scenario: Scenario) => number;
}

/** Workers for a machine: one core stays with the page, at most 4 (issue 21), at least 1. */
export function poolSize(hardwareConcurrency: number | undefined): number {
  const cores = Number.isFinite(hardwareConcurrency) ? Math.floor(hardwareConcurrency ?? 1) : 1;
  return Math.max(1, Math.min(4, cores - 1));
}

/** Patients per batch: about eight half-year courses of work (≈ 2 ms each in Node on this machine). */
export function batchPatients(scenario: Scenario): number {
  return Math.max(1, Math.min(16, Math.round((8 * 182) / scenario.durationDays)));
}

interface RunState {
  readonly id: number;
  readonly total: number;
  readonly outcomes: (PatientOutcome | undefined)[];
  finished: number;
  untreated: PatientOutcome | null;
  readonly callbacks: CohortCallbacks;
  readonly settle: (result: CohortResult | null | Error) => void;
}
interface Slot {
  readonly port: WorkerPort;
  busy: CohortBatch | null;
  alive: boolean;
}

function newRun(
  id: number,
  total: number,
  callbacks: CohortCallbacks,
): { run: RunState; done: Promise<CohortResult | null> } {
  let settle: RunState['settle'] = () => undefined;
  const done = new Promise<CohortResult | null>((resolve, reject) => {
    settle = (result) => (result instanceof Error ? reject(result) : resolve(result));
  });
  return { run: { id, total, outcomes: [], finished: 0, untreated: null, callbacks, settle }, done };
}

/** A run's batches in patient order; the first also computes the untreated run. */
function batchesOf(run: number, request: CohortRequest, total: number, step: number): CohortBatch[] {
  const batch = (from: number, untreated: boolean): CohortBatch => ({
    kind: 'cohort',
    run,
    ...request,
    n: total,
    from,
    to: Math.min(from + step, total),
    untreated,
  });
  const batches = [batch(0, true)];
  for (let from = step; from < total; from += step) batches.push(batch(from, false));
  return batches;
}

/** Keeps a patient's outcome (once; a batch run again after a crash may repeat some); true when all are in. */
function receive(run: RunState, outcome: PatientOutcome): boolean {
  if (outcome.index < 0) {
    if (run.untreated) return false;
    run.untreated = outcome;
    run.callbacks.onUntreated?.(outcome);
  } else {
    if (outcome.index >= run.total || run.outcomes[outcome.index]) return false;
    run.outcomes[outcome.index] = outcome;
    run.finished += 1;
    run.callbacks.onPatient?.(outcome, { finished: run.finished, total: run.total });
  }
  return run.finished === run.total;
}

export function createCohortPool(options: CohortPoolOptions): CohortPool {
  const size = Math.max(1, Math.floor(options.size));
  const slots: Slot[] = [];
  const runs = new Map<number, RunState>();
  let queue: CohortBatch[] = [];
  let lastRun = 0;
  let usedFallback = false;
  let failures = 0;
  let destroyed = false;

  const start = (how: StartWorker): boolean => {
    let slot: Slot | null = null;
    const listener: WorkerListener = {
      message: (data) => slot && onAnswer(slot, data),
      error: () => slot && onFailure(slot),
    };
    try {
      slot = { port: how(listener), busy: null, alive: true };
    } catch {
      return false;
    }
    slots.push(slot);
    return true;
  };
  const alive = () => slots.filter((s) => s.alive);

  const idle = () => alive().filter((s) => !s.busy).length;

  /**
   * Free workers take the next batches. Workers start only when there is work for them, and after as many
   * failures as the pool has places no new one is tried (a page where workers cannot load at all).
   */
  const dispatch = () => {
    if (destroyed) return;
    while (queue.length > idle() && alive().length < size && failures < size && !usedFallback) {
      if (!start(options.startWorker)) failures += 1;
    }
    if (queue.length > 0 && alive().length === 0) {
      if (options.fallback && !usedFallback && start(options.fallback)) usedFallback = true;
      else for (const run of [...runs.values()]) fail(run, 'No model worker could start.');
    }
    for (const slot of alive()) {
      const batch = slot.busy ? undefined : queue.shift();
      if (!batch) continue;
      slot.busy = batch;
      slot.port.post(batch);
    }
  };

  const finish = (run: RunState, result: CohortResult | null | Error) => {
    runs.delete(run.id);
    queue = queue.filter((b) => b.run !== run.id);
    run.settle(result);
  };
  const fail = (run: RunState, message: string) => finish(run, new Error(message));

  const onAnswer = (slot: Slot, data: unknown) => {
    if (!isCohortAnswer(data) || !slot.alive) return;
    const run = runs.get(data.run);
    if (data.kind !== 'cohort-patient') {
      slot.busy = null;
      if (run && data.kind === 'cohort-error') fail(run, data.message);
      dispatch();
      return;
    }
    if (run && receive(run, data.outcome) && runs.has(run.id) && run.untreated) {
      finish(run, { untreated: run.untreated, outcomes: run.outcomes as PatientOutcome[] });
    }
  };

  /** A worker that failed to start or crashed is dropped; its batch goes back to the head of the queue. */
  const onFailure = (slot: Slot) => {
    if (!slot.alive) return;
    slot.alive = false;
    failures += 1;
    slot.port.terminate();
    if (slot.busy && runs.has(slot.busy.run)) queue.unshift(slot.busy);
    slot.busy = null;
    dispatch();
  };

  return {
    size,
    run(request, callbacks = {}) {
      const id = (lastRun += 1);
      const { run, done } = newRun(id, cohortSize(request.n), callbacks);
      if (destroyed) {
        run.settle(null);
        return { done, cancel: () => undefined };
      }
      runs.set(id, run);
      const step = Math.max(1, Math.floor((options.batchSize ?? batchPatients)(request.scenario)));
      queue.push(...batchesOf(id, request, run.total, step));
      dispatch();
      return { done, cancel: () => runs.has(id) && finish(run, null) };
    },
    destroy() {
      destroyed = true;
      for (const run of [...runs.values()]) finish(run, null);
      for (const slot of slots) {
        slot.alive = false;
        slot.port.terminate();
      }
      slots.length = 0;
    },
  };
}
