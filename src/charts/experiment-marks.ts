/**
 * How an experiment chart's marks look. Model curves: a theme colour (--color-series-N, Okabe–Ito), a dash and
 * a filled marker each. The paper's points: circle (a value), diamond (at), triangle up or down (above, below),
 * drawn larger with an ink outline; a value the paper gives without a time or without a level is a dashed
 * reference line across the plot.
 */
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3';
import type { PaperPoint } from './experiment-plot-data';
import type { SeriesStyle } from './series-style';

const series = (n: number) => `var(--color-series-${n})`;

const FIRST: SeriesStyle = { color: series(1), dash: [], symbol: symbolSquare, markerName: 'squares' };

/** Six looks, and a seventh with the first colour and a dotted dash (the knock-out experiment has seven). */
export const CURVE_STYLES: readonly SeriesStyle[] = [
  FIRST,
  { color: series(2), dash: [5, 2.5], symbol: symbolCross, markerName: 'crosses' },
  { color: series(3), dash: [1.5, 2], symbol: symbolStar, markerName: 'stars' },
  { color: series(4), dash: [8, 2.5, 2, 2.5], symbol: symbolWye, markerName: 'wyes' },
  { color: series(5), dash: [12, 4], symbol: symbolSquare, markerName: 'squares' },
  { color: series(6), dash: [3, 5], symbol: symbolCross, markerName: 'crosses' },
  { color: series(1), dash: [1, 5], symbol: symbolStar, markerName: 'stars' },
];

/**
 * The what-if curve: Okabe–Ito blue in the default theme (--color-what-if, a colour no curve of the default
 * theme uses), a dash-dot-dot none of CURVE_STYLES has, a heavier stroke (CSS) and × markers — so it is told from
 * the model's curves and the paper's marks by dash, weight and marker as well as colour.
 */
export const WHAT_IF_STYLE: SeriesStyle = {
  color: 'var(--color-what-if)',
  dash: [6, 2, 1, 2, 1, 2],
  symbol: symbolCross,
  markerName: 'crosses turned 45°',
};
/** The what-if's marker: a cross turned 45° (×), a shape no model curve or paper mark has. */
export const WHAT_IF_MARKER_TURN = 'rotate(45)';

/** A triangle pointing down: "below this value". */
const symbolTriangleDown: SymbolType = {
  draw(context, size) {
    const y = -Math.sqrt(size / (Math.sqrt(3) * 3));
    context.moveTo(0, -y * 2);
    context.lineTo(-Math.sqrt(3) * y, y);
    context.lineTo(Math.sqrt(3) * y, y);
    context.closePath();
  },
};

/** The look of the i-th curve of a chart (and of the paper's marks of the same group). */
export const curveStyle = (i: number): SeriesStyle => CURVE_STYLES[i % CURVE_STYLES.length] ?? FIRST;

export type PaperMarkKind = 'value' | 'at' | 'above' | 'below' | 'level' | 'time';

/** What a published point is drawn as. */
export function paperMarkKind(point: PaperPoint): PaperMarkKind {
  if (point.x === null) return 'level';
  if (point.y === null) return 'time';
  return point.relation ?? 'value';
}

export function paperMarkShape(point: PaperPoint): SymbolType {
  switch (paperMarkKind(point)) {
    case 'at':
      return symbolDiamond;
    case 'above':
      return symbolTriangle;
    case 'below':
      return symbolTriangleDown;
    default:
      return symbolCircle;
  }
}

export function markPath(type: SymbolType, size: number): string {
  return symbol(type, size)() ?? '';
}
