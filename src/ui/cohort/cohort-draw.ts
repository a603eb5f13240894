/**
 * What the cohort view shows of a run (issue 21): the controls' state and the week (drawControls), and a side's
 * progress, shares in words and both charts (drawSide: the page in single mode, A's or B's column in compare
 * mode), from the runner's state; the list of patients is filled apart (fillPatientList), once a run is over.
 * The status line's words are the announcer's (statusAnnouncer).
 */
import type { CohortChart, CohortDotData, CohortFanData, PainLine } from '../../charts/cohort-data';
import { formatWeek } from '../../content/charts';
import { cohortClassWords, cohortWords as w } from '../../content/cohort-words';
import {
  cohortFan,
  outcomeSeries,
  summarizeCohort,
  type CohortSummary,
  type SimulationResult,
} from '../../model';
import { el } from '../kit/dom';
import type { CohortLayout } from './cohort-layout';
import type { CohortState } from './cohort-runner';

/** The current patient's pain, one value a day (the chart's line; the result is hourly). */
export function dailyPain(result: SimulationResult): PainLine {
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

export interface DrawInput {
  readonly state: CohortState;
  /** Size and seed chosen (the state's until a run starts). */
  readonly n: number;
  readonly seed: number;
  /** The day read (the clock's week) and the course's length. */
  readonly day: number;
  readonly durationDays: number;
  /** The current scenario's own run, for its line on the fan. */
  readonly result: SimulationResult | null;
  /**
   * Runs the charts' drawings (fan, pain dots, threshold dots), by default at once; the view gives each a task
   * of its own, so a redraw while patients arrive is three short tasks, not one long one.
   */
  readonly stage?: (drawings: readonly (() => void)[]) => void;
  /** In compare mode, the side drawn (for the exported images' file names). */
  readonly side?: 'a' | 'b';
}

const atOnce = (drawings: readonly (() => void)[]) => drawings.forEach((d) => d());

export interface CohortDrawing {
  readonly fan: CohortChart<CohortFanData>;
  readonly dots: CohortChart<CohortDotData>;
  readonly threshold: CohortChart<CohortDotData>;
}

/** What shows one cohort's run: the whole page in single mode, A's or B's column in compare mode. */
export type SideParts = Pick<
  CohortLayout,
  'progress' | 'progressText' | 'sharesHeading' | 'shares' | 'pick' | 'pickButton'
>;

/** Draws the run as it stands; returns its summary at the day (null before any patient). */
export function drawCohort(
  parts: CohortLayout,
  charts: CohortDrawing,
  input: DrawInput,
): CohortSummary | null {
  const { state } = input;
  drawControls(parts, {
    n: state.n || input.n,
    seed: input.seed,
    running: state.phase === 'running',
    done: state.phase === 'done',
    comparing: false,
    day: input.day,
    durationDays: input.durationDays,
  });
  return drawSide(parts, charts, input);
}

/** The page's own controls: title, seed, Run or Cancel, CSV, the week. */
export function drawControls(
  parts: CohortLayout,
  input: {
    readonly n: number;
    readonly seed: number;
    readonly running: boolean;
    readonly done: boolean;
    /** A's and B's cohorts side by side (the CSV then holds both). */
    readonly comparing: boolean;
    readonly day: number;
    readonly durationDays: number;
  },
): void {
  const { n, day } = input;
  parts.heading.textContent = w.title(n);
  parts.seedText.textContent = String(input.seed);
  parts.runButton.hidden = input.running;
  parts.cancelButton.hidden = !input.running;
  parts.csvButton.disabled = !input.done;
  const csvLabel = input.comparing ? w.exportCompareCsvLabel : w.exportCsvLabel;
  parts.csvButton.setAttribute('aria-label', csvLabel(n, input.seed));
  parts.week.max = String(Math.floor(input.durationDays / 7));
  parts.week.value = String(day / 7);
  parts.weekText.textContent = w.weekValue(formatWeek(day));
  parts.week.setAttribute('aria-valuetext', w.weekValue(formatWeek(day)));
}

/** One cohort's progress, shares and charts; returns its summary at the day (null before any patient). */
export function drawSide(parts: SideParts, charts: CohortDrawing, input: DrawInput): CohortSummary | null {
  const { state, day } = input;
  const running = state.phase === 'running';
  parts.progress.max = Math.max(1, state.n);
  parts.progress.value = state.outcomes.length;
  parts.progressText.textContent = w.progressText(state.outcomes.length, state.n);
  // The list is filled once a run is over (200–1000 options: not on every redraw while patients arrive).
  if (running && parts.pick.options.length > 0) parts.pick.replaceChildren();
  parts.pickButton.disabled = running || parts.pick.options.length === 0;
  const { untreated, outcomes } = state;
  if (!untreated || outcomes.length === 0) {
    parts.sharesHeading.textContent = w.sharesHeading(formatWeek(day));
    parts.shares.replaceChildren(el('li', {}, w.noPatients));
    return null;
  }
  const summary = summarizeCohort(outcomes, untreated, day);
  const total = summary.patients;
  const soFar = total < state.n ? ` ${w.sharesSoFar(total, state.n)}` : '';
  parts.sharesHeading.textContent = `${w.sharesHeading(formatWeek(summary.day))}${soFar}`;
  parts.shares.replaceChildren(
    el('li', {}, w.worse(summary.worse.count, total)),
    el('li', {}, w.allodynia(summary.allodynia.count, total)),
    el('li', {}, w.toleranceOnly(summary.toleranceOnly.count, total)),
  );
  const untreatedPain = outcomeSeries(untreated, 'dayPain');
  const drawFan = () =>
    charts.fan.draw({
      fan: cohortFan(outcomes),
      thisPatient: input.result ? dailyPain(input.result) : null,
      untreated: { days: Array.from(untreatedPain, (_, k) => k * untreated.sampleDays), pain: untreatedPain },
      durationDays: input.durationDays,
      day,
      total: state.n,
      seed: input.seed,
      ...(input.side ? { side: input.side } : {}),
    });
  const dots = { summary, total: state.n, seed: input.seed, ...(input.side ? { side: input.side } : {}) };
  (input.stage ?? atOnce)([drawFan, () => charts.dots.draw(dots), () => charts.threshold.draw(dots)]);
  return summary;
}

/**
 * Compare mode's sentence: how many patients of A and of B have more pain than without the opioid at the week
 * shown (each side's own count and total, so far while they compute).
 */
export function contrastSentence(
  a: CohortSummary | null,
  b: CohortSummary | null,
  stillComputing: boolean,
): string {
  if (!a || !b) return w.contrastWaiting;
  const sentence =
    a.day === b.day
      ? w.contrast(formatWeek(a.day), a.worse.count, a.patients, b.worse.count, b.patients)
      : w.contrastWeeks(
          formatWeek(a.day),
          a.worse.count,
          a.patients,
          formatWeek(b.day),
          b.worse.count,
          b.patients,
        );
  return stillComputing ? `${sentence} ${w.contrastSoFar}` : sentence;
}

/** The keyboard's way to every dot: a list of the patients with their pain and class at the week. */
export function fillPatientList(parts: SideParts, summary: CohortSummary): void {
  const chosen = parts.pick.value;
  parts.pick.replaceChildren(
    ...summary.each.map((p) =>
      el(
        'option',
        { value: p.index },
        w.pickOption(p.index, p.pain, cohortClassWords[p.class].name, p.susceptibility),
      ),
    ),
  );
  if (chosen) parts.pick.value = chosen;
  parts.pickButton.disabled = false;
}

const MILESTONES = [0.25, 0.5, 0.75];

/**
 * The status line (polite): the start, a quarter, half and three quarters done, and the end — a few
 * sentences a run, not one per patient. `reset` before each run. `wrap` dresses a sentence (compare mode puts
 * the side's letter in front).
 */
export function statusAnnouncer(status: HTMLElement, wrap: (sentence: string) => string = (s) => s) {
  let said = 0;
  const tell = (sentence: string) => void (status.textContent = wrap(sentence));
  return {
    reset: () => (said = 0),
    say(state: CohortState, summary: CohortSummary | null) {
      const done = state.outcomes.length;
      const crossed = MILESTONES.filter((m) => done >= m * state.n).length;
      if (state.phase === 'running' && done === 0 && said === 0) {
        said = -1;
        tell(w.started(state.n));
      } else if (state.phase === 'running' && crossed > Math.max(0, said)) {
        said = crossed;
        tell(w.milestone(done, state.n));
      } else if (state.phase === 'done') tell(w.finished(state.n, summary?.worse.count ?? 0));
      else if (state.phase === 'cancelled') tell(w.cancelled(done, state.n));
      else if (state.phase === 'failed') tell(w.failed(state.error ?? ''));
    },
  };
}
