import { appStrings } from '../content/strings';
import { createDialog, type Dialog } from './dialog';
import { el } from './dom';
import { SHORTCUTS } from './shortcuts';

/** The list of keyboard shortcuts, opened with `?` or the Shortcuts button. */
export function createShortcutsDialog(): Dialog {
  const rows = SHORTCUTS.map((s) =>
    el('tr', {}, el('th', { scope: 'row' }, el('kbd', {}, s.label)), el('td', {}, s.description)),
  );
  return createDialog(
    'shortcuts',
    appStrings.shortcutsTitle,
    [
      el(
        'table',
        { class: 'shortcuts-table' },
        el('caption', { class: 'visually-hidden' }, appStrings.shortcutsTitle),
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
      ),
      el('p', {}, appStrings.shortcutsNote),
    ],
    'dialog dialog-narrow',
  );
}
