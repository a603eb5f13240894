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
  const pending = new Map<number, { request: SimulationRequest; resolve: (r: SimulationResponse) => void }>();
  /** A worker that fails to load reports it only later, as an error event: answer here from then on. */
  const abandonWorker = () => {
    worker?.terminate();
    worker = null;
    for (const { request, resolve } of pending.values()) void onThisThread(request).then(resolve);
    pending.clear();
  };
  if (worker) {
    worker.onmessage = (event: MessageEvent<SimulationResponse>) => {
      pending.get(event.data.id)?.resolve(event.data);
      pending.delete(event.data.id);
    };
    worker.onerror = abandonWorker;
    worker.onmessageerror = abandonWorker;
  }
  const send = (request: SimulationRequest): Promise<SimulationResponse> => {
    const current = worker;
    if (!current) return onThisThread(request);
    return new Promise((resolve) => {
      pending.set(request.id, { request, resolve });
      current.postMessage(request);
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
      for (const { request, resolve } of pending.values())
        resolve({ id: request.id, ok: false, message: 'The simulation was closed.' });
      pending.clear();
    },
  };
}
