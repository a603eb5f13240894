import type { DoseResponse, Scenario, SimulationResult } from '../model';

/** A request to the model thread: one scenario, and the day on which its dose–response is wanted. */
export interface SimulationRequest {
  readonly id: number;
  readonly scenario: Scenario;
  readonly doseResponseDay: number | null;
}

export type SimulationResponse =
  | {
      readonly id: number;
      readonly ok: true;
      readonly result: SimulationResult;
      readonly doseResponse: DoseResponse | null;
    }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** The model's entry points; scenarios arrive checked (the editors hold only parsed scenarios). */
export interface ModelFunctions {
  readonly simulate: (scenario: Scenario) => SimulationResult;
  readonly doseResponse: (scenario: Scenario, atDay: number) => DoseResponse;
}

/** Runs a request; a model error becomes a message for the learner, never a crash of the thread. */
export function answer(request: SimulationRequest, model: ModelFunctions): SimulationResponse {
  try {
    const result = model.simulate(request.scenario);
    const day = request.doseResponseDay;
    const curves =
      day === null
        ? null
        : model.doseResponse(request.scenario, Math.min(day, request.scenario.durationDays));
    return { id: request.id, ok: true, result, doseResponse: curves };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
