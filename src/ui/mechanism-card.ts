import { mechanismText, toleranceText } from '../content/mechanisms';
import { appStrings } from '../content/strings';
import type { SceneRegionId } from '../scenes/view';
import { el } from './dom';

export interface MechanismCard {
  readonly element: HTMLElement;
  show(id: SceneRegionId): void;
  hide(): void;
  readonly shown: SceneRegionId | null;
}

/** The explanation of a mechanism the learner chose in the scene: what it is, where, and how sure we are. */
export function createMechanismCard(onClose: () => void): MechanismCard {
  const title = el('h3', { id: 'mechanism-card-title', class: 'mechanism-card-title', tabindex: -1 });
  const site = el('p', { class: 'mechanism-card-site' });
  const summary = el('p', {});
  const evidence = el('p', { class: 'mechanism-card-evidence' });
  const close = el('button', { type: 'button', class: 'mechanism-card-close' }, appStrings.closeButton);
  const element = el(
    'aside',
    { class: 'mechanism-card', 'aria-labelledby': 'mechanism-card-title', hidden: true },
    el('div', { class: 'mechanism-card-header' }, title, close),
    site,
    summary,
    evidence,
  );
  let shown: SceneRegionId | null = null;
  let returnFocusTo: HTMLElement | null = null;
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
    show(id) {
      const active = element.ownerDocument.activeElement;
      if (!shown && active instanceof HTMLElement && !element.contains(active)) returnFocusTo = active;
      shown = id;
      if (id === 'tolerance') {
        title.textContent = toleranceText.name;
        site.textContent = appStrings.toleranceSite;
        summary.textContent = toleranceText.summary;
        evidence.textContent = '';
      } else {
        const text = mechanismText[id];
        title.textContent = text.name;
        site.textContent = `${appStrings.whereLabel} ${text.site}`;
        summary.textContent = text.summary;
        evidence.textContent = `${appStrings.evidenceLabel} ${text.evidence}`;
      }
      element.hidden = false;
      // Move focus to the explanation so keyboard and screen-reader users land on what they asked for.
      title.focus();
    },
    hide,
  };
}
