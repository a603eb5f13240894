/// <reference lib="webworker" />
// The model's own thread (architecture.md): simulate and dose–response run here, never on the UI thread;
// so do a cohort's patients (issue 21), in the pool's instances of this same worker (cohort-pool.ts).
import { doseResponseNormalized, simulateNormalized } from '../model/run';
import type { SimulationRequest, SimulationResponse } from './simulation-protocol';
import { answer } from './simulation-protocol';
import { isCohortBatch, transferOf, type CohortBatch } from './cohort-protocol';
import { computeCohortBatch } from './cohort-batch';

self.onmessage = (event: MessageEvent<SimulationRequest | CohortBatch>) => {
  const request = event.data;
  if (isCohortBatch(request)) {
    computeCohortBatch(request, (a) => (self as unknown as Worker).postMessage(a, transferOf(a)));
    return;
  }
  // Scenarios come from the editors, which hold only parsed scenarios: no second check, so the worker
  // carries no schema code (issue 9's budget). A model error still comes back as a message.
  const response: SimulationResponse = answer(request, {
    simulate: (scenario) => simulateNormalized(scenario),
    doseResponse: (scenario, day) => doseResponseNormalized(scenario, day),
  });
  // Series may share one buffer; each may be listed only once.
  const transfer = response.ok
    ? [...new Set(Object.values(response.result.series).map((s) => s.buffer))]
    : [];
  (self as unknown as Worker).postMessage(response, transfer);
};
