// @vitest-environment happy-dom
import { findByText, getByRole, queryByRole, within } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { plotNumbers } from '../../../src/app/experiment-answer';
import { curveAt } from '../../../src/charts/experiment-table';
import { formatCell } from '../../../src/charts/table';
import { experimentWords as w } from '../../../src/content/experiment-words';
import { mountExperiments, type Experiments } from '../../../src/experiments';
import type { SimSetup } from '../../../src/lessons/types';
import { experimentById, whatIfCurve, type Experiment } from '../../../src/science';
import { plotData } from '../../../src/ui/experiments/plot-data';
import { whatIfPlotData } from '../../../src/ui/experiments/what-if-data';
import { pageRunner } from './page-runner';

/**
 * Issue 20's "what if" control in the Experiments view: labelled with its unit and range from the experiment's
 * WhatIf, a run that adds the what-if curve to the charts that use the changed preset (legend, drawing, data
 * table, summary) while the model's curves and the paper's points stay, a polite announcement, and the way
 * back to the paper's value.
 */
let slot: HTMLElement;
let experiments: Experiments;

beforeEach(() => {
  const workspace = document.createElement('main');
  slot = document.createElement('section');
  workspace.append(slot);
  const button = document.createElement('button');
  button.textContent = 'Experiments';
  document.body.append(button, workspace);
  const applySetup = vi.fn<(setup: SimSetup) => string | null>(() => null);
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

const detail = () => slot.querySelector<HTMLElement>('.xv-detail')!;
const whatIfPart = () => detail().querySelector<HTMLElement>('.xv-what-if')!;
const live = () => within(whatIfPart()).getByRole('status');

async function runExperiment(e: Experiment) {
  experiments.view.open(e.id);
  expect(whatIfPart().hidden).toBe(true);
  getByRole(detail(), 'button', { name: w.run }).click();
  await findByText(detail(), /readings inside the accepted range/, {}, { timeout: 20_000 });
}

function slide(slider: HTMLInputElement, value: number) {
  slider.value = String(value);
  slider.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The chart figures whose plot the what-if reaches (from the science spec, not the DOM). */
function reached(e: Experiment, value: number) {
  return e.plots.filter((p) => whatIfCurve(e, p, value) !== null).map((p) => p.id);
}

describe('the what-if control (issue 20)', () => {
  it('is a labelled slider and number field with the experiment’s unit and range, shown with a result', async () => {
    const e = experimentById('celerier-2000')!;
    await runExperiment(e);
    const part = whatIfPart();
    expect(part.hidden).toBe(false);
    expect(getByRole(part, 'heading', { name: w.whatIfTitle })).toBeTruthy();
    const name = w.whatIfLabel(e.whatIf.label, e.whatIf.unit);
    expect(name).toBe('fentanyl per bolus (µg/kg)');
    const slider = getByRole(part, 'slider', { name }) as HTMLInputElement;
    expect([slider.min, slider.max, slider.step, slider.value]).toEqual(
      [e.whatIf.min, e.whatIf.max, e.whatIf.step, e.whatIf.default].map(String),
    );
    expect(slider.getAttribute('aria-valuetext')).toBe('100 µg/kg');
    const number = getByRole(part, 'spinbutton', { name: w.whatIfNumberLabel(name) }) as HTMLInputElement;
    expect(number.value).toBe('100');
    // The two stay together; a typed value is kept within the range and on the step's grid.
    slide(slider, 150);
    expect(number.value).toBe('150');
    expect(slider.getAttribute('aria-valuetext')).toBe('150 µg/kg');
    number.value = '17';
    number.dispatchEvent(new Event('change'));
    expect([number.value, slider.value]).toEqual(['15', '15']);
    number.value = '900';
    number.dispatchEvent(new Event('change'));
    expect([number.value, slider.value]).toEqual(['200', '200']);
    expect(getByRole(part, 'button', { name: w.whatIfReset(true) })).toBeTruthy();
  });

  it('draws the what-if curve with its value on the chart, keeps the model’s curves and the paper’s points, and announces it', async () => {
    const e = experimentById('celerier-2000')!;
    await runExperiment(e);
    const curvesBefore = detail().querySelectorAll('.xc-curve').length;
    slide(getByRole(whatIfPart(), 'slider') as HTMLInputElement, 150);
    getByRole(whatIfPart(), 'button', { name: w.whatIfRun }).click();
    await findByText(whatIfPart(), /The what-if curve is on 1 chart\.$/, {}, { timeout: 20_000 });
    expect(live().textContent).toMatch(
      /the model’s “fentanyl 4 × 100 µg\/kg” is lowest, .* at the paper’s 100 µg\/kg\./,
    );

    expect(reached(e, 150)).toEqual(['threshold']);
    const figure = detail().querySelector<HTMLElement>('.xc-chart[data-plot="threshold"]')!;
    // The what-if is one more curve; every model curve and paper mark is still drawn.
    expect(figure.querySelectorAll('.xc-curve')).toHaveLength(curvesBefore + 1);
    expect(figure.querySelectorAll('.xc-published')).toHaveLength(e.published.length);
    const drawn = figure.querySelector<SVGGElement>('.xc-what-if')!;
    expect(drawn.dataset['curve']).toBe('what if: 150 µg/kg');
    expect(drawn.querySelector('path')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){20,}/);
    const legend = getByRole(figure, 'list', { name: `${w.legendLabel}: ${e.plots[0]!.title}` });
    expect(within(legend).getByText('what if: 150 µg/kg')).toBeTruthy();
    expect(figure.querySelector('.xc-summary')?.textContent).toMatch(
      /; the paper gives .*\. What if 150 µg\/kg:/,
    );

    // The data table has the what-if's column, read from the science spec's curve at the table's x.
    const table = figure.querySelector('table')!;
    const head = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(head.at(-1)).toBe('what if: 150 µg/kg');
    const c = whatIfCurve(e, e.plots[0]!, 150)!;
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const x = Number(row.querySelector('th')?.textContent);
      const cell = row.querySelector('td:last-child')?.textContent;
      expect(cell).toBe(formatCell(curveAt({ label: '', kind: 'line', ...c.curve }, x)));
    }
  });

  it('goes back to the paper’s value: the what-if curve is removed and that is said', async () => {
    const e = experimentById('celerier-2000')!;
    await runExperiment(e);
    const slider = getByRole(whatIfPart(), 'slider') as HTMLInputElement;
    slide(slider, 40);
    getByRole(whatIfPart(), 'button', { name: w.whatIfRun }).click();
    await findByText(whatIfPart(), /^What if 40 µg\/kg/, {}, { timeout: 20_000 });
    expect(detail().querySelectorAll('.xc-what-if')).toHaveLength(1);
    getByRole(whatIfPart(), 'button', { name: w.whatIfReset(true) }).click();
    expect(detail().querySelectorAll('.xc-what-if')).toHaveLength(0);
    expect(detail().querySelectorAll('.xc-published')).toHaveLength(e.published.length);
    expect(slider.value).toBe('100');
    expect(live().textContent).toBe(w.whatIfBack('100 µg/kg'));
    expect(queryByRole(detail(), 'list', { name: /what if/ })).toBeNull();
  });

  it('a read-day what-if marks the reading on the time plot; Enter in the number field runs it', async () => {
    const e = experimentById('pud-2006')!;
    await runExperiment(e);
    const number = getByRole(whatIfPart(), 'spinbutton') as HTMLInputElement;
    number.value = '90';
    number.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await findByText(whatIfPart(), /The what-if curve is on 1 chart\.$/, {}, { timeout: 20_000 });
    expect(live().textContent).toMatch(
      /reads [\d.]+ at 454 days, against [\d.]+ at 392 days at the paper’s day 28\./,
    );
    const drawn = detail().querySelector<SVGGElement>('.xc-what-if')!;
    expect(drawn.dataset['curve']).toBe('what if: day 90');
    expect(drawn.querySelectorAll('.xc-model-marker')).toHaveLength(1);
  });

  it('keeps a what-if when the experiment is shown again, and a new run returns to the paper’s value', async () => {
    const e = experimentById('celerier-2000')!;
    await runExperiment(e);
    slide(getByRole(whatIfPart(), 'slider') as HTMLInputElement, 60);
    getByRole(whatIfPart(), 'button', { name: w.whatIfRun }).click();
    await findByText(whatIfPart(), /^What if 60 µg\/kg/, {}, { timeout: 20_000 });
    experiments.view.open('laulin-1999');
    experiments.view.open(e.id);
    expect((getByRole(whatIfPart(), 'slider') as HTMLInputElement).value).toBe('60');
    expect(detail().querySelectorAll('.xc-what-if')).toHaveLength(1);
    getByRole(detail(), 'button', { name: w.runAgain }).click();
    await findByText(detail(), /readings inside the accepted range/, {}, { timeout: 20_000 });
    expect(detail().querySelectorAll('.xc-what-if')).toHaveLength(0);
    expect((getByRole(whatIfPart(), 'slider') as HTMLInputElement).value).toBe('100');
  });

  it('widens a time plot when the what-if moves an event past its end (Laulin 2002: morphine at 20 h)', () => {
    const e = experimentById('laulin-2002')!;
    const plot = e.plots.find((p) => p.kind === 'time')!;
    const data = plotData(e, plot, plotNumbers(plot));
    expect(data.xDomain).toEqual([0, 12]);
    const made = whatIfPlotData(e, data, whatIfCurve(e, plot, 20)!, 20);
    expect(made.data.xDomain).toEqual([0, 25]);
    expect(Math.max(...made.data.whatIf!.x)).toBeGreaterThan(24);
    // The model's curves and the paper's points are the run's own.
    expect(made.data.curves).toBe(data.curves);
    expect(made.data.points).toBe(data.points);
    expect(made.sentence).toMatch(
      /^What if 20 h: the model’s “fentanyl 4 × 60 µg\/kg, then morphine” is lowest/,
    );
  });
});
