import { symbol, type Selection } from 'd3';
import { dashArray, type SeriesStyle } from './series-style';
import { textWidth } from './text-metrics';
import { joinGroups } from './join';

export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly style: SeriesStyle;
  /** 'line' (default) draws a series sample; 'guide' a dotted reference line; 'area' a shaded swatch. */
  readonly kind?: 'line' | 'guide' | 'area';
}

const SAMPLE = 34;

/**
 * A legend drawn inside the SVG (not beside it in HTML) so exported images carry it. Items wrap into rows
 * at narrow widths; returns the height used.
 */
export function drawLegend(
  g: Selection<SVGGElement, unknown, null, undefined>,
  items: readonly LegendItem[],
  width: number,
  fontPx: number,
): number {
  const rowH = fontPx * 1.6;
  let x = 0;
  let y = rowH / 2;
  const placed = items.map((item) => {
    const w = SAMPLE + 8 + textWidth(item.label, fontPx) + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowH;
    }
    const at = { item, x, y };
    x += w;
    return at;
  });
  const rows = joinGroups(g, 'oc-legend-item', placed, (d) => d.item.key, [
    ['rect', { class: 'oc-hyperalgesia', x: 0, width: SAMPLE }],
    ['line', { class: 'oc-line', x1: 0, x2: SAMPLE }],
    ['path', { class: 'oc-marker' }],
    ['text', { class: 'oc-legend-text', dy: '0.35em' }],
  ]);
  rows.attr('transform', (d) => `translate(${d.x},${d.y})`);
  const kind = (d: (typeof placed)[number]) => d.item.kind ?? 'line';
  rows
    .select('rect')
    .attr('y', -fontPx * 0.5)
    .attr('height', fontPx)
    .style('display', (d) => (kind(d) === 'area' ? null : 'none'));
  rows
    .select('line')
    .attr('class', (d) => (kind(d) === 'guide' ? 'oc-guide' : 'oc-line'))
    .style('display', (d) => (kind(d) === 'area' ? 'none' : null))
    .style('stroke', (d) => (kind(d) === 'line' ? d.item.style.color : null))
    .style('stroke-dasharray', (d) => (kind(d) === 'line' ? dashArray(d.item.style) : null));
  rows
    .select('path')
    .attr('transform', `translate(${SAMPLE / 2},0)`)
    .attr('d', (d) => (kind(d) === 'line' ? symbol(d.item.style.symbol, fontPx * 4)() : null))
    .style('fill', (d) => d.item.style.color);
  rows
    .select('text')
    .attr('x', SAMPLE + 8)
    .text((d) => d.item.label);
  return y + rowH / 2;
}
