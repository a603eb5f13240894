import { sceneLegendText } from '../content/scene-legend';
import type { LegendEntry } from '../content/scene';

const SVG = 'http://www.w3.org/2000/svg';

/** A swatch per entry: the entry's shape in its theme colour (CSS variables), so it matches the canvas. */
const SWATCHES: Readonly<Record<LegendEntry, string>> = {
  impulses: '<circle cx="12" cy="12" r="6" fill="var(--color-oih)"/>',
  touch: '<circle cx="12" cy="12" r="6" fill="var(--color-inhibition)"/>',
  molecules: '<polygon points="12,4 19,8 19,16 12,20 5,16 5,8" fill="var(--color-opioid)"/>',
  receptors:
    '<path d="M12 21V13M12 13L7 6M12 13L17 6" stroke="var(--color-tolerance)" stroke-width="3" fill="none" stroke-linecap="round"/>',
  nmda: '<rect x="5" y="4" width="5" height="16" rx="1.5" fill="var(--color-nmda)"/><rect x="14" y="4" width="5" height="16" rx="1.5" fill="var(--color-nmda)"/>',
  glia: '<polygon points="12,3 14,9 20,9 15,13 17,20 12,16 7,20 9,13 4,9 10,9" fill="var(--color-glia)"/>',
  dynorphin:
    '<circle cx="6" cy="14" r="3" fill="var(--color-dynorphin)"/><circle cx="12" cy="9" r="3" fill="var(--color-dynorphin)"/><circle cx="18" cy="15" r="3" fill="var(--color-dynorphin)"/>',
  hcn2: '<circle cx="12" cy="12" r="4" fill="none" stroke="var(--color-hcn2)" stroke-width="2"/><circle cx="12" cy="12" r="9" fill="none" stroke="var(--color-hcn2)" stroke-width="2"/>',
  descending:
    '<circle cx="12" cy="12" r="8" fill="var(--color-facilitation)"/><path d="M8 12h8M12 8v8" stroke="var(--color-on-series)" stroke-width="2.5"/>',
  rvm: '<circle cx="7" cy="12" r="5" fill="var(--color-facilitation)"/><rect x="13" y="7" width="10" height="10" fill="var(--color-inhibition)"/>',
  painMeter:
    '<rect x="9" y="2" width="8" height="20" rx="2" fill="none" stroke="currentColor" stroke-width="1.5"/><rect x="11" y="10" width="4" height="11" fill="var(--color-oih)"/><path d="M6 8h14" stroke="currentColor" stroke-width="2.5"/><polygon points="5,8 1,5 1,11" fill="currentColor"/>',
  held: '<circle cx="12" cy="12" r="7" fill="var(--color-text-muted)"/><path d="M4 4L20 20M20 4L4 20" stroke="var(--color-text-muted)" stroke-width="2.5"/>',
  anatomy:
    '<rect x="3" y="6" width="18" height="12" rx="3" fill="none" stroke="var(--color-border)" stroke-width="2"/>',
  rat: '<path d="M6 15C3 15 1 18 2 21" stroke="var(--color-border)" stroke-width="1.5" fill="none"/><ellipse cx="11" cy="14" rx="6" ry="4" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M16 11L23 14L16 17Z" fill="none" stroke="currentColor" stroke-width="1.5"/><circle cx="16" cy="10" r="2" fill="none" stroke="currentColor" stroke-width="1.5"/><ellipse cx="9" cy="19.5" rx="2.5" ry="1.2" fill="var(--color-oih)"/>',
  hidden: '',
};

/**
 * "What am I seeing?": fills the scene's disclosure (pathway-scene.ts makes its summary; this module loads when it
 * is first opened, keeping its words off the first screen) with one entry for every kind of thing the scene
 * draws or moves, so nothing on the canvas is unexplained even when its caption is left out for room.
 */
export function fillLegend(details: HTMLDetailsElement): void {
  const document = details.ownerDocument;
  const summary = details.querySelector('summary');
  if (!summary || details.querySelector('ul')) return;
  const intro = document.createElement('p');
  intro.textContent = sceneLegendText.intro;
  const list = document.createElement('ul');
  for (const [id, words] of Object.entries(sceneLegendText.entries) as [LegendEntry, string][]) {
    const item = document.createElement('li');
    item.dataset['entry'] = id;
    const swatch = document.createElementNS(SVG, 'svg');
    swatch.setAttribute('viewBox', '0 0 24 24');
    swatch.setAttribute('aria-hidden', 'true');
    swatch.classList.add('scene-legend-swatch');
    swatch.innerHTML = SWATCHES[id];
    const text = document.createElement('span');
    text.textContent = words;
    item.append(swatch, text);
    list.append(item);
  }
  details.append(intro, list);
  // Escape closes it, with focus back on its summary.
  details.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && details.open) {
      details.open = false;
      summary.focus();
      event.stopPropagation();
    }
  });
}
