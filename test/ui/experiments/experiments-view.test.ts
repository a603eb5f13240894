// @vitest-environment happy-dom
import { findByText, getAllByRole, getByRole, within } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { drawExperimentChart } from '../../../src/charts/experiment-chart';
import { experimentWords as w } from '../../../src/content/experiment-words';
import { mountExperiments, type Experiments } from '../../../src/experiments';
import type { SimSetup } from '../../../src/lessons/types';
import { EXPERIMENTS, experimentById, readingsOf } from '../../../src/science';
import type { ExperimentRunner } from '../../../src/ui/experiments/experiment-runner';
import { formatReadingAs } from '../../../src/ui/experiments/reading-format';
import { pageRunner } from './page-runner';

let workspace: HTMLElement;
let button: HTMLButtonElement;
let slot: HTMLElement;
let experiments: Experiments;
let applySetup: Mock<(setup: SimSetup) => string | null>;

beforeEach(() => {
  workspace = document.createElement('main');
  workspace.tabIndex = -1;
  const region = document.createElement('section');
  region.textContent = 'the simulation';
  slot = document.createElement('section');
  workspace.append(region, slot);
  button = document.createElement('button');
  button.textContent = 'Experiments';
  document.body.append(button, workspace);
  applySetup = vi.fn<(setup: SimSetup) => string | null>(() => null);
  experiments = mountExperiments({
    slot,
    button,
    workbench: { applySetup },
    problemHost: workspace,
    runner: pageRunner().runner,
  });
});

afterEach(() => {
  experiments.view.destroy();
  document.body.replaceChildren();
});

const list = () => getByRole(slot, 'navigation', { name: w.listLabel });
const shownDetail = () => slot.querySelector<HTMLElement>('.xv-detail')!;

describe('the Experiments view', () => {
  it('opens from its header button at its heading, with the simulation behind it inert', () => {
    expect(slot.hidden).toBe(true);
    button.click();
    expect(slot.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(getByRole(slot, 'heading', { level: 2, name: w.title }));
    expect(workspace.firstElementChild?.hasAttribute('inert')).toBe(true);
  });

  it('lists every experiment of EXPERIMENTS, in order', () => {
    experiments.view.open();
    const items = getAllByRole(list(), 'button');
    expect(items.map((b) => b.dataset['experiment'])).toEqual(EXPERIMENTS.map((e) => e.id));
    expect(items.length).toBeGreaterThanOrEqual(14);
  });

  it('shows each experiment’s question, why it mattered, design and citation', () => {
    experiments.view.open();
    for (const experiment of EXPERIMENTS) {
      within(list()).getByText(experiment.title).closest('button')!.click();
      const detail = shownDetail();
      expect(detail.dataset['experiment']).toBe(experiment.id);
      expect(document.activeElement).toBe(getByRole(detail, 'heading', { level: 3, name: experiment.title }));
      const text = detail.textContent ?? '';
      expect(text).toContain(experiment.question);
      expect(text).toContain(experiment.whyItMattered);
      expect(text).toContain(experiment.design.drug);
      expect(text).toContain(experiment.design.doseText);
      expect(text).toContain(experiment.design.assay);
      expect(text).toContain(experiment.design.groups.join(' · '));
      expect(text).toContain(experiment.honestLine);
      // The schedule's timeline, drawn and named in words.
      const timeline = detail.querySelector('.xt-svg')!;
      expect(timeline.getAttribute('aria-label')).toContain(
        experiment.design.schedule[0]!.label.slice(0, 12),
      );
      expect(timeline.querySelectorAll('.xt-tick, .xt-bar').length).toBe(experiment.design.schedule.length);
      const { citation } = experiment;
      if (citation) {
        expect(text).toContain(citation.authors);
        expect(text).toContain(citation.journal);
        const doi = detail.querySelector('.xv-citation')!.querySelector('a');
        if (citation.doi) expect(doi?.getAttribute('href')).toBe(`https://doi.org/${citation.doi}`);
        else expect(doi).toBeNull();
      } else expect(text).toContain(experiment.basis);
    }
  });

  it('runs one experiment: its table rows are readingsOf’s, its charts carry every published point', async () => {
    const experiment = experimentById('vanderah-2001')!;
    experiments.view.open(experiment.id);
    const detail = shownDetail();
    getByRole(detail, 'button', { name: w.run }).click();
    await findByText(detail, /readings inside the accepted range/, {}, { timeout: 20_000 });
    const result = detail.querySelector('.xv-result')!;
    expect(result.getAttribute('aria-busy')).toBe('false');
    const rows = [...result.querySelectorAll('.xr-table tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows).toEqual(
      readingsOf(experiment).map((r) => [
        r.measure,
        r.paper,
        r.band,
        formatReadingAs(r.model, r.check.band, r.band),
        r.withinBand ? `✓ ${w.yes}` : `✗ ${w.no}`,
      ]),
    );
    expect(result.querySelectorAll('.xc-chart')).toHaveLength(experiment.plots.length);
    expect(result.querySelectorAll('.xc-published')).toHaveLength(experiment.published.length);
    for (const chart of result.querySelectorAll('.xc-chart')) {
      expect(chart.querySelector('.xc-summary')?.textContent).toMatch(/the model’s .* the paper/);
      expect(chart.querySelectorAll('table').length).toBeGreaterThan(0);
    }
  });

  it('says a failed run in the view and stays usable: the next Run shows the result', async () => {
    experiments.view.destroy();
    const { runner } = pageRunner();
    let fails = 1;
    const flaky: ExperimentRunner = {
      ...runner,
      run: (e, progress) =>
        fails-- > 0 ? Promise.reject(new Error('the worker stopped')) : runner.run(e, progress),
    };
    experiments = mountExperiments({
      slot,
      button,
      workbench: { applySetup },
      problemHost: workspace,
      runner: flaky,
    });
    experiments.view.open('vanderah-2001');
    const run = getByRole(shownDetail(), 'button', { name: w.run });
    run.click();
    await findByText(shownDetail(), w.runFailed('the worker stopped'));
    expect(shownDetail().querySelector('.xv-result')?.getAttribute('aria-busy')).toBe('false');
    expect(run.hasAttribute('aria-disabled')).toBe(false);
    run.click();
    await findByText(shownDetail(), /readings inside the accepted range/, {}, { timeout: 20_000 });
    expect(shownDetail().querySelectorAll('.xr-table tbody tr')).toHaveLength(
      readingsOf(experimentById('vanderah-2001')!).length,
    );
  });

  it('a new run replaces a what-if still being computed: only the run is shown', async () => {
    const e = experimentById('celerier-2000')!;
    experiments.view.open(e.id);
    getByRole(shownDetail(), 'button', { name: w.run }).click();
    await findByText(shownDetail(), /readings inside the accepted range/, {}, { timeout: 20_000 });
    const part = shownDetail().querySelector<HTMLElement>('.xv-what-if')!;
    const slider = getByRole(part, 'slider') as HTMLInputElement;
    slider.value = '150';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    getByRole(part, 'button', { name: w.whatIfRun }).click();
    expect(part.getAttribute('aria-busy')).toBe('true');
    getByRole(shownDetail(), 'button', { name: w.runAgain }).click();
    await findByText(shownDetail(), /readings inside the accepted range/, {}, { timeout: 20_000 });
    // Time for the replaced what-if to have come back, had it not been replaced.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(shownDetail().querySelectorAll('.xc-what-if')).toHaveLength(0);
    expect(part.getAttribute('aria-busy')).toBe('false');
    expect(slider.value).toBe(String(e.whatIf.default));
  });

  it('opens a group’s preset in the simulator and closes over it', () => {
    const experiment = experimentById('celerier-2000')!;
    experiments.view.open(experiment.id);
    const detail = shownDetail();
    const select = getByRole(detail, 'combobox', { name: w.openGroup }) as HTMLSelectElement;
    select.value = experiment.presets[1]!.preset;
    getByRole(detail, 'button', { name: w.openInSimulator }).click();
    expect(applySetup).toHaveBeenCalledWith({
      preset: experiment.presets[1]!.preset,
      compare: null,
      tDays: 0,
      play: false,
    });
    expect(experiments.view.isOpen).toBe(false);
    expect(workspace.firstElementChild?.hasAttribute('inert')).toBe(false);
  });

  it('says a problem opening a preset and stays open', () => {
    applySetup.mockReturnValue('no such preset');
    experiments.view.open('celerier-2000');
    getByRole(shownDetail(), 'button', { name: w.openInSimulator }).click();
    expect(getByRole(slot, 'alert').textContent).toBe(w.openProblem('no such preset'));
    expect(experiments.view.isOpen).toBe(true);
  });

  it('closes on Escape and gives the focus back to the header’s button; keys stay out of the app', () => {
    const appKeys = vi.fn();
    window.addEventListener('keydown', appKeys);
    button.click();
    const heading = getByRole(slot, 'heading', { level: 2 });
    heading.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    heading.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    window.removeEventListener('keydown', appKeys);
    expect(appKeys).not.toHaveBeenCalled();
    expect(slot.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('closes on Escape pressed outside it too, but not on an Escape meant for a dialog over it', () => {
    const dialog = document.createElement('dialog');
    const inDialog = document.createElement('button');
    dialog.append(inDialog);
    document.body.append(dialog);
    experiments.view.open();
    inDialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(experiments.view.isOpen).toBe(true);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(experiments.view.isOpen).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  it('opens the experiment a link names, and says plainly when none has that name', () => {
    experiments.openFromLink('no-such-study');
    expect(experiments.view.isOpen).toBe(false);
    expect(document.body.textContent).toContain('No experiment called “no-such-study”');
    experiments.openFromLink('celerier-2000');
    expect(experiments.view.isOpen).toBe(true);
    expect(experiments.view.shown).toBe('celerier-2000');
    expect(document.activeElement?.textContent).toBe(experimentById('celerier-2000')!.title);
  });

  it('draws a chart with the model’s curves and the paper’s marks, shapes named in its legend', () => {
    const host = document.createElement('div');
    document.body.append(host);
    drawExperimentChart(
      host,
      {
        id: 'p',
        title: 'A plot',
        xTitle: 'time (h)',
        yTitle: 'threshold',
        xUnit: 'h',
        xScale: 'linear',
        yScale: 'linear',
        curves: [{ label: 'group A', kind: 'line', x: [0, 1, 2, 3], y: [1, 0.8, 0.9, 1] }],
        points: [
          { label: 'group A', x: 1, y: 0.7, low: 0.6, high: 0.8, source: 'figure', note: 'n', curve: 0 },
          { label: 'group A', x: null, y: 0.75, source: 'abstract', note: 'n', curve: 0 },
          { label: 'group A', x: 2, y: null, source: 'abstract', note: 'n', curve: 0 },
          { label: 'group B', x: 3, y: 1, relation: 'below', source: 'abstract', note: 'n', curve: null },
        ],
        summary: 'A plot: a sentence.',
      },
      w,
    );
    const kinds = [...host.querySelectorAll<SVGGElement>('.xc-published')].map((g) => g.dataset['kind']);
    expect(kinds).toEqual(['value', 'level', 'time', 'below']);
    expect(host.querySelectorAll('.xc-error')).toHaveLength(1);
    const legend = getByRole(host, 'list', { name: `${w.legendLabel}: A plot` }).textContent;
    for (const kind of ['value', 'level', 'time', 'below'] as const)
      expect(legend).toContain(w.markNames[kind]);
    expect(legend).toContain('Model: group A');
    expect(host.querySelector('.xc-svg')?.getAttribute('role')).toBe('img');
  });
});
