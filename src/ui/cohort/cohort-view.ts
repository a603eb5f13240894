/**
 * "200 patients like this one" (issue 21): the current scenario run for a seeded cohort, over the workspace like
 * the Experiments view (the simulation behind it is inert). A progress bar and the charts fill in as patients
 * finish; the shares are said in words with counts; a patient picked (a dot, or the list for the keyboard)
 * becomes the current scenario. The week read is the clock's: the view's week slider moves the clock.
 */
import type { CohortPool } from '../../app/cohort-pool';
import type { CohortLink } from '../../app/link-state';
import type { Session } from '../../app/session';
import type { CohortCharts } from '../../charts/cohort-data';
import { normalizeScenario, type CohortSummary, type Scenario } from '../../model';
import { workspaceCover, type WorkspaceCover } from '../experiments/workspace-cover';
import { drawCohort, fillPatientList, statusAnnouncer } from './cohort-draw';
import { cohortLayout, SIZES, type CohortLayout } from './cohort-layout';
import { createCohortRunner, type CohortRunner } from './cohort-runner';
import '../experiments/experiments.css';
import './cohort.css';

export interface CohortView {
  readonly isOpen: boolean;
  /** The cohort shown, for a shared link; null while the view is closed. */
  readonly link: CohortLink | null;
  /** Opens the view; runs the cohort unless the one held is of this scenario, size and seed. */
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

const keyOf = (scenario: Scenario) => JSON.stringify(normalizeScenario(scenario));

export function mountCohortView(slot: HTMLElement, deps: CohortViewDeps): CohortView {
  const { session } = deps;
  const parts = cohortLayout(deps.copyLink ?? null);
  slot.replaceChildren(parts.root);
  slot.setAttribute('aria-labelledby', parts.heading.id);
  const cover = workspaceCover(slot, slot.ownerDocument.createElement('button'));
  const charts = {
    fan: deps.charts.fan(parts.fanHost),
    dots: deps.charts.dots(parts.dotsHost, (index) => openPatient(index)),
    threshold: deps.charts.dots(parts.thresholdHost, (index) => openPatient(index), 'threshold'),
  };
  const side = () => session.state.editing;
  const scenarioNow = () => session.editors[side()].getSnapshot().context.scenario;
  let seed = deps.newSeed();
  let n: number = SIZES[0];
  /** Scenarios (keys) the cohort held stands for: the one it ran, and a patient picked from it. */
  let standsFor = new Set<string>();
  let summary: CohortSummary | null = null;
  const status = statusAnnouncer(parts.status);
  const timers: Record<'draw' | 'list', ReturnType<typeof setTimeout> | null> = { draw: null, list: null };
  const runner = createCohortRunner(deps.loadPool, (state, arrived) => {
    if (arrived) timers.draw ??= setTimeout(drawNow, deps.redrawMs ?? 200);
    else drawNow();
    status.say(state, summary);
  });
  const durationDays = () => runner.state.scenario?.durationDays ?? scenarioNow().durationDays;
  const dayShown = () => weekDay(session.clock.getSnapshot().context.tDays, durationDays());

  /** Each redraw is measured ('cohort-draw'), so a browser test can tell drawing from other long tasks. */
  function drawNow() {
    const t0 = performance.now();
    if (timers.draw) clearTimeout(timers.draw);
    timers.draw = null;
    const { state } = runner;
    const result = session.state[side()]?.result ?? null;
    summary = drawCohort(parts, charts, {
      state,
      n,
      seed,
      day: dayShown(),
      durationDays: durationDays(),
      result,
    });
    // In a task of its own after the charts, so the two never make one long task.
    if (state.phase !== 'running' && summary) timers.list ??= setTimeout(fillList, 0);
    performance.measure?.('cohort-draw', { start: t0, end: performance.now() });
  }
  function fillList() {
    timers.list = null;
    if (summary && runner.state.phase !== 'running') fillPatientList(parts, summary);
  }
  function start() {
    const scenario = scenarioNow();
    standsFor = new Set([keyOf(scenario)]);
    status.reset();
    runner.start(scenario, n, seed);
  }
  function openPatient(index: number) {
    const { outcomes, scenario } = runner.state;
    const outcome = outcomes.find((o) => o.index === index);
    if (!outcome || !scenario) return;
    const { susceptibility, metabolism } = outcome;
    standsFor.add(keyOf({ ...scenario, patient: { ...scenario.patient, susceptibility, metabolism } }));
    session.send({ type: 'patient.individual', susceptibility, metabolism, index });
    cover.hide('workspace');
  }
  function open(request: Partial<CohortLink> = {}) {
    const wanted = { n: request.n ?? n, seed: request.seed ?? seed };
    const { state } = runner;
    const same = state.n === wanted.n && state.seed === wanted.seed && standsFor.has(keyOf(scenarioNow()));
    n = wanted.n;
    seed = wanted.seed;
    parts.size.value = String(SIZES.includes(n as (typeof SIZES)[number]) ? n : SIZES[0]);
    cover.show();
    // A run cancelled (by Close) or failed is run again; a finished or running one is shown as it is.
    if (!same || (state.phase !== 'done' && state.phase !== 'running')) start();
    else drawNow();
    slot.scrollTop = 0;
    parts.heading.focus();
  }
  const close = () => {
    runner.cancel();
    cover.hide('none');
    (deps.opener() ?? slot.parentElement)?.focus();
  };
  const unwire = wire(slot, parts, cover, runner, {
    close,
    start,
    openPatient,
    setSize: (size) => ((n = size), start()),
    newSeed: () => ((seed = deps.newSeed()), start()),
    csv: () => downloadCsv(deps.charts, runner.state, seed),
    week: (w) => session.clock.send({ type: 'scrub', tDays: w * 7 }),
  });
  let shownDay = dayShown();
  const clockSub = session.clock.subscribe(() => {
    if (dayShown() === shownDay || !cover.isOpen) return;
    shownDay = dayShown();
    drawNow();
  });
  return {
    get isOpen() {
      return cover.isOpen;
    },
    get link() {
      return cover.isOpen ? { n, seed } : null;
    },
    open,
    close,
    destroy() {
      runner.destroy();
      for (const timer of Object.values(timers)) if (timer) clearTimeout(timer);
      clockSub.unsubscribe();
      unwire();
      cover.hide('none');
      for (const chart of Object.values(charts)) chart.destroy();
      slot.replaceChildren();
    },
  };
}

/** The outcomes as a CSV file named after the cohort's size and seed. */
function downloadCsv(charts: CohortCharts, state: CohortRunner['state'], seed: number) {
  if (!state.untreated) return;
  const text = charts.csv(state.outcomes, state.untreated, seed);
  charts.download(new Blob([text], { type: 'text/csv' }), `cohort-${state.outcomes.length}-seed-${seed}.csv`);
}

/** The whole week the clock is in, within the course. */
const weekDay = (tDays: number, durationDays: number) =>
  Math.min(Math.floor(Math.min(tDays, durationDays) / 7 + 1e-9) * 7, durationDays);

/** The view's controls to what they do; Escape closes; the app's shortcuts are kept out. Returns unwire. */
function wire(
  slot: HTMLElement,
  parts: CohortLayout,
  cover: WorkspaceCover,
  runner: CohortRunner,
  on: {
    close(): void;
    start(): void;
    openPatient(index: number): void;
    setSize(n: number): void;
    newSeed(): void;
    csv(): void;
    week(week: number): void;
  },
): () => void {
  parts.closeButton.addEventListener('click', on.close);
  parts.size.addEventListener('change', () => on.setSize(Number(parts.size.value)));
  parts.newSeedButton.addEventListener('click', on.newSeed);
  parts.runButton.addEventListener('click', on.start);
  parts.cancelButton.addEventListener('click', () => runner.cancel());
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
