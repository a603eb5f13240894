import { drawCohort, patientOutcome, untreatedOutcome } from '../model/run';
import type { CohortAnswer, CohortBatch } from './cohort-protocol';

/**
 * Computes one batch where it runs (a model worker, a Node worker thread in the bench, or the UI thread when
 * no worker starts): the untreated run if asked, then each patient in order, each posted as soon as it is
 * done, so results fill in patient by patient. A model error ends the batch with one message.
 */
export function computeCohortBatch(batch: CohortBatch, post: (answer: CohortAnswer) => void): void {
  const { run, scenario } = batch;
  try {
    if (batch.untreated) post({ kind: 'cohort-patient', run, outcome: untreatedOutcome(scenario) });
    const draws = drawCohort(scenario, batch.n, batch.seed).slice(batch.from, batch.to);
    for (const draw of draws) post({ kind: 'cohort-patient', run, outcome: patientOutcome(scenario, draw) });
    post({ kind: 'cohort-batch-done', run, from: batch.from, to: batch.to });
  } catch (error) {
    post({ kind: 'cohort-error', run, message: error instanceof Error ? error.message : String(error) });
  }
}
