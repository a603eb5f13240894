import type { SceneRegionId } from '../model';

/** The scene is drawn in logical units 900 high; its logical width follows the container from 4:3 to 21:9. */
export const LOGICAL_HEIGHT = 900;
const MIN_WIDTH = 1600; // 16:9; narrower containers scale the drawing down
const MAX_WIDTH = 2100; // 21:9

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A cubic Bézier path: start, two controls, end. Fibres and tracts are drawn and animated along these. */
export interface Path {
  readonly from: Point;
  readonly c1: Point;
  readonly c2: Point;
  readonly to: Point;
}

export interface SceneLayout {
  readonly width: number;
  readonly height: number;
  /** Uniform scale from logical units to CSS pixels, and the offset that centres the drawing. */
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly regions: Readonly<Record<SceneRegionId, Rect>>;
  readonly skinPainful: Rect;
  readonly skinRemote: Rect;
  readonly drg: Point;
  readonly presynaptic: Point;
  readonly postsynaptic: Point;
  readonly thalamus: Point;
  readonly cortex: Point;
  readonly bloodVessel: { readonly y: number; readonly x0: number; readonly x1: number };
  readonly painMeter: Rect;
  /**
   * Where a rat experiment draws the rat (empty for a patient): the top-left corner, or ANIMAL_LOW when the
   * legend's summary covers that corner (a small scene, on a phone; see withAnimalClear).
   */
  readonly animal: Rect;
  readonly paths: {
    readonly nociceptor: Path;
    readonly touchFibre: Path;
    readonly touchToProjection: Path;
    readonly remoteFibre: Path;
    readonly ascending: Path;
    readonly descending: Path;
  };
}

const rect = (cx: number, cy: number, width: number, height: number): Rect => ({
  x: cx - width / 2,
  y: cy - height / 2,
  width,
  height,
});

/**
 * Where every part of the pathway sits for a container of cssWidth × cssHeight pixels. The drawing is laid
 * out on a 1600 × 900 grid; wider containers (up to 21:9) spread the brainstem and brain to the right, and
 * narrower ones (down to 4:3) scale the whole drawing down. The scale is uniform: nothing is ever distorted.
 */
export function layoutScene(cssWidth: number, cssHeight: number): SceneLayout {
  const safeW = Math.max(1, cssWidth);
  const safeH = Math.max(1, cssHeight);
  const H = LOGICAL_HEIGHT;
  const W = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, (H * safeW) / safeH)));
  const scale = Math.min(safeW / W, safeH / H);
  const extra = W - MIN_WIDTH;
  const right = (x: number) => x + extra * 0.55; // brainstem and brain
  const farRight = (x: number) => x + extra; // the pain meter

  const presynaptic = { x: 640, y: 665 };
  const postsynaptic = { x: 830, y: 665 };
  const thalamus = { x: right(1370), y: 300 };
  const cortex = { x: right(1370), y: 120 };
  const skinPainful = { x: 40, y: 700, width: 230, height: 110 };
  const skinRemote = { x: 40, y: 300, width: 230, height: 90 };
  const terminal = { x: 205, y: 745 };
  const drg = { x: 405, y: 705 };
  const rvm = rect(right(1160), 375, 230, 140);

  return {
    width: W,
    height: H,
    scale,
    offsetX: (safeW - W * scale) / 2,
    offsetY: (safeH - H * scale) / 2,
    regions: {
      hcn2: rect(terminal.x, terminal.y, 120, 90),
      tolerance: rect(presynaptic.x, presynaptic.y, 130, 170),
      nmda: rect(postsynaptic.x - 10, postsynaptic.y, 160, 170),
      dynorphin: rect(735, 815, 280, 62),
      glia: rect(735, 520, 380, 80),
      rvm,
    },
    skinPainful,
    skinRemote,
    drg,
    presynaptic,
    postsynaptic,
    thalamus,
    cortex,
    // A capillary just above the dorsal horn: the opioid reaches the receptors of the terminal below it.
    bloodVessel: { y: 430, x0: 330, x1: 820 },
    painMeter: { x: farRight(1530), y: 480, width: 34, height: 300 },
    animal: { x: 40, y: 50, width: 240, height: 150 },
    paths: {
      nociceptor: {
        from: terminal,
        c1: { x: 300, y: 740 },
        c2: { x: 330, y: drg.y + 7 },
        to: { x: presynaptic.x - 50, y: presynaptic.y + 7 },
      },
      touchFibre: {
        from: { x: 110, y: 790 },
        c1: { x: 300, y: 855 },
        c2: { x: 450, y: 820 },
        to: { x: 560, y: 770 },
      },
      touchToProjection: {
        from: { x: 560, y: 770 },
        c1: { x: 650, y: 760 },
        c2: { x: 740, y: 765 },
        to: { x: postsynaptic.x - 20, y: postsynaptic.y + 58 },
      },
      // From the skin elsewhere along the top of the cord, into the terminal from above.
      remoteFibre: {
        from: { x: 270, y: 345 },
        c1: { x: 520, y: 345 },
        c2: { x: presynaptic.x - 10, y: 440 },
        to: { x: presynaptic.x - 10, y: presynaptic.y - 60 },
      },
      ascending: {
        from: { x: postsynaptic.x + 60, y: postsynaptic.y },
        c1: { x: right(1250), y: postsynaptic.y },
        c2: { x: thalamus.x, y: 560 },
        to: { x: thalamus.x, y: thalamus.y + 28 },
      },
      descending: {
        from: { x: rvm.x + 40, y: rvm.y + rvm.height },
        c1: { x: rvm.x + 10, y: 640 },
        c2: { x: postsynaptic.x + 110, y: 560 },
        to: { x: postsynaptic.x + 40, y: postsynaptic.y - 62 },
      },
    },
  };
}

/** Beside the dorsal horn, below the tract to the brain: free of moving parts and of captions' first places. */
const ANIMAL_LOW: Rect = { x: 950, y: 720, width: 240, height: 150 };

/** The layout with the rat moved below when `covered` (the legend's summary, in drawing units) hides its corner. */
export function withAnimalClear(layout: SceneLayout, covered: readonly Rect[]): SceneLayout {
  return covered.some((r) => intersects(r, layout.animal)) ? { ...layout, animal: ANIMAL_LOW } : layout;
}

/** Half the width of the band an impulse travels in, around its path (logical units; impulses are 10 across). */
export const IMPULSE_BAND = 16;

/**
 * Where anything moves, as rectangles in logical units: the bands around the paths impulses travel, the blood
 * vessel, the molecules' way down to the receptors, and the areas where glia release, dynorphin drifts, HCN2
 * pulses and calcium enters. No caption may sit on one (the label placement and an e2e test hold this).
 */
export function motionRegions(layout: SceneLayout): Rect[] {
  const out: Rect[] = [];
  for (const path of Object.values(layout.paths)) {
    const samples = 32;
    let previous = pointOnPath(path, 0);
    for (let i = 1; i <= samples; i += 1) {
      const next = pointOnPath(path, i / samples);
      out.push({
        x: Math.min(previous.x, next.x) - IMPULSE_BAND,
        y: Math.min(previous.y, next.y) - IMPULSE_BAND,
        width: Math.abs(next.x - previous.x) + 2 * IMPULSE_BAND,
        height: Math.abs(next.y - previous.y) + 2 * IMPULSE_BAND,
      });
      previous = next;
    }
  }
  const v = layout.bloodVessel;
  out.push({ x: v.x0, y: v.y - 20, width: v.x1 - v.x0, height: 40 });
  out.push(moleculeDescent(layout));
  const { glia, dynorphin, hcn2, nmda } = layout.regions;
  out.push({ ...glia, y: glia.y - 10, height: glia.height + 40 }, dynorphin, grow(hcn2, 20), nmda);
  return out;
}

/** The column the opioid molecules cross from the vessel to the receptors of the terminal. */
export function moleculeDescent(layout: SceneLayout): Rect {
  const pre = layout.presynaptic;
  const top = layout.bloodVessel.y;
  return { x: pre.x - 10, y: top, width: 110, height: pre.y + 100 - top };
}

export function grow(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The point at parameter s ∈ [0, 1] along a path. */
export function pointOnPath(path: Path, s: number): Point {
  const u = 1 - s;
  const a = u * u * u;
  const b = 3 * u * u * s;
  const c = 3 * u * s * s;
  const d = s * s * s;
  return {
    x: a * path.from.x + b * path.c1.x + c * path.c2.x + d * path.to.x,
    y: a * path.from.y + b * path.c1.y + c * path.c2.y + d * path.to.y,
  };
}

/** Logical → CSS pixels, for placing DOM overlays over the canvas. */
export function toCss(layout: SceneLayout, r: Rect): Rect {
  return {
    x: layout.offsetX + r.x * layout.scale,
    y: layout.offsetY + r.y * layout.scale,
    width: r.width * layout.scale,
    height: r.height * layout.scale,
  };
}
