/**
 * The cohorts the view shows (issue 21): one (the side being edited), or in compare mode A's and B's side by
 * side, run with the same size and seed — the same patients, so a difference between them is the regimen's.
 * Holds their runs and draws them with the page's shared controls and, in compare mode, the sentence that sets
 * A's count beside B's. No cover, focus or keyboard: the view (cohort-view.ts) does those.
 */
import type { CohortPool } from '../../app/cohort-pool';
import type { Side } from '../../app/compare';
import type { Session } from '../../app/session';
import type { CohortCharts } from '../../charts/cohort-data';
import { cohortWords as w } from '../../content/cohort-words';
import { contrastSentence, drawControls } from './cohort-draw';
import type { CohortLayout } from './cohort-layout';
import type { CohortState } from './cohort-runner';
import { createCohortSide, letterOf, sideLayout, type CohortSide, type SideLayout } from './cohort-side';

export interface CohortSet {
  readonly comparing: boolean;
  /** The cohorts shown, each with the side whose scenario it runs. */
  shown(): [Side, CohortSide][];
  /** Compare on or off; on only while the app compares A and B (the view starts that first). */
  setComparing(on: boolean): void;
  start(): void;
  /** Whether the cohorts held are of the scenarios, size and seed asked for now, and finished or running. */
  current(): boolean;
  drawAll(): void;
  cancel(): void;
  /** The week shown (the clock's, within the course). */
  dayShown(): number;
  /** The outcomes as CSV, with a column for the side in compare mode; null until every run is done. */
  csv(): { text: string; filename: string } | null;
  destroy(): void;
}

export interface CohortSetDeps {
  readonly session: Session;
  readonly parts: CohortLayout;
  readonly charts: CohortCharts;
  readonly loadPool: () => Promise<CohortPool>;
  /** The size and seed chosen. */
  readonly chosen: () => { n: number; seed: number };
  /** A patient picked in a side's cohort (a dot or its list). */
  readonly onPick: (side: Side, unit: CohortSide, index: number) => void;
  readonly redrawMs?: number;
}

const SIDES: readonly Side[] = ['a', 'b'];

type Pair = Record<Side, { readonly layout: SideLayout; readonly unit: CohortSide }>;

export function createCohortSet(deps: CohortSetDeps): CohortSet {
  const { session, parts } = deps;
  const scenarioOf = (side: Side) => session.editors[side].getSnapshot().context.scenario;
  let comparing = false;
  /** The side single mode runs: the one being edited when it started. */
  let singleSide: Side = 'a';
  const common = {
    charts: deps.charts,
    loadPool: deps.loadPool,
    ...(deps.redrawMs !== undefined ? { redrawMs: deps.redrawMs } : {}),
    drawn: () => drawPage(),
  };
  const single: CohortSide = createCohortSide({
    ...common,
    parts,
    fanHost: parts.fanHost,
    dotsHost: parts.dotsHost,
    thresholdHost: parts.thresholdHost,
    onPick: (index) => deps.onPick(singleSide, single, index),
    view: () => viewOf(singleSide, single),
  });
  // A's and B's columns are made the first time compare mode is on.
  let pair: Pair | null = null;
  const pairNow = (): Pair => (pair ??= { a: makeSide('a'), b: makeSide('b') });
  function makeSide(side: Side) {
    const layout = sideLayout(side);
    parts.sides.append(layout.root);
    const unit: CohortSide = createCohortSide({
      ...common,
      parts: layout,
      fanHost: layout.fanHost,
      dotsHost: layout.dotsHost,
      thresholdHost: layout.thresholdHost,
      onPick: (index) => deps.onPick(side, unit, index),
      view: () => viewOf(side, unit),
      say: (sentence) => w.sideStatus(letterOf(side), sentence),
      side,
    });
    layout.pickButton.addEventListener('click', () => {
      if (layout.pick.value !== '') deps.onPick(side, unit, Number(layout.pick.value));
    });
    return { layout, unit };
  }
  const shown = (): [Side, CohortSide][] =>
    comparing ? SIDES.map((side) => [side, pairNow()[side].unit]) : [[singleSide, single]];
  const durationOf = (side: Side, unit: CohortSide) =>
    unit.runner.state.scenario?.durationDays ?? scenarioOf(side).durationDays;
  /** The course shown: in compare mode the longer of A's and B's, so both fans share their time axis. */
  const courseDays = () => Math.max(...shown().map(([side, unit]) => durationOf(side, unit)));
  const dayShown = () => weekDay(session.clock.getSnapshot().context.tDays, courseDays());
  const viewOf = (side: Side, unit: CohortSide) => ({
    day: dayShown(),
    durationDays: comparing ? courseDays() : durationOf(side, unit),
    result: session.state[side]?.result ?? null,
  });

  /** The page's controls, and in compare mode the sentence that sets A beside B. */
  function drawPage() {
    const states = shown().map(([, unit]) => unit.runner.state);
    const running = states.some((s) => s.phase === 'running');
    const { n, seed } = deps.chosen();
    drawControls(parts, {
      n: states[0]?.n || n,
      seed,
      running,
      done: states.every((s) => s.phase === 'done'),
      comparing,
      day: dayShown(),
      durationDays: courseDays(),
    });
    if (!comparing) return;
    const { a, b } = pairNow();
    parts.contrast.textContent = contrastSentence(a.unit.summary, b.unit.summary, running);
  }
  return {
    get comparing() {
      return comparing;
    },
    shown,
    setComparing(on) {
      const next = on && session.state.comparing;
      // The cohorts no longer shown stop, so they do not hold the pool's workers from those shown.
      if (next !== comparing) for (const [, unit] of shown()) unit.runner.cancel();
      comparing = next;
      showMode(parts, comparing, session.state.comparing);
      if (!comparing) return;
      for (const side of SIDES)
        pairNow()[side].layout.title.textContent = w.sideTitle(letterOf(side), session.title(side));
    },
    start() {
      if (!comparing) singleSide = session.state.editing;
      const { n, seed } = deps.chosen();
      // A's batches are queued before B's: the pool runs A's patients, then the same patients on B.
      for (const [side, unit] of shown()) unit.start(scenarioOf(side), n, seed);
      drawPage();
    },
    current() {
      const { n, seed } = deps.chosen();
      return (
        (comparing || singleSide === session.state.editing) &&
        shown().every(([side, unit]) => {
          const { state } = unit.runner;
          const live = state.phase === 'done' || state.phase === 'running';
          return live && state.n === n && state.seed === seed && unit.standsFor(scenarioOf(side));
        })
      );
    },
    drawAll() {
      for (const [side, unit] of shown()) unit.draw(viewOf(side, unit));
      drawPage();
    },
    cancel: () => shown().forEach(([, unit]) => unit.runner.cancel()),
    dayShown,
    csv: () => csvOf(deps.charts, comparing ? pairNow() : null, single.runner.state, deps.chosen().seed),
    destroy() {
      single.destroy();
      if (pair) for (const side of SIDES) pair[side].unit.destroy();
    },
  };
}

/**
 * Which parts show: the page's own (single) or A's and B's columns. While the app does not compare, the list
 * of B's scenarios shows beside the switch, which then starts compare mode (cohort-view.ts).
 */
function showMode(parts: CohortLayout, comparing: boolean, appCompares: boolean) {
  parts.root.classList.toggle('cv-comparing', comparing);
  parts.sides.hidden = !comparing;
  parts.contrastBox.hidden = !comparing;
  parts.compare.checked = comparing;
  parts.compareBField.hidden = appCompares;
  parts.compareNote.textContent = appCompares ? w.compareHint : w.compareOff;
}

/** The outcomes as CSV named after the cohort's size and seed; in compare mode both, a column saying the side. */
function csvOf(charts: CohortCharts, pair: Pair | null, single: CohortState, seed: number) {
  if (!pair) {
    if (!single.untreated || single.phase !== 'done') return null;
    const text = charts.csv(single.outcomes, single.untreated, seed);
    return { text, filename: `cohort-${single.outcomes.length}-seed-${seed}.csv` };
  }
  const a = pair.a.unit.runner.state;
  const b = pair.b.unit.runner.state;
  if (!a.untreated || !b.untreated || a.phase !== 'done' || b.phase !== 'done') return null;
  const text = charts.compareCsv(
    [
      { side: 'A', outcomes: a.outcomes, untreated: a.untreated },
      { side: 'B', outcomes: b.outcomes, untreated: b.untreated },
    ],
    seed,
  );
  return { text, filename: `cohort-a-b-${a.outcomes.length}-seed-${seed}.csv` };
}

/** The whole week the clock is in, within the course. */
const weekDay = (tDays: number, durationDays: number) =>
  Math.min(Math.floor(Math.min(tDays, durationDays) / 7 + 1e-9) * 7, durationDays);
