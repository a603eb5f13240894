import type { Graphics } from 'pixi.js';
import type { Rect } from '../layout';
import type { ScenePalette } from '../palette';

/**
 * A rat in side view, a few outlined shapes in the scene's corner, so a rat experiment is seen to be one
 * before any caption is read (the caption beside it names the species; the hind paw it is tested on is marked
 * in the pain colour, as the paw patches below are). A teaching sign, not anatomy: it does not move.
 */
export function drawRat(g: Graphics, box: Rect, palette: ScenePalette): void {
  const s = palette.strokeScale;
  const line = { width: 2.5 * s, color: palette.border };
  const x = (u: number) => box.x + (u / 240) * box.width;
  const y = (v: number) => box.y + (v / 150) * box.height;
  // Tail first, under the body: a long curve behind.
  g.moveTo(x(72), y(100))
    .bezierCurveTo(x(30), y(104), x(6), y(136), x(4), y(112))
    .stroke({ width: 5 * s, color: palette.border, cap: 'round' });
  g.ellipse(x(160), y(124), 8, 13).fill({ color: palette.surface }).stroke(line);
  g.ellipse(x(120), y(88), 60, 38).fill({ color: palette.surface }).stroke(line);
  g.ellipse(x(94), y(106), 26, 24).fill({ color: palette.surface }).stroke(line);
  // The hind paw the experiments test: in the pain colour and drawn thick (never colour alone).
  g.ellipse(x(88), y(136), 20, 7)
    .fill({ color: palette.pain, alpha: 0.45 })
    .stroke({ ...line, width: 3.5 * s, color: palette.text });
  g.poly([x(196), y(64), x(236), y(90), x(196), y(104)])
    .fill({ color: palette.surface })
    .stroke(line);
  g.ellipse(x(186), y(84), 30, 23).fill({ color: palette.surface }).stroke(line);
  g.circle(x(176), y(58), 13).fill({ color: palette.surface }).stroke(line);
  g.circle(x(200), y(78), 3.5).fill({ color: palette.text });
  g.circle(x(235), y(90), 3.5).fill({ color: palette.muted });
  for (const dy of [-8, 0, 8])
    g.moveTo(x(226), y(92))
      .lineTo(x(240), y(92 + dy))
      .stroke({ width: 1.2 * s, color: palette.muted });
}

/** Five toes along the skin patch's outer edge: the patch reads as a rat's hind paw. */
export function drawPawToes(g: Graphics, skin: Rect, palette: ScenePalette): void {
  const line = { width: 2 * palette.strokeScale, color: palette.border };
  const radius = Math.min(11, skin.height / 10);
  for (let i = 0; i < 5; i += 1)
    g.circle(skin.x + 2, skin.y + (skin.height * (i + 0.5)) / 5, radius)
      .fill({ color: palette.surface })
      .stroke(line);
}
