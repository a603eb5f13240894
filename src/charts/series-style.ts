import { symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3';

/**
 * How each series looks. Colour comes from the theme's custom properties (so a theme switch needs no
 * re-render), and every series also has its own dash pattern and marker, so none is told apart by colour
 * alone (colour-blind readers, greyscale print-outs, projectors that wash colours out).
 */
export interface SeriesStyle {
  /** CSS colour, always a var() of src/ui/styles/theme.css. */
  readonly color: string;
  /** stroke-dasharray in multiples of the stroke width; 'none' for solid. */
  readonly dash: readonly number[];
  readonly symbol: SymbolType;
  /** Short name of the marker, for the legend's accessible text. */
  readonly markerName: string;
}

export type SeriesKey = 'naive' | 'toleranceOnly' | 'a' | 'b' | 'ink';

export const SERIES_STYLES: Readonly<Record<SeriesKey, SeriesStyle>> = {
  naive: { color: 'var(--color-naive)', dash: [1, 2.5], symbol: symbolCircle, markerName: 'circles' },
  toleranceOnly: {
    color: 'var(--color-tolerance)',
    dash: [5, 3],
    symbol: symbolSquare,
    markerName: 'squares',
  },
  a: { color: 'var(--color-oih)', dash: [], symbol: symbolTriangle, markerName: 'triangles' },
  b: { color: 'var(--color-rvm)', dash: [7, 2.5, 1.5, 2.5], symbol: symbolDiamond, markerName: 'diamonds' },
  // Series of one result in charts that are not about OIH vs tolerance (time course): neutral ink.
  ink: { color: 'var(--color-text)', dash: [], symbol: symbolTriangle, markerName: 'triangles' },
};

/** The second result in compare mode keeps the dash and marker of 'b' but the colour of its row. */
export function compareStyle(color: string): SeriesStyle {
  return { ...SERIES_STYLES.b, color };
}

/** A dasharray in CSS that scales with the theme's stroke width (thicker on the projector). */
export function dashArray(style: SeriesStyle): string {
  if (style.dash.length === 0) return 'none';
  return style.dash.map((d) => `calc(${d} * var(--stroke-width))`).join(' ');
}
