/**
 * Keyboard shortcuts, from one table (a test fails on a duplicate). Single keys act only when focus is not
 * in a control that uses that key itself (a slider, a chart cursor, a text field, a button); the Alt+
 * versions (PhET's convention) always work.
 */
export type ShortcutId =
  | 'play-pause'
  | 'day-forward'
  | 'day-back'
  | 'week-forward'
  | 'week-back'
  | 'reset'
  | 'next-theme'
  | 'full-screen'
  | 'glossary'
  | 'help';

export interface Shortcut {
  readonly id: ShortcutId;
  /** KeyboardEvent.key. */
  readonly key: string;
  readonly shift?: boolean;
  /** How the key is written for people. */
  readonly label: string;
  readonly description: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'play-pause', key: ' ', label: 'Space', description: 'Play or pause the simulation' },
  { id: 'day-forward', key: 'ArrowRight', label: '→', description: 'One day forward' },
  { id: 'day-back', key: 'ArrowLeft', label: '←', description: 'One day back' },
  { id: 'week-forward', key: 'ArrowRight', shift: true, label: 'Shift + →', description: 'One week forward' },
  { id: 'week-back', key: 'ArrowLeft', shift: true, label: 'Shift + ←', description: 'One week back' },
  {
    id: 'reset',
    key: 'r',
    label: 'R',
    description: 'Reset all: the scenario as first opened, day 0, compare off',
  },
  { id: 'next-theme', key: 't', label: 'T', description: 'Next theme (default, projector, high contrast)' },
  { id: 'full-screen', key: 'f', label: 'F', description: 'Full screen on or off' },
  { id: 'glossary', key: 'g', label: 'G', description: 'Open the glossary' },
  { id: 'help', key: '?', label: '?', description: 'Show these shortcuts' },
];

/** Controls whose own keys win over single-key shortcuts. */
const OWN_KEYS =
  'input, select, textarea, button, a[href], [contenteditable=""], [contenteditable="true"], [role="slider"], [role="tab"], [role="button"], dialog *';

function chordOf(shortcut: Shortcut): string {
  return `${shortcut.shift ? 'shift+' : ''}${shortcut.key.toLowerCase()}`;
}

/** The shortcut a key press asks for, or null. `?` is typed with Shift on most layouts, so its Shift is ignored. */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>,
): Shortcut | null {
  if (event.ctrlKey || event.metaKey) return null;
  const key = event.key.toLowerCase();
  const match =
    SHORTCUTS.find((s) => chordOf(s) === `${event.shiftKey && key !== '?' ? 'shift+' : ''}${key}`) ?? null;
  if (!match || event.altKey) return match;
  const target = event.target as Element | null;
  return target && typeof target.closest === 'function' && target.closest(OWN_KEYS) ? null : match;
}

/** Listens on `window` and runs the handler of each shortcut pressed; returns the function that stops it. */
export function installShortcuts(
  window: Window,
  handlers: Readonly<Record<ShortcutId, () => void>>,
): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || (event.repeat && event.key === ' ')) return;
    const shortcut = shortcutFor(event);
    if (!shortcut) return;
    event.preventDefault();
    handlers[shortcut.id]();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}

/** Every chord must be unique; exported for the test that guards the table. */
export function duplicateChords(table: readonly Shortcut[] = SHORTCUTS): string[] {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const shortcut of table) {
    const chord = chordOf(shortcut);
    if (seen.has(chord)) duplicates.push(chord);
    seen.add(chord);
  }
  return duplicates;
}
