import { aboutText } from '../content/about';
import { references } from '../content/references';
import { appStrings } from '../content/strings';
import { el } from './dom';

export interface AboutDialog {
  readonly element: HTMLDialogElement;
  open(opener?: HTMLElement): void;
  close(): void;
}

function referenceItem(reference: (typeof references)[number]): HTMLLIElement {
  return el(
    'li',
    {},
    el('span', {}, reference.citation),
    '. ',
    el(
      'span',
      { class: 'reference-source' },
      reference.source,
      reference.doi ? ` · doi:${reference.doi}` : '',
    ),
  );
}

/** The About dialog: a modal <dialog>, so focus stays inside it and Escape closes it. */
export function createAboutDialog(): AboutDialog {
  const closeButton = el('button', { type: 'button', class: 'button-primary' }, appStrings.closeButton);
  const element = el(
    'dialog',
    { class: 'dialog', 'aria-labelledby': 'about-title' },
    el(
      'div',
      { class: 'dialog-header' },
      el('h2', { id: 'about-title', class: 'dialog-title' }, aboutText.title),
      closeButton,
    ),
    el(
      'div',
      { class: 'dialog-body' },
      el('h3', {}, aboutText.whatHeading),
      ...aboutText.what.map((paragraph) => el('p', {}, paragraph)),
      el('h3', {}, aboutText.educationHeading),
      el('p', { class: 'education' }, aboutText.education),
      el('h3', {}, aboutText.sourcesHeading),
      el('p', {}, aboutText.sourcesIntro),
      el('ul', {}, ...references.map(referenceItem)),
      el('h3', {}, aboutText.licenseHeading),
      el('p', {}, aboutText.license),
    ),
  );

  let returnFocusTo: HTMLElement | undefined;
  closeButton.addEventListener('click', () => element.close());
  element.addEventListener('close', () => {
    returnFocusTo?.focus();
    returnFocusTo = undefined;
  });
  // A click on the backdrop (outside the dialog box) closes it, as people expect of a modal.
  element.addEventListener('click', (event) => {
    if (event.target === element) element.close();
  });

  return {
    element,
    open(opener) {
      returnFocusTo = opener;
      if (!element.open) element.showModal();
      closeButton.focus();
    },
    close() {
      if (element.open) element.close();
    },
  };
}
