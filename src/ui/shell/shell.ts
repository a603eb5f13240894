import { appStrings, regionText, type RegionText } from '../../content/strings';
import type { AboutDialog } from '../dialogs/about-dialog';
import type { Dialog } from '../dialogs/dialog';
import { el } from '../kit/dom';
import { icon, type IconName } from '../kit/icons';
import { headerMarkup } from './header-markup';
import { createDisplaySettings } from '../dialogs/display-dialog';
import type { GlossaryDialog } from '../dialogs/glossary-dialog';
import { bindPreferencesToDocument, type PreferencesActor } from '../kit/theme-picker';

export type RegionId = keyof typeof regionText;

export interface Shell {
  /** The body of each region, where a view mounts. */
  readonly regions: Readonly<Record<RegionId, HTMLElement>>;
  /** Where the lesson panel mounts (hidden until the learner opens the lessons). */
  readonly lessonSlot: HTMLElement;
  /** Where the lecture bar mounts (hidden outside lecture mode). */
  readonly lectureSlot: HTMLElement;
  /** Header buttons that open the lessons and the lecture mode. */
  readonly lessonsButton: HTMLButtonElement;
  readonly lectureButton: HTMLButtonElement;
  /** Where the Experiments view mounts (hidden until opened), and the header button that opens it. */
  readonly experimentsSlot: HTMLElement;
  readonly experimentsButton: HTMLButtonElement;
  /** The About dialog; `about.showReference(id)` opens it at one of its sources. */
  readonly about: LazyDialog<AboutDialog> & Pick<AboutDialog, 'open' | 'showReference'>;
  readonly shortcuts: LazyDialog<Dialog> & Pick<Dialog, 'open'>;
  /** The glossary; `glossary.open(returnFocusTo, term?)` opens it, at a term if given. */
  readonly glossary: LazyDialog<GlossaryDialog> & Pick<GlossaryDialog, 'open'>;
  destroy(): void;
}

/**
 * A dialog whose code and words load the first time it is opened (step 14: the glossary's definitions and the
 * About dialog's sources are not needed to draw the first screen). `open` and the other calls wait for it;
 * `loaded()` gives the dialog itself once it is there.
 */
export interface LazyDialog<D extends Dialog | GlossaryDialog> {
  /** Closes it if it is open (a dialog never opened is not loaded for this). */
  close(): void;
  loaded(): Promise<D>;
}

function lazyDialog<D extends Dialog | GlossaryDialog>(
  root: HTMLElement,
  load: () => Promise<D>,
): LazyDialog<D> {
  let made: Promise<D> | null = null;
  return {
    loaded: () =>
      (made ??= load().then((dialog) => {
        root.append(dialog.element);
        return dialog;
      })),
    close: () => void made?.then((dialog) => dialog.close()),
  };
}

const REGION_ICONS: Readonly<Record<RegionId, IconName>> = {
  scene: 'pathway',
  charts: 'chart',
  controls: 'sliders',
};

function region(id: RegionId, text: RegionText): { section: HTMLElement; body: HTMLElement } {
  const body = el(
    'div',
    { class: 'region-body', 'data-region': id },
    el(
      'div',
      { class: 'region-loading', role: 'status' },
      icon(REGION_ICONS[id], 'region-loading-icon'),
      el('p', { class: 'region-loading-text' }, text.loading),
    ),
  );
  const section = el(
    'section',
    { class: `region region-${id}`, 'aria-labelledby': `${id}-title` },
    el('h2', { id: `${id}-title`, class: 'region-title' }, text.title),
    body,
  );
  return { section, body };
}

/**
 * The skip link and the header: the ones index.html already shows (painted before the scripts ran), or the
 * same built from their markup; the header's buttons go into its tools.
 */
function skipLinkAndHeader(root: HTMLElement, ...tools: HTMLElement[]): [HTMLElement, HTMLElement] {
  let skip = root.querySelector<HTMLElement>(':scope > a.skip-link');
  let head = root.querySelector<HTMLElement>(':scope > header.app-header');
  if (!skip || !head) {
    const template = root.ownerDocument.createElement('template');
    template.innerHTML = headerMarkup();
    [skip, head] = [...template.content.children] as [HTMLElement, HTMLElement];
  }
  head.querySelector('.header-tools')?.replaceChildren(...tools);
  return [skip, head];
}

/** Builds the app shell — header, the three workspace regions, footer, About dialog — inside `root`. */
export function mountShell(root: HTMLElement, preferences: PreferencesActor): Shell {
  const loadAbout = lazyDialog(root, () =>
    import('../dialogs/about-dialog').then(({ createAboutDialog }) => createAboutDialog()),
  );
  const about: Shell['about'] = {
    ...loadAbout,
    open: (opener) => void loadAbout.loaded().then((d) => d.open(opener)),
    showReference: (id, opener) => void loadAbout.loaded().then((d) => d.showReference(id, opener)),
  };
  const aboutButton = el('button', { type: 'button', 'aria-haspopup': 'dialog' }, appStrings.aboutButton);
  aboutButton.addEventListener('click', () => about.open(aboutButton));

  const display = createDisplaySettings(preferences);
  const loadShortcuts = lazyDialog(root, () =>
    import('../dialogs/shortcuts-dialog').then(({ createShortcutsDialog }) => createShortcutsDialog()),
  );
  const shortcuts: Shell['shortcuts'] = {
    ...loadShortcuts,
    open: (opener) => void loadShortcuts.loaded().then((d) => d.open(opener)),
  };
  const shortcutsButton = el(
    'button',
    { type: 'button', 'aria-haspopup': 'dialog', 'aria-keyshortcuts': '?' },
    appStrings.shortcutsButton,
  );
  shortcutsButton.addEventListener('click', () => shortcuts.open(shortcutsButton));
  const loadGlossary = lazyDialog(root, () =>
    import('../dialogs/glossary-dialog').then(({ createGlossaryDialog }) => createGlossaryDialog()),
  );
  const glossary: Shell['glossary'] = {
    ...loadGlossary,
    open: (opener, term) => void loadGlossary.loaded().then((d) => d.open(opener, term)),
  };
  const glossaryButton = el(
    'button',
    { type: 'button', 'aria-haspopup': 'dialog', 'aria-keyshortcuts': 'G' },
    appStrings.glossaryButton,
  );
  glossaryButton.addEventListener('click', () => glossary.open(glossaryButton));
  const lessonSlot = el('div', { class: 'lesson-slot', id: 'lesson-slot', hidden: true });
  const lectureSlot = el('div', { class: 'lecture-slot', id: 'lecture-slot', hidden: true });
  const lessonsButton = el(
    'button',
    { type: 'button', 'aria-expanded': 'false', 'aria-controls': lessonSlot.id },
    appStrings.lessonsButton,
  );
  const lectureButton = el(
    'button',
    { type: 'button', 'aria-controls': lectureSlot.id },
    appStrings.lectureButton,
  );
  const experimentsSlot = el('section', { class: 'experiments-slot', id: 'experiments-slot', hidden: true });
  const experimentsButton = el(
    'button',
    { type: 'button', 'aria-expanded': 'false', 'aria-controls': experimentsSlot.id },
    appStrings.experimentsButton,
  );
  const scene = region('scene', regionText.scene);
  const charts = region('charts', regionText.charts);
  const controls = region('controls', regionText.controls);

  const [skipLink, head] = skipLinkAndHeader(
    root,
    lessonsButton,
    lectureButton,
    experimentsButton,
    display.button,
    glossaryButton,
    shortcutsButton,
    aboutButton,
  );
  // The skip link and header stay where index.html put them (moving the painted header would make the browser
  // count its first paint again, later); everything else in #app (the noscript note) gives way to the app.
  for (const child of [...root.childNodes]) if (child !== skipLink && child !== head) child.remove();
  root.prepend(skipLink);
  if (skipLink.nextSibling !== head) skipLink.after(head);
  head.after(
    el(
      'main',
      { id: 'workspace', class: 'workspace', tabindex: -1 },
      lectureSlot,
      lessonSlot,
      scene.section,
      charts.section,
      controls.section,
      experimentsSlot,
    ),
    el('footer', { class: 'app-footer' }, el('p', {}, appStrings.footer)),
    display.dialog,
  );

  const unbind = bindPreferencesToDocument(preferences, root.ownerDocument.documentElement);
  return {
    regions: { scene: scene.body, charts: charts.body, controls: controls.body },
    lessonSlot,
    lectureSlot,
    lessonsButton,
    lectureButton,
    experimentsSlot,
    experimentsButton,
    about,
    shortcuts,
    glossary,
    destroy() {
      unbind();
      display.dispose();
      root.replaceChildren();
    },
  };
}
