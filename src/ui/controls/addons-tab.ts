import { ADJUVANTS, adjuvantsAt, type AdjuvantId } from '../../app/scenario-edits';
import { addonGroups, addonLabels, controlWords as w } from '../../content/controls';
import { editing, type ControlsDeps, type ControlTab } from './controls-deps';
import { el } from '../kit/dom';
import { group } from './fields';

/** Add-on treatments from the seed's management section, each switched on or off from now on. */
export function addonsTab(deps: ControlsDeps): ControlTab {
  const boxes = new Map<AdjuvantId, HTMLInputElement>();
  const list = (ids: readonly AdjuvantId[], legend: string) =>
    group(
      legend,
      ...ids.map((id) => {
        const input = el('input', { type: 'checkbox', id: `addon-${id}` });
        input.addEventListener('change', () =>
          deps.session.send({ type: 'adjuvant.set', kind: id, on: input.checked }),
        );
        boxes.set(id, input);
        return el(
          'label',
          { class: 'check-option', for: input.id },
          input,
          el('span', {}, addonLabels[id] ?? id),
        );
      }),
    );
  const panel = el(
    'div',
    { class: 'control-panel addons-tab' },
    el('p', { class: 'control-note' }, w.addonsLegend),
    el(
      'div',
      { class: 'control-columns' },
      list(addonGroups.drug, w.addonGroups.drug),
      list(addonGroups.nonDrug, w.addonGroups.nonDrug),
    ),
  );
  const refresh = () => {
    const on = adjuvantsAt(editing(deps).scenario, deps.clock.getSnapshot().context.tDays);
    for (const id of ADJUVANTS) {
      const box = boxes.get(id);
      if (box) box.checked = on.has(id);
    }
  };
  refresh();
  return { panel, refresh };
}
