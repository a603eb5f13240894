/// <reference lib="webworker" />
// The model's own thread (architecture.md): simulate and dose–response run here, never on the UI thread.
import { doseResponse, simulate } from '../model';
import type { SimulationRequest, SimulationResponse } from './simulation-protocol';
import { answer } from './simulation-protocol';

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  const response: SimulationResponse = answer(event.data, { simulate, doseResponse });
  // Series may share one buffer; each may be listed only once.
  const transfer = response.ok
    ? [...new Set(Object.values(response.result.series).map((s) => s.buffer))]
    : [];
  (self as unknown as Worker).postMessage(response, transfer);
};
