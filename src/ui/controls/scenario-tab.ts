import {
  PRESET_ENTRIES,
  PRESET_GROUPS,
  presetDescription,
  presetDescriptionsReady,
  presetEntry,
  searchPresets,
} from '../../app/catalogue';
import { fileNameFor, readScenarioFile, scenarioFile } from '../../app/scenario-file';
import { controlWords as w } from '../../content/controls';
import { presetPickerWords as P } from '../../content/presets';
import { editing, setLinkedText, type ControlsDeps, type ControlTab } from './controls-deps';
import { el } from '../kit/dom';
import { button, row } from './fields';
import { presetSelect } from './preset-picker';

/** The ready-made scenarios, Reset All and Undo, and scenario files. */
export function scenarioTab(deps: ControlsDeps): ControlTab {
  const { session } = deps;
  const chooser = presetChooser(deps);
  const title = el('h3', { class: 'scenario-title', id: 'scenario-name' });
  const undo = button(w.undo, () => session.send({ type: 'undo' }));
  const message = el('p', { class: 'control-message', role: 'alert' });
  const panel = el(
    'div',
    { class: 'control-panel scenario-tab' },
    title,
    chooser.row,
    chooser.description,
    row(undo, ...scenarioFiles(deps, message)),
    message,
  );
  const refresh = () => {
    const context = editing(deps);
    title.textContent = session.title(session.state.editing);
    undo.disabled = context.history.length === 0;
    chooser.follow(context.presetName);
  };
  refresh();
  return { panel, refresh };
}

/**
 * The picker of ready-made scenarios — grouped (clinical scenarios, lesson scenarios, experiments in people
 * and in rats) and searchable by title, description, group and source — with Open and the chosen one's
 * description and source. In the search field ↓ moves to the list and Escape clears the search.
 */
function presetChooser(deps: ControlsDeps) {
  const picker = presetSelect('preset-picker', PRESET_GROUPS, { 'aria-describedby': 'preset-description' });
  const { select } = picker;
  const search = el('input', {
    type: 'search',
    id: 'preset-search',
    class: 'preset-search',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-controls': select.id,
    'aria-describedby': 'preset-search-hint',
  });
  const count = el('p', { class: 'preset-count', role: 'status' });
  const text = el('span', {});
  const source = el('span', { class: 'preset-source' });
  const description = el('p', { id: 'preset-description', class: 'preset-description' }, text, source);
  const describe = () => {
    const entry = presetEntry(select.value);
    const words = entry
      ? (presetDescription(entry.name) ?? '')
      : select.options.length === 0
        ? P.noMatch
        : '';
    setLinkedText(deps, text, words);
    source.replaceChildren();
    if (entry?.source) source.append(` ${P.source} `, sourceLink(deps, entry.source), '.');
  };
  const open = button(w.presetOpen, () => {
    if (select.value) deps.session.send({ type: 'preset.choose', name: select.value });
  });
  const filter = () => {
    const before = select.value;
    const groups = searchPresets(search.value);
    picker.show(groups);
    const n = groups.reduce((sum, g) => sum + g.presets.length, 0);
    count.textContent = P.matches(n, PRESET_ENTRIES.length);
    open.disabled = n === 0;
    if (select.value !== before || n === 0) describe();
  };
  search.addEventListener('input', filter);
  search.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && select.options.length > 0) {
      event.preventDefault();
      select.focus();
    } else if (event.key === 'Escape' && search.value !== '') {
      event.preventDefault();
      event.stopPropagation();
      search.value = '';
      filter();
    }
  });
  select.addEventListener('change', describe);
  filter();
  describe();
  // The descriptions arrive after the first screen: say the chosen one, and search them too.
  void presetDescriptionsReady.then(() => {
    filter();
    describe();
  });
  /** The preset last shown as the open one: the picker follows the editor only when that changes, so a
   * choice not yet opened is never undone by a new result. */
  let shown: string | null = null;
  return {
    row: row(
      el(
        'span',
        { class: 'control-field preset-search-field' },
        el('label', { for: search.id }, P.searchLabel),
        search,
        el('span', { id: 'preset-search-hint', class: 'visually-hidden' }, P.searchHint),
      ),
      el(
        'span',
        { class: 'control-field preset-picker-field' },
        el('label', { for: select.id }, w.presetLabel),
        select,
      ),
      open,
      count,
    ),
    description,
    /** Shows the preset the editor opened (clearing a search that hides it). */
    follow(name: string | null) {
      if (!name || name === shown) return;
      shown = name;
      if (!picker.lists(name)) {
        search.value = '';
        filter();
      }
      select.value = name;
      describe();
    },
  };
}

/** "Laulin et al. 2002", a button that opens the About dialog's list at the reference (plain text without). */
function sourceLink(deps: ControlsDeps, { id, cite }: { id: string; cite: string }): Node | string {
  const { openReference } = deps;
  if (!openReference) return cite;
  const link = el(
    'button',
    { type: 'button', class: 'term-link source-link', 'aria-label': P.sourceLink(cite) },
    cite,
  );
  link.addEventListener('click', () => openReference(id, link));
  return link;
}

/** Save and Open of scenario files (the file input stays out of the Tab order; its button opens it). */
function scenarioFiles(deps: ControlsDeps, message: HTMLElement): HTMLElement[] {
  const { session } = deps;
  const save = button(w.saveFile, () => {
    const context = editing(deps);
    const blob = new Blob([scenarioFile(context.scenario, context.title)], { type: 'application/json' });
    const link = el('a', { href: URL.createObjectURL(blob), download: fileNameFor(context.title) });
    link.click();
    URL.revokeObjectURL(link.href);
    message.textContent = w.fileSaved;
  });
  const fileInput = el('input', {
    type: 'file',
    accept: '.json,application/json',
    id: 'scenario-file',
    'aria-label': w.loadFile,
    class: 'visually-hidden',
    tabindex: -1,
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    if (file.size > 1_000_000) {
      message.textContent = `${w.fileProblem} ${w.fileTooBig}`;
      return;
    }
    file
      .text()
      .then((content) => {
        const read = readScenarioFile(content, file.name.replace(/\.json$/i, ''));
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
  const load = button(w.loadFile, () => fileInput.click());
  return [save, load, fileInput];
}
