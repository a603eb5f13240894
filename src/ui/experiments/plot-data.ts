/**
 * An experiment's plots as the result chart draws them (src/charts/experiment-plot-data.ts): the model's numbers
 * (PlotNumbers, computed in the Experiments worker from the science spec's timeCurve, ed50Curve,
 * maintainedCurves and the bands' own measure(): src/app/experiment-answer.ts) labelled and put on the plot's
 * axes with the published points. No model runs here: this only formats.
 */
import type { PlotNumbers } from '../../app/experiment-protocol';
import type { ExperimentPlotData, ModelCurve, PaperPoint } from '../../charts/experiment-plot-data';
import { experimentWords as w } from '../../content/experiment-words';
import type { BandPlot, Experiment, Plot, PublishedPoint, XY } from '../../science';
import { plotSummary } from './plot-summary';

const timeTitle = (unit: 'hours' | 'days') => (unit === 'hours' ? 'time (h)' : 'time (days)');
const timeUnit = (unit: 'hours' | 'days') => (unit === 'hours' ? 'h' : 'days');
const withUnit = (label: string, unit: string | undefined) => (unit ? `${label} (${unit})` : label);

function paperPoints(
  published: readonly PublishedPoint[],
  curves: readonly ModelCurve[],
  xOf: (point: PublishedPoint) => number | null = (p) => p.x,
): PaperPoint[] {
  return published.map((p) => {
    const curve = curves.findIndex((c) => c.label === p.group);
    return {
      label: p.group,
      x: xOf(p),
      y: p.y,
      ...(p.xRange ? { xRange: p.xRange } : {}),
      ...(p.low !== undefined ? { low: p.low } : {}),
      ...(p.high !== undefined ? { high: p.high } : {}),
      ...(p.relation ? { relation: p.relation } : {}),
      source: w.sourceWords[p.source],
      note: p.note,
      curve: curve < 0 ? null : curve,
    };
  });
}

/** One model curve per group of a bands plot, a reading per entry (`values`: the band's own measure()). */
function bandPlot(plot: BandPlot, values: readonly number[], published: readonly PublishedPoint[]) {
  const numeric = plot.entries.every((e) => e.x !== undefined);
  const categories = numeric ? undefined : plot.entries.map((e) => e.group);
  const groups = [...new Set(plot.entries.map((e) => e.group))];
  const curves: ModelCurve[] = groups.map((group) => {
    const entries = plot.entries
      .map((e, i) => ({ ...e, at: e.x ?? i, value: values[i] ?? NaN }))
      .filter((e) => e.group === group)
      .sort((a, b) => a.at - b.at);
    return {
      label: group,
      kind: 'points',
      x: entries.map((e) => e.at),
      y: entries.map((e) => e.value),
    };
  });
  const points = paperPoints(published, curves, (p) => {
    if (p.x !== null) return p.x;
    const i = plot.entries.findIndex((e) => e.group === p.group);
    return i < 0 ? null : (plot.entries[i]?.x ?? i);
  });
  return { curves, points, categories };
}

/** The plot's curve `i` of the model's numbers (a missing one is a bug of the protocol: said, not drawn empty). */
function curveOf(curves: readonly XY[], i: number): XY {
  const curve = curves[i];
  if (!curve) throw new Error(`no model curve ${i}`);
  return curve;
}

function curvesOf(
  plot: Exclude<Plot, BandPlot>,
  curves: readonly XY[],
): { curves: ModelCurve[]; xDomain?: readonly [number, number] } {
  switch (plot.kind) {
    case 'time':
      return {
        curves: plot.curves.map((c, i) => ({ label: c.group, kind: 'line', ...curveOf(curves, i) })),
        xDomain: [plot.from, plot.to],
      };
    case 'ed50-fold': {
      // From the start of the infusion (hour or day 0) to just past the last reading.
      const made: ModelCurve[] = plot.curves.map((c, i) => ({
        label: c.group,
        kind: 'points',
        ...curveOf(curves, i),
      }));
      const last = Math.max(...made.flatMap((c) => c.x));
      return { curves: made, xDomain: [0, last * 1.08] };
    }
    case 'maintained-dose-response':
      return {
        curves: [
          { label: w.maintainedScenario, kind: 'line', ...curveOf(curves, 0) },
          { label: w.maintainedToleranceOnly, kind: 'line', ...curveOf(curves, 1) },
        ],
      };
  }
}

/** The chart data of `plot` from the model's numbers of it (`numbers`: experiment-answer.ts plotNumbers). */
export function plotData(experiment: Experiment, plot: Plot, numbers: PlotNumbers): ExperimentPlotData {
  const published = experiment.published.filter((p) => p.plot === plot.id);
  const yTitle = withUnit(plot.yLabel, plot.yUnit);
  const base = { id: plot.id, title: plot.title, yTitle, xScale: 'linear', yScale: 'linear' } as const;
  let data: Omit<ExperimentPlotData, 'summary'>;
  if (plot.kind === 'bands') {
    if (numbers.kind !== 'entries') throw new Error(`plot ${plot.id}: no entry values`);
    const { curves, points, categories } = bandPlot(plot, numbers.values, published);
    data = {
      ...base,
      xTitle: plot.xLabel ? withUnit(plot.xLabel, plot.xUnit) : w.groups,
      xUnit: plot.xUnit ?? '',
      ...(categories ? { categories } : {}),
      curves,
      points,
    };
  } else {
    if (numbers.kind !== 'curves') throw new Error(`plot ${plot.id}: no model curves`);
    const { curves, xDomain } = curvesOf(plot, numbers.curves);
    const points = paperPoints(published, curves);
    if (plot.kind === 'maintained-dose-response')
      data = {
        ...base,
        xTitle: withUnit(plot.xLabel, plot.xUnit),
        xUnit: plot.xUnit,
        xScale: 'log',
        curves,
        points,
      };
    else
      data = {
        ...base,
        xTitle:
          plot.kind === 'time' && plot.timeAxis === 'early'
            ? `${timeTitle(plot.timeUnit)}, ${w.earlyStretched}`
            : timeTitle(plot.timeUnit),
        xUnit: timeUnit(plot.timeUnit),
        ...(plot.kind === 'ed50-fold' ? { yScale: 'log' as const } : {}),
        ...(plot.kind === 'time' && plot.timeAxis === 'early' ? { xScale: 'symlog' as const } : {}),
        ...(xDomain ? { xDomain } : {}),
        curves,
        points,
      };
  }
  return { ...data, summary: plotSummary(data) };
}
