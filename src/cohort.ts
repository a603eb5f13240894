// The cohort view's part of the composition root (issue 21). main.ts imports this module dynamically the first
// time the view is opened (the Patient tab's button, or a link with a cohort), so the view, its charts and the
// pool are not fetched before the first screen.
import { loadCohortPool } from './app/cohort-service';
import type { Session } from './app/session';
import { cohortCharts } from './charts/cohort-charts';
import { mountCohortView, type CohortView } from './ui/cohort/cohort-view';

/** A seed for a new cohort: any 32-bit number (the model's generator reads it; the link carries it). */
function randomSeed(): number {
  const value = new Uint32Array(1);
  globalThis.crypto.getRandomValues(value);
  return value[0] ?? 1;
}

export function mountCohort(app: {
  readonly workspace: HTMLElement;
  readonly session: Session;
  readonly opener: () => HTMLElement | null;
  /** A Copy link control of the view's own (the link then carries the cohort's size and seed). */
  readonly copyLink?: HTMLElement;
}): CohortView {
  const slot = app.workspace.ownerDocument.createElement('section');
  slot.className = 'experiments-slot cohort-slot';
  slot.id = 'cohort-slot';
  app.workspace.append(slot);
  return mountCohortView(slot, {
    session: app.session,
    charts: cohortCharts,
    loadPool: loadCohortPool,
    newSeed: randomSeed,
    opener: app.opener,
    ...(app.copyLink ? { copyLink: app.copyLink } : {}),
  });
}
