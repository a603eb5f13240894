/**
 * "200 patients like this one" (issue 21): the current scenario run for a seeded cohort, over the workspace like
 * the Experiments view (the simulation behind it is inert). A progress bar and the charts fill in as patients
 * finish; the shares are said in words with counts; a patient picked (a dot, or the list for the keyboard)
 * becomes the current scenario. The week read is the clock's: the view's week slider moves the clock.
 */
import type { CohortPool } from '../../app/cohort-pool';
import type { CohortLink } from '../../app/link-state';
import type { Session } from '../../app/session';
import type { CohortCharts, PainLine } from '../../charts/cohort-data';
import { formatWeek } from '../../content/charts';
import { cohortClassWords, cohortWords as w } from '../../content/cohort-words';
import {
  cohortFan,
  normalizeScenario,
  outcomeSeries,
  summarizeCohort,
  type CohortSummary,
  type Scenario,
  type SimulationResult,
} from '../../model';
import { el } from '../kit/dom';
import { workspaceCover } from '../experiments/workspace-cover';
import { createCohortRunner, type CohortState } from './cohort-runner';
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

const SIZES = [200, 1000] as const;
const MILESTONES = [0.25, 0.5, 0.75];
const keyOf = (scenario: Scenario) => JSON.stringify(normalizeScenario(scenario));

/** The current patient's pain, one value a day (the chart's line; the result is hourly). */
function dailyPain(result: SimulationResult): PainLine {
  const days: number[] = [];
  const pain: number[] = [];
  const perDay = Math.max(1, Math.round(1 / result.stepDays));
  const series = result.series.painScore;
  for (let i = 0; i < series.length; i += perDay) {
    days.push(result.tDays[i] ?? 0);
    pain.push(series[i] ?? NaN);
  }
  return { days, pain };
}

export function mountCohortView(slot: HTMLElement, deps: CohortViewDeps): CohortView {
  const { session } = deps;
  const doc = slot.ownerDocument;
  const heading = el('h2', { id: 'cv-heading', class: 'xv-heading', tabindex: -1 }, w.title(200));
  const closeButton = el('button', { type: 'button', class: 'xv-close' }, w.close);
  const size = el('select', { id: 'cv-size' }, ...SIZES.map((n) => el('option', { value: n }, String(n))));
  const seedText = el('span', { id: 'cv-seed', class: 'cv-seed' });
  const newSeedButton = el('button', { type: 'button', id: 'cv-new-seed' }, w.newSeed);
  const runButton = el('button', { type: 'button', class: 'cv-run' }, w.run);
  const cancelButton = el('button', { type: 'button', class: 'cv-cancel' }, w.cancel);
  const csvButton = el('button', { type: 'button', class: 'cv-csv' }, w.exportCsv);
  const progress = el('progress', { id: 'cv-progress', max: 200, value: 0 });
  const progressText = el('span', { class: 'cv-progress-text' });
  const status = el('p', {
    class: 'cv-status',
    role: 'status',
    'aria-live': 'polite',
    'aria-atomic': 'true',
  });
  const week = el('input', { id: 'cv-week', type: 'range', min: 0, max: 26, step: 1, value: 0 });
  const weekText = el('output', { for: 'cv-week', class: 'range-readout' });
  const sharesHeading = el('h3', { class: 'cv-shares-heading' });
  const shares = el('ul', { class: 'cv-shares' });
  const fanHost = el('div', { class: 'cv-chart' });
  const dotsHost = el('div', { class: 'cv-chart' });
  const pick = el('select', { id: 'cv-pick' });
  const pickButton = el('button', { type: 'button', class: 'cv-pick-button' }, w.pickButton);
  slot.replaceChildren(
    el(
      'div',
      { class: 'xv cv' },
      el(
        'div',
        { class: 'xv-head' },
        el('div', {}, heading, el('p', { class: 'xv-intro' }, w.intro)),
        closeButton,
      ),
      el(
        'div',
        { class: 'cv-bar' },
        el('span', { class: 'cv-field' }, el('label', { for: size.id }, w.sizeLabel), size),
        el('span', { class: 'cv-field' }, el('span', {}, w.seedLabel), seedText, newSeedButton),
        runButton,
        cancelButton,
        csvButton,
        deps.copyLink ?? null,
      ),
      el(
        'div',
        { class: 'cv-progress' },
        el('label', { for: progress.id }, w.progressLabel),
        progress,
        progressText,
        status,
      ),
      el(
        'div',
        { class: 'cv-week-shares' },
        el('span', { class: 'cv-field' }, el('label', { for: week.id }, w.weekLabel), week, weekText),
        el('section', { class: 'cv-summary', 'aria-labelledby': 'cv-shares-h' }, sharesHeading, shares),
      ),
      el('div', { class: 'cv-charts' }, fanHost, dotsHost),
      el(
        'div',
        { class: 'cv-bar cv-pick' },
        el('span', { class: 'cv-field' }, el('label', { for: pick.id }, w.pickLabel), pick),
        pickButton,
        el('p', { class: 'cv-hint' }, w.pickHint),
      ),
    ),
  );
  sharesHeading.id = 'cv-shares-h';
  slot.setAttribute('aria-labelledby', heading.id);
  const cover = workspaceCover(slot, doc.createElement('button'));
  const fan = deps.charts.fan(fanHost);
  const dots = deps.charts.dots(dotsHost, (index) => openPatient(index));
  const side = () => session.state.editing;
  const scenarioNow = () => session.editors[side()].getSnapshot().context.scenario;
  const clockDay = () => session.clock.getSnapshot().context.tDays;
  let seed = deps.newSeed();
  let n: number = SIZES[0];
  /** Scenarios (keys) the cohort held stands for: the one it ran, and a patient picked from it. */
  let standsFor = new Set<string>();
  let said = 0;
  let lastSummary: CohortSummary | null = null;

  const runner = createCohortRunner(deps.loadPool, (state, arrived) => {
    if (arrived) scheduleDraw();
    else drawNow();
    announce(state);
  });

  function announce(state: CohortState) {
    const done = state.outcomes.length;
    if (state.phase === 'running' && done === 0 && said === 0) {
      said = -1;
      status.textContent = w.started(state.n);
    }
    const crossed = MILESTONES.filter((m) => done >= m * state.n).length;
    if (state.phase === 'running' && crossed > Math.max(0, said)) {
      said = crossed;
      status.textContent = w.milestone(done, state.n);
    }
    if (state.phase === 'done') status.textContent = w.finished(state.n, lastSummary?.worse.count ?? 0);
    if (state.phase === 'cancelled') status.textContent = w.cancelled(done, state.n);
    if (state.phase === 'failed') status.textContent = w.failed(state.error ?? '');
  }

  let timer: ReturnType<typeof setTimeout> | null = null;
  function scheduleDraw() {
    timer ??= setTimeout(drawNow, deps.redrawMs ?? 200);
  }

  function dayShown(): number {
    const duration = runner.state.scenario?.durationDays ?? scenarioNow().durationDays;
    return Math.min(Math.floor(Math.min(clockDay(), duration) / 7 + 1e-9) * 7, duration);
  }

  /** Each redraw is measured ('cohort-draw'), so a browser test can tell drawing from other long tasks. */
  function drawNow() {
    const t0 = performance.now();
    draw();
    performance.measure?.('cohort-draw', { start: t0, end: performance.now() });
  }

  function draw() {
    if (timer) clearTimeout(timer);
    timer = null;
    const state = runner.state;
    const running = state.phase === 'running';
    heading.textContent = w.title(state.n || n);
    seedText.textContent = String(seed);
    runButton.hidden = running;
    cancelButton.hidden = !running;
    csvButton.disabled = state.phase !== 'done';
    csvButton.setAttribute('aria-label', w.exportCsvLabel(state.n || n, seed));
    progress.max = Math.max(1, state.n);
    progress.value = state.outcomes.length;
    progressText.textContent = w.progressText(state.outcomes.length, state.n);
    const duration = state.scenario?.durationDays ?? scenarioNow().durationDays;
    week.max = String(Math.floor(duration / 7));
    const day = dayShown();
    week.value = String(day / 7);
    weekText.textContent = w.weekValue(formatWeek(day));
    week.setAttribute('aria-valuetext', w.weekValue(formatWeek(day)));
    const { untreated, outcomes } = state;
    if (!untreated || outcomes.length === 0) {
      lastSummary = null;
      sharesHeading.textContent = w.sharesHeading(formatWeek(day));
      shares.replaceChildren(el('li', {}, w.noPatients));
      pick.replaceChildren();
      pickButton.disabled = true;
      return;
    }
    const summary = summarizeCohort(outcomes, untreated, day);
    lastSummary = summary;
    const total = summary.patients;
    sharesHeading.textContent = `${w.sharesHeading(formatWeek(summary.day))}${
      total < state.n ? ` ${w.sharesSoFar(total, state.n)}` : ''
    }`;
    shares.replaceChildren(
      el('li', {}, w.worse(summary.worse.count, total)),
      el('li', {}, w.allodynia(summary.allodynia.count, total)),
      el('li', {}, w.toleranceOnly(summary.toleranceOnly.count, total)),
    );
    const computed = session.state[side()];
    const untreatedPain = outcomeSeries(untreated, 'dayPain');
    fan.draw({
      fan: cohortFan(outcomes),
      thisPatient: computed ? dailyPain(computed.result) : null,
      untreated: {
        days: Array.from(untreatedPain, (_, k) => k * untreated.sampleDays),
        pain: untreatedPain,
      },
      durationDays: duration,
      day,
      total: state.n,
    });
    dots.draw({ summary, total: state.n });
    // The list is built once the patients are in (200–1000 options: not on every redraw of a run), in a task
    // of its own after the charts, so the two never make one long task.
    if (running) {
      if (pick.options.length > 0) pick.replaceChildren();
      pickButton.disabled = true;
      return;
    }
    listTimer ??= setTimeout(fillList, 0);
  }

  let listTimer: ReturnType<typeof setTimeout> | null = null;
  function fillList() {
    listTimer = null;
    const summary = lastSummary;
    if (!summary) return;
    const chosen = pick.value;
    pick.replaceChildren(
      ...summary.each.map((p) =>
        el(
          'option',
          { value: p.index },
          w.pickOption(p.index, p.pain, cohortClassWords[p.class].name, p.susceptibility),
        ),
      ),
    );
    if (chosen) pick.value = chosen;
    pickButton.disabled = false;
  }

  function start() {
    const scenario = scenarioNow();
    standsFor = new Set([keyOf(scenario)]);
    said = 0;
    runner.start(scenario, n, seed);
  }

  function openPatient(index: number) {
    const state = runner.state;
    const outcome = state.outcomes.find((o) => o.index === index);
    if (!outcome || !state.scenario) return;
    const { susceptibility, metabolism } = outcome;
    standsFor.add(
      keyOf({ ...state.scenario, patient: { ...state.scenario.patient, susceptibility, metabolism } }),
    );
    session.send({ type: 'patient.individual', susceptibility, metabolism, index });
    cover.hide('workspace');
  }

  function open(request: Partial<CohortLink> = {}) {
    const wanted = { n: request.n ?? n, seed: request.seed ?? seed };
    const state = runner.state;
    const same =
      state.phase !== 'idle' &&
      state.n === wanted.n &&
      state.seed === wanted.seed &&
      standsFor.has(keyOf(scenarioNow()));
    n = wanted.n;
    seed = wanted.seed;
    size.value = SIZES.includes(n as (typeof SIZES)[number]) ? String(n) : String(SIZES[0]);
    cover.show();
    if (!same || state.phase === 'failed') start();
    else drawNow();
    slot.scrollTop = 0;
    heading.focus();
  }

  const close = () => {
    runner.cancel();
    cover.hide('none');
    (deps.opener() ?? slot.parentElement)?.focus();
  };
  closeButton.addEventListener('click', close);
  size.addEventListener('change', () => {
    n = Number(size.value);
    start();
  });
  newSeedButton.addEventListener('click', () => {
    seed = deps.newSeed();
    start();
  });
  runButton.addEventListener('click', start);
  cancelButton.addEventListener('click', () => runner.cancel());
  pickButton.addEventListener('click', () => pick.value !== '' && openPatient(Number(pick.value)));
  csvButton.addEventListener('click', () => {
    const { outcomes, untreated } = runner.state;
    if (!untreated) return;
    const text = deps.charts.csv(outcomes, untreated, seed);
    deps.charts.download(
      new Blob([text], { type: 'text/csv' }),
      `cohort-${outcomes.length}-seed-${seed}.csv`,
    );
  });
  week.addEventListener('input', () => session.clock.send({ type: 'scrub', tDays: Number(week.value) * 7 }));
  let shownWeek = dayShown();
  const clockSub = session.clock.subscribe(() => {
    const day = dayShown();
    if (day === shownWeek || !cover.isOpen) return;
    shownWeek = day;
    drawNow();
  });
  const onKey = (event: KeyboardEvent) => {
    // The app's shortcuts act on the simulation, which is hidden behind the view; Escape closes it.
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      close();
    }
    event.stopPropagation();
  };
  slot.addEventListener('keydown', onKey);

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
      if (timer) clearTimeout(timer);
      if (listTimer) clearTimeout(listTimer);
      clockSub.unsubscribe();
      cover.hide('none');
      fan.destroy();
      dots.destroy();
      slot.removeEventListener('keydown', onKey);
      slot.replaceChildren();
    },
  };
}
