/**
 * One cohort on the page (issue 21): a run on the pool (cohort-runner.ts), the parts that show it (its progress,
 * status line, shares, charts and list of patients), its redraws and the scenarios it stands for. Single mode
 * has one, whose parts are the page's own; compare mode has two, A's and B's, each in a column of its own
 * (`sideLayout`) with its own instances of the charts.
 */
import type { CohortPool } from '../../app/cohort-pool';
import type { Side } from '../../app/compare';
import type { CohortCharts } from '../../charts/cohort-data';
import { cohortWords as w } from '../../content/cohort-words';
import { normalizeScenario, type CohortSummary, type Scenario, type SimulationResult } from '../../model';
import { el } from '../kit/dom';
import {
  drawSide,
  fillPatientList,
  statusAnnouncer,
  type CohortDrawing,
  type SideParts,
} from './cohort-draw';
import { createCohortRunner, type CohortRunner } from './cohort-runner';

export const keyOf = (scenario: Scenario) => JSON.stringify(normalizeScenario(scenario));
export const letterOf = (side: Side) => (side === 'a' ? 'A' : 'B');

export type SideLayout = ReturnType<typeof sideLayout>;

/** A column of compare mode: its title (A: …), progress with status line, shares, both charts, its patients. */
export function sideLayout(side: Side) {
  const letter = letterOf(side);
  const id = (part: string) => `cv-${part}-${side}`;
  const title = el('h3', { id: id('title'), class: 'cv-side-title', tabindex: -1 });
  const progress = el('progress', { id: id('progress'), max: 200, value: 0 });
  const progressText = el('span', { class: 'cv-progress-text' });
  const status = el('p', {
    class: 'cv-status',
    role: 'status',
    'aria-live': 'polite',
    'aria-atomic': 'true',
  });
  const sharesHeading = el('h4', { id: id('shares-h'), class: 'cv-shares-heading' });
  const shares = el('ul', { class: 'cv-shares' });
  const fanHost = el('div', { class: 'cv-chart' });
  const dotsHost = el('div', { class: 'cv-chart' });
  const thresholdHost = el('div', { class: 'cv-chart' });
  const pick = el('select', { id: id('pick') });
  const pickButton = el('button', { type: 'button', class: 'cv-pick-button' }, w.sidePickButton(letter));
  const root = el(
    'section',
    { class: `cv-side cv-side-${side}`, 'aria-labelledby': title.id },
    title,
    el(
      'div',
      { class: 'cv-progress' },
      el('label', { for: progress.id }, w.sideProgressLabel(letter)),
      progress,
      progressText,
      status,
    ),
    el('section', { class: 'cv-summary', 'aria-labelledby': sharesHeading.id }, sharesHeading, shares),
    el('div', { class: 'cv-side-charts' }, fanHost, dotsHost, thresholdHost),
    el(
      'div',
      { class: 'cv-bar cv-pick' },
      el('span', { class: 'cv-field' }, el('label', { for: pick.id }, w.sidePickLabel(letter)), pick),
      pickButton,
    ),
  );
  return {
    root,
    title,
    progress,
    progressText,
    status,
    sharesHeading,
    shares,
    fanHost,
    dotsHost,
    thresholdHost,
    pick,
    pickButton,
  };
}

export interface CohortSide {
  readonly runner: CohortRunner;
  readonly charts: CohortDrawing;
  /** The run's summary at the day last drawn (null before any patient). */
  readonly summary: CohortSummary | null;
  /** Whether the cohort held is of this scenario (the one it ran, or a patient picked from it). */
  standsFor(scenario: Scenario): boolean;
  start(scenario: Scenario, n: number, seed: number): void;
  /** A patient picked from it becomes a scenario it stands for too. */
  picked(scenario: Scenario): void;
  /** Draws now (and fills the list in a task of its own once the run is over). */
  draw(input: { day: number; durationDays: number; result: SimulationResult | null }): void;
  /** Draws after `redrawMs`, once for however many patients arrive meanwhile. */
  drawSoon(): void;
  destroy(): void;
}

export interface SideDeps {
  readonly parts: SideParts & { readonly status: HTMLElement };
  readonly charts: CohortCharts;
  readonly fanHost: HTMLElement;
  readonly dotsHost: HTMLElement;
  readonly thresholdHost: HTMLElement;
  readonly loadPool: () => Promise<CohortPool>;
  readonly onPick: (index: number) => void;
  /** What to draw with (the clock's week, the side's own result), asked at each redraw. */
  readonly view: () => { day: number; durationDays: number; result: SimulationResult | null };
  /** Heard after each redraw (compare mode's sentence reads both sides' summaries). */
  readonly drawn?: () => void;
  /** The status line's sentences, e.g. with the side's letter in front. */
  readonly say?: (sentence: string) => string;
  /** In compare mode, which side this is. */
  readonly side?: 'a' | 'b';
  readonly redrawMs?: number;
}

export function createCohortSide(deps: SideDeps): CohortSide {
  const { parts } = deps;
  const charts: CohortDrawing = {
    fan: deps.charts.fan(deps.fanHost),
    dots: deps.charts.dots(deps.dotsHost, deps.onPick),
    threshold: deps.charts.dots(deps.thresholdHost, deps.onPick, 'threshold'),
  };
  let summary: CohortSummary | null = null;
  let keys = new Set<string>();
  const status = statusAnnouncer(parts.status, deps.say);
  const timers: Record<'draw' | 'list' | 'stage', ReturnType<typeof setTimeout> | null> = {
    draw: null,
    list: null,
    stage: null,
  };
  /** The charts' drawings of the last redraw not yet run: one a task (a newer redraw replaces them). */
  let staged: (() => void)[] = [];
  const nextStaged = () => {
    timers.stage = null;
    const drawing = staged.shift();
    if (!drawing) return;
    const t0 = performance.now();
    drawing();
    performance.measure?.('cohort-draw', { start: t0, end: performance.now() });
    if (staged.length > 0) timers.stage = setTimeout(nextStaged, 0);
  };
  const stage = (drawings: readonly (() => void)[]) => {
    const [first, ...rest] = drawings;
    staged = rest;
    first?.();
    if (staged.length > 0) timers.stage ??= setTimeout(nextStaged, 0);
  };
  const runner = createCohortRunner(deps.loadPool, (state, arrived) => {
    if (arrived) side.drawSoon();
    else side.draw(deps.view());
    status.say(state, summary);
  });
  const fillList = () => {
    timers.list = null;
    if (summary && runner.state.phase !== 'running') fillPatientList(parts, summary);
  };
  const side: CohortSide = {
    runner,
    charts,
    get summary() {
      return summary;
    },
    standsFor: (scenario) => keys.has(keyOf(scenario)),
    start(scenario, n, seed) {
      keys = new Set([keyOf(scenario)]);
      status.reset();
      runner.start(scenario, n, seed);
    },
    picked: (scenario) => void keys.add(keyOf(scenario)),
    /** Each redraw is measured ('cohort-draw'), so a browser test can tell drawing from other long tasks. */
    draw(input) {
      const t0 = performance.now();
      if (timers.draw) clearTimeout(timers.draw);
      timers.draw = null;
      const { state } = runner;
      summary = drawSide(parts, charts, {
        state,
        n: state.n,
        seed: state.seed,
        stage,
        ...(deps.side ? { side: deps.side } : {}),
        ...input,
      });
      // In a task of its own after the charts, so the two never make one long task.
      if (state.phase !== 'running' && summary) timers.list ??= setTimeout(fillList, 0);
      performance.measure?.('cohort-draw', { start: t0, end: performance.now() });
      deps.drawn?.();
    },
    drawSoon() {
      timers.draw ??= setTimeout(() => side.draw(deps.view()), deps.redrawMs ?? 200);
    },
    destroy() {
      runner.destroy();
      for (const timer of Object.values(timers)) if (timer) clearTimeout(timer);
      for (const chart of Object.values(charts)) chart.destroy();
    },
  };
  return side;
}
