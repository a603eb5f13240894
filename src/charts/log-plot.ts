import { scaleLinear, scaleLog, type ScaleContinuousNumeric, type Selection } from 'd3';
import { drawXAxis, drawYAxis, ensure, formatNumber, logTicks } from './axes';
import { drawLines, type LineSeries } from './lines';
import { lineCount, wrapInto } from './text-metrics';

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface PlotBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LogPlotSpec {
  readonly title: string;
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
  readonly xTitle: string;
  readonly yTitle: string;
  readonly series: readonly LineSeries[];
  readonly yTicks?: number;
}

export interface DrawnPlot {
  readonly g: G;
  readonly x: ScaleContinuousNumeric<number, number>;
  readonly y: ScaleContinuousNumeric<number, number>;
  /** Group above the lines for markers and labels. */
  readonly notes: G;
}

/** Margins of one plot in font units, so the projector's larger type never runs into the axes. */
export function plotMargins(fontPx: number, titleLines = 1) {
  return {
    top: fontPx * (1 + 1.25 * titleLines),
    right: fontPx * 1.2,
    bottom: fontPx * 3.6,
    left: fontPx * 4.2,
  };
}

/** One plot with a log dose axis: frame, axes with titles, keyed lines; the caller adds its notes. */
export function drawLogPlot(
  parent: G,
  key: string,
  box: PlotBox,
  spec: LogPlotSpec,
  fontPx: number,
): DrawnPlot {
  const titleLines = lineCount(spec.title, box.width - fontPx, fontPx);
  const m = plotMargins(fontPx, titleLines);
  const innerW = Math.max(40, box.width - m.left - m.right);
  const innerH = Math.max(40, box.height - m.top - m.bottom);
  const g = ensure(parent, `g.oc-plot-${key}`, 'g', `oc-plot oc-plot-${key}`).attr(
    'transform',
    `translate(${box.x + m.left},${box.y + m.top})`,
  );
  const x = scaleLog().domain(spec.xDomain).range([0, innerW]);
  const y = scaleLinear().domain(spec.yDomain).range([innerH, 0]);
  const title = ensure(g, 'text.oc-plot-title', 'text', 'oc-plot-title')
    .attr('x', -m.left + fontPx * 0.3)
    .attr('y', -m.top + fontPx * 1.1)
    .node();
  if (title) wrapInto(title, spec.title, box.width - fontPx, fontPx);
  const axes = ensure(g, 'g.oc-axes', 'g', 'oc-axes').attr('aria-hidden', 'true');
  drawXAxis(
    axes,
    {
      scale: x,
      tickValues: logTicks(spec.xDomain, innerW, fontPx),
      format: formatNumber,
      title: spec.xTitle,
    },
    innerH,
    fontPx,
  );
  drawYAxis(axes, { scale: y, ticks: spec.yTicks ?? 5, title: spec.yTitle }, fontPx);
  const lines = ensure(g, 'g.oc-lines', 'g', 'oc-lines').attr('aria-hidden', 'true');
  drawLines(lines, spec.series, x, y, fontPx * 3.2);
  const notes = ensure(g, 'g.oc-notes', 'g', 'oc-notes');
  return { g, x, y, notes };
}
