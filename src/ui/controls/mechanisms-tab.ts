import { mechanismLevels } from '../../app/scenario-edits';
import { controlWords as w } from '../../content/controls';
import { mechanismLabels } from '../../content/mechanism-labels';
import { MECHANISM_IDS, MECHANISM_LABELS, type MechanismId } from '../../model';
import { editing, type ControlsDeps, type ControlTab } from './controls-deps';
import { el } from '../kit/dom';
import { button, rangeField } from './fields';

/** The five mechanisms: a switch and a 0–100 % strength for each (whole course), and "What is this?". */
export function mechanismsTab(deps: ControlsDeps): ControlTab {
  const rows = MECHANISM_IDS.map((id) => mechanismRow(deps, id));
  const panel = el(
    'div',
    { class: 'control-panel mechanisms-tab' },
    el('p', { class: 'control-note' }, w.mechanismsLegend),
    el('div', { class: 'mechanism-rows' }, ...rows.map((r) => r.element)),
  );
  const refresh = () => {
    const levels = mechanismLevels(editing(deps).scenario);
    for (const r of rows) r.set(levels[r.id]);
  };
  refresh();
  return { panel, refresh };
}

function mechanismRow(deps: ControlsDeps, id: MechanismId) {
  const name = mechanismLabels[id].shortName;
  const toggle = el('input', { type: 'checkbox', id: `mechanism-on-${id}`, class: 'switch' });
  const strength = rangeField(
    `mechanism-level-${id}`,
    w.mechanismStrength(name),
    { min: 0, max: 100, step: 5 },
    (v) => `${v} %`,
  );
  const send = (level: number) => deps.session.send({ type: 'mechanism.set', mechanism: id, level });
  toggle.addEventListener('change', () => send(toggle.checked ? 1 : 0));
  strength.input.addEventListener('input', () => send(Number(strength.input.value) / 100));
  const element = el(
    'div',
    { class: 'mechanism-row', 'data-mechanism': id },
    el('label', { class: 'check-option', for: toggle.id }, toggle, el('span', {}, w.mechanismOn(name))),
    button(w.explainMechanism, () => deps.explain(id), {
      'aria-label': `${w.explainMechanism} ${MECHANISM_LABELS[id]}`,
    }),

    strength.field,
  );
  return {
    id,
    element,
    set(level: number) {
      toggle.checked = level > 0;
      // Leave a slider being dragged alone: its own value is newer than the scenario's.
      if (element.ownerDocument.activeElement !== strength.input) strength.set(Math.round(level * 100));
    },
  };
}
