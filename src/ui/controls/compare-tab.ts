import { PRESET_GROUPS, suggestedComparison } from '../../app/catalogue';
import type { Side } from '../../app/compare';
import { controlWords as w } from '../../content/controls';
import type { ControlsDeps, ControlTab } from './controls-deps';
import { el } from '../kit/dom';
import { button, group, row } from './fields';
import { radioGroup } from '../kit/radio-group';
import { presetSelect } from './preset-picker';

const COPY = '';
const SIDES: readonly { value: Side; label: string }[] = [
  { value: 'a', label: w.sideName.a },
  { value: 'b', label: w.sideName.b },
];

/** Compare mode: choose B, start and stop, and which side the pathway shows and the controls change. */
export function compareTab(
  deps: ControlsDeps,
  compare: { send(event: { type: 'compare.show' | 'compare.edit'; side: Side }): void },
): ControlTab {
  const { session } = deps;
  const { select } = presetSelect('compare-b', PRESET_GROUPS, {}, [
    el('option', { value: COPY }, w.compareCopyOfA),
  ]);
  const start = button(w.compareStart, () =>
    session.setCompare(true, select.value === COPY ? null : select.value),
  );
  const stop = button(w.compareStop, () => session.setCompare(false));
  const names = el('p', { class: 'compare-names' });
  const shows = radioGroup('scene-side', w.sceneShows, SIDES, 'a', (side) =>
    compare.send({ type: 'compare.show', side }),
  );
  const edits = radioGroup('edit-side', w.editsGoTo, SIDES, 'a', (side) =>
    compare.send({ type: 'compare.edit', side }),
  );
  const off = el(
    'div',
    { class: 'compare-off' },
    row(
      el(
        'span',
        { class: 'control-field preset-picker-field' },
        el('label', { for: select.id }, w.compareBLabel),
        select,
      ),
      start,
    ),
  );
  const on = el('div', { class: 'compare-on' }, names, row(shows.element, edits.element, stop));
  const panel = el('div', { class: 'control-panel compare-tab' }, group(w.compareLegend, off, on));
  let suggestedFor: string | null | undefined;
  const refresh = () => {
    const { state } = session;
    off.hidden = state.comparing;
    on.hidden = !state.comparing;
    const a = deps.editors.a.getSnapshot().context;
    names.textContent = `A: ${session.title('a')} · B: ${session.title('b')}`;
    shows.set(state.shown);
    edits.set(state.editing);
    if (suggestedFor !== a.presetName) {
      suggestedFor = a.presetName;
      select.value = suggestedComparison(a.presetName) ?? COPY;
    }
  };
  refresh();
  return { panel, refresh };
}
