import type { Graphics } from 'pixi.js';
import { pointOnPath, type Path, type Point, type Rect } from '../layout';

export interface StrokeStyle {
  readonly width: number;
  readonly color: number;
  readonly alpha?: number;
}

const SAMPLES = 48;

/** Points along a path, evenly in the curve parameter (good enough for gently curved fibres). */
export function samplePath(path: Path, samples = SAMPLES): Point[] {
  return Array.from({ length: samples + 1 }, (_, i) => pointOnPath(path, i / samples));
}

export function strokePath(g: Graphics, path: Path, style: StrokeStyle): void {
  g.moveTo(path.from.x, path.from.y)
    .bezierCurveTo(path.c1.x, path.c1.y, path.c2.x, path.c2.y, path.to.x, path.to.y)
    .stroke({ width: style.width, color: style.color, alpha: style.alpha ?? 1, cap: 'round' });
}

/** A dashed path: pixi has no dash style, so the curve is walked and every other stretch drawn. */
export function dashPath(g: Graphics, path: Path, style: StrokeStyle, on: number, off: number): void {
  const points = samplePath(path, 96);
  let drawing = true;
  let left = on;
  let previous = points[0] ?? path.from;
  g.moveTo(previous.x, previous.y);
  for (const point of points.slice(1)) {
    let dx = point.x - previous.x;
    let dy = point.y - previous.y;
    let length = Math.hypot(dx, dy);
    let from = previous;
    while (length > left) {
      const f = left / length;
      const cut = { x: from.x + dx * f, y: from.y + dy * f };
      if (drawing) g.lineTo(cut.x, cut.y);
      else g.moveTo(cut.x, cut.y);
      drawing = !drawing;
      length -= left;
      left = drawing ? on : off;
      dx = point.x - cut.x;
      dy = point.y - cut.y;
      from = cut;
    }
    left -= length;
    if (drawing) g.lineTo(point.x, point.y);
    else g.moveTo(point.x, point.y);
    previous = point;
  }
  g.stroke({ width: style.width, color: style.color, alpha: style.alpha ?? 1, cap: 'round' });
}

/** Deterministic positions inside a rect (a low-discrepancy sequence), so redraws never flicker. */
export function scatter(area: Rect, count: number, salt = 0): Point[] {
  const golden = 0.6180339887498949;
  const plastic = 0.7548776662466927;
  return Array.from({ length: count }, (_, i) => ({
    x: area.x + area.width * ((0.5 + (i + salt) * golden) % 1),
    y: area.y + area.height * ((0.5 + (i + salt) * plastic) % 1),
  }));
}

/** A cross over a removed mechanism: its picture is struck through, not merely faded. */
export function strikeThrough(g: Graphics, area: Rect, style: StrokeStyle): void {
  const inset = 10;
  g.moveTo(area.x + inset, area.y + inset)
    .lineTo(area.x + area.width - inset, area.y + area.height - inset)
    .moveTo(area.x + area.width - inset, area.y + inset)
    .lineTo(area.x + inset, area.y + area.height - inset)
    .stroke({ width: style.width, color: style.color, alpha: style.alpha ?? 1, cap: 'round' });
}

export const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
