import { symbol, type Selection } from 'd3';
import { dashArray, type SeriesStyle } from './series-style';
import { fitText, textWidth } from './text-metrics';
import { joinGroups } from './join';

export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly style: SeriesStyle;
  /**
   * 'line' (default) draws a series sample; 'guide' a dotted reference line; 'area' a shaded swatch; 'before'
   * the faint line of the run before the learner's last change (its colour, no marker).
   */
  readonly kind?: 'line' | 'guide' | 'area' | 'before';
  /**
   * Stays on the row of the item before it, whose label is cut to make room when it can keep 40 % of the
   * width (the full name stays in the table): an entry added after a change costs no row where it can.
   */
  readonly sticky?: boolean;
}

const SAMPLE = 34;
/** The space between an item's sample and label, and after its label. */
const PAD = 8;
const GAP = 18;

/** The width an item's sample and label take (without the gap after it). */
export const legendItemWidth = (label: string, fontPx: number) => SAMPLE + PAD + textWidth(label, fontPx);
const itemWidth = (label: string, fontPx: number) => legendItemWidth(label, fontPx) + GAP;

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
  const placed = items.map((given, i) => {
    let item = given;
    let w = itemWidth(item.label, fontPx);
    // Room for the next item too when it sticks to this one and the two can share a row (cut to 40 % at
    // least); the last item of a row needs no gap after it.
    const next = items[i + 1];
    const follow = next?.sticky ? itemWidth(next.label, fontPx) - GAP : -GAP;
    const roomFrom = (at: number) => width - at - follow - (SAMPLE + PAD + GAP);
    const pair = !!next?.sticky && (w + follow <= width || roomFrom(0) >= width * 0.4);
    if (x > 0 && (x + w - GAP > width || (pair && x + w + follow > width))) {
      x = 0;
      y += rowH;
    }
    // Cut to share the row with the next one; cut alone, a label never runs past the legend's width.
    const cut =
      pair && x + w + follow > width && roomFrom(x) >= width * 0.4
        ? roomFrom(x)
        : x + w - GAP > width
          ? width - x - SAMPLE - PAD
          : null;
    if (cut !== null) {
      item = { ...item, label: fitText(item.label, cut, fontPx) };
      w = itemWidth(item.label, fontPx);
    }
    const at = { item, x, y, full: given.label };
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
    .attr('class', (d) => (kind(d) === 'guide' ? 'oc-guide' : kind(d) === 'before' ? 'oc-before' : 'oc-line'))
    .style('display', (d) => (kind(d) === 'area' ? 'none' : null))
    .style('stroke', (d) => (kind(d) === 'line' || kind(d) === 'before' ? d.item.style.color : null))
    .style('stroke-dasharray', (d) => (kind(d) === 'line' ? dashArray(d.item.style) : null));
  rows
    .select('path')
    .attr('transform', `translate(${SAMPLE / 2},0)`)
    .attr('d', (d) => (kind(d) === 'line' ? symbol(d.item.style.symbol, fontPx * 4)() : null))
    .style('fill', (d) => d.item.style.color);
  rows
    .select('text')
    .attr('x', SAMPLE + PAD)
    .text((d) => d.item.label)
    // A label cut here keeps its whole text as the element's title (shown on hover, read as its name).
    .filter((d) => d.item.label !== d.full)
    .append('title')
    .text((d) => d.full);
  return y + rowH / 2;
}
