import { Color } from './pixi';

/** Every colour the scene uses, read from the theme tokens of src/ui/styles/theme.css (never hard-coded here). */
export interface ScenePalette {
  readonly background: number;
  readonly surface: number;
  readonly text: number;
  readonly muted: number;
  readonly border: number;
  readonly accent: number;
  readonly nmda: number;
  readonly rvm: number;
  readonly glia: number;
  readonly dynorphin: number;
  readonly hcn2: number;
  readonly tolerance: number;
  readonly opioid: number;
  readonly facilitation: number;
  readonly inhibition: number;
  readonly pain: number;
  /** Marks drawn on top of a series colour. */
  readonly onSeries: number;
  /** Multiplies every stroke width: thick strokes for the projector and high-contrast themes. */
  readonly strokeScale: number;
  /** Multiplies every font size: large type for the projector theme. */
  readonly fontScale: number;
  readonly fontFamily: string;
  /** The smallest caption on the canvas, in CSS pixels (larger in the projector theme). */
  readonly minLabelPx: number;
}

const TOKENS = {
  background: '--color-surface',
  surface: '--color-surface-raised',
  text: '--color-text',
  muted: '--color-text-muted',
  border: '--color-border',
  accent: '--color-accent',
  nmda: '--color-nmda',
  rvm: '--color-rvm',
  glia: '--color-glia',
  dynorphin: '--color-dynorphin',
  hcn2: '--color-hcn2',
  tolerance: '--color-tolerance',
  opioid: '--color-opioid',
  facilitation: '--color-facilitation',
  inhibition: '--color-inhibition',
  pain: '--color-oih',
  onSeries: '--color-on-series',
} as const;

function toNumber(value: string, fallback: number): number {
  try {
    return value ? new Color(value).toNumber() : fallback;
  } catch {
    return fallback;
  }
}

/** Reads the palette from the computed style of `element` (the theme is set on the document root). */
export function readPalette(element: Element): ScenePalette {
  const style = getComputedStyle(element);
  const token = (name: string) => style.getPropertyValue(name).trim();
  const colors = Object.fromEntries(
    Object.entries(TOKENS).map(([key, name]) => [key, toNumber(token(name), 0x888888)]),
  ) as Record<keyof typeof TOKENS, number>;
  const strokePx = Number.parseFloat(token('--stroke-width')) || 2;
  const rootFont = Number.parseFloat(token('--font-size-base')) || 1;
  return {
    ...colors,
    strokeScale: strokePx / 2,
    fontScale: Math.max(1, rootFont),
    fontFamily: token('--font-family') || 'sans-serif',
    minLabelPx: Number.parseFloat(token('--scene-label-min')) || 14,
  };
}
