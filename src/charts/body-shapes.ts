import type { BodyRegion } from '../model';

/**
 * Outline of a body, front and back, as one simple shape per named region in a 120 × 240 box. Shapes are
 * deliberately schematic (rounded boxes and ovals): the map says where pain is, not anatomy. On the front
 * the person's right is on the viewer's left; on the back it is on the viewer's right.
 */
export const FIGURE_WIDTH = 120;
export const FIGURE_HEIGHT = 236;

export type Side = 'front' | 'back';

export interface RegionShape {
  readonly region: BodyRegion;
  readonly d: string;
  /** Where the site marker goes. */
  readonly cx: number;
  readonly cy: number;
}

function rrect(x: number, y: number, w: number, h: number, r: number): string {
  return `M${x + r},${y}h${w - 2 * r}a${r},${r} 0 0 1 ${r},${r}v${h - 2 * r}a${r},${r} 0 0 1 ${-r},${r}h${2 * r - w}a${r},${r} 0 0 1 ${-r},${-r}v${2 * r - h}a${r},${r} 0 0 1 ${r},${-r}z`;
}

function oval(cx: number, cy: number, rx: number, ry: number): string {
  return `M${cx - rx},${cy}a${rx},${ry} 0 1 0 ${2 * rx},0a${rx},${ry} 0 1 0 ${-2 * rx},0z`;
}

type Box = readonly ['r', number, number, number, number] | readonly ['o', number, number, number, number];

/** Boxes on the viewer's left side; the right side mirrors them. */
const PAIRED: readonly [string, Box][] = [
  ['shoulder', ['r', 25, 46, 18, 15]],
  ['arm', ['r', 19, 62, 15, 58]],
  ['hand', ['o', 26, 130, 8, 10]],
  ['hip', ['r', 43, 111, 16, 24]],
  ['leg', ['r', 44, 137, 14, 78]],
  ['foot', ['o', 50, 224, 9, 6]],
];

const CENTRE: readonly [BodyRegion, Side | 'both', Box][] = [
  ['head', 'both', ['o', 60, 20, 14, 17]],
  ['neck', 'both', ['r', 53, 36, 14, 10]],
  ['chest', 'front', ['r', 44, 46, 32, 30]],
  ['abdomen', 'front', ['r', 44, 77, 32, 33]],
  ['upper-back', 'back', ['r', 44, 46, 32, 30]],
  ['lower-back', 'back', ['r', 44, 77, 32, 33]],
];

function shape(region: BodyRegion, box: Box, mirror: boolean): RegionShape {
  const [kind, a, b, c, d] = box;
  if (kind === 'o') {
    const cx = mirror ? FIGURE_WIDTH - a : a;
    return { region, d: oval(cx, b, c, d), cx, cy: b };
  }
  const x = mirror ? FIGURE_WIDTH - a - c : a;
  return { region, d: rrect(x, b, c, d, Math.min(6, c / 2.5, d / 2.5)), cx: x + c / 2, cy: b + d / 2 };
}

export function regionShapes(side: Side): RegionShape[] {
  const out: RegionShape[] = [];
  for (const [region, on, box] of CENTRE)
    if (on === 'both' || on === side) out.push(shape(region, box, false));
  // Front: the person's right is on the viewer's left, so the unmirrored (left) box is "right-…".
  const viewerLeft = side === 'front' ? 'right' : 'left';
  const viewerRight = side === 'front' ? 'left' : 'right';
  for (const [part, box] of PAIRED) {
    out.push(shape(`${viewerLeft}-${part}` as BodyRegion, box, false));
    out.push(shape(`${viewerRight}-${part}` as BodyRegion, box, true));
  }
  return out;
}
