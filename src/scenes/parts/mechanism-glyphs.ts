import type { Graphics } from 'pixi.js';
import { MECHANISM_IDS, type MechanismId } from '../../model';
import type { Rect, SceneLayout } from '../layout';
import type { ScenePalette } from '../palette';
import type { SceneState } from '../scene-state';
import { clamp01, scatter, strikeThrough } from './draw-utils';
import { activity, NMDA_MAX, RECEPTORS, sceneVisuals, type SceneVisuals } from '../visuals';

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
  const v = sceneVisuals(state);
  const level = (id: keyof SceneState['levels']) => clamp01(state.levels[id]);
  // A mechanism knocked out or fully blocked is drawn grey and crossed out; its caption says why.
  const held = (id: MechanismId) => activity(state, id) < 0.1;
  const tone = (id: MechanismId, color: number) => (held(id) ? palette.muted : color);

  drawMuReceptors(g, layout, palette, v, s);
  drawNmda(g, layout, { ...palette, nmda: tone('nmda', palette.nmda) }, v, s);
  drawDynorphin(
    g,
    layout.regions.dynorphin,
    { ...palette, dynorphin: tone('dynorphin', palette.dynorphin) },
    v,
    level('dynorphin'),
    s,
  );
  drawGlia(g, layout.regions.glia, { ...palette, glia: tone('glia', palette.glia) }, v, level('glia'), s);
  drawHcn2(
    g,
    layout.regions.hcn2,
    { ...palette, hcn2: tone('hcn2', palette.hcn2) },
    state.removed.has('hcn2') ? 0 : level('hcn2'),
    s,
  );
  drawRvm(g, layout.regions.rvm, palette, state, held('rvm'), s);

  for (const id of MECHANISM_IDS) {
    if (held(id)) strikeThrough(g, layout.regions[id], { width: 5 * s, color: palette.muted, alpha: 0.9 });
  }
}

/** µ-opioid receptors on the presynaptic terminal: tolerance withdraws them inside; bound ones hold an opioid. */
function drawMuReceptors(g: Graphics, l: SceneLayout, p: ScenePalette, v: SceneVisuals, s: number) {
  const total = RECEPTORS;
  const onMembrane = v.receptorsAtSurface;
  const bound = v.receptorsBound;
  const { x, y } = l.presynaptic;
  for (let i = 0; i < total; i += 1) {
    const angle = -Math.PI / 2.6 + (i / (total - 1)) * (Math.PI / 1.3);
    if (i < onMembrane) {
      const bx = x + 48 * Math.cos(angle);
      const by = y + 62 * Math.sin(angle);
      const ox = Math.cos(angle) * 18;
      const oy = Math.sin(angle) * 18;
      g.moveTo(bx, by)
        .lineTo(bx + ox, by + oy)
        .moveTo(bx + ox, by + oy)
        .lineTo(bx + ox * 1.5 - oy * 0.5, by + oy * 1.5 + ox * 0.5)
        .moveTo(bx + ox, by + oy)
        .lineTo(bx + ox * 1.5 + oy * 0.5, by + oy * 1.5 - ox * 0.5)
        .stroke({ width: 5 * s, color: p.tolerance, cap: 'round' });
      if (i < bound) g.regularPoly(bx + ox * 1.6, by + oy * 1.6, 8, 6).fill({ color: p.opioid });
    } else {
      // Withdrawn: a hollow vesicle inside the terminal, the receptor folded in it.
      const vx = x - 16 + (i % 3) * 16;
      const vy = y - 22 + Math.floor(i / 3) * 20;
      g.circle(vx, vy, 8).stroke({ width: 2.5 * s, color: p.tolerance, alpha: 0.9 });
      g.moveTo(vx, vy + 4)
        .lineTo(vx, vy - 4)
        .stroke({ width: 2 * s, color: p.tolerance });
    }
  }
}

/**
 * NMDA receptors on the pain neuron: more of them as NMDA upregulates, their channels (the gap in each) wider
 * open, and the neuron glowing with its excitability.
 */
function drawNmda(g: Graphics, l: SceneLayout, p: ScenePalette, v: SceneVisuals, s: number) {
  const post = l.postsynaptic;
  const level = v.nmdaOpening;
  g.circle(post.x, post.y, 58).fill({ color: p.nmda, alpha: 0.12 + 0.45 * level });
  for (let i = 0; i < v.nmdaCount; i += 1) {
    const angle = Math.PI * (0.6 + (0.8 * (i + 0.5)) / NMDA_MAX);
    const cx = post.x + 64 * Math.cos(angle);
    const cy = post.y + 64 * Math.sin(angle);
    const gap = 2 + 6 * level;
    // Two halves of the receptor with the channel between them.
    g.roundRect(cx - 8, cy - 12, 8 - gap / 2, 24, 3)
      .roundRect(cx + gap / 2, cy - 12, 8 - gap / 2, 24, 3)
      .fill({ color: p.nmda, alpha: 0.55 + 0.45 * level })
      .stroke({ width: 1.5 * s, color: p.text, alpha: 0.6 });
  }
  g.circle(post.x, post.y, 72 + 10 * level).stroke({
    width: (2 + 5 * level) * s,
    color: p.nmda,
    alpha: 0.25 + 0.6 * level,
  });
}

/** Dynorphin in the dorsal horn: more dots as it accumulates, spread over more of the pool. */
function drawDynorphin(g: Graphics, area: Rect, p: ScenePalette, v: SceneVisuals, level: number, s: number) {
  g.roundRect(area.x, area.y, area.width, area.height, 18).fill({
    color: p.dynorphin,
    alpha: 0.05 + 0.2 * level,
  });
  const width = area.width * v.dynorphinSpread;
  const pool = { ...area, x: area.x + (area.width - width) / 2, width };
  for (const dot of scatter(pool, v.dynorphinAmount, 3)) {
    g.circle(dot.x, dot.y, 5 + 1.5 * level).fill({ color: p.dynorphin, alpha: 0.6 + 0.4 * level });
  }
  g.roundRect(area.x, area.y, area.width, area.height, 18).stroke({
    width: 1.5 * s,
    color: p.dynorphin,
    alpha: 0.5,
  });
}

/** Microglia and astrocytes: resting cells are small with long thin processes; activated ones swell. */
function drawGlia(g: Graphics, area: Rect, p: ScenePalette, v: SceneVisuals, level: number, s: number) {
  const cells = 5;
  for (let i = 0; i < cells; i += 1) {
    const cx = area.x + (area.width * (i + 0.5)) / cells;
    const cy = area.y + area.height / 2 + (i % 2 ? 12 : -12);
    const astrocyte = i % 2 === 1;
    const body = v.gliaSize;
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
    [0.3, 0.3, true],
    [0.7, 0.3, true],
    [0.3, 0.72, false],
    [0.7, 0.72, false],
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
