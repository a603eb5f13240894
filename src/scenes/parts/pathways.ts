import type { Graphics } from 'pixi.js';
import type { SceneLayout } from '../layout';
import type { ScenePalette } from '../palette';
import type { SceneState } from '../scene-state';
import { clamp01, dashPath, strokePath } from './draw-utils';

import { ALLODYNIA_THRESHOLD, descendingOf } from '../visuals';

export { ALLODYNIA_THRESHOLD };

/** Whether descending signals from the RVM facilitate pain (ON cells win) or inhibit it (OFF cells win). */
export function descendingFacilitates(state: SceneState): boolean {
  return descendingOf(state) === 'facilitation';
}

/**
 * Fibres and tracts, the skin, and the pain meter: the parts whose look follows firing, pain and spread.
 * Facilitation is solid with "+" marks; inhibition dashed with "−" marks — never colour alone.
 */
export function drawPathways(
  skin: Graphics,
  g: Graphics,
  layout: SceneLayout,
  palette: ScenePalette,
  state: SceneState,
  beforePain: number | null = null,
): void {
  skin.clear();
  g.clear();
  const s = palette.strokeScale;
  const { paths } = layout;
  const pain = clamp01(state.painScore / 10);

  // Skin: the painful site reddens with pain; the remote site when the model says pain has spread.
  const painful = layout.skinPainful;
  skin.roundRect(painful.x, painful.y, painful.width, painful.height, 14).fill({
    color: palette.pain,
    alpha: 0.1 + 0.6 * pain,
  });
  const spread = clamp01(state.painAreaFraction);
  const remote = layout.skinRemote;
  if (state.painSpread) {
    skin.roundRect(remote.x, remote.y, remote.width, remote.height, 14).fill({
      color: palette.pain,
      alpha: 0.15 + 0.6 * spread,
    });
  }

  // Light touch reaching the pain neuron: a silent dotted link until allodynia sets in.
  if (state.allodynia > ALLODYNIA_THRESHOLD) {
    strokePath(g, paths.touchToProjection, { width: 6 * s, color: palette.pain });
  } else {
    dashPath(g, paths.touchToProjection, { width: 2 * s, color: palette.muted, alpha: 0.6 }, 4, 8);
  }

  const ascendingWidth = (3 + 7 * clamp01(state.firing.projectionNeuron / 30)) * s;
  strokePath(g, paths.ascending, { width: ascendingWidth, color: palette.pain, alpha: 0.85 });

  const facilitates = descendingFacilitates(state);
  const descendColor = facilitates ? palette.facilitation : palette.inhibition;
  const cut = descendingOf(state) === 'none';
  if (cut) {
    dashPath(g, paths.descending, { width: 3 * s, color: palette.muted, alpha: 0.5 }, 6, 10);
  } else if (facilitates) {
    strokePath(g, paths.descending, { width: 6 * s, color: descendColor });
  } else {
    dashPath(g, paths.descending, { width: 6 * s, color: descendColor }, 16, 10);
  }
  if (!cut) drawSigns(g, layout, descendColor, palette.onSeries, facilitates, s);

  drawPainMeter(g, layout, palette, pain, beforePain === null ? null : clamp01(beforePain / 10));
}

/** "+" or "−" marks along the descending tract. */
function drawSigns(g: Graphics, layout: SceneLayout, color: number, mark: number, plus: boolean, s: number) {
  const { descending } = layout.paths;
  for (const t of [0.3, 0.6]) {
    const u = 1 - t;
    const x =
      u * u * u * descending.from.x +
      3 * u * u * t * descending.c1.x +
      3 * u * t * t * descending.c2.x +
      t * t * t * descending.to.x;
    const y =
      u * u * u * descending.from.y +
      3 * u * u * t * descending.c1.y +
      3 * u * t * t * descending.c2.y +
      t * t * t * descending.to.y;
    const cx = x + 26;
    g.circle(cx, y, 15)
      .fill({ color })
      .stroke({ width: 2 * s, color: mark, alpha: 0.9 });
    g.moveTo(cx - 8, y).lineTo(cx + 8, y);
    if (plus) g.moveTo(cx, y - 8).lineTo(cx, y + 8);
    g.stroke({ width: 3.5 * s, color: mark, cap: 'round' });
  }
}

/** The meter fills with the pain felt; a tick with a "before" notch marks the pain before the last change. */
function drawPainMeter(
  g: Graphics,
  layout: SceneLayout,
  palette: ScenePalette,
  pain: number,
  before: number | null,
) {
  const m = layout.painMeter;
  const filled = m.height * pain;
  if (filled > 0.5)
    g.roundRect(m.x + 4, m.y + m.height - filled + 4, m.width - 8, Math.max(0, filled - 8), 5).fill({
      color: palette.pain,
    });
  if (before === null) return;
  const y = m.y + m.height - m.height * before;
  // A bar across the meter and a triangle pointing at it from the left: shape, not colour, says "before".
  g.moveTo(m.x - 6, y)
    .lineTo(m.x + m.width + 6, y)
    .stroke({ width: 4 * palette.strokeScale, color: palette.text });
  g.poly([m.x - 8, y, m.x - 24, y - 10, m.x - 24, y + 10]).fill({ color: palette.text });
}
