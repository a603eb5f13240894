import { appStrings } from '../content/strings';
import { el } from './dom';
import { createMotionPicker } from './motion';
import { createThemePicker, type PreferencesActor } from './theme-picker';

/** The Display button and its dialog: theme and motion, applied as soon as they are chosen. */
export function createDisplaySettings(preferences: PreferencesActor): {
  button: HTMLButtonElement;
  dialog: HTMLDialogElement;
} {
  const close = el('button', { type: 'button', class: 'button-primary' }, appStrings.closeButton);
  const dialog = el(
    'dialog',
    { class: 'dialog dialog-narrow', 'aria-labelledby': 'display-title' },
    el(
      'div',
      { class: 'dialog-header' },
      el('h2', { id: 'display-title', class: 'dialog-title' }, appStrings.displayTitle),
      close,
    ),
    el('div', { class: 'dialog-body' }, createThemePicker(preferences), createMotionPicker(preferences)),
  );
  const button = el('button', { type: 'button', 'aria-haspopup': 'dialog' }, appStrings.displayButton);
  button.addEventListener('click', () => {
    dialog.showModal();
    dialog.querySelector<HTMLInputElement>('input:checked')?.focus();
  });
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => button.focus());
  return { button, dialog };
}
