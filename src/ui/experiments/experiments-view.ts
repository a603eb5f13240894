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
import { experimentDetail, type ExperimentDetail } from './experiment-detail';
import { experimentList } from './experiment-list';
import { runExperiment, type ExperimentResult } from './experiment-run';
import { runWhatIf, type WhatIfResult } from './what-if-run';
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
  readonly yieldToMain: () => Promise<void>;
  readonly now: () => number;
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
  const runs = experimentRuns(deps);
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
      slot.replaceChildren();
    },
  };
}

/**
 * The runs of the view's experiments: one at a time per experiment, each result kept (a second look shows it
 * at once), and shown on the experiment's page if it is still the one shown when the run ends. The same for
 * each experiment's what-if, which a new run of the experiment clears.
 */
function experimentRuns(deps: Pick<ExperimentsDeps, 'yieldToMain' | 'now'>) {
  const results = new Map<string, ExperimentResult>();
  const whatIfs = new Map<string, WhatIfResult>();
  const running = new Map<string, 'run' | 'what-if'>();
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
      running.set(experiment.id, 'what-if');
      current()?.whatIfBusy();
      try {
        const made = await runWhatIf(experiment, result, value, deps.yieldToMain);
        whatIfs.set(experiment.id, made);
        current()?.showWhatIf(made, [...made.sentences, w.whatIfCharts(made.sentences.length)].join(' '));
      } catch (error) {
        current()?.whatIfProblem(w.whatIfFailed(error instanceof Error ? error.message : String(error)));
      } finally {
        running.delete(experiment.id);
      }
    },
    async run(experiment: Experiment, current: () => ExperimentDetail | null) {
      if (running.has(experiment.id)) return;
      running.set(experiment.id, 'run');
      current()?.busy(w.running);
      try {
        const result = await runExperiment(experiment, {
          ...deps,
          progress: (done, all) => current()?.busy(w.runningStep(done, all)),
        });
        results.set(experiment.id, result);
        whatIfs.delete(experiment.id);
        current()?.showResult(result);
      } catch (error) {
        current()?.showProblem(w.runFailed(error instanceof Error ? error.message : String(error)));
      } finally {
        running.delete(experiment.id);
      }
    },
    /** Shows a kept result, or that a run is still going, on a page just made. */
    restore(experiment: Experiment, detail: ExperimentDetail) {
      const result = results.get(experiment.id);
      const whatIf = whatIfs.get(experiment.id);
      if (result) detail.showResult(result);
      if (result && whatIf) detail.showWhatIf(whatIf, '');
      const now = running.get(experiment.id);
      if (now === 'what-if') detail.whatIfBusy();
      else if (now === 'run') detail.busy(w.running);
    },
  };
}
