import { appStrings } from '../../content/strings';
import { el, type Child } from '../kit/dom';

export interface Dialog {
  readonly element: HTMLDialogElement;
  /** Opens as a modal and focuses `focus` (or the Close button); focus returns to `opener` on close. */
  open(opener?: HTMLElement, focus?: HTMLElement | null): void;
  close(): void;
}

/**
 * A modal <dialog> with a titled header and a Close button: focus stays inside while open, Escape or a
 * click on the backdrop closes it, and focus goes back where it came from.
 */
export function createDialog(
  id: string,
  title: string,
  body: readonly Child[],
  className = 'dialog',
): Dialog {
  const closeButton = el('button', { type: 'button', class: 'button-primary' }, appStrings.closeButton);
  const element = el(
    'dialog',
    { class: className, 'aria-labelledby': `${id}-title` },
    el(
      'div',
      { class: 'dialog-header' },
      el('h2', { id: `${id}-title`, class: 'dialog-title' }, title),
      closeButton,
    ),
    el('div', { class: 'dialog-body' }, ...body),
  );
  let returnFocusTo: HTMLElement | undefined;
  closeButton.addEventListener('click', () => element.close());
  element.addEventListener('close', () => {
    returnFocusTo?.focus();
    returnFocusTo = undefined;
  });
  element.addEventListener('click', (event) => {
    if (event.target === element) element.close();
  });
  return {
    element,
    open(opener, focus) {
      returnFocusTo = opener;
      if (!element.open) element.showModal();
      (focus ?? closeButton).focus();
    },
    close() {
      if (element.open) element.close();
    },
  };
}
