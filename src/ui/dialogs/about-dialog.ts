import { aboutText } from '../../content/about';
import { references } from '../../content/references';
import { createDialog, type Dialog } from './dialog';
import { el } from '../kit/dom';

export interface AboutDialog extends Dialog {
  /** Opens the dialog at one reference of its list (focused and scrolled to); focus returns to `opener`. */
  showReference(id: string, opener?: HTMLElement): void;
}

/** The id of a reference's list item, so that a scenario's source can point at it: 'reference-chu-2012'. */
export const referenceItemId = (id: string) => `reference-${id}`;

function referenceItem(reference: (typeof references)[number]): HTMLLIElement {
  return el(
    'li',
    { id: referenceItemId(reference.id), tabindex: -1 },
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

/** The About dialog: what the app is, that it is for education only, its sources and its license. */
export function createAboutDialog(): AboutDialog {
  const items = references.map(referenceItem);
  const dialog = createDialog('about', aboutText.title, [
    el('h3', {}, aboutText.whatHeading),
    ...aboutText.what.map((paragraph) => el('p', {}, paragraph)),
    el('h3', {}, aboutText.educationHeading),
    el('p', { class: 'education' }, aboutText.education),
    el('h3', {}, aboutText.sourcesHeading),
    el('p', {}, aboutText.sourcesIntro),
    el('ul', { class: 'reference-list' }, ...items),
    el('h3', {}, aboutText.licenseHeading),
    el('p', {}, aboutText.license),
  ]);
  // The highlight marks the source a link opened the dialog at, for that visit only.
  dialog.element.addEventListener('close', () => {
    for (const li of items) li.classList.remove('reference-current');
  });
  return {
    ...dialog,
    showReference(id, opener) {
      const item = items.find((li) => li.id === referenceItemId(id)) ?? null;
      for (const li of items) li.classList.toggle('reference-current', li === item);
      dialog.open(opener, item);
      item?.scrollIntoView?.({ block: 'center' });
    },
  };
}
