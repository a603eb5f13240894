import { symbol, type Selection } from 'd3';
import { doseResponseText as T } from '../content/charts';
import { ensure, formatNumber } from './axes';
import { currentDose, minimumIndex, paradoxAfterMinimum } from './dose-response-data';
import type { DrawnPlot } from './log-plot';
import type { SeriesStyle } from './series-style';
import { fitText, textWidth } from './text-metrics';
import type { ChartSeriesInput } from './view';
import { joinGroups } from './join';

/**
 * The marks of the dose–response panel that carry its lesson: ED50 markers with fold shifts, OIH's
 * raised starting pain, the current dose, the least-pain dose and the "more drug, more/less pain" ends.
 */
export interface ScenarioSeries {
  readonly key: string;
  readonly input: ChartSeriesInput;
  readonly style: SeriesStyle;
}

export interface Ed50Note {
  readonly key: string;
  readonly ed50: number | null;
  readonly fold: number | null;
  readonly style: SeriesStyle;
  /** The patient's ED50 is the tolerance-only twin's: no OIH shift to show, so say so instead. */
  readonly sameAsTolerance?: boolean;
}

export function drawEd50(plot: DrawnPlot, notes: readonly Ed50Note[], f: number): void {
  const [, innerW] = plot.x.range() as [number, number];
  const y50 = plot.y(0.5);
  ensure(plot.notes, 'line.oc-half', 'line', 'oc-half oc-guide')
    .attr('x1', 0)
    .attr('x2', innerW)
    .attr('y1', y50)
    .attr('y2', y50);
  joinGroups(plot.notes, 'oc-ed50', notes, (d) => d.key, [
    ['line', { class: 'oc-guide' }],
    ['path', { class: 'oc-ed50-marker' }],
    ['text', { class: 'oc-note' }],
  ]).each(function (d, row) {
    const g = this as SVGGElement;
    const x = d.ed50 === null ? innerW : plot.x(d.ed50);
    g.setAttribute('data-series', d.key);
    g.setAttribute('data-ed50', d.ed50 === null ? 'not-reached' : String(d.ed50));
    const drop = g.querySelector('line');
    drop?.setAttribute('x1', String(x));
    drop?.setAttribute('x2', String(x));
    drop?.setAttribute('y1', String(y50));
    drop?.setAttribute('y2', String(d.ed50 === null ? y50 : plot.y(0)));
    const marker = g.querySelector('path');
    marker?.setAttribute('d', symbol(d.style.symbol, f * 7)() ?? '');
    marker?.setAttribute('transform', `translate(${x},${y50})`);
    marker?.style.setProperty('fill', d.style.color);
    const text = g.querySelector('text');
    if (!text) return;
    const label =
      d.ed50 === null
        ? T.ed50NotReached
        : d.sameAsTolerance
          ? T.sameAsTolerance
          : `${T.ed50} ${formatNumber(d.ed50)}${d.fold !== null ? ` · ×${d.fold.toFixed(1)}` : ''}`;
    const right = x > innerW * 0.55;
    text.textContent = label;
    text.setAttribute('x', String(right ? x - f * 0.6 : x + f * 0.6));
    text.setAttribute('y', String(d.ed50 === null ? y50 - (row + 1) * f * 1.25 : y50 + (row + 1) * f * 1.25));
    text.setAttribute('text-anchor', right ? 'end' : 'start');
  });
}

/**
 * OIH's lowered baseline: with the smallest added dose the patient hurts more than the tolerance-only
 * twin (by over a point on 0–10), because sensitization raised the pain the drug must work against.
 */
export function drawBaselineNote(
  plot: DrawnPlot,
  primary: ChartSeriesInput,
  scenarios: readonly ScenarioSeries[],
  f: number,
): void {
  const twin = primary.doseResponse.acute.toleranceOnly.pain[0] ?? 0;
  const notes = scenarios
    .map((s) => ({
      key: s.key,
      dose: s.input.doseResponse.doses[0] ?? 1,
      pain: s.input.doseResponse.acute.scenario.pain[0] ?? 0,
    }))
    .filter((n) => n.pain > twin + 1);
  seriesNotes(plot, 'oc-baseline-note', notes)
    .attr('x', (d) => plot.x(d.dose) + f * 0.4)
    .attr('y', (d, i) => Math.min(plot.y(d.pain) + f * (1.4 + i * 1.25), plot.y(0) - f))
    .text((d) => fitText(T.oihBaseline, (plot.x.range()[1] ?? 0) - plot.x(d.dose) - f, f));
}

export function drawMaintainedNotes(
  plot: DrawnPlot,
  primary: ChartSeriesInput,
  scenarios: readonly ScenarioSeries[],
  f: number,
): void {
  const [innerH] = plot.y.range() as [number, number];
  const now = currentDose(primary);
  const current = joinGroups(plot.notes, 'oc-current', now === null ? [] : [now], undefined, [
    ['line', { class: 'oc-guide oc-guide-strong' }],
    ['text', { class: 'oc-note' }],
  ]);
  current.attr('data-dose', (d) => d).attr('transform', (d) => `translate(${plot.x(d)},0)`);
  current.select('line').attr('y1', 0).attr('y2', innerH);
  // The label goes to the line's left when it would run past the plot's right edge.
  const [, right] = plot.x.range() as [number, number];
  current
    .select('text')
    .attr('x', (d) => (labelFits(d) ? f * 0.4 : -f * 0.4))
    .attr('text-anchor', (d) => (labelFits(d) ? 'start' : 'end'))
    .attr('y', f * 0.9)
    .text((d) => `${T.currentDose} ${formatNumber(d)}`);
  function labelFits(dose: number): boolean {
    return plot.x(dose) + f * 0.4 + textWidth(`${T.currentDose} ${formatNumber(dose)}`, f) <= right + f;
  }
  const last = (ys: readonly number[], doses: readonly number[]) => ({
    dose: doses[doses.length - 1] ?? 1,
    pain: ys[ys.length - 1] ?? 0,
  });
  const ends = [
    {
      key: 'toleranceOnly',
      label: T.endTolerance,
      ...last(primary.doseResponse.maintained.toleranceOnly, primary.doseResponse.doses),
    },
    ...scenarios
      .filter((s) => paradoxAfterMinimum(s.input.doseResponse.maintained.scenario))
      .map((s) => ({
        key: s.key,
        label: T.endOih,
        ...last(s.input.doseResponse.maintained.scenario, s.input.doseResponse.doses),
      })),
  ];
  seriesNotes(plot, 'oc-end-label', ends)
    .attr('x', (d) => plot.x(d.dose))
    .attr('y', (d) => plot.y(d.pain) - f * 0.7)
    .attr('text-anchor', 'end')
    .text((d) => d.label);
  const minima = scenarios
    .map((s) => ({ ...s, i: minimumIndex(s.input.doseResponse.maintained.scenario) }))
    .filter((s) => paradoxAfterMinimum(s.input.doseResponse.maintained.scenario));
  joinGroups(plot.notes, 'oc-minimum', minima, (d) => d.key, [
    ['circle', { class: 'oc-ring' }],
    ['text', { class: 'oc-note' }],
  ]).each(function (d, row) {
    const dose = d.input.doseResponse.doses[d.i] ?? 1;
    const pain = d.input.doseResponse.maintained.scenario[d.i] ?? 0;
    const g = this as SVGGElement;
    g.setAttribute('data-series', d.key);
    g.setAttribute('data-dose', String(dose));
    g.setAttribute('transform', `translate(${plot.x(dose)},${plot.y(pain)})`);
    const ring = g.querySelector('circle');
    ring?.setAttribute('r', String(f * 0.7));
    ring?.style.setProperty('stroke', d.style.color);
    const text = g.querySelector('text');
    if (text) {
      text.textContent = `${T.minimum}: ${formatNumber(dose)}`;
      text.setAttribute('y', String(f * (1.9 + row * 1.25)));
      // Centred under the ring, unless that would push the label past the plot's left edge.
      const nearLeft = plot.x(dose) < f * 6;
      text.setAttribute('x', String(nearLeft ? -f * 0.7 : 0));
      text.setAttribute('text-anchor', nearLeft ? 'start' : 'middle');
    }
  });
}

/** One note per series, keyed and tagged with it; the caller places and words them. */
function seriesNotes<D extends { readonly key: string }>(
  plot: DrawnPlot,
  cls: string,
  data: readonly D[],
): Selection<SVGTextElement, D, SVGGElement, unknown> {
  return plot.notes
    .selectAll<SVGTextElement, D>(`text.${cls}`)
    .data(data, (d) => d.key)
    .join('text')
    .attr('class', `oc-note ${cls}`)
    .attr('data-series', (d) => d.key);
}
