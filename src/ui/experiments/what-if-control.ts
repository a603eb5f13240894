/**
 * The "what if" control under an experiment's result (issue 20): a slider and a number field for the one value
 * the experiment invites changing (label, unit, range and step from Experiment.whatIf), "Run what if", and
 * "Back to the paper's value". What a run or a reset did is said in a polite live region. Computing is the
 * view's: this only asks for a value (or null, for the paper's).
 */
import { experimentWords as w } from '../../content/experiment-words';
import type { Experiment } from '../../science';
import { el } from '../kit/dom';

export interface WhatIfControl {
  readonly element: HTMLElement;
  /** The value the control shows, snapped to its grid. */
  readonly value: number;
  /** Shows the control at a value (a kept what-if, or the default). */
  set(value: number): void;
  busy(on: boolean): void;
  /** Says it in the live region. */
  announce(text: string): void;
}

const decimals = (step: number) => (String(step).split('.')[1] ?? '').length;

export function whatIfControl(
  experiment: Experiment,
  idBase: string,
  onChoose: (value: number | null) => void,
): WhatIfControl {
  const { label, unit, min, max, step, default: paperValue } = experiment.whatIf;
  const hasPaper = experiment.citation !== null;
  /** Within min..max and on the grid from min (to the step's decimals, so 0.025 steps give no float noise). */
  const snap = (v: number) => {
    const n = Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : paperValue;
    return Number((min + Math.round((n - min) / step) * step).toFixed(decimals(step)));
  };
  const labelId = `${idBase}-what-if-label`;
  const limits = { min, max, step };
  const slider = el('input', {
    id: `${idBase}-what-if`,
    type: 'range',
    class: 'xv-what-if-slider',
    ...limits,
    value: paperValue,
    'aria-labelledby': labelId,
  });
  const number = el('input', {
    id: `${idBase}-what-if-number`,
    type: 'number',
    inputmode: 'decimal',
    class: 'xv-what-if-number',
    ...limits,
    value: paperValue,
    'aria-label': w.whatIfNumberLabel(w.whatIfLabel(label, unit)),
  });
  const runButton = el('button', { type: 'button', class: 'button-primary' }, w.whatIfRun);
  const resetButton = el('button', { type: 'button' }, w.whatIfReset(hasPaper));
  const live = el('p', { class: 'xv-what-if-status', role: 'status', 'aria-live': 'polite' });
  let value = paperValue;
  let busyNow = false;

  const show = (v: number) => {
    value = snap(v);
    slider.value = String(value);
    number.value = String(value);
    slider.setAttribute('aria-valuetext', w.whatIfValue(value, unit));
  };
  show(paperValue);
  slider.addEventListener('input', () => show(Number(slider.value)));
  number.addEventListener('change', () => show(number.value === '' ? value : Number(number.value)));
  const run = () => {
    if (!busyNow) onChoose(value);
  };
  runButton.addEventListener('click', run);
  // Enter in the number field runs, as in a form.
  number.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    show(Number(number.value));
    run();
  });
  resetButton.addEventListener('click', () => {
    if (busyNow) return;
    show(paperValue);
    onChoose(null);
  });

  const title = el('h5', { id: `${idBase}-what-if-title`, class: 'xv-what-if-title' }, w.whatIfTitle);
  const element = el(
    'section',
    { class: 'xv-what-if', 'aria-labelledby': title.id },
    title,
    el('p', { class: 'xv-muted' }, w.whatIfIntro(hasPaper)),
    el(
      'div',
      { class: 'xv-what-if-row' },
      el('label', { id: labelId, for: slider.id, class: 'xv-what-if-label' }, w.whatIfLabel(label, unit)),
      slider,
      el(
        'span',
        { class: 'xv-what-if-value' },
        number,
        el('span', { class: 'xv-what-if-unit', 'aria-hidden': 'true' }, unit),
      ),
    ),
    el('div', { class: 'xv-run-row' }, runButton, resetButton),
    live,
  );
  return {
    element,
    get value() {
      return value;
    },
    set: show,
    busy(on) {
      busyNow = on;
      for (const b of [runButton, resetButton])
        if (on) b.setAttribute('aria-disabled', 'true');
        else b.removeAttribute('aria-disabled');
      element.setAttribute('aria-busy', String(on));
      if (on) live.textContent = w.whatIfRunning;
    },
    announce(text) {
      live.textContent = text;
    },
  };
}
