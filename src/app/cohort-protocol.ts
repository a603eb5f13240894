import type { PatientOutcome, Scenario } from '../model';

/**
 * The cohort's messages between the UI thread and a model worker (issue 21). The pool sends a batch, a
 * range of patient indices; the worker draws the cohort's patients itself (from the seed: cheap, and the same
 * in every thread) and answers one message per patient, then one when the batch is done. A patient is a
 * PatientOutcome, a few KB in one buffer that is transferred, not copied: the UI thread never receives a
 * whole SimulationResult for a cohort.
 */
export interface CohortBatch {
  readonly kind: 'cohort';
  /** The pool's run this batch belongs to: answers of a cancelled run are dropped. */
  readonly run: number;
  readonly scenario: Scenario;
  readonly n: number;
  readonly seed: number;
  /** Patients [from, to). */
  readonly from: number;
  readonly to: number;
  /** Also compute the run without the opioid (the first batch of a run does), before the patients. */
  readonly untreated: boolean;
}

export type CohortAnswer =
  /** One patient; index −1 is the untreated run. */
  | { readonly kind: 'cohort-patient'; readonly run: number; readonly outcome: PatientOutcome }
  | { readonly kind: 'cohort-batch-done'; readonly run: number; readonly from: number; readonly to: number }
  | { readonly kind: 'cohort-error'; readonly run: number; readonly message: string };

export function isCohortBatch(message: unknown): message is CohortBatch {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'cohort';
}

export function isCohortAnswer(message: unknown): message is CohortAnswer {
  const kind = typeof message === 'object' && message !== null ? (message as { kind?: unknown }).kind : null;
  return kind === 'cohort-patient' || kind === 'cohort-batch-done' || kind === 'cohort-error';
}

/** What a worker hands over with an answer: the outcome's buffer (then unusable in the worker). */
export function transferOf(answer: CohortAnswer): ArrayBuffer[] {
  return answer.kind === 'cohort-patient' ? [answer.outcome.values.buffer as ArrayBuffer] : [];
}
