import { PRESET_GROUPS } from '../../app/catalogue';
import { fileNameFor, readScenarioFile, scenarioFile } from '../../app/scenario-file';
import { controlWords as w } from '../../content/controls';
import { editing, setLinkedText, type ControlsDeps, type ControlTab } from './controls-deps';
import { el } from '../kit/dom';
import { button, row } from './fields';

const ALL = [...PRESET_GROUPS.clinical, ...PRESET_GROUPS.human, ...PRESET_GROUPS.rat];

/** The ready-made scenarios with their descriptions, Reset All and Undo, and scenario files. */
export function scenarioTab(deps: ControlsDeps): ControlTab {
  const { session } = deps;
  const select = el('select', { id: 'preset-picker', 'aria-describedby': 'preset-description' });
  for (const [group, presets] of Object.entries(PRESET_GROUPS) as [
    keyof typeof PRESET_GROUPS,
    typeof ALL,
  ][]) {
    const optgroup = el('optgroup', { label: w.presetGroups[group] });
    for (const p of presets) optgroup.append(el('option', { value: p.name }, p.name));
    select.append(optgroup);
  }
  const description = el('p', { id: 'preset-description', class: 'preset-description' });
  const describe = () => {
    setLinkedText(deps, description, ALL.find((p) => p.name === select.value)?.description ?? '');
  };
  select.addEventListener('change', describe);
  const open = button(w.presetOpen, () => session.send({ type: 'preset.choose', name: select.value }));
  const title = el('h3', { class: 'scenario-title', id: 'scenario-name' });
  const undo = button(w.undo, () => session.send({ type: 'undo' }));
  const message = el('p', { class: 'control-message', role: 'alert' });

  const save = button(w.saveFile, () => {
    const context = editing(deps);
    const blob = new Blob([scenarioFile(context.scenario, context.title)], { type: 'application/json' });
    const link = el('a', { href: URL.createObjectURL(blob), download: fileNameFor(context.title) });
    link.click();
    URL.revokeObjectURL(link.href);
    message.textContent = w.fileSaved;
  });
  const picker = el('input', {
    type: 'file',
    accept: '.json,application/json',
    id: 'scenario-file',
    'aria-label': w.loadFile,
    class: 'visually-hidden',
    tabindex: -1,
  });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (!file) return;
    if (file.size > 1_000_000) {
      message.textContent = `${w.fileProblem} ${w.fileTooBig}`;
      return;
    }
    file
      .text()
      .then((text) => {
        const read = readScenarioFile(text, file.name.replace(/\.json$/i, ''));
        if (!read.ok) {
          message.textContent = `${w.fileProblem} ${read.message}`;
          return;
        }
        message.textContent = '';
        session.send({ type: 'scenario.load', scenario: read.scenario, title: read.title });
      })
      .catch(() => {
        message.textContent = `${w.fileProblem} ${w.fileNotJson}`;
      });
  });
  const load = button(w.loadFile, () => picker.click());

  const panel = el(
    'div',
    { class: 'control-panel scenario-tab' },
    title,
    row(el('span', { class: 'control-field' }, el('label', { for: select.id }, w.presetLabel), select), open),
    description,
    row(undo, save, load, picker),
    message,
  );
  const refresh = () => {
    const context = editing(deps);
    title.textContent = session.title(session.state.editing);
    undo.disabled = context.history.length === 0;
    if (
      context.presetName &&
      panel.ownerDocument.activeElement !== select &&
      select.value !== context.presetName
    ) {
      select.value = context.presetName;
      describe();
    }
  };
  select.value = editing(deps).presetName ?? ALL[0]?.name ?? '';
  describe();
  refresh();
  return { panel, refresh };
}
