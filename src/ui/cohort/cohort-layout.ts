/**
 * The cohort view's page (issue 21): its head, the run's controls (size, seed, run or cancel, CSV, Copy link),
 * the progress bar with its polite status line, the week and the shares, the two charts' boxes and the list of
 * patients for the keyboard. Every control has a visible label; the view (cohort-view.ts) fills and wires it.
 */
import { PRESET_GROUPS } from '../../app/catalogue';
import { cohortWords as w } from '../../content/cohort-words';
import { presetSelect } from '../controls/preset-picker';
import { el } from '../kit/dom';

export const SIZES = [200, 1000] as const;
/** The value of "a copy of A" in the list of B's scenarios (the others are the presets' names). */
export const COMPARE_COPY = '';

export type CohortLayout = ReturnType<typeof cohortLayout>;

export function cohortLayout(copyLink: HTMLElement | null) {
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
  const thresholdHost = el('div', { class: 'cv-chart' });
  const pick = el('select', { id: 'cv-pick' });
  const pickButton = el('button', { type: 'button', class: 'cv-pick-button' }, w.pickButton);
  // Compare mode: A's and B's cohorts (cohort-side.ts) in `sides`, the sentence that contrasts them above.
  const { compare, compareField, compareB, compareBField, compareNote } = compareControls();
  const contrast = el('p', { id: 'cv-contrast', class: 'cv-contrast' });
  const contrastBox = el(
    'section',
    { class: 'cv-contrast-box', 'aria-labelledby': 'cv-contrast-h', hidden: true },
    el('h3', { id: 'cv-contrast-h', class: 'cv-shares-heading' }, w.contrastHeading),
    contrast,
  );
  const sides = el('div', { class: 'cv-sides', hidden: true });
  const root = el(
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
      copyLink,
      compareBField,
      compareField,
      compareNote,
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
    contrastBox,
    sides,
    el('div', { class: 'cv-charts' }, fanHost, dotsHost, thresholdHost),
    el(
      'div',
      { class: 'cv-bar cv-pick' },
      el('span', { class: 'cv-field' }, el('label', { for: pick.id }, w.pickLabel), pick),
      pickButton,
      el('p', { class: 'cv-hint' }, w.pickHint),
    ),
  );
  sharesHeading.id = 'cv-shares-h';
  return {
    root,
    heading,
    closeButton,
    size,
    seedText,
    newSeedButton,
    runButton,
    cancelButton,
    csvButton,
    progress,
    progressText,
    status,
    week,
    weekText,
    sharesHeading,
    shares,
    fanHost,
    dotsHost,
    thresholdHost,
    pick,
    pickButton,
    compare,
    compareB,
    compareBField,
    compareNote,
    contrastBox,
    contrast,
    sides,
  };
}

/** The switch for compare mode, its note, and the list of B's scenarios shown while the app does not compare. */
function compareControls() {
  const compare = el('input', { id: 'cv-compare', type: 'checkbox', 'aria-describedby': 'cv-compare-note' });
  const compareField = el(
    'span',
    { class: 'cv-field' },
    compare,
    el('label', { for: compare.id }, w.compareLabel),
  );
  const compareNote = el('p', { id: 'cv-compare-note', class: 'cv-hint' });
  // As in the Compare tab: a preset, or a copy of A.
  const { select: compareB } = presetSelect('cv-compare-b', PRESET_GROUPS, {}, [
    el('option', { value: COMPARE_COPY }, w.compareCopyOfA),
  ]);
  const compareBField = el(
    'span',
    { class: 'cv-field cv-compare-b' },
    el('label', { for: compareB.id }, w.compareBLabel),
    compareB,
  );
  return { compare, compareField, compareB, compareBField, compareNote };
}
