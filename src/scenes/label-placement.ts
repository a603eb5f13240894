import { intersects, type Rect } from './layout';

/** A place a caption may go: the point it hangs from and where on the caption that point is (0–1 each way). */
export interface Candidate {
  readonly x: number;
  readonly y: number;
  readonly ax: number;
  readonly ay: number;
}

export interface LabelRequest {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** In order of preference: the first that fits is taken. */
  readonly candidates: readonly Candidate[];
}

/** Nudges tried around each candidate when it does not fit as it is, nearest first (logical units). */
const NUDGES: readonly (readonly [number, number])[] = (() => {
  const steps = [0, 1, -1, 2, -2, 3, -3];
  const out: [number, number][] = [];
  for (const dy of steps) for (const dx of steps) out.push([dx * 30, dy * 16]);
  return out.sort((a, b) => Math.hypot(a[0], a[1] * 1.5) - Math.hypot(b[0], b[1] * 1.5));
})();

/**
 * Places captions, in the order given (most important first), where none overlaps another, a keep-out area
 * (where something moves, or a part a caption must not hide) or the edge of the drawing. A caption with no
 * free place is left out (null): the scene's legend still names what it labels. Pure, so a unit test can
 * check it on any layout.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  keepOut: readonly Rect[],
  bounds: Rect,
  gap = 12,
): Map<string, Rect | null> {
  const placed: Rect[] = [];
  const out = new Map<string, Rect | null>();
  for (const request of requests) {
    const box = findPlace(request, keepOut, placed, bounds, gap);
    out.set(request.id, box);
    if (box) placed.push(box);
  }
  return out;
}

function findPlace(
  request: LabelRequest,
  keepOut: readonly Rect[],
  placed: readonly Rect[],
  bounds: Rect,
  gap: number,
): Rect | null {
  const { width, height } = request;
  if (width <= 0 || height <= 0) return null;
  for (const c of request.candidates) {
    for (const [dx, dy] of NUDGES) {
      const box = { x: c.x - c.ax * width + dx, y: c.y - c.ay * height + dy, width, height };
      if (!inside(box, bounds)) continue;
      const padded = { x: box.x - gap, y: box.y - gap, width: width + 2 * gap, height: height + 2 * gap };
      if (placed.some((r) => intersects(padded, r))) continue;
      if (keepOut.some((r) => intersects(box, r))) continue;
      return box;
    }
  }
  return null;
}

function inside(box: Rect, bounds: Rect): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  );
}
