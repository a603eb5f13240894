import { aboutText } from '../../content/about';
import { references } from '../../content/references';
import { createDialog, type Dialog } from './dialog';
import { el } from '../kit/dom';

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

/** The About dialog: what the app is, that it is for education only, its sources and its license. */
export function createAboutDialog(): Dialog {
  return createDialog('about', aboutText.title, [
    el('h3', {}, aboutText.whatHeading),
    ...aboutText.what.map((paragraph) => el('p', {}, paragraph)),
    el('h3', {}, aboutText.educationHeading),
    el('p', { class: 'education' }, aboutText.education),
    el('h3', {}, aboutText.sourcesHeading),
    el('p', {}, aboutText.sourcesIntro),
    el('ul', {}, ...references.map(referenceItem)),
    el('h3', {}, aboutText.licenseHeading),
    el('p', {}, aboutText.license),
  ]);
}
