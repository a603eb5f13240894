/**
 * The result table: measure · paper · band · model · within band?, one row per BandCheck of the experiment (the
 * rows of readingsOf), so the view shows the numbers the validation tests assert.
 */
import { experimentWords as w } from '../../content/experiment-words';
import type { Reading } from '../../science';
import { el } from '../kit/dom';
import { formatReadingAs } from './reading-format';

export function readingsTable(readings: readonly Reading[]): HTMLElement {
  const header = el(
    'tr',
    {},
    ...[w.measure, w.paper, w.band, w.model, w.withinBand].map((c) => el('th', { scope: 'col' }, c)),
  );
  const rows = readings.map((r) =>
    el(
      'tr',
      { 'data-within': String(r.withinBand) },
      el('th', { scope: 'row', class: 'xr-measure' }, r.measure),
      el('td', { class: 'xr-paper' }, r.paper),
      el('td', { class: 'xr-band' }, r.band),
      el('td', { class: 'xr-model' }, formatReadingAs(r.model, r.check.band, r.band)),
      el('td', { class: 'xr-within' }, r.withinBand ? `✓ ${w.yes}` : `✗ ${w.no}`),
    ),
  );
  return el(
    'div',
    { class: 'xr-table-wrap', tabindex: 0, role: 'group', 'aria-label': w.tableCaption },
    el(
      'table',
      { class: 'xr-table' },
      el('caption', {}, w.tableCaption),
      el('thead', {}, header),
      el('tbody', {}, ...rows),
    ),
  );
}
