import {
  findGlossaryEntry,
  glossaryNames,
  glossarySlug,
  sortedGlossary,
  type GlossaryEntry,
} from '../../content/glossary';
import { appStrings } from '../../content/strings';
import { createDialog, type Dialog } from './dialog';
import { el } from '../kit/dom';
import { linkTerms } from '../kit/glossary-links';

export interface GlossaryDialog {
  readonly element: HTMLDialogElement;
  /**
   * Opens the glossary; focus returns to `opener` when it closes. With `term` (a term or an alias, any case)
   * it clears the filter, scrolls to that entry, highlights it and focuses it; without, it focuses the filter.
   */
  open(opener?: HTMLElement, term?: string): void;
  close(): void;
}

/** The id of an entry's element, so that a lesson or a link can point at it: 'glossary-rvm'. */
export function glossaryEntryId(entry: GlossaryEntry): string {
  return `glossary-${glossarySlug(entry)}`;
}

/** Aliases worth showing: not the term again with another dash or case ("dose-response" for "dose–response"). */
function distinctAliases(entry: GlossaryEntry): string[] {
  const key = (name: string) => name.toLowerCase().replace(/[–—]/g, '-');
  const seen = new Set([key(entry.term)]);
  const shown: string[] = [];
  for (const alias of entry.aliases ?? []) {
    if (seen.has(key(alias))) continue;
    seen.add(key(alias));
    shown.push(alias);
  }
  return shown;
}

interface Row {
  readonly entry: GlossaryEntry;
  readonly element: HTMLDivElement;
  readonly heading: HTMLElement;
  /** Lower-case words the filter looks in: names and definition. */
  readonly haystack: string;
}

/** The glossary: every term in alphabetical order as a definition list, with a filter field. */
export function createGlossaryDialog(): GlossaryDialog {
  let jumpTo: (term: string) => void = () => undefined;
  const rows: Row[] = sortedGlossary().map((entry) => {
    const heading = el('dt', { class: 'glossary-term', tabindex: -1 }, el('dfn', {}, entry.term));
    const shownAliases = distinctAliases(entry);
    const aliases = shownAliases.length
      ? el('p', { class: 'glossary-aliases' }, `${appStrings.glossaryAlsoCalled} ${shownAliases.join(', ')}`)
      : null;
    // Terms in a definition link to their own entries; the entry's own names stay plain.
    const definition = el(
      'dd',
      { class: 'glossary-definition' },
      el(
        'p',
        {},
        linkTerms(entry.definition, (term) => jumpTo(term), document, new Set([entry.term])),
      ),
      aliases,
    );
    const element = el('div', { class: 'glossary-entry', id: glossaryEntryId(entry) }, heading, definition);
    const haystack = [...glossaryNames(entry), entry.definition].join(' ').toLowerCase();
    return { entry, element, heading, haystack };
  });

  const filter = el('input', {
    id: 'glossary-filter',
    class: 'glossary-filter-input',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const count = el('p', { class: 'glossary-count', 'aria-live': 'polite' });
  const list = el('dl', { class: 'glossary-list' }, ...rows.map((r) => r.element));
  const dialog: Dialog = createDialog(
    'glossary',
    appStrings.glossaryTitle,
    [
      el('p', {}, appStrings.glossaryIntro),
      el(
        'div',
        { class: 'glossary-filter' },
        el('label', { for: 'glossary-filter' }, appStrings.glossaryFilterLabel),
        filter,
      ),
      count,
      list,
    ],
    'dialog glossary-dialog',
  );

  const applyFilter = () => {
    const wanted = filter.value.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      row.element.hidden = wanted !== '' && !row.haystack.includes(wanted);
      if (!row.element.hidden) shown += 1;
    }
    count.textContent =
      shown === 0
        ? appStrings.glossaryNoMatch
        : appStrings.glossaryCount.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  };
  filter.addEventListener('input', applyFilter);
  applyFilter();

  /** Shows, highlights and focuses one entry; false if no entry has that name. */
  const focusEntry = (term: string): boolean => {
    const found = findGlossaryEntry(term);
    const row = rows.find((r) => r.entry === found);
    if (!row) return false;
    if (row.element.hidden) {
      filter.value = '';
      applyFilter();
    }
    for (const r of rows) r.element.classList.toggle('glossary-entry-current', r === row);
    row.heading.focus();
    row.heading.scrollIntoView({ block: 'center' });
    return true;
  };
  jumpTo = (term) => void focusEntry(term);

  return {
    element: dialog.element,
    open(opener, term) {
      dialog.open(opener, filter);
      if (term === undefined || !focusEntry(term)) {
        for (const r of rows) r.element.classList.remove('glossary-entry-current');
      }
    },
    close: () => dialog.close(),
  };
}
