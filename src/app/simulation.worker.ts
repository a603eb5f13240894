/// <reference lib="webworker" />
// The model's own thread (architecture.md): simulate and dose–response run here, never on the UI thread.
import { doseResponse, simulate } from '../model';
import type { SimulationRequest, SimulationResponse } from './simulation-protocol';
import { answer } from './simulation-protocol';

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  const response: SimulationResponse = answer(event.data, { simulate, doseResponse });
  const transfer = response.ok ? Object.values(response.result.series).map((s) => s.buffer) : [];
  (self as unknown as Worker).postMessage(response, transfer);
};
