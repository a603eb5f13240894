import type { ScaleContinuousNumeric } from 'd3';
import type { G } from './chart-frame';
import { pathOf } from './lines';

/**
 * The run before the learner's last change (step 13) as one faint line under a plot's lines: thin, in its
 * series' colour, with a dash of its own and no markers (charts.css, `.oc-before`), so it is told from the
 * series by more than colour. Removed when `line` is null.
 */
export function drawBefore(
  lines: G,
  line: { readonly xs: ArrayLike<number>; readonly ys: ArrayLike<number> } | null,
  color: string,
  x: ScaleContinuousNumeric<number, number>,
  y: ScaleContinuousNumeric<number, number>,
): void {
  lines
    .selectAll<SVGPathElement, NonNullable<typeof line>>('path.oc-before')
    .data(line ? [line] : [])
    .join((enter) => enter.insert('path', ':first-child').attr('class', 'oc-before'))
    .attr('data-series', 'before')
    .style('stroke', color)
    .attr('d', (d) => pathOf(d, x, y));
}
