/**
 * "200 patients like this one" (issue 21): the current scenario run for a seeded cohort, over the workspace like
 * the Experiments view (the simulation behind it is inert). A progress bar and the charts fill in as patients
 * finish; the shares are said in words with counts; a patient picked (a dot, or the list for the keyboard)
 * becomes the current scenario. The week read is the clock's: the view's week slider moves the clock.
 *
 * Compare mode: while the app compares A and B, the view runs both with the same seed (the same patients, so a
 * difference is the regimen's) and shows them side by side (cohort-side.ts: a column each, stacked on a
 * phone), with a sentence that sets A's count beside B's. A patient picked in a column opens in that side.
 * While the app does not compare, B is chosen beside the switch (the Compare tab's suggestion for A's preset
 * first), and the switch starts the app's compare mode with it.
 */
import { suggestedComparison } from '../../app/catalogue';
import type { CohortPool } from '../../app/cohort-pool';
import type { Side } from '../../app/compare';
import type { CohortLink } from '../../app/link-state';
import type { Session } from '../../app/session';
import type { CohortCharts } from '../../charts/cohort-data';
import { workspaceCover, type WorkspaceCover } from '../experiments/workspace-cover';
import { cohortLayout, COMPARE_COPY, SIZES, type CohortLayout } from './cohort-layout';
import { createCohortSet } from './cohort-set';
import type { CohortSide } from './cohort-side';
import '../experiments/experiments.css';
import './cohort.css';

export interface CohortView {
  readonly isOpen: boolean;
  /** The cohort shown, for a shared link; null while the view is closed. */
  readonly link: CohortLink | null;
  /**
   * Opens the view; runs the cohort(s) unless those held are of these scenarios, size and seed. A request
   * (a link's) compares A and B only when it says so; opened without one, the view compares whenever the app
   * does, unless the learner turned it off.
   */
  open(request?: Partial<CohortLink>): void;
  close(): void;
  destroy(): void;
}

export interface CohortViewDeps {
  readonly session: Session;
  readonly charts: CohortCharts;
  readonly loadPool: () => Promise<CohortPool>;
  /** A fresh 32-bit seed. */
  readonly newSeed: () => number;
  /** Where focus goes back on Close (the button that opened it). */
  readonly opener: () => HTMLElement | null;
  /** The app's Copy link control (its link carries this cohort while the view is open), if it has one. */
  readonly copyLink?: HTMLElement;
  /** Milliseconds between redraws while patients arrive. */
  readonly redrawMs?: number;
}

export function mountCohortView(slot: HTMLElement, deps: CohortViewDeps): CohortView {
  const { session } = deps;
  const parts = cohortLayout(deps.copyLink ?? null);
  slot.replaceChildren(parts.root);
  slot.setAttribute('aria-labelledby', parts.heading.id);
  const cover = workspaceCover(slot, slot.ownerDocument.createElement('button'));
  let seed = deps.newSeed();
  let n: number = SIZES[0];
  /** The learner's choice in the view: compare whenever the app compares, unless turned off. */
  let wantCompare = true;
  /** A's preset when B's list was last set to its suggestion. */
  let suggestedFor: string | null | undefined;
  const cohorts = createCohortSet({
    session,
    parts,
    charts: deps.charts,
    loadPool: deps.loadPool,
    chosen: () => ({ n, seed }),
    onPick: openPatient,
    ...(deps.redrawMs !== undefined ? { redrawMs: deps.redrawMs } : {}),
  });
  function openPatient(side: Side, unit: CohortSide, index: number) {
    const { outcomes, scenario } = unit.runner.state;
    const outcome = outcomes.find((o) => o.index === index);
    if (!outcome || !scenario) return;
    const { susceptibility, metabolism } = outcome;
    unit.picked({ ...scenario, patient: { ...scenario.patient, susceptibility, metabolism } });
    // In compare mode the patient opens in its own side's scenario, which the pathway then shows.
    if (cohorts.comparing) {
      session.actor.send({ type: 'compare.edit', side });
      session.actor.send({ type: 'compare.show', side });
    }
    session.send({ type: 'patient.individual', susceptibility, metabolism, index });
    cover.hide('workspace');
  }
  /** Runs the cohorts asked for, unless those held are they (a cancelled or failed run is run again). */
  const showOrRun = () => (cohorts.current() ? cohorts.drawAll() : cohorts.start());
  /**
   * Measured ('cohort-open'): in compare mode the first open builds both columns and their six charts. The view
   * is scrolled and focused first: both lay the page out at once, and after the columns were built that forced
   * layout took the whole page's (a task of 116 ms at load 5); built after, they are laid out with the next frame.
   */
  function open(request: Partial<CohortLink> = {}) {
    const t0 = performance.now();
    n = request.n ?? n;
    seed = request.seed ?? seed;
    parts.size.value = String(SIZES.includes(n as (typeof SIZES)[number]) ? n : SIZES[0]);
    cover.show();
    slot.scrollTop = 0;
    parts.heading.focus();
    // B's list starts at the suggestion for A's preset, and keeps the learner's choice while A's preset stays.
    const { presetName } = session.editors.a.getSnapshot().context;
    if (!session.state.comparing && presetName !== suggestedFor) {
      suggestedFor = presetName;
      parts.compareB.value = suggestedComparison(presetName) ?? COMPARE_COPY;
    }
    cohorts.setComparing(request.n === undefined ? wantCompare : request.compare === true);
    showOrRun();
    performance.measure?.('cohort-open', { start: t0, end: performance.now() });
  }
  const close = () => {
    cohorts.cancel();
    cover.hide('none');
    (deps.opener() ?? slot.parentElement)?.focus();
  };
  const unwire = wire(slot, parts, cover, {
    close,
    start: cohorts.start,
    cancel: cohorts.cancel,
    openPatient: (index) => {
      const [only] = cohorts.shown();
      if (only) openPatient(only[0], only[1], index);
    },
    setSize: (size) => ((n = size), cohorts.start()),
    newSeed: () => ((seed = deps.newSeed()), cohorts.start()),
    compare: (on) => {
      // Not comparing yet: the app compares A with the B chosen beside the switch, as the Compare tab would.
      if (on && !session.state.comparing) {
        const b = parts.compareB.value;
        session.setCompare(true, b === COMPARE_COPY ? null : b);
      }
      wantCompare = on;
      cohorts.setComparing(on);
      showOrRun();
    },
    csv: () => {
      const file = cohorts.csv();
      if (file) deps.charts.download(new Blob([file.text], { type: 'text/csv' }), file.filename);
    },
    week: (w) => session.clock.send({ type: 'scrub', tDays: w * 7 }),
  });
  let shownDay = cohorts.dayShown();
  const clockSub = session.clock.subscribe(() => {
    if (cohorts.dayShown() === shownDay || !cover.isOpen) return;
    shownDay = cohorts.dayShown();
    cohorts.drawAll();
  });
  return {
    get isOpen() {
      return cover.isOpen;
    },
    get link() {
      return cover.isOpen ? { n, seed, ...(cohorts.comparing ? { compare: true } : {}) } : null;
    },
    open,
    close,
    destroy() {
      cohorts.destroy();
      clockSub.unsubscribe();
      unwire();
      cover.hide('none');
      slot.replaceChildren();
    },
  };
}

/** The view's controls to what they do; Escape closes; the app's shortcuts are kept out. Returns unwire. */
function wire(
  slot: HTMLElement,
  parts: CohortLayout,
  cover: WorkspaceCover,
  on: {
    close(): void;
    start(): void;
    cancel(): void;
    openPatient(index: number): void;
    setSize(n: number): void;
    newSeed(): void;
    compare(on: boolean): void;
    csv(): void;
    week(week: number): void;
  },
): () => void {
  parts.closeButton.addEventListener('click', on.close);
  parts.size.addEventListener('change', () => on.setSize(Number(parts.size.value)));
  parts.newSeedButton.addEventListener('click', on.newSeed);
  parts.runButton.addEventListener('click', on.start);
  parts.cancelButton.addEventListener('click', on.cancel);
  parts.compare.addEventListener('change', () => on.compare(parts.compare.checked));
  parts.pickButton.addEventListener('click', () => {
    if (parts.pick.value !== '') on.openPatient(Number(parts.pick.value));
  });
  parts.csvButton.addEventListener('click', on.csv);
  parts.week.addEventListener('input', () => on.week(Number(parts.week.value)));
  const onKey = (event: KeyboardEvent) => {
    // The app's shortcuts act on the simulation, which is hidden behind the view; Escape closes it.
    if (event.key === 'Escape' && !event.defaultPrevented && cover.isOpen) {
      event.preventDefault();
      on.close();
    }
    event.stopPropagation();
  };
  slot.addEventListener('keydown', onKey);
  return () => slot.removeEventListener('keydown', onKey);
}
