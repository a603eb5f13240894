/**
 * Keyboard shortcuts, from one table (a test fails on a duplicate). Single keys act only when focus is not
 * in a control that uses that key itself (a slider, a chart cursor, a text field, a button); the Alt+
 * versions (PhET's convention) always work.
 *
 * Lecture mode (issue 7) has its own rows, marked `mode: 'lecture'`: while it is on they win over the rows
 * for every mode, so ← and → change scene; with Alt held they step the clock as everywhere else. A chord is
 * unique within its mode.
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
  | 'help'
  | 'scene-next'
  | 'scene-prev'
  | 'presenter';

/** Modes with rows of their own; rows without a mode hold in every mode unless a mode's row takes the key. */
export type ShortcutMode = 'lecture';

export interface Shortcut {
  readonly id: ShortcutId;
  /** KeyboardEvent.key. */
  readonly key: string;
  readonly shift?: boolean;
  /** The row needs Alt held (only in a mode's rows: elsewhere Alt is always allowed). */
  readonly alt?: boolean;
  /** Only in this mode. */
  readonly mode?: ShortcutMode;
  /**
   * A presentation clicker's key (PageDown, PageUp): it works with focus on a button or a tab too, and
   * yields only to text fields, sliders and lists, which use the key themselves.
   */
  readonly clicker?: boolean;
  /**
   * Works with focus on a plain button too (buttons do not use arrow keys): after clicking the lecture bar's
   * Next, → still goes on. Sliders, tabs, radio buttons and text fields keep their own arrows.
   */
  readonly buttons?: boolean;
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
  {
    id: 'scene-next',
    key: 'PageDown',
    mode: 'lecture',
    clicker: true,
    label: 'Page Down',
    description: 'Next scene (what presentation clickers send)',
  },
  {
    id: 'scene-prev',
    key: 'PageUp',
    mode: 'lecture',
    clicker: true,
    label: 'Page Up',
    description: 'Previous scene (what presentation clickers send)',
  },
  {
    id: 'scene-next',
    key: 'ArrowRight',
    mode: 'lecture',
    buttons: true,
    label: '→',
    description: 'Next scene',
  },
  // In a lecture Space goes forward like a clicker, even with focus on Previous (the key press is taken
  // before the button's own Space), and F works with focus on the lecture bar's buttons.
  {
    id: 'scene-next',
    key: ' ',
    mode: 'lecture',
    buttons: true,
    label: 'Space',
    description: 'Next scene',
  },
  {
    id: 'full-screen',
    key: 'f',
    mode: 'lecture',
    buttons: true,
    label: 'F',
    description: 'Full screen on or off',
  },
  {
    id: 'scene-prev',
    key: 'ArrowLeft',
    mode: 'lecture',
    buttons: true,
    label: '←',
    description: 'Previous scene',
  },
  {
    id: 'presenter',
    key: 'p',
    mode: 'lecture',
    buttons: true,
    label: 'P',
    description: 'Presenter view: notes, next scene and timer in a window for your own screen',
  },
  {
    id: 'day-forward',
    key: 'ArrowRight',
    alt: true,
    mode: 'lecture',
    label: 'Alt + →',
    description: 'One day forward',
  },
  {
    id: 'day-back',
    key: 'ArrowLeft',
    alt: true,
    mode: 'lecture',
    label: 'Alt + ←',
    description: 'One day back',
  },
  {
    id: 'week-forward',
    key: 'ArrowRight',
    alt: true,
    shift: true,
    mode: 'lecture',
    label: 'Alt + Shift + →',
    description: 'One week forward',
  },
  {
    id: 'week-back',
    key: 'ArrowLeft',
    alt: true,
    shift: true,
    mode: 'lecture',
    label: 'Alt + Shift + ←',
    description: 'One week back',
  },
];

/** Controls whose own keys win over single-key shortcuts. */
const OWN_KEYS =
  'input, select, textarea, button, a[href], [contenteditable=""], [contenteditable="true"], [role="slider"], [role="tab"], [role="button"], dialog *';
/** Controls that use a clicker's keys (PageDown scrolls a list or a text field, moves a slider). */
const CLICKER_OWN_KEYS =
  'input:not([type="button"]):not([type="submit"]):not([type="checkbox"]):not([type="radio"]), select, textarea, [contenteditable=""], [contenteditable="true"], [role="slider"], [role="listbox"], dialog *';

/** Controls that use arrow keys themselves. */
const ARROW_OWN_KEYS = `${CLICKER_OWN_KEYS}, input, [role="tab"], [role="radio"], [role="menuitem"]`;

/** The chord without its mode: what a key press must match. */
function keysOf(shortcut: Pick<Shortcut, 'key' | 'shift' | 'alt'>): string {
  return `${shortcut.alt ? 'alt+' : ''}${shortcut.shift ? 'shift+' : ''}${shortcut.key.toLowerCase()}`;
}

function chordOf(shortcut: Shortcut): string {
  return `${shortcut.mode ? `${shortcut.mode}:` : ''}${keysOf(shortcut)}`;
}

type KeyPress = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>;

const focusedIn = (event: KeyPress, selector: string): boolean => {
  const target = event.target as Element | null;
  return target !== null && typeof target.closest === 'function' && target.closest(selector) !== null;
};

/**
 * The shortcut a key press asks for in a mode (none: the app's usual keys), or null. `?` is typed with Shift
 * on most layouts, so its Shift is ignored.
 */
export function shortcutFor(event: KeyPress, mode?: ShortcutMode): Shortcut | null {
  if (event.ctrlKey || event.metaKey) return null;
  const key = event.key.toLowerCase();
  const shift = event.shiftKey && key !== '?' ? 'shift+' : '';
  if (mode) {
    const own = SHORTCUTS.find(
      (s) => s.mode === mode && keysOf(s) === `${event.altKey ? 'alt+' : ''}${shift}${key}`,
    );
    if (own) {
      if (own.alt) return own;
      const owners = own.clicker ? CLICKER_OWN_KEYS : own.buttons ? ARROW_OWN_KEYS : OWN_KEYS;
      return focusedIn(event, owners) ? null : own;
    }
  }
  const match = SHORTCUTS.find((s) => s.mode === undefined && keysOf(s) === `${shift}${key}`) ?? null;
  if (!match || event.altKey) return match;
  return focusedIn(event, OWN_KEYS) ? null : match;
}

/**
 * Listens on `window` and runs the handler of each shortcut pressed; returns the function that stops it.
 * `mode` is asked at every key press (lecture mode comes and goes).
 */
export function installShortcuts(
  window: Window,
  handlers: Readonly<Record<ShortcutId, () => void>>,
  mode: () => ShortcutMode | undefined = () => undefined,
): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || (event.repeat && event.key === ' ')) return;
    const shortcut = shortcutFor(event, mode());
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
