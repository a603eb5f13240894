import type { CohortPool } from './cohort-pool';

/**
 * The page's cohort pool, made when a cohort is first asked for (issue 21): its code is a chunk of its own,
 * fetched then, never with the first screen; its workers start with the first run.
 */
let pool: Promise<CohortPool> | null = null;

export function loadCohortPool(): Promise<CohortPool> {
  pool ??= import('./cohort-pool-browser').then((m) => m.createBrowserCohortPool());
  return pool;
}
