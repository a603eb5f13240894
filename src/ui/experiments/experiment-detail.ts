/**
 * One experiment in the Experiments view: the question and why it mattered, the design (a short table and the
 * schedule's timeline), Open in the simulator, Run and its result (charts, table), where the model differs and
 * the citation. Running is the view's (experiments-view.ts): this builds the page and shows a result.
 */
import type { DrawExperimentChart } from '../../charts/experiment-plot-data';
import { experimentWords as w } from '../../content/experiment-words';
import type { Citation, Experiment } from '../../science';
import { el } from '../kit/dom';
import type { ExperimentResult } from './experiment-run';
import { readingsTable } from './readings-table';
import { timeline } from './design-timeline';
import { safetySection } from './safety-notes';
import { shortCite } from './experiment-list';
import { whatIfControl } from './what-if-control';
import type { WhatIfResult } from './what-if-run';

export interface ExperimentDetail {
  readonly element: HTMLElement;
  readonly heading: HTMLElement;
  readonly runButton: HTMLButtonElement;
  /** Shows the run's state: busy (with a progress line), a result, or a problem. */
  busy(text: string): void;
  showResult(result: ExperimentResult): void;
  showProblem(text: string): void;
  /** The what-if is being computed (its buttons wait). */
  whatIfBusy(): void;
  /** Draws the charts with a what-if on them, or the run's own (null), and says what changed. */
  showWhatIf(result: WhatIfResult | null, announcement: string): void;
  whatIfProblem(text: string): void;
  /** Draws what needs the element's width (the timeline), once it is in the page. */
  layout(): void;
  destroy(): void;
}

export function citationLine(citation: Citation): HTMLElement {
  return el(
    'p',
    { class: 'xv-citation' },
    `${citation.authors} (${citation.year}). ${citation.journal}. `,
    citation.doi
      ? el(
          'a',
          { href: `https://doi.org/${citation.doi}`, rel: 'noopener', target: '_blank' },
          `doi:${citation.doi}`,
        )
      : el('span', { class: 'xv-muted' }, `(${w.doiMissing}${citation.note ? `: ${citation.note}` : ''})`),
  );
}

const section = (title: string, ...body: (Node | string | null)[]) =>
  el('section', { class: 'xv-part' }, el('h4', {}, title), ...body);

function design(experiment: Experiment, id: string) {
  const d = experiment.design;
  const rows: [string, string][] = [
    [w.species, w.speciesNames[experiment.species]],
    [w.drug, d.drug],
    [w.dose, d.doseText],
    [w.assay, d.assay],
    [w.groups, d.groups.join(' · ')],
  ];
  const line = timeline(document, d.schedule, w.timelineLabel(experiment.title));
  const part = section(
    w.design,
    el('dl', { class: 'xv-design' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
    el(
      'figure',
      { class: 'xv-timeline', 'aria-labelledby': `${id}-schedule` },
      el('figcaption', { id: `${id}-schedule` }, w.schedule),
      line.element,
    ),
  );
  return { part, line };
}

function sources(experiment: Experiment) {
  return section(
    w.citation,
    experiment.citation
      ? citationLine(experiment.citation)
      : el('p', {}, `${w.basis}: ${experiment.basis ?? ''}`),
    experiment.alsoCites.length > 0
      ? el(
          'div',
          { class: 'xv-also' },
          el('p', {}, `${w.alsoCites}:`),
          el('ul', {}, ...experiment.alsoCites.map((c) => el('li', {}, citationLine(c)))),
        )
      : null,
  );
}

/** Open in the simulator: a group's preset becomes the simulation's scenario (a problem is said). */
function openInSimulator(experiment: Experiment, id: string, onOpen: (preset: string) => string | null) {
  const groupSelect = el(
    'select',
    { id: `${id}-group` },
    ...experiment.presets.map((p) => el('option', { value: p.preset }, p.group)),
  );
  const openButton = el('button', { type: 'button', class: 'button-primary' }, w.openInSimulator);
  const openProblem = el('p', { class: 'xv-problem', role: 'alert' });
  openButton.addEventListener('click', () => {
    const problem = onOpen(groupSelect.value);
    openProblem.textContent = problem ? w.openProblem(problem) : '';
  });
  return el(
    'div',
    { class: 'xv-open' },
    el('label', { for: groupSelect.id }, w.openGroup),
    groupSelect,
    openButton,
    openProblem,
  );
}

/** The result's charts, one host each, drawn again for a what-if (the old ones destroyed). */
function resultCharts(drawChart: DrawExperimentChart) {
  const element = el('div', { class: 'xv-charts' });
  let drawn: { destroy(): void }[] = [];
  const clear = () => {
    for (const chart of drawn) chart.destroy();
    drawn = [];
  };
  return {
    element,
    draw(plots: ExperimentResult['plots']) {
      clear();
      element.replaceChildren();
      for (const plot of plots) {
        const host = el('div', { class: 'xv-chart-host' });
        element.append(host);
        drawn.push(drawChart(host, plot, w));
      }
    },
    destroy: clear,
  };
}

export function experimentDetail(
  experiment: Experiment,
  options: {
    readonly drawChart: DrawExperimentChart;
    readonly onRun: () => void;
    readonly onOpen: (preset: string) => string | null;
    /** Runs the what-if at a value, or returns to the paper's value (null). */
    readonly onWhatIf: (value: number | null) => void;
  },
): ExperimentDetail {
  const id = `xv-${experiment.id}`;
  const heading = el('h3', { id: `${id}-title`, class: 'xv-title', tabindex: -1 }, experiment.title);
  const byline = experiment.citation
    ? `${shortCite(experiment)} · ${w.speciesNames[experiment.species]}`
    : w.speciesNames[experiment.species];
  const { part: designPart, line } = design(experiment, id);

  const open = openInSimulator(experiment, id, options.onOpen);
  const runButton = el('button', { type: 'button', class: 'button-primary xv-run' }, w.run);
  runButton.addEventListener('click', () => {
    if (runButton.getAttribute('aria-disabled') !== 'true') options.onRun();
  });
  const status = el('p', { class: 'xv-status', role: 'status' }, w.beforeRun);
  const charts = resultCharts(options.drawChart);
  const table = el('div', { class: 'xv-readings' });
  const resultTitle = el('h4', { id: `${id}-result` }, w.result);
  // Under the charts, once there is a result to go past.
  const whatIf = whatIfControl(experiment, id, options.onWhatIf);
  whatIf.element.hidden = true;
  const result = el(
    'section',
    { class: 'xv-part xv-result', 'aria-labelledby': resultTitle.id, 'aria-busy': 'false' },
    resultTitle,
    el('div', { class: 'xv-run-row' }, runButton, status),
    table,
    charts.element,
    whatIf.element,
  );
  let shown: ExperimentResult | null = null;

  const element = el(
    'article',
    { class: 'xv-detail', 'aria-labelledby': heading.id, 'data-experiment': experiment.id },
    heading,
    el('p', { class: 'xv-byline' }, byline),
    section(w.question, el('p', {}, experiment.question)),
    section(w.whyItMattered, el('p', {}, experiment.whyItMattered)),
    designPart,
    safetySection(experiment.id),
    open,
    result,
    section(
      w.honest,
      el('p', {}, experiment.honestLine),
      experiment.missing ? el('p', {}, el('strong', {}, `${w.missing}: `), experiment.missing) : null,
    ),
    sources(experiment),
  );
  return {
    element,
    heading,
    runButton,
    busy(text) {
      result.setAttribute('aria-busy', 'true');
      runButton.setAttribute('aria-disabled', 'true');
      status.textContent = text;
    },
    showResult(r) {
      result.setAttribute('aria-busy', 'false');
      runButton.removeAttribute('aria-disabled');
      runButton.textContent = w.runAgain;
      const within = r.readings.filter((x) => x.withinBand).length;
      status.textContent = w.ran(within, r.readings.length, r.ms);
      table.replaceChildren(readingsTable(r.readings));
      shown = r;
      charts.draw(r.plots);
      // A new run shows the model at the paper's value; the control starts there again.
      whatIf.set(experiment.whatIf.default);
      whatIf.busy(false);
      whatIf.element.hidden = false;
    },
    whatIfBusy: () => whatIf.busy(true),
    showWhatIf(r, announcement) {
      whatIf.busy(false);
      if (!shown) return;
      charts.draw(r ? r.plots : shown.plots);
      whatIf.set(r ? r.value : experiment.whatIf.default);
      whatIf.announce(announcement);
    },
    whatIfProblem(text) {
      whatIf.busy(false);
      whatIf.announce(text);
    },
    showProblem(text) {
      result.setAttribute('aria-busy', 'false');
      runButton.removeAttribute('aria-disabled');
      status.textContent = text;
    },
    layout: () => line.draw(),
    destroy() {
      charts.destroy();
      line.destroy();
    },
  };
}
