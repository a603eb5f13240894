import { sceneText } from '../content/scene';
import { regionName, regionWords } from './describe';
import { toCss, type SceneLayout } from './layout';
import { SCENE_REGION_IDS, type SceneRegionId } from '../model';
import type { SceneState } from './scene-state';

/**
 * DOM over the canvas: one button per mechanism region (so keyboard and screen-reader users reach every
 * region, and pointer users get a tooltip), plus a polite live region with the scene's text alternative.
 */
let overlayCount = 0;

/** The smallest pointer target, in CSS px (WCAG 2.2 target size, minimum). */
const MIN_TARGET = 24;

export class SceneOverlay {
  readonly element: HTMLDivElement;
  readonly description: HTMLParagraphElement;
  private readonly buttons = new Map<SceneRegionId, HTMLButtonElement>();
  private readonly tooltip: HTMLDivElement;
  private shown: SceneRegionId | null = null;
  private state: SceneState | null = null;

  constructor(
    document: Document,
    private readonly onActivate: (id: SceneRegionId) => void,
  ) {
    this.element = document.createElement('div');
    this.element.className = 'scene-overlay';
    const group = document.createElement('div');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', sceneText.regionsLabel);
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'scene-tooltip';
    this.tooltip.id = `scene-tooltip-${(overlayCount += 1)}`;
    this.tooltip.setAttribute('role', 'tooltip');
    this.tooltip.hidden = true;
    for (const id of SCENE_REGION_IDS) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'scene-region';
      button.dataset['region'] = id;
      button.setAttribute('aria-describedby', this.tooltip.id);
      button.addEventListener('click', () => this.onActivate(id));
      button.addEventListener('focus', () => this.showTooltip(id));
      button.addEventListener('blur', () => this.hideTooltip(id));
      button.addEventListener('pointerenter', () => this.showTooltip(id));
      button.addEventListener('pointerleave', (event) => {
        const into = event.relatedTarget;
        if (document.activeElement !== button && !(into instanceof Node && this.tooltip.contains(into)))
          this.hideTooltip(id);
      });
      this.buttons.set(id, button);
      group.append(button);
    }
    this.description = document.createElement('p');
    this.description.className = 'visually-hidden';
    this.description.setAttribute('aria-live', 'polite');
    this.element.append(group, this.tooltip, this.description);
    // WCAG 1.4.13: the tooltip can be dismissed with Escape wherever focus is, and hovered without vanishing.
    document.addEventListener('keydown', this.onEscape);
    this.tooltip.addEventListener('pointerleave', () => this.shown && this.hideTooltip(this.shown));
  }

  private readonly onEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.shown) this.hideTooltip(this.shown);
  };

  /** Stops listening to the document. */
  destroy(): void {
    this.element.ownerDocument.removeEventListener('keydown', this.onEscape);
  }

  setLayout(layout: SceneLayout): void {
    for (const [id, button] of this.buttons) {
      const r = toCss(layout, layout.regions[id]);
      // WCAG 2.5.8: never a target under 24 × 24 CSS px, even in a small scene; grown about its centre.
      const width = Math.max(MIN_TARGET, r.width);
      const height = Math.max(MIN_TARGET, r.height);
      Object.assign(button.style, {
        left: `${r.x - (width - r.width) / 2}px`,
        top: `${r.y - (height - r.height) / 2}px`,
        width: `${width}px`,
        height: `${height}px`,
      });
    }
    if (this.shown) this.placeTooltip(this.shown);
  }

  setState(state: SceneState): void {
    this.state = state;
    for (const [id, button] of this.buttons) {
      const label = `${regionName(id)}: ${regionWords(state, id)}`;
      if (button.getAttribute('aria-label') !== label) button.setAttribute('aria-label', label);
      button.classList.toggle('is-removed', id !== 'tolerance' && state.removed.has(id));
    }
    if (this.shown) this.fillTooltip(this.shown);
  }

  setDescription(text: string): void {
    if (this.description.textContent !== text) this.description.textContent = text;
  }

  highlight(id: SceneRegionId | null): void {
    for (const [region, button] of this.buttons) button.classList.toggle('is-highlighted', region === id);
  }

  button(id: SceneRegionId): HTMLButtonElement | undefined {
    return this.buttons.get(id);
  }

  private showTooltip(id: SceneRegionId) {
    this.shown = id;
    this.fillTooltip(id);
    this.tooltip.hidden = false;
    this.placeTooltip(id);
  }

  private hideTooltip(id: SceneRegionId) {
    if (this.shown !== id) return;
    this.shown = null;
    this.tooltip.hidden = true;
  }

  private fillTooltip(id: SceneRegionId) {
    const words = this.state ? regionWords(this.state, id) : '';
    this.tooltip.replaceChildren();
    const name = this.element.ownerDocument.createElement('strong');
    name.textContent = regionName(id);
    const level = this.element.ownerDocument.createElement('span');
    level.textContent = words ? `Now: ${words}` : '';
    this.tooltip.append(name, level);
  }

  private placeTooltip(id: SceneRegionId) {
    const button = this.buttons.get(id);
    if (!button) return;
    const left = Number.parseFloat(button.style.left) || 0;
    const top = Number.parseFloat(button.style.top) || 0;
    const height = Number.parseFloat(button.style.height) || 0;
    const below = top + height + 8;
    const overflow = below + 80 > (this.element.clientHeight || Infinity);
    this.tooltip.style.left = `${Math.max(4, left)}px`;
    this.tooltip.style.top = overflow ? '' : `${below}px`;
    this.tooltip.style.bottom = overflow ? `${(this.element.clientHeight || 0) - top + 8}px` : '';
  }
}
