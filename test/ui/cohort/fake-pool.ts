import type { CohortCallbacks, CohortPool, CohortRequest, CohortResult } from '../../../src/app/cohort-pool';

/** A run the cohort view asked a fake pool for: the test hands it patients and ends it. */
export interface FakeRun {
  readonly request: CohortRequest;
  readonly callbacks: CohortCallbacks;
  finish(result: CohortResult | null): void;
  /** Whether the view cancelled it. */
  cancelled: boolean;
}

/**
 * A cohort pool without workers, for the cohort view's DOM tests: each run the view starts is pushed to `runs`,
 * where the test feeds it real patients (computed in Node) as workers would, and finishes it.
 */
export function fakePool(runs: FakeRun[]): CohortPool {
  return {
    size: 1,
    run(request, callbacks = {}) {
      let finish: (r: CohortResult | null) => void = () => undefined;
      const done = new Promise<CohortResult | null>((resolve) => (finish = resolve));
      const run: FakeRun = { request, callbacks, finish, cancelled: false };
      runs.push(run);
      return { done, cancel: () => ((run.cancelled = true), finish(null)) };
    },
    destroy: () => undefined,
  };
}
