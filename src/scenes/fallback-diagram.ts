import { mechanismLabels } from '../content/mechanism-labels';
import { sceneText } from '../content/scene';
import { MECHANISM_IDS } from '../model';
import { layoutScene, type Path, type Rect } from './layout';
import type { SceneState } from './scene-state';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A static SVG of the same pathway, shown when no renderer can start (no WebGL and no canvas): the learner
 * still sees what is where, and the rest of the app keeps working. A rat experiment's names the rat.
 */
export function createFallbackDiagram(
  document: Document,
  subject: SceneState['subject'] = 'human',
): HTMLElement {
  const rat = subject === 'rat' ? sceneText.rat : null;
  const layout = layoutScene(1600, 900);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', rat?.fallbackLabel ?? sceneText.fallbackLabel);
  svg.dataset['subject'] = subject;
  const add = (tag: string, attributes: Record<string, string | number>, text?: string) => {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
    if (text) node.textContent = text;
    svg.append(node);
    return node;
  };
  const path = (p: Path, style: string) =>
    add('path', {
      d: `M${p.from.x},${p.from.y} C${p.c1.x},${p.c1.y} ${p.c2.x},${p.c2.y} ${p.to.x},${p.to.y}`,
      fill: 'none',
      style,
    });
  const box = (r: Rect, style: string) =>
    add('rect', { x: r.x, y: r.y, width: r.width, height: r.height, rx: 14, style });
  const label = (x: number, y: number, text: string, anchor = 'start') =>
    add(
      'text',
      { x, y, 'text-anchor': anchor, style: 'fill: var(--color-text); font: 600 22px var(--font-family)' },
      text,
    );

  box(layout.skinPainful, 'fill: var(--color-surface-raised); stroke: var(--color-border); stroke-width: 2');
  box(layout.skinRemote, 'fill: var(--color-surface-raised); stroke: var(--color-border); stroke-width: 2');
  path(layout.paths.nociceptor, 'stroke: var(--color-text-muted); stroke-width: 5');
  path(layout.paths.touchFibre, 'stroke: var(--color-inhibition); stroke-width: 6; stroke-dasharray: 22 6');
  path(layout.paths.ascending, 'stroke: var(--color-oih); stroke-width: 5');
  path(layout.paths.descending, 'stroke: var(--color-rvm); stroke-width: 5; stroke-dasharray: 16 10');
  for (const id of MECHANISM_IDS) {
    const r = layout.regions[id];
    box(r, `fill: var(--color-${id}); fill-opacity: 0.25; stroke: var(--color-${id}); stroke-width: 3`);
    label(r.x + r.width / 2, r.y + r.height / 2 + 8, mechanismLabels[id].shortName, 'middle');
  }
  const c = sceneText.captions;
  const skinY = layout.skinPainful.y + layout.skinPainful.height + 28;
  label(layout.skinPainful.x, skinY, rat?.captions.skinPainful ?? c.skinSite);
  label(layout.skinRemote.x, layout.skinRemote.y - 10, rat?.captions.skinRemote ?? c.skinRemote);
  label(layout.regions.glia.x - 60, layout.regions.glia.y - 40, rat?.captions.cord ?? c.cord);
  if (rat) label(layout.animal.x, layout.animal.y + layout.animal.height / 2, rat.species);
  label(
    layout.regions.rvm.x + layout.regions.rvm.width / 2,
    layout.regions.rvm.y - 20,
    c.brainstem,
    'middle',
  );
  // A rat's response, on one line of the diagram's text.
  label(layout.cortex.x, layout.cortex.y, rat?.captions.cortex.replace('\n', ' ') ?? c.cortex, 'middle');
  label(layout.thalamus.x, layout.thalamus.y + 8, c.thalamus, 'middle');

  const wrapper = document.createElement('div');
  wrapper.className = 'scene-fallback';
  const note = document.createElement('p');
  note.textContent = sceneText.fallbackNote;
  wrapper.append(svg, note);
  return wrapper;
}
