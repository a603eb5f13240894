import { Container, Graphics, Text } from '../pixi';
import type { SceneLayout } from '../layout';
import type { ScenePalette } from '../palette';

export type LabelId =
  | 'vessel'
  | 'skinPainful'
  | 'skinRemote'
  | 'drg'
  | 'nociceptor'
  | 'touchFibre'
  | 'cord'
  | 'brainstem'
  | 'thalamus'
  | 'cortex'
  | 'ascending'
  | 'descending'
  | 'allodynia'
  | 'painMeter'
  | 'rvmOn'
  | 'rvmOff'
  | 'nmda'
  | 'rvm'
  | 'glia'
  | 'dynorphin'
  | 'hcn2'
  | 'tolerance';

interface LabelSpec {
  readonly size: number;
  /**
   * Captions are dropped as the scene is drawn smaller, so the essential ones stay legible: 'detail' below
   * half size, 'secondary' below 0.3 (phones). The mechanism captions always stay.
   */
  readonly detail?: boolean;
  readonly secondary?: boolean;
  readonly weight: 'normal' | 'bold';
  readonly anchor: readonly [number, number];
  readonly place: (l: SceneLayout) => { x: number; y: number };
}

const r = (l: SceneLayout, id: keyof SceneLayout['regions']) => l.regions[id];
const cx = (l: SceneLayout, id: keyof SceneLayout['regions']) => r(l, id).x + r(l, id).width / 2;
const bottom = (l: SceneLayout, id: keyof SceneLayout['regions']) => r(l, id).y + r(l, id).height;

/** A caption's tier: when it is dropped, and its usual size and weight. */
type Tier = Pick<LabelSpec, 'detail' | 'secondary' | 'size' | 'weight'>;

const tier =
  (t: Tier) =>
  (
    anchor: LabelSpec['anchor'],
    place: LabelSpec['place'],
    more: Partial<Pick<LabelSpec, 'size' | 'weight'>> = {},
  ): LabelSpec => ({ ...t, anchor, place, ...more });

/** The mechanism names and the pain meter: they always stay. */
const always = tier({ size: 20, weight: 'bold' });
/** The big parts of the pathway: dropped on phones. */
const secondary = tier({ secondary: true, size: 21, weight: 'bold' });
/** The small details: dropped below half size. */
const detail = tier({ detail: true, size: 19, weight: 'normal' });

/** Where each caption sits, relative to the part it names. Sizes are logical units at the default theme. */
const SPECS: Readonly<Record<LabelId, LabelSpec>> = {
  vessel: detail([0, 0.5], (l) => ({ x: l.bloodVessel.x0 + 24, y: l.bloodVessel.y }), { size: 20 }),
  skinRemote: secondary([0, 1], (l) => ({ x: l.skinRemote.x, y: l.skinRemote.y - 10 })),
  skinPainful: secondary([0, 0], (l) => ({
    x: l.skinPainful.x,
    y: l.skinPainful.y + l.skinPainful.height + 8,
  })),
  hcn2: always([0.5, 1], (l) => ({ x: cx(l, 'hcn2'), y: l.skinPainful.y - 8 })),
  drg: detail([0.5, 1], (l) => ({ x: l.drg.x, y: l.drg.y - 32 })),
  nociceptor: detail([0.5, 0], (l) => ({ x: l.drg.x + 10, y: l.drg.y + 34 })),
  touchFibre: detail([0.5, 1], (l) => ({ x: l.paths.touchFibre.c1.x, y: l.height - 6 })),
  cord: secondary([0, 1], (l) => ({ x: r(l, 'tolerance').x - 88, y: r(l, 'glia').y - 52 })),
  glia: always([0.5, 1], (l) => ({ x: cx(l, 'glia'), y: r(l, 'glia').y - 4 })),
  tolerance: always([1, 0.5], (l) => ({ x: r(l, 'tolerance').x + 10, y: r(l, 'tolerance').y - 12 }), {
    size: 19,
  }),
  nmda: always([0, 0.5], (l) => ({ x: r(l, 'nmda').x + r(l, 'nmda').width + 4, y: bottom(l, 'nmda') - 18 })),
  dynorphin: always([1, 0.5], (l) => ({ x: r(l, 'dynorphin').x - 10, y: r(l, 'dynorphin').y + 20 })),
  brainstem: secondary([0.5, 1], (l) => ({ x: cx(l, 'rvm'), y: r(l, 'rvm').y - 56 })),
  rvm: always([0.5, 1], (l) => ({ x: cx(l, 'rvm'), y: r(l, 'rvm').y - 6 })),
  descending: secondary(
    [0, 0.5],
    (l) => ({ x: l.paths.descending.c1.x + 22, y: l.paths.descending.c1.y - 50 }),
    { size: 19 },
  ),
  ascending: detail([0, 0.5], (l) => ({ x: l.thalamus.x + 12, y: l.thalamus.y + 110 })),
  thalamus: detail([0, 0.5], (l) => ({ x: l.thalamus.x + 50, y: l.thalamus.y })),
  cortex: secondary([0.5, 0], (l) => ({ x: l.cortex.x, y: l.cortex.y - 10 })),
  allodynia: secondary([0.5, 1], (l) => ({ x: cx(l, 'dynorphin') + 60, y: l.height - 4 }), { size: 19 }),
  painMeter: always([1, 1], (l) => ({ x: l.painMeter.x + l.painMeter.width, y: l.painMeter.y - 10 })),
  rvmOn: detail([1, 0.5], (l) => ({ x: r(l, 'rvm').x - 8, y: r(l, 'rvm').y + r(l, 'rvm').height / 2 }), {
    size: 18,
    weight: 'bold',
  }),
  rvmOff: detail(
    [0, 0.5],
    (l) => ({ x: r(l, 'rvm').x + r(l, 'rvm').width + 8, y: r(l, 'rvm').y + r(l, 'rvm').height / 2 }),
    { size: 18, weight: 'bold' },
  ),
};

const PAD = 4;
const EDGE = 6;
/** Smallest caption on screen, in CSS pixels at the default theme (scaled up by the theme's type size). */
const MIN_CSS_PX = 12;
/** Below this scale the detail captions are hidden. */
const DETAIL_SCALE = 0.5;
/** Below this scale (a phone) only the mechanism captions and the pain meter remain. */
const SECONDARY_SCALE = 0.3;
/**
 * Captions grow as the drawing shrinks, to stay legible, but never past this many times their own size: a
 * scene squeezed to a sliver (lecture mode with its notes and tools open) made them thousands of pixels tall,
 * and pixi asked for a 32768 × 2048 text texture. Down to a 240 px wide scene they still reach MIN_CSS_PX.
 */
const MAX_CAPTION_GROWTH = 4;

/** A caption's font size in drawing units: its own, grown to stay legible on a small scene, within bounds. */
export function captionFontSize(size: number, fontScale: number, scale: number): number {
  const own = size * fontScale;
  const legible = ((MIN_CSS_PX * fontScale) / scale) * (size / 20);
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

/** All captions of the scene, kept as pixi Text objects whose words change with the state. */
export class SceneLabels {
  readonly container = new Container();
  private readonly texts = new Map<LabelId, Text>();
  private readonly plates = new Map<LabelId, Graphics>();
  private plateColor = 0x000000;
  private readonly places = new Map<LabelId, { x: number; y: number }>();
  private readonly colors = new Map<LabelId, number>();
  private drawingWidth = Infinity;

  constructor() {
    for (const id of Object.keys(SPECS) as LabelId[]) {
      const text = new Text({ text: '' });
      text.anchor.set(...SPECS[id].anchor);
      const plate = new Graphics();
      this.texts.set(id, text);
      this.plates.set(id, plate);
      this.container.addChild(plate, text);
    }
  }

  /**
   * Positions and styles every caption for a layout and theme; `resolution` (device pixels per drawing unit)
   * keeps text crisp when scaled.
   */
  layout(layout: SceneLayout, palette: ScenePalette, resolution: number): void {
    const small = layout.scale < DETAIL_SCALE;
    const tiny = layout.scale < SECONDARY_SCALE;
    for (const [id, text] of this.texts) {
      const spec = SPECS[id];
      text.visible = !((small && spec.detail) || (tiny && spec.secondary));
      const plate = this.plates.get(id);
      if (plate) plate.visible = text.visible;
      text.style = {
        fontFamily: palette.fontFamily,
        fontSize: captionFontSize(spec.size, palette.fontScale, layout.scale),
        fontWeight: spec.weight,
        fill: palette.text,
      };
      text.resolution = resolution;
      this.places.set(id, spec.place(layout));
      this.drawingWidth = layout.width;
      this.position(id);
    }
    this.plateColor = palette.background;
    this.colors.clear();
    for (const id of this.texts.keys()) this.drawPlate(id);
  }

  /** Keeps every caption inside the drawing: big type on a small scene would push some off the edge. */
  private position(id: LabelId): void {
    const text = this.texts.get(id);
    const place = this.places.get(id);
    if (!text || !place) return;
    const left = place.x - SPECS[id].anchor[0] * text.width;
    const x =
      place.x + Math.max(0, EDGE - left) - Math.max(0, left + text.width - (this.drawingWidth - EDGE));
    text.position.set(x, place.y);
    this.plates.get(id)?.position.set(x, place.y);
  }

  /** A backing plate behind each caption keeps it legible where it crosses a fibre. */
  private drawPlate(id: LabelId): void {
    const text = this.texts.get(id);
    const plate = this.plates.get(id);
    if (!text || !plate) return;
    plate.clear();
    if (!text.text) return;
    const [ax, ay] = SPECS[id].anchor;
    const w = text.width;
    const h = text.height;
    plate
      .roundRect(-ax * w - PAD, -ay * h - PAD / 2, w + 2 * PAD, h + PAD, 6)
      .fill({ color: this.plateColor, alpha: 0.82 });
  }

  /** Sets a caption's words and colour; returns whether anything changed (so a cached picture is redrawn). */
  set(id: LabelId, words: string, color?: number): boolean {
    const text = this.texts.get(id);
    if (!text) return false;
    let changed = false;
    if (text.text !== words) {
      text.text = words;
      this.position(id);
      this.drawPlate(id);
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

  destroy(): void {
    this.container.destroy({ children: true });
  }
}
