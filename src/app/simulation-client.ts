import type { DoseResponse, Scenario, SimulationResult } from '../model';
import { answer, type SimulationRequest, type SimulationResponse } from './simulation-protocol';

export interface Simulated {
  readonly result: SimulationResult;
  readonly doseResponse: DoseResponse | null;
}

export interface SimulationClient {
  /**
   * Computes a scenario. Resolves with its result, or with null when a newer request has superseded it
   * (a result for an outdated scenario is discarded). Rejects only with a model error message.
   */
  run(scenario: Scenario, doseResponseDay: number | null): Promise<Simulated | null>;
  destroy(): void;
}

/**
 * Talks to the model's Web Worker. Where workers cannot start (some file:// pages, old browsers), the model
 * runs on this thread instead: slower to respond, but the app keeps working.
 */
export function createSimulationClient(makeWorker: (() => Worker) | null): SimulationClient {
  let worker: Worker | null = null;
  try {
    worker = makeWorker?.() ?? null;
  } catch {
    worker = null;
  }
  let latest = 0;
  // The model's code is fetched only if it has to run here: normally it lives in the worker alone.
  const onThisThread = async (request: SimulationRequest) => {
    return answer(request, await import('../model/run'));
  };
  interface Waiting {
    readonly request: SimulationRequest;
    readonly resolve: (r: SimulationResponse) => void;
  }
  /** The request the worker is computing (one at a time), and the newest one waiting for it. */
  let inFlight: Waiting | null = null;
  let next: Waiting | null = null;
  /** A waiting request that a newer one replaced is never computed: it settles at once (run returns null). */
  const drop = (w: Waiting | null) => w?.resolve({ id: w.request.id, ok: false, message: 'superseded' });
  const post = (current: Worker, w: Waiting) => {
    inFlight = w;
    current.postMessage(w.request);
  };
  /** A worker that fails to load reports it only later, as an error event: answer here from then on. */
  const abandonWorker = () => {
    worker?.terminate();
    worker = null;
    for (const w of [inFlight, next]) if (w) void onThisThread(w.request).then(w.resolve);
    inFlight = next = null;
  };
  if (worker) {
    const current = worker;
    current.onmessage = (event: MessageEvent<SimulationResponse>) => {
      const done = inFlight;
      inFlight = null;
      if (done?.request.id === event.data.id) done.resolve(event.data);
      const waiting = next;
      next = null;
      if (waiting) post(current, waiting);
    };
    current.onerror = abandonWorker;
    current.onmessageerror = abandonWorker;
  }
  /**
   * One request at a time goes to the worker; while it computes, only the newest request waits (a slider
   * dragged across its range asks for many scenarios: the ones in between are never computed).
   */
  const send = (request: SimulationRequest): Promise<SimulationResponse> => {
    const current = worker;
    if (!current) return onThisThread(request);
    return new Promise((resolve) => {
      const w = { request, resolve };
      if (inFlight) {
        drop(next);
        next = w;
      } else post(current, w);
    });
  };

  return {
    async run(scenario, doseResponseDay) {
      const id = (latest += 1);
      const response = await send({ id, scenario, doseResponseDay });
      if (id !== latest) return null;
      if (!response.ok) throw new Error(response.message);
      return { result: response.result, doseResponse: response.doseResponse };
    },
    destroy() {
      worker?.terminate();
      worker = null;
      for (const w of [inFlight, next])
        w?.resolve({ id: w.request.id, ok: false, message: 'The simulation was closed.' });
      inFlight = next = null;
    },
  };
}
