import { line, select, symbol, type ScaleContinuousNumeric, type Selection } from 'd3';
import { dashArray, type SeriesStyle } from './series-style';
import type { SceneRegionId } from '../model';

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface LineSeries {
  readonly key: string;
  readonly style: SeriesStyle;
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  readonly focus?: SceneRegionId;
}

interface Marker {
  readonly key: string;
  readonly x: number;
  readonly y: number;
}

/**
 * Keyed paths and markers for a set of series: a new result updates the same elements (no re-creation).
 * Markers sit at evenly spaced samples, offset per series, so two curves that lie on top of each other
 * (tolerance-only patient = its tolerance-only twin) still show both markers.
 */
export function drawLines(
  g: G,
  series: readonly LineSeries[],
  x: ScaleContinuousNumeric<number, number>,
  y: ScaleContinuousNumeric<number, number>,
  markerSize: number,
  markersPerSeries = 6,
): void {
  joinSeries<SVGPathElement>(g, 'path', 'oc-line', series)
    .style('stroke', (d) => d.style.color)
    .style('stroke-dasharray', (d) => dashArray(d.style))
    .attr('d', (d) => pathOf(d, x, y));
  const markerPath = (s: SeriesStyle) => symbol(s.symbol, markerSize)();
  joinSeries<SVGGElement>(g, 'g', 'oc-markers', series)
    .style('fill', (d) => d.style.color)
    .each(function (d, si) {
      const marks = markerPoints(d, si, markersPerSeries);
      const shape = markerPath(d.style);
      select(this)
        .selectAll<SVGPathElement, Marker>('path')
        .data(marks, (m) => m.key)
        .join('path')
        .attr('d', shape)
        .attr('transform', (m) => `translate(${x(m.x)},${y(m.y)})`);
    });
}

/** One element per series (its line, or its group of markers), tagged with the series and what it shows. */
function joinSeries<E extends SVGPathElement | SVGGElement>(
  g: G,
  tag: 'path' | 'g',
  cls: string,
  series: readonly LineSeries[],
): Selection<E, LineSeries, SVGGElement, unknown> {
  return g
    .selectAll<E, LineSeries>(`${tag}.${cls}`)
    .data(series, (d) => d.key)
    .join((enter) => enter.append<E>(tag))
    .attr('class', cls)
    .attr('data-series', (d) => d.key)
    .attr('data-focus', (d) => d.focus ?? null);
}

/** The path of one series; points with a non-finite value (e.g. log of 0) break the line. */
export function pathOf(
  s: Pick<LineSeries, 'xs' | 'ys'>,
  x: ScaleContinuousNumeric<number, number>,
  y: ScaleContinuousNumeric<number, number>,
): string {
  const idx = Array.from({ length: s.xs.length }, (_, i) => i);
  return (
    line<number>()
      .defined((i) => Number.isFinite(x(s.xs[i] ?? Number.NaN)) && Number.isFinite(y(s.ys[i] ?? Number.NaN)))
      .x((i) => x(s.xs[i] ?? 0))
      .y((i) => y(s.ys[i] ?? 0))(idx) ?? ''
  );
}

function markerPoints(s: LineSeries, seriesIndex: number, count: number): Marker[] {
  const n = s.xs.length;
  if (n === 0 || count <= 0) return [];
  const step = n / count;
  const offset = ((seriesIndex % 3) + 1) * (step / 4);
  const out: Marker[] = [];
  for (let k = 0; k < count; k++) {
    const i = Math.min(n - 1, Math.floor(offset + k * step));
    out.push({ key: String(k), x: s.xs[i] ?? 0, y: s.ys[i] ?? 0 });
  }
  return out;
}
