/**
 * The page's side of the Experiments worker (issue 20): runs an experiment or a what-if off the page and gives
 * back the model's numbers (experiment-protocol.ts). The worker starts with the first request and is kept
 * (its caches of preset runs stay warm) until destroy(). A newer request for the same experiment replaces
 * the older one: the older resolves with null and the worker stops it at its next step.
 *
 * Where no worker can start (no Worker, a policy that refuses it, a script that fails to load), the same
 * answering code runs on the page, yielding to the browser between steps: slower to respond, still usable.
 */
import { answerExperiment, type Answering } from './experiment-answer';
import type {
  ExperimentAnswer,
  ExperimentRequest,
  RunAnswer,
  WhatIfAnswer,
  WorkRequest,
} from './experiment-protocol';
import { toWire } from './experiment-wire';
import type { ExperimentCore } from '../science/experiment';

export interface ExperimentClient {
  /** The run's numbers; null when a newer request for the experiment replaced it. Rejects with a model error. */
  run(experiment: ExperimentCore, progress?: (done: number, all: number) => void): Promise<RunAnswer | null>;
  whatIf(experiment: ExperimentCore, value: number): Promise<WhatIfAnswer | null>;
  /** Where the requests are answered now: in the worker, or on the page (the fallback). */
  readonly where: 'worker' | 'page' | 'not started';
  destroy(): void;
}

interface Pending {
  readonly request: WorkRequest;
  readonly progress?: (done: number, all: number) => void;
  readonly settle: (answer: RunAnswer | WhatIfAnswer | null, error?: Error) => void;
}

export function createExperimentClient(options: {
  /** Starts the worker; null where there is none to start (the page answers). */
  readonly makeWorker: (() => Worker) | null;
  /** Lets the page paint and take input between two steps, when the page answers. */
  readonly yieldToMain: () => Promise<void>;
}): ExperimentClient {
  let worker: Worker | null = null;
  let where: ExperimentClient['where'] = 'not started';
  let destroyed = false;
  let lastId = 0;
  const pending = new Map<number, Pending>();
  /** The newest request of each experiment. */
  const newest = new Map<string, number>();

  const onAnswer = (answer: ExperimentAnswer) => {
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    if (answer.kind === 'progress') return waiting.progress?.(answer.done, answer.all);
    pending.delete(answer.id);
    if (answer.kind === 'error') waiting.settle(null, new Error(answer.message));
    else waiting.settle(answer);
  };
  // On the page a request is cancelled once it is no longer waited for (replaced, or the view destroyed).
  const here: Answering = { post: onAnswer, pause: options.yieldToMain, cancelled: (id) => !pending.has(id) };
  const answerHere = (request: WorkRequest) => void answerExperiment(request, here);

  /** A worker that fails to load says so only later, as an error event: the page answers from then on. */
  const abandonWorker = () => {
    worker?.terminate();
    worker = null;
    where = 'page';
    for (const { request } of pending.values()) answerHere(request);
  };
  const start = () => {
    if (where !== 'not started') return;
    try {
      worker = options.makeWorker?.() ?? null;
    } catch {
      worker = null;
    }
    where = worker ? 'worker' : 'page';
    if (!worker) return;
    worker.onmessage = (event: MessageEvent<ExperimentAnswer>) => onAnswer(event.data);
    worker.onerror = abandonWorker;
    worker.onmessageerror = abandonWorker;
  };
  const post = (request: ExperimentRequest) => {
    if (worker) worker.postMessage(request);
    else if (request.kind !== 'cancel') answerHere(request);
  };

  function ask<A extends RunAnswer | WhatIfAnswer>(
    request: WorkRequest,
    progress?: (done: number, all: number) => void,
  ): Promise<A | null> {
    if (destroyed) return Promise.resolve(null);
    start();
    const older = newest.get(request.experiment.id);
    newest.set(request.experiment.id, request.id);
    if (older !== undefined && pending.has(older)) {
      pending.get(older)?.settle(null);
      pending.delete(older);
      post({ id: (lastId += 1), kind: 'cancel', of: older });
    }
    return new Promise<A | null>((resolve, reject) => {
      pending.set(request.id, {
        request,
        ...(progress ? { progress } : {}),
        settle: (answer, error) => (error ? reject(error) : resolve(answer as A | null)),
      });
      post(request);
    });
  }

  return {
    run: (experiment, progress) =>
      ask({ id: (lastId += 1), kind: 'run', experiment: toWire(experiment) }, progress),
    whatIf: (experiment, value) =>
      ask({ id: (lastId += 1), kind: 'what-if', experiment: toWire(experiment), value }),
    get where() {
      return where;
    },
    destroy() {
      destroyed = true;
      worker?.terminate();
      worker = null;
      for (const waiting of pending.values()) waiting.settle(null);
      pending.clear();
    },
  };
}
