/**
 * The Experiments view (issue 20): every experiment of the science spec in a list, one shown in full beside it.
 * It covers the workspace (header and footer, with the education notice, stay in sight); the simulation behind
 * it is inert. Opening focuses its heading (or the experiment a link asked for); Escape or Close returns focus
 * to the header's button. Keys pressed inside it do not reach the app's shortcuts (the simulation is hidden).
 */
import type { DrawExperimentChart } from '../../charts/experiment-plot-data';
import { experimentWords as w } from '../../content/experiment-words';
import type { Experiment } from '../../science';
import { el } from '../kit/dom';
import { drawing } from './drawing';
import { experimentDetail, type ExperimentDetail } from './experiment-detail';
import { experimentList } from './experiment-list';
import type { ExperimentResult } from './experiment-run';
import type { ExperimentRunner } from './experiment-runner';
import type { WhatIfResult } from './what-if-run';
import { workspaceCover } from './workspace-cover';
import './experiments.css';

export interface ExperimentsView {
  readonly isOpen: boolean;
  /** The experiment shown, or null before one is. */
  readonly shown: string | null;
  /** Opens the view at an experiment (its heading focused), or at the list's first (the view's heading). */
  open(id?: string | null): void;
  close(): void;
  destroy(): void;
}

export interface ExperimentsDeps {
  readonly experiments: readonly Experiment[];
  readonly drawChart: DrawExperimentChart;
  /** Opens a preset as the simulation's scenario; returns a problem in words, or null. */
  readonly openPreset: (preset: string) => string | null;
  /** Computes runs and what-ifs off the page (the Experiments worker); the view ends it when destroyed. */
  readonly runner: ExperimentRunner;
}

export function mountExperimentsView(
  slot: HTMLElement,
  button: HTMLButtonElement,
  deps: ExperimentsDeps,
): ExperimentsView {
  const heading = el('h2', { id: 'xv-heading', class: 'xv-heading', tabindex: -1 }, w.title);
  const closeButton = el('button', { type: 'button', class: 'xv-close' }, w.close);
  const list = experimentList(deps.experiments, (id) => show(id, true));
  const detailHost = el('div', { class: 'xv-detail-host' });
  slot.replaceChildren(
    el(
      'div',
      { class: 'xv' },
      el(
        'div',
        { class: 'xv-head' },
        el('div', {}, heading, el('p', { class: 'xv-intro' }, w.intro)),
        closeButton,
      ),
      el('div', { class: 'xv-body' }, list.element, detailHost),
    ),
  );
  slot.setAttribute('aria-labelledby', heading.id);
  const cover = workspaceCover(slot, button);
  const runs = experimentRuns(deps.runner);
  let detail: ExperimentDetail | null = null;
  let shown: string | null = null;

  function show(id: string, focus: boolean) {
    const experiment = deps.experiments.find((e) => e.id === id);
    if (!experiment) return;
    if (shown !== id) {
      detail?.destroy();
      shown = id;
      const made = experimentDetail(experiment, {
        drawChart: deps.drawChart,
        onRun: () => runs.run(experiment, () => (shown === experiment.id ? detail : null)),
        onWhatIf: (value) => runs.whatIf(experiment, value, () => (shown === experiment.id ? detail : null)),
        onOpen: (preset) => {
          const problem = deps.openPreset(preset);
          if (!problem) cover.hide('workspace');
          return problem;
        },
      });
      detail = made;
      detailHost.replaceChildren(made.element);
      made.layout();
      list.markCurrent(id);
      runs.restore(experiment, made);
    }
    if (focus) detail?.heading.focus();
  }

  function open(id: string | null = null) {
    cover.show();
    show(id ?? shown ?? deps.experiments[0]?.id ?? '', false);
    detail?.layout();
    slot.scrollTop = 0;
    if (id && detail) detail.heading.focus();
    else heading.focus();
  }

  const onButton = () => (cover.isOpen ? cover.hide('button') : open());
  button.addEventListener('click', onButton);
  closeButton.addEventListener('click', () => cover.hide('button'));
  // Escape closes the view wherever the focus is (in it, in the header, or tabbed past its end), except in a
  // dialog opened over it, which Escape closes first.
  const onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !cover.isOpen) return;
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    event.preventDefault();
    cover.hide('button');
  };
  // The app's shortcuts (Space plays, R resets, …) act on the simulation, which is hidden behind the view.
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onEscape(event);
    event.stopPropagation();
  };
  slot.addEventListener('keydown', onKey);
  const doc = slot.ownerDocument;
  doc.addEventListener('keydown', onEscape);

  return {
    get isOpen() {
      return cover.isOpen;
    },
    get shown() {
      return shown;
    },
    open,
    close: () => cover.hide('button'),
    destroy() {
      cover.hide('none');
      detail?.destroy();
      button.removeEventListener('click', onButton);
      slot.removeEventListener('keydown', onKey);
      doc.removeEventListener('keydown', onEscape);
      deps.runner.destroy();
      slot.replaceChildren();
    },
  };
}

/**
 * The runs of the view's experiments: one at a time per experiment, each result kept (a second look shows it
 * at once), and shown on the experiment's page if it is still the one shown when the run ends. The same for
 * each experiment's what-if, which a new run of the experiment clears — and replaces if it is still being
 * computed (the runner then answers the what-if with null, and only the run is shown).
 */
function experimentRuns(runner: ExperimentRunner) {
  const results = new Map<string, ExperimentResult>();
  const whatIfs = new Map<string, WhatIfResult>();
  /** What each experiment is computing, as a token of its own: a replaced request leaves its successor's. */
  const running = new Map<string, { readonly kind: 'run' | 'what-if' }>();
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
  return {
    async whatIf(experiment: Experiment, value: number | null, current: () => ExperimentDetail | null) {
      const result = results.get(experiment.id);
      if (!result || running.has(experiment.id)) return;
      const { unit, default: paperValue } = experiment.whatIf;
      if (value === null) {
        whatIfs.delete(experiment.id);
        current()?.showWhatIf(null, w.whatIfBack(w.whatIfValue(paperValue, unit)));
        return;
      }
      const token = { kind: 'what-if' } as const;
      running.set(experiment.id, token);
      current()?.whatIfBusy();
      try {
        const made = await runner.whatIf(experiment, result, value);
        if (!made || running.get(experiment.id) !== token) return;
        whatIfs.set(experiment.id, made);
        drawing(() =>
          current()?.showWhatIf(made, [...made.sentences, w.whatIfCharts(made.sentences.length)].join(' ')),
        );
      } catch (error) {
        if (running.get(experiment.id) === token) current()?.whatIfProblem(w.whatIfFailed(message(error)));
      } finally {
        if (running.get(experiment.id) === token) running.delete(experiment.id);
      }
    },
    async run(experiment: Experiment, current: () => ExperimentDetail | null) {
      if (running.get(experiment.id)?.kind === 'run') return;
      const token = { kind: 'run' } as const;
      running.set(experiment.id, token);
      current()?.busy(w.running);
      try {
        const result = await runner.run(experiment, (done, all) => {
          if (running.get(experiment.id) === token) current()?.busy(w.runningStep(done, all));
        });
        if (!result || running.get(experiment.id) !== token) return;
        results.set(experiment.id, result);
        whatIfs.delete(experiment.id);
        drawing(() => current()?.showResult(result));
      } catch (error) {
        if (running.get(experiment.id) === token) current()?.showProblem(w.runFailed(message(error)));
      } finally {
        if (running.get(experiment.id) === token) running.delete(experiment.id);
      }
    },
    /** Shows a kept result, or that a run is still going, on a page just made. */
    restore(experiment: Experiment, detail: ExperimentDetail) {
      const result = results.get(experiment.id);
      const whatIf = whatIfs.get(experiment.id);
      if (result) detail.showResult(result);
      if (result && whatIf) detail.showWhatIf(whatIf, '');
      const now = running.get(experiment.id)?.kind;
      if (now === 'what-if') detail.whatIfBusy();
      else if (now === 'run') detail.busy(w.running);
    },
  };
}
