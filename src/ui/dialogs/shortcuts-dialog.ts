import { appStrings } from '../../content/strings';
import { createDialog, type Dialog } from './dialog';
import { el } from '../kit/dom';
import { SHORTCUTS, type Shortcut } from './shortcuts';

/** One table of shortcuts with a caption (hidden for the main table, shown for lecture mode's). */
function shortcutTable(caption: HTMLElement, shortcuts: readonly Shortcut[]): HTMLTableElement {
  const rows = shortcuts.map((s) =>
    el('tr', {}, el('th', { scope: 'row' }, el('kbd', {}, s.label)), el('td', {}, s.description)),
  );
  return el(
    'table',
    { class: 'shortcuts-table' },
    caption,
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, appStrings.shortcutKey),
        el('th', { scope: 'col' }, appStrings.shortcutAction),
      ),
    ),
    el('tbody', {}, ...rows),
  );
}

/** The list of keyboard shortcuts, opened with `?` or the Shortcuts button; lecture mode's keys apart. */
export function createShortcutsDialog(): Dialog {
  return createDialog(
    'shortcuts',
    appStrings.shortcutsTitle,
    [
      shortcutTable(
        el('caption', { class: 'visually-hidden' }, appStrings.shortcutsTitle),
        SHORTCUTS.filter((s) => s.mode === undefined),
      ),
      el('p', {}, appStrings.shortcutsNote),
      shortcutTable(
        el('caption', { class: 'shortcuts-mode-caption' }, appStrings.lectureShortcutsTitle),
        SHORTCUTS.filter((s) => s.mode === 'lecture'),
      ),
      el('p', {}, appStrings.lectureShortcutsNote),
    ],
    'dialog dialog-narrow',
  );
}
