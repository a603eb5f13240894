import { Container, Graphics, Text } from '../pixi';
import { motionRegions, grow, type Rect, type SceneLayout } from '../layout';
import { placeLabels, type Candidate, type LabelRequest } from '../label-placement';
import type { ScenePalette } from '../palette';

export type LabelId =
  | 'painMeter'
  | 'nmda'
  | 'glia'
  | 'dynorphin'
  | 'hcn2'
  | 'tolerance'
  | 'rvm'
  | 'allodynia'
  | 'skinPainful'
  | 'skinRemote'
  | 'cortex'
  | 'thalamus'
  | 'vessel'
  | 'cord'
  | 'drg'
  | 'nociceptor'
  | 'touchFibre'
  | 'ascending'
  | 'rvmOn'
  | 'rvmOff'
  | 'species';

interface LabelSpec {
  /** Size in logical units at the default theme, before growing to stay legible. */
  readonly size: number;
  readonly weight: 'normal' | 'bold';
  /** Places to try, in order. */
  readonly candidates: (l: SceneLayout) => Candidate[];
}

const at = (x: number, y: number, ax: number, ay: number): Candidate => ({ x, y, ax, ay });
const reg = (l: SceneLayout, id: keyof SceneLayout['regions']) => l.regions[id];
const mid = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** Every caption, most important first: when space runs out, the last ones give way (the legend names them). */
const SPECS: Readonly<Record<LabelId, LabelSpec>> = {
  nmda: {
    size: 20,
    weight: 'bold',
    candidates: (l) => {
      const r = reg(l, 'nmda');
      return [at(r.x + r.width + 8, r.y + r.height, 0, 1), at(mid(r).x, r.y + r.height + 6, 0.5, 0)];
    },
  },
  painMeter: {
    size: 22,
    weight: 'bold',
    candidates: (l) => [
      at(l.painMeter.x - 34, l.painMeter.y + l.painMeter.height, 1, 1),
      at(l.painMeter.x + l.painMeter.width, l.painMeter.y - 34, 1, 1),
      at(l.painMeter.x + l.painMeter.width, l.painMeter.y + l.painMeter.height + 30, 1, 0),
    ],
  },
  species: {
    size: 22,
    weight: 'bold',
    candidates: (l) => [
      at(l.animal.x + l.animal.width + 12, l.animal.y + l.animal.height / 2, 0, 0.5),
      at(l.animal.x, l.animal.y + l.animal.height + 6, 0, 0),
      // A small scene's captions are large: the top right corner, over the brain, may be the only room.
      at(l.width - 10, 10, 1, 0),
    ],
  },
  glia: {
    size: 20,
    weight: 'bold',
    candidates: (l) => {
      const r = reg(l, 'glia');
      return [at(r.x + r.width + 12, mid(r).y, 0, 0.5), at(r.x - 12, mid(r).y, 1, 0.5)];
    },
  },
  dynorphin: {
    size: 20,
    weight: 'bold',
    candidates: (l) => {
      const r = reg(l, 'dynorphin');
      return [
        at(r.x + r.width + 10, mid(r).y, 0, 0.5),
        at(mid(r).x, r.y + r.height + 4, 0.5, 0),
        at(r.x - 10, mid(r).y, 1, 0.5),
      ];
    },
  },
  tolerance: {
    size: 20,
    weight: 'bold',
    candidates: (l) => {
      const r = reg(l, 'tolerance');
      return [at(r.x - 8, r.y + 40, 1, 0.5), at(r.x - 8, r.y + 12, 1, 0.5), at(r.x, r.y - 8, 1, 1)];
    },
  },
  hcn2: {
    size: 20,
    weight: 'bold',
    candidates: (l) => [
      at(l.skinPainful.x, l.skinPainful.y - 10, 0, 1),
      at(l.skinPainful.x, l.skinPainful.y - 80, 0, 1),
      at(l.skinPainful.x + l.skinPainful.width + 10, l.skinPainful.y, 0, 1),
    ],
  },
  rvm: {
    size: 20,
    weight: 'bold',
    candidates: (l) => {
      const r = reg(l, 'rvm');
      return [at(mid(r).x, r.y - 10, 0.5, 1), at(r.x + r.width + 10, r.y, 0, 0)];
    },
  },
  allodynia: {
    size: 19,
    weight: 'bold',
    candidates: (l) => [
      at(mid(reg(l, 'dynorphin')).x, l.height - 4, 0.5, 1),
      at(l.postsynaptic.x + 90, l.height - 4, 0, 1),
    ],
  },
  skinPainful: {
    size: 20,
    weight: 'bold',
    candidates: (l) => [
      at(l.skinPainful.x, l.skinPainful.y + l.skinPainful.height + 8, 0, 0),
      at(l.skinPainful.x, l.height - 8, 0, 1),
    ],
  },
  skinRemote: {
    size: 20,
    weight: 'bold',
    candidates: (l) => [
      at(l.skinRemote.x, l.skinRemote.y - 10, 0, 1),
      at(l.skinRemote.x, l.skinRemote.y + l.skinRemote.height + 8, 0, 0),
    ],
  },
  cortex: {
    size: 20,
    weight: 'bold',
    candidates: (l) => [at(l.cortex.x, l.cortex.y - 20, 0.5, 1), at(l.cortex.x + 160, l.cortex.y, 0, 0.5)],
  },
  thalamus: {
    size: 19,
    weight: 'normal',
    candidates: (l) => [
      at(l.thalamus.x + 52, l.thalamus.y, 0, 0.5),
      at(l.thalamus.x - 52, l.thalamus.y, 1, 0.5),
    ],
  },
  vessel: {
    size: 19,
    weight: 'normal',
    candidates: (l) => [
      at(l.bloodVessel.x1, l.bloodVessel.y - 26, 1, 1),
      at(l.bloodVessel.x1 + 12, l.bloodVessel.y, 0, 0.5),
    ],
  },
  cord: {
    size: 20,
    weight: 'bold',
    candidates: (l) => [
      at(reg(l, 'tolerance').x - 90, l.bloodVessel.y - 26, 0, 1),
      at(reg(l, 'tolerance').x - 90, reg(l, 'dynorphin').y + reg(l, 'dynorphin').height + 24, 0, 0),
    ],
  },
  drg: {
    size: 18,
    weight: 'normal',
    candidates: (l) => [at(l.drg.x, l.drg.y - 36, 0.5, 1), at(l.drg.x, l.drg.y + 36, 0.5, 0)],
  },
  nociceptor: {
    size: 18,
    weight: 'normal',
    candidates: (l) => [
      at(l.drg.x + 10, l.drg.y + 40, 0.5, 0),
      at(l.drg.x - 50, l.drg.y - 16, 1, 1),
      at(l.drg.x + 50, l.drg.y - 20, 0, 1),
    ],
  },
  touchFibre: {
    size: 18,
    weight: 'normal',
    candidates: (l) => [
      at(l.paths.touchFibre.c1.x, l.height - 8, 0.5, 1),
      at(l.paths.touchFibre.c2.x, l.height - 8, 0, 1),
    ],
  },
  ascending: {
    size: 18,
    weight: 'normal',
    candidates: (l) => [
      at(l.thalamus.x + 24, l.thalamus.y + 130, 0, 0.5),
      at(l.thalamus.x - 24, l.thalamus.y + 130, 1, 0.5),
    ],
  },
  rvmOn: {
    size: 18,
    weight: 'bold',
    candidates: (l) => [at(reg(l, 'rvm').x - 10, reg(l, 'rvm').y + reg(l, 'rvm').height * 0.3, 1, 0.5)],
  },
  rvmOff: {
    size: 18,
    weight: 'bold',
    candidates: (l) => [at(reg(l, 'rvm').x - 10, reg(l, 'rvm').y + reg(l, 'rvm').height * 0.72, 1, 0.5)],
  },
};

export const LABEL_IDS = Object.keys(SPECS) as LabelId[];

const PAD = 5;
const EDGE = 6;
/** Smallest caption on screen, in CSS pixels, unless the theme asks for more (palette.minLabelPx). */
export const MIN_LABEL_PX = 14;
/**
 * Captions grow as the drawing shrinks, to stay legible, but never past this many times their own size: a
 * scene squeezed to a sliver made them thousands of pixels tall, and pixi asked for a 32768 × 2048 texture.
 */
const MAX_CAPTION_GROWTH = 4;

/** A caption's font size in drawing units: its own, grown to reach minPx on screen, within bounds. */
export function captionFontSize(
  size: number,
  fontScale: number,
  scale: number,
  minPx = MIN_LABEL_PX,
): number {
  const own = size * fontScale;
  const legible = minPx / Math.max(1e-6, scale);
  return Math.min(own * MAX_CAPTION_GROWTH, Math.max(own, legible));
}

/**
 * Device pixels per drawing unit for the captions' text: at least one per drawing unit (finer than the screen
 * on a shrunk scene, which keeps small type smooth), but never more than MAX_CAPTION_GROWTH times finer
 * than the screen shows it, so a sliver of a scene does not rasterize its text at full size.
 */
export function textResolution(devicePixelRatio: number, scale: number): number {
  return devicePixelRatio * Math.max(scale, Math.min(1, scale * MAX_CAPTION_GROWTH));
}

/**
 * All captions of the scene, as pixi Text on backing plates. Where each goes is decided by `placeLabels`
 * whenever the layout, the theme or any caption's words change: never on another caption, never where
 * something moves, never off the drawing. A caption with no room is hidden; the legend names its part.
 */
export class SceneLabels {
  readonly container = new Container();
  private readonly texts = new Map<LabelId, Text>();
  private readonly plates = new Map<LabelId, Graphics>();
  private readonly colors = new Map<LabelId, number>();
  private readonly boxes = new Map<LabelId, Rect>();
  /** The sizes at which captions found no room. */
  private readonly leftOut = new Map<LabelId, { width: number; height: number }>();
  private plateColor = 0x000000;
  private sceneLayout: SceneLayout | null = null;
  private keepOut: Rect[] = [];
  private reserved: Rect[] = [];
  private stale = true;

  /**
   * The captions' Text objects are made when they are first styled or set, not with the scene: pixi measures
   * fonts when its first Text is made, which belongs to mounting the scene, not to the page's first task.
   */
  private make(): void {
    if (this.texts.size > 0) return;
    for (const id of LABEL_IDS) {
      const text = new Text({ text: '' });
      const plate = new Graphics();
      this.texts.set(id, text);
      this.plates.set(id, plate);
      this.container.addChild(plate, text);
    }
  }

  /**
   * Styles every caption for a layout and theme; `resolution` (device pixels per drawing unit) keeps text crisp.
   * They are placed at once, or (`arrangeNow` false) at the next `arrange`.
   */
  layout(layout: SceneLayout, palette: ScenePalette, resolution: number, arrangeNow = true): void {
    this.make();
    for (const [id, text] of this.texts) {
      const spec = SPECS[id];
      text.style = {
        fontFamily: palette.fontFamily,
        fontSize: captionFontSize(spec.size, palette.fontScale, layout.scale, palette.minLabelPx),
        fontWeight: spec.weight,
        fill: this.colors.get(id) ?? palette.text,
      };
      text.resolution = resolution;
    }
    this.plateColor = palette.background;
    this.sceneLayout = layout;
    this.keepOut = [...motionRegions(layout), ...keepClear(layout), ...this.reserved];
    this.stale = true;
    if (arrangeNow) this.arrange();
  }

  /** Areas of the drawing a caption must leave free besides the scene's own (the legend's corner, the rat). */
  reserve(areas: Rect[]): void {
    this.reserved = areas;
  }

  /** A caption's font size in drawing units. */
  fontSize(id: LabelId): number {
    const size = this.texts.get(id)?.style.fontSize;
    return typeof size === 'number' ? size : 0;
  }

  /** Sets a caption's words and colour; returns whether anything changed (so a cached picture is redrawn). */
  set(id: LabelId, words: string, color?: number): boolean {
    this.make();
    const text = this.texts.get(id);
    if (!text) return false;
    let changed = false;
    if (text.text !== words) {
      const wasEmpty = !text.text;
      text.text = words;
      // New words that still fit the caption's place (a number ticking on the pain meter) keep it: placing
      // every caption again on each result of a slider's drag would cost the frame.
      const box = this.boxes.get(id);
      const fits =
        box && !wasEmpty && words && text.width + 2 * PAD <= box.width && text.height + PAD <= box.height;
      if (!fits) this.stale = true;
      changed = true;
    }
    // pixi normalizes style.fill into an object, so compare with the colour we last set, not with it.
    if (color !== undefined && this.colors.get(id) !== color) {
      this.colors.set(id, color);
      text.style.fill = color;
      changed = true;
    }
    return changed;
  }

  /** Whether a word or the layout changed since the captions were last placed. */
  get placementDue(): boolean {
    return this.stale;
  }

  /** Places every caption again if a word or the layout changed since the last time. */
  arrange(): void {
    const layout = this.sceneLayout;
    if (!this.stale || !layout) return;
    this.stale = false;
    const requests: LabelRequest[] = [];
    for (const id of LABEL_IDS) {
      const text = this.texts.get(id);
      if (!text?.text) continue;
      requests.push({
        id,
        width: text.width + 2 * PAD,
        height: text.height + PAD,
        candidates: SPECS[id].candidates(layout),
      });
    }
    const bounds = { x: EDGE, y: EDGE, width: layout.width - 2 * EDGE, height: layout.height - 2 * EDGE };
    const placed = placeLabels(requests, this.keepOut, bounds);
    this.boxes.clear();
    this.leftOut.clear();
    for (const r of requests) if (!placed.get(r.id)) this.leftOut.set(r.id as LabelId, r);
    for (const [id, text] of this.texts) {
      const box = placed.get(id) ?? null;
      const plate = this.plates.get(id);
      text.visible = box !== null;
      if (plate) plate.visible = box !== null;
      if (!box || !plate) continue;
      this.boxes.set(id, box);
      text.position.set(box.x + PAD, box.y + PAD / 2);
      plate.clear();
      plate.roundRect(box.x, box.y, box.width, box.height, 6).fill({ color: this.plateColor, alpha: 0.85 });
    }
  }

  /** The captions on screen and where (logical units): for the scene's probe and its tests. */
  shown(): ReadonlyMap<LabelId, Rect> {
    return this.boxes;
  }

  /** The words of a caption, shown or not. */
  words(id: LabelId): string {
    return this.texts.get(id)?.text ?? '';
  }

  destroy(): void {
    this.container.destroy({ children: true });
  }
}

/** Parts a caption must not hide: the meter, the neurons of the synapse, the RVM's cells, the skin, the brain's relays. */
function keepClear(l: SceneLayout): Rect[] {
  const around = (p: { x: number; y: number }, w: number, h: number) => ({
    x: p.x - w,
    y: p.y - h,
    width: 2 * w,
    height: 2 * h,
  });
  return [
    grow(l.painMeter, 28),
    around(l.presynaptic, 60, 70),
    around(l.postsynaptic, 80, 80),
    l.regions.rvm,
    l.skinPainful,
    l.skinRemote,
    around(l.drg, 42, 30),
    around(l.thalamus, 44, 28),
  ];
}
