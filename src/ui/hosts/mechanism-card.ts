import { mechanismText, toleranceText } from '../../content/mechanisms';
import { referenceById, type ReferenceId } from '../../content/references';
import { appStrings } from '../../content/strings';
import { MECHANISM_LABELS, type SceneRegionId, type Snapshot } from '../../model';
import { el } from '../kit/dom';
import { linkTerms } from '../kit/glossary-links';
import { createLevelReadout } from './mechanism-level';

export interface MechanismCard {
  readonly element: HTMLElement;
  /** Explains a mechanism (or tolerance) and moves focus to its title; focus goes back on hide. */
  /** Shows a mechanism; `moveFocus` false when the app (a lesson step, a lecture scene) shows it, not the learner. */
  show(id: SceneRegionId, moveFocus?: boolean): void;
  /** Hides it; focus goes back to where the learner was only if the learner opened it. */
  hide(): void;
  /**
   * Refreshes "Now in this simulation" (level as a percent, in words, with its trend) from a model snapshot.
   * Call it with every snapshot the scene draws, shown or not: the panel keeps the latest, touches the DOM
   * only when the rounded words change, and never announces them (no live region).
   */
  update(snapshot: Snapshot): void;
  readonly shown: SceneRegionId | null;
}

/** The same panel under the name the lessons use. */
export type MechanismPanel = MechanismCard;

export interface MechanismPanelOptions {
  /** Called when the learner closes the panel (the host clears the highlight). */
  readonly onClose: () => void;
  /** Opens the glossary at a term; without it, glossary terms in the texts are plain text. */
  readonly openGlossary?: (term: string) => void;
}

interface Texts {
  readonly name: string;
  readonly site: string;
  readonly summary: string;
  readonly drives: string;
  readonly blocks: string;
  readonly evidence: string;
  readonly sourceIds: readonly ReferenceId[];
}

const textsOf = (id: SceneRegionId): Texts =>
  id === 'tolerance' ? toleranceText : { ...mechanismText[id], name: MECHANISM_LABELS[id] };

function section(heading: string, ...content: Node[]): HTMLElement {
  return el(
    'div',
    { class: 'mechanism-section' },
    el('h4', { class: 'mechanism-section-title' }, heading),
    ...content,
  );
}

function sourceItem(id: ReferenceId): HTMLLIElement {
  const reference = referenceById(id);
  const where = reference.doi ? `${reference.source} · doi:${reference.doi}` : reference.source;
  return el('li', {}, `${reference.citation}. `, el('span', { class: 'reference-source' }, where));
}

/**
 * The mechanism panel: what a mechanism the learner chose (in the scene, a chart or a switch) is, what drives
 * it, what blocks it and which treatment or experiment does, its level and trend now, how sure the evidence
 * is, and its sources. All words come from src/content, which the lessons reuse.
 */
export function createMechanismPanel(options: MechanismPanelOptions): MechanismPanel {
  const { onClose, openGlossary } = options;
  const title = el('h3', { id: 'mechanism-card-title', class: 'mechanism-card-title', tabindex: -1 });
  const site = el('p', { class: 'mechanism-card-site' });
  const summary = el('p', {});
  const drives = el('p', {});
  const blocks = el('p', {});
  const evidence = el('p', { class: 'mechanism-card-evidence' });
  const sources = el('ul', { class: 'mechanism-sources' });
  const level = createLevelReadout();
  const close = el('button', { type: 'button', class: 'mechanism-card-close' }, appStrings.closeButton);
  const element = el(
    'aside',
    { class: 'mechanism-card mechanism-panel', 'aria-labelledby': 'mechanism-card-title', hidden: true },
    el('div', { class: 'mechanism-card-header' }, title, close),
    site,
    section(appStrings.mechanismWhat, summary),
    level.element,
    section(appStrings.mechanismDrives, drives),
    section(appStrings.mechanismBlocks, blocks),
    section(appStrings.mechanismEvidence, evidence),
    section(appStrings.mechanismSources, sources),
  );
  let shown: SceneRegionId | null = null;
  let latest: Snapshot | null = null;
  let returnFocusTo: HTMLElement | null = null;

  const fill = (id: SceneRegionId) => {
    const texts = textsOf(id);
    // One link per term in the whole panel: a term linked in "What it is" stays plain further down.
    const linked = new Set<string>();
    const words = (text: string): Node =>
      openGlossary
        ? linkTerms(text, openGlossary, element.ownerDocument, linked)
        : element.ownerDocument.createTextNode(text);
    title.textContent = texts.name;
    site.textContent = `${appStrings.whereLabel} ${texts.site}`;
    summary.replaceChildren(words(texts.summary));
    drives.replaceChildren(words(texts.drives));
    blocks.replaceChildren(words(texts.blocks));
    evidence.replaceChildren(words(texts.evidence));
    sources.replaceChildren(...texts.sourceIds.map(sourceItem));
    level.render(id, latest);
  };
  const hide = () => {
    shown = null;
    element.hidden = true;
    // Back to where the learner chose the mechanism (a region of the scene, a chart panel).
    returnFocusTo?.focus();
    returnFocusTo = null;
  };
  close.addEventListener('click', () => {
    hide();
    onClose();
  });
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close.click();
  });
  return {
    element,
    get shown() {
      return shown;
    },
    show(id, moveFocus = true) {
      const active = element.ownerDocument.activeElement;
      if (moveFocus && !shown && active instanceof HTMLElement && !element.contains(active))
        returnFocusTo = active;
      shown = id;
      fill(id);
      element.hidden = false;
      // Move focus to the explanation so keyboard and screen-reader users land on what they asked for.
      if (moveFocus) title.focus();
    },
    hide,
    update(snapshot) {
      latest = snapshot;
      if (shown) level.render(shown, snapshot);
    },
  };
}

/** The panel as scene-host.ts creates it: `createMechanismCard(onClose, openGlossary?)`. */
export function createMechanismCard(
  onClose: () => void,
  openGlossary?: (term: string) => void,
): MechanismCard {
  return createMechanismPanel(openGlossary ? { onClose, openGlossary } : { onClose });
}
