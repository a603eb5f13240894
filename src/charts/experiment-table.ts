/**
 * An experiment chart's numbers as tables, behind a "Data table" disclosure: the model's curves read at a
 * dozen x values (or at each reading), and every published point with its range, source and note.
 */
import type { ExperimentChartWords, ExperimentPlotData, ModelCurve } from './experiment-plot-data';
import { renderTable, type Cell } from './table';

const SAMPLES = 11;

/** A curve's value at x by linear interpolation; null outside it. */
export function curveAt(curve: ModelCurve, x: number): number | null {
  const xs = curve.x;
  for (let i = 0; i < xs.length; i++) {
    const xi = xs[i] ?? NaN;
    if (Math.abs(xi - x) < 1e-9) return curve.y[i] ?? null;
    if (xi > x) {
      if (i === 0 || curve.kind === 'points') return null;
      const x0 = xs[i - 1] ?? NaN;
      const f = (x - x0) / (xi - x0);
      return (1 - f) * (curve.y[i - 1] ?? NaN) + f * (curve.y[i] ?? NaN);
    }
  }
  return null;
}

function sampleXs(data: ExperimentPlotData): number[] {
  if (data.curves.every((c) => c.kind === 'points'))
    return [...new Set(data.curves.flatMap((c) => c.x))].sort((a, b) => a - b);
  const xs = [...data.curves, ...(data.whatIf ? [data.whatIf] : [])].flatMap((c) => c.x);
  const [lo, hi] = data.xDomain ?? [Math.min(...xs), Math.max(...xs)];
  if (data.xScale === 'log' && lo > 0)
    return Array.from({ length: SAMPLES }, (_, i) => lo * (hi / lo) ** (i / (SAMPLES - 1)));
  return Array.from({ length: SAMPLES }, (_, i) => lo + ((hi - lo) * i) / (SAMPLES - 1));
}

const numberOrText = (data: ExperimentPlotData, x: number | null): Cell =>
  x === null ? null : data.categories ? (data.categories[x] ?? x) : x;

export function experimentTables(
  doc: Document,
  data: ExperimentPlotData,
  words: ExperimentChartWords,
): HTMLElement {
  const details = doc.createElement('details');
  details.className = 'xc-tables';
  const summary = doc.createElement('summary');
  summary.textContent = `${words.dataTable}: ${data.title}`;
  details.append(summary);
  const wrap = (caption: string) => {
    const box = doc.createElement('div');
    box.className = 'xc-table-wrap';
    box.tabIndex = 0;
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', caption);
    details.append(box);
    return box;
  };
  if (data.curves.length > 0) {
    const caption = words.modelCurvesCaption(data.title);
    const xs = data.categories ? data.categories.map((_, i) => i) : sampleXs(data);
    // The what-if's column beside the model's curves, read at the same x (and at its own readings).
    const curves = data.whatIf ? [...data.curves, data.whatIf] : data.curves;
    const rowsAt =
      data.whatIf?.kind === 'points' ? [...new Set([...xs, ...data.whatIf.x])].sort((a, b) => a - b) : xs;
    renderTable(wrap(caption), caption, {
      columns: [data.xTitle, ...curves.map((c) => c.label)],
      rows: rowsAt.map((x) => [numberOrText(data, x), ...curves.map((c) => curveAt(c, x))]),
    });
  }
  if (data.points.length > 0) {
    const caption = words.publishedCaption(data.title);
    renderTable(wrap(caption), caption, {
      columns: [
        words.group,
        data.xTitle,
        `${words.value} (${data.yTitle})`,
        words.range,
        words.source,
        words.note,
      ],
      rows: data.points.map((p) => [
        p.label,
        numberOrText(data, p.x),
        p.y === null
          ? null
          : `${p.relation && p.relation !== 'at' ? `${words.relationWords[p.relation]} ` : ''}${formatValue(p.y)}`,
        [
          p.low !== undefined && p.high !== undefined ? `${formatValue(p.low)}–${formatValue(p.high)}` : '',
          p.xRange ? `x ${formatValue(p.xRange[0])}–${formatValue(p.xRange[1])}` : '',
        ]
          .filter(Boolean)
          .join('; ') || null,
        p.source,
        p.note,
      ]),
    });
  }
  return details;
}

function formatValue(v: number): string {
  return String(Number(v.toPrecision(3)));
}
