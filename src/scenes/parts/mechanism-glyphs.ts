import type { Graphics } from 'pixi.js';
import { MECHANISM_IDS, type MechanismId } from '../../model';
import type { Rect, SceneLayout } from '../layout';
import type { ScenePalette } from '../palette';
import type { SceneState } from '../scene-state';
import { clamp01, scatter, strikeThrough } from './draw-utils';

/**
 * The pictures of the five mechanisms and of the µ-receptors. Each picture grows with its level in size,
 * number and intensity (never by colour alone), so a level can be read in every theme and in greyscale.
 */
export function drawMechanisms(
  g: Graphics,
  layout: SceneLayout,
  palette: ScenePalette,
  state: SceneState,
): void {
  g.clear();
  const s = palette.strokeScale;
  const level = (id: keyof SceneState['levels']) => clamp01(state.levels[id]);
  const removed = (id: MechanismId) => state.removed.has(id);

  drawMuReceptors(g, layout, palette, level('tolerance'), clamp01(state.occupancy), s);
  drawNmda(g, layout, palette, removed('nmda') ? 0 : level('nmda'), s);
  drawDynorphin(g, layout.regions.dynorphin, palette, removed('dynorphin') ? 0 : level('dynorphin'), s);
  drawGlia(g, layout.regions.glia, palette, removed('glia') ? 0 : level('glia'), s);
  drawHcn2(g, layout.regions.hcn2, palette, removed('hcn2') ? 0 : level('hcn2'), s);
  drawRvm(g, layout.regions.rvm, palette, state, removed('rvm'), s);

  for (const id of MECHANISM_IDS) {
    if (removed(id)) strikeThrough(g, layout.regions[id], { width: 5 * s, color: palette.muted, alpha: 0.9 });
  }
}

/** µ-opioid receptors on the presynaptic terminal: tolerance internalizes them; bound ones hold an opioid. */
function drawMuReceptors(
  g: Graphics,
  l: SceneLayout,
  p: ScenePalette,
  tolerance: number,
  occupancy: number,
  s: number,
) {
  const total = 8;
  const onMembrane = Math.round(total * (1 - 0.75 * tolerance));
  const bound = Math.round(onMembrane * occupancy);
  const { x, y } = l.presynaptic;
  for (let i = 0; i < total; i += 1) {
    const angle = -Math.PI / 2.6 + (i / (total - 1)) * (Math.PI / 1.3);
    if (i < onMembrane) {
      const bx = x + 48 * Math.cos(angle);
      const by = y + 62 * Math.sin(angle);
      const ox = Math.cos(angle) * 16;
      const oy = Math.sin(angle) * 16;
      g.moveTo(bx, by)
        .lineTo(bx + ox, by + oy)
        .moveTo(bx + ox, by + oy)
        .lineTo(bx + ox * 1.5 - oy * 0.5, by + oy * 1.5 + ox * 0.5)
        .moveTo(bx + ox, by + oy)
        .lineTo(bx + ox * 1.5 + oy * 0.5, by + oy * 1.5 - ox * 0.5)
        .stroke({ width: 4 * s, color: p.tolerance, cap: 'round' });
      if (i < bound) g.circle(bx + ox * 1.6, by + oy * 1.6, 6).fill({ color: p.opioid });
    } else {
      // Internalized: drawn as a hollow vesicle inside the terminal.
      g.circle(x - 14 + (i % 3) * 14, y - 20 + Math.floor(i / 3) * 18, 6).stroke({
        width: 2 * s,
        color: p.tolerance,
        alpha: 0.8,
      });
    }
  }
}

/** NMDA receptors on the projection neuron: more of them, brighter, with a glowing (sensitized) neuron. */
function drawNmda(g: Graphics, l: SceneLayout, p: ScenePalette, level: number, s: number) {
  const post = l.postsynaptic;
  g.circle(post.x, post.y, 58).fill({ color: p.nmda, alpha: 0.12 + 0.5 * level });
  const count = 3 + Math.round(9 * level);
  for (let i = 0; i < count; i += 1) {
    const angle = Math.PI * (0.62 + (0.76 * (i + 0.5)) / 12);
    const cx = post.x + 62 * Math.cos(angle);
    const cy = post.y + 62 * Math.sin(angle);
    g.roundRect(cx - 7, cy - 11, 14, 22, 4)
      .fill({ color: p.nmda, alpha: 0.45 + 0.55 * level })
      .stroke({ width: 1.5 * s, color: p.text, alpha: 0.6 });
    g.rect(cx - 1.5, cy - 8, 3, 16).fill({ color: p.background });
  }
  // A halo whose radius grows with excitability.
  g.circle(post.x, post.y, 66 + 12 * level).stroke({
    width: (2 + 6 * level) * s,
    color: p.nmda,
    alpha: 0.25 + 0.6 * level,
  });
}

/** Dynorphin released into the dorsal horn: its dots multiply with the level. */
function drawDynorphin(g: Graphics, area: Rect, p: ScenePalette, level: number, s: number) {
  g.roundRect(area.x, area.y, area.width, area.height, 18).fill({
    color: p.dynorphin,
    alpha: 0.05 + 0.2 * level,
  });
  for (const dot of scatter(area, 4 + Math.round(46 * level), 3)) {
    g.circle(dot.x, dot.y, 4.5 + 1.5 * level).fill({ color: p.dynorphin, alpha: 0.55 + 0.45 * level });
  }
  g.roundRect(area.x, area.y, area.width, area.height, 18).stroke({
    width: 1.5 * s,
    color: p.dynorphin,
    alpha: 0.5,
  });
}

/** Microglia and astrocytes: resting cells are small with long thin processes; activated ones swell. */
function drawGlia(g: Graphics, area: Rect, p: ScenePalette, level: number, s: number) {
  const cells = 5;
  for (let i = 0; i < cells; i += 1) {
    const cx = area.x + (area.width * (i + 0.5)) / cells;
    const cy = area.y + area.height / 2 + (i % 2 ? 12 : -12);
    const astrocyte = i % 2 === 1;
    const body = 9 + 13 * level;
    const reach = 34 - 16 * level;
    const arms = astrocyte ? 7 : 5;
    for (let a = 0; a < arms; a += 1) {
      const angle = (a / arms) * Math.PI * 2 + i;
      g.moveTo(cx, cy)
        .lineTo(cx + Math.cos(angle) * (body + reach), cy + Math.sin(angle) * (body + reach))
        .stroke({ width: (2 + 4 * level) * s, color: p.glia, alpha: 0.5 + 0.5 * level, cap: 'round' });
    }
    if (astrocyte) g.star(cx, cy, 6, body, body * 0.55).fill({ color: p.glia, alpha: 0.3 + 0.7 * level });
    else g.circle(cx, cy, body).fill({ color: p.glia, alpha: 0.3 + 0.7 * level });
  }
  // Cytokines released by activated glia.
  for (const dot of scatter(
    { ...area, y: area.y + area.height - 14, height: 28 },
    Math.round(24 * level),
    7,
  )) {
    g.circle(dot.x, dot.y, 3).fill({ color: p.glia, alpha: 0.9 });
  }
}

/** HCN2 channels in the nociceptor's terminal in the skin. */
function drawHcn2(g: Graphics, area: Rect, p: ScenePalette, level: number, s: number) {
  const cx = area.x + area.width / 2;
  const cy = area.y + area.height / 2;
  g.ellipse(cx, cy, 34 + 12 * level, 24 + 8 * level).fill({ color: p.hcn2, alpha: 0.1 + 0.45 * level });
  const count = 2 + Math.round(8 * level);
  for (let i = 0; i < count; i += 1) {
    const angle = (i / 10) * Math.PI * 2;
    const x = cx + Math.cos(angle) * 44;
    const y = cy + Math.sin(angle) * 32;
    g.roundRect(x - 5, y - 8, 10, 16, 3)
      .fill({ color: p.hcn2, alpha: 0.5 + 0.5 * level })
      .stroke({ width: 1.5 * s, color: p.text, alpha: 0.5 });
  }
}

/** RVM: ON cells (facilitate pain) and OFF cells (inhibit it), each lit by its firing rate. */
function drawRvm(g: Graphics, area: Rect, p: ScenePalette, state: SceneState, removed: boolean, s: number) {
  const level = removed ? 0 : clamp01(state.levels.rvm);
  g.roundRect(area.x, area.y, area.width, area.height, 22)
    .fill({ color: p.facilitation, alpha: 0.05 + 0.3 * level })
    .stroke({ width: 2 * s, color: p.rvm, alpha: 0.8 });
  const onRate = removed ? 0 : clamp01(state.firing.rvmOn / 20);
  const offRate = removed ? 0 : clamp01(state.firing.rvmOff / 20);
  const cells: [number, number, boolean][] = [
    [0.25, 0.33, true],
    [0.25, 0.72, true],
    [0.72, 0.33, false],
    [0.72, 0.72, false],
  ];
  for (const [fx, fy, on] of cells) {
    const x = area.x + area.width * fx;
    const y = area.y + area.height * fy;
    const rate = on ? onRate : offRate;
    const radius = 16 + 10 * rate;
    if (on) g.circle(x, y, radius).fill({ color: p.facilitation, alpha: 0.25 + 0.75 * rate });
    else g.regularPoly(x, y, radius, 4, Math.PI / 4).fill({ color: p.inhibition, alpha: 0.25 + 0.75 * rate });
    g.circle(x, y, radius + 3).stroke({ width: 1.5 * s, color: p.text, alpha: 0.5 });
  }
}
