import {
  axisBottom,
  axisLeft,
  type Axis,
  type NumberValue,
  type ScaleContinuousNumeric,
  type Selection,
} from 'd3';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Tick values for a log axis: 1-2-5 per decade when there is room, fewer on a phone (390 px). */
export function logTicks(domain: readonly [number, number], widthPx: number, fontPx: number): number[] {
  const [lo, hi] = domain;
  const decades = Math.log10(hi / lo);
  const room = widthPx / (fontPx * 3.2);
  const sets = [[1, 2, 5], [1, 3], [1]];
  for (const set of sets) {
    const ticks = decadeTicks(lo, hi, set);
    if (ticks.length <= room || set.length === 1) return ticks.length > 0 ? ticks : [lo, hi];
  }
  return decades > 0 ? [lo, hi] : [lo];
}

function decadeTicks(lo: number, hi: number, mantissas: readonly number[]): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++)
    for (const m of mantissas) {
      const v = m * 10 ** e;
      if (v >= lo * 0.999 && v <= hi * 1.001) out.push(v);
    }
  return out;
}

export function formatNumber(v: number): string {
  if (v >= 1) return String(Math.round(v));
  return String(Number(v.toPrecision(2)));
}

export interface AxisSpec {
  readonly scale: ScaleContinuousNumeric<number, number>;
  readonly tickValues?: readonly number[];
  readonly ticks?: number;
  readonly format?: (v: number) => string;
  readonly title: string;
}

/** A bottom axis at y with its title below (titles carry the units). */
export function drawXAxis(g: G, spec: AxisSpec, y: number, fontPx: number): void {
  // offset 0: ticks sit exactly at scale(value), so the marks, the lines and the tests agree to the pixel.
  const axis = axisBottom(spec.scale).tickSizeOuter(0).offset(0);
  if (spec.tickValues) axis.tickValues(spec.tickValues);
  else if (spec.ticks !== undefined) axis.ticks(spec.ticks);
  if (spec.format) axis.tickFormat((d) => spec.format?.(Number(d)) ?? String(d));
  const ax = ensure(g, 'g.oc-axis-x', 'g', 'oc-axis oc-axis-x').attr('transform', `translate(0,${y})`);
  callIfChanged(ax, axis, spec);
  const [x0, x1] = spec.scale.range() as [number, number];
  ensure(g, 'text.oc-axis-title-x', 'text', 'oc-axis-title oc-axis-title-x')
    .attr('x', (x0 + x1) / 2)
    .attr('y', y + fontPx * 2.6)
    .attr('text-anchor', 'middle')
    .text(spec.title);
}

/** A left axis with its title rotated, or above the plot when `titleAbove` (narrow screens). */
export function drawYAxis(g: G, spec: AxisSpec, fontPx: number, titleAbove = false): void {
  const axis = axisLeft(spec.scale).tickSizeOuter(0).offset(0);
  if (spec.tickValues) axis.tickValues(spec.tickValues);
  else axis.ticks(spec.ticks ?? 5);
  if (spec.format) axis.tickFormat((d) => spec.format?.(Number(d)) ?? String(d));
  callIfChanged(ensure(g, 'g.oc-axis-y', 'g', 'oc-axis oc-axis-y'), axis, spec);
  const [y0, y1] = spec.scale.range() as [number, number];
  const title = ensure(g, 'text.oc-axis-title-y', 'text', 'oc-axis-title oc-axis-title-y').text(spec.title);
  if (titleAbove)
    title
      .attr('transform', null)
      .attr('x', -fontPx * 2.4)
      .attr('y', Math.min(y0, y1) - fontPx * 0.7)
      .attr('text-anchor', 'start');
  else
    title
      .attr('transform', `translate(${-fontPx * 2.9},${(y0 + y1) / 2}) rotate(-90)`)
      .attr('x', 0)
      .attr('y', 0)
      .attr('text-anchor', 'middle');
}

/**
 * Redraws an axis only when its scale or ticks changed: most axes (0–1 levels, 0–10 pain) are the same for
 * every result, and re-running d3's axis on the mechanisms' twelve axes was the largest part of an update.
 */
function callIfChanged(g: G, axis: Axis<NumberValue>, spec: AxisSpec): void {
  const key = [spec.scale.domain(), spec.scale.range(), spec.tickValues ?? spec.ticks ?? ''].join('|');
  if (g.attr('data-key') === key) return;
  g.attr('data-key', key).call(axis);
}

/** Select-or-create one child, so a redraw reuses the element instead of stacking copies. */
export function ensure<K extends keyof SVGElementTagNameMap>(
  parent: G,
  selector: string,
  tag: K,
  className: string,
): Selection<SVGElementTagNameMap[K], unknown, null, undefined> {
  const found = parent.selectChild<SVGElementTagNameMap[K]>(selector);
  if (!found.empty()) return found as unknown as Selection<SVGElementTagNameMap[K], unknown, null, undefined>;
  return parent.append(tag).attr('class', className) as unknown as Selection<
    SVGElementTagNameMap[K],
    unknown,
    null,
    undefined
  >;
}
