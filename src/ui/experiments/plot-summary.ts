/**
 * The one sentence a screen reader hears for a result chart: the model's curve the paper says most about (its
 * lowest and highest values and when), then the paper's values, three at most.
 */
import type { ExperimentPlotData, PaperPoint } from '../../charts/experiment-plot-data';
import { experimentWords as w } from '../../content/experiment-words';
import { formatReading } from './reading-format';

const PAPER_SHOWN = 3;

function paperText(p: PaperPoint, data: Pick<ExperimentPlotData, 'xUnit' | 'categories'>): string {
  const where = (x: number) =>
    data.categories ? (data.categories[x] ?? String(x)) : `${formatReading(x)} ${data.xUnit}`.trim();
  const relation = p.relation && p.relation !== 'at' ? `${w.relationWords[p.relation]} ` : '';
  if (p.y === null) return w.summaryTimeOnly(p.label, p.x === null ? '' : where(p.x));
  const value = `${relation}${formatReading(p.y)}`;
  if (p.x === null) return w.summaryLevelOnly(p.label, value);
  // On a plot of groups, the point's place is its group, already named.
  if (data.categories) return `${p.label} ${value}`;
  return w.summaryPoint(p.label, value, where(p.x));
}

export function plotSummary(data: Omit<ExperimentPlotData, 'summary'>): string {
  const told = (label: string) => data.points.filter((p) => p.label === label).length;
  const curve = [...data.curves].sort((a, b) => told(b.label) - told(a.label))[0];
  const parts: string[] = [];
  if (curve && curve.y.length > 0) {
    let lo = 0;
    let hi = 0;
    curve.y.forEach((v, i) => {
      if (v < (curve.y[lo] ?? Infinity)) lo = i;
      if (v > (curve.y[hi] ?? -Infinity)) hi = i;
    });
    const at = (i: number) =>
      data.categories
        ? (data.categories[curve.x[i] ?? 0] ?? '')
        : `${formatReading(curve.x[i] ?? NaN)} ${data.xUnit}`.trim();
    parts.push(
      curve.y.length === 1
        ? w.summaryModelOne(curve.label, formatReading(curve.y[0] ?? NaN))
        : w.summaryModel(
            curve.label,
            formatReading(curve.y[lo] ?? NaN),
            at(lo),
            formatReading(curve.y[hi] ?? NaN),
            at(hi),
          ),
    );
  }
  if (data.points.length > 0) {
    const shown = data.points.slice(0, PAPER_SHOWN).map((p) => paperText(p, data));
    parts.push(w.summaryPaper(shown, data.points.length - shown.length));
  } else parts.push(w.summaryNoPaper);
  return `${data.title}: ${parts.join('; ')}.`;
}
