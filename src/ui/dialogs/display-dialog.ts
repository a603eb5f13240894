import { appStrings } from '../../content/strings';
import { createDialog } from './dialog';
import { el } from '../kit/dom';
import { createMotionPicker } from '../kit/motion';
import { createThemePicker, type PreferencesActor } from '../kit/theme-picker';

/** The Display button and its dialog: theme and motion, applied as soon as they are chosen. */
export function createDisplaySettings(preferences: PreferencesActor): {
  button: HTMLButtonElement;
  dialog: HTMLDialogElement;
  dispose(): void;
} {
  const pickers = [createThemePicker(preferences), createMotionPicker(preferences)];
  const dialog = createDialog(
    'display',
    appStrings.displayTitle,
    pickers.map((picker) => picker.element),
    'dialog dialog-narrow',
  );
  const button = el('button', { type: 'button', 'aria-haspopup': 'dialog' }, appStrings.displayButton);
  button.addEventListener('click', () =>
    dialog.open(button, dialog.element.querySelector<HTMLInputElement>('input:checked')),
  );
  return { button, dialog: dialog.element, dispose: () => pickers.forEach((picker) => picker.dispose()) };
}
