import { waitFor } from '@testing-library/dom';
import { expect } from 'vitest';
import type { CohortCallbacks, CohortPool, CohortRequest, CohortResult } from '../../../src/app/cohort-pool';
import type { Session } from '../../../src/app/session';

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

/**
 * Waits until the session has computed A's course (and B's in compare mode). The session computes in this
 * thread here (no worker), in tasks that took up to 1.5 s each on a busy machine; a `waitFor` started during
 * one sees its time run out when the task ends and fails without a second look. The view tests measure the
 * view, so they start once the session is done.
 */
export async function sessionComputed(session: Session): Promise<void> {
  await waitFor(
    () => {
      const { a, b, comparing } = session.state;
      expect(a?.result && (!comparing || b?.result)).toBeTruthy();
    },
    { timeout: 60_000 },
  );
}
