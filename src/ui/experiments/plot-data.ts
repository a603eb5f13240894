/**
 * An experiment's plots as the result chart draws them (src/charts/experiment-plot-data.ts): the model's curves
 * from the science spec (timeCurve, ed50Curve, maintainedCurves, the bands' own measure()) and the published
 * points on the same axes. Computing a plot runs the model (cached runs): the caller yields between plots.
 */
import type { ExperimentPlotData, ModelCurve, PaperPoint } from '../../charts/experiment-plot-data';
import { experimentWords as w } from '../../content/experiment-words';
import {
  ed50Curve,
  maintainedCurves,
  timeCurve,
  type BandPlot,
  type Experiment,
  type Plot,
  type PublishedPoint,
} from '../../science';
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

/** One model curve per group of a bands plot, a reading per entry (the band's own measure()). */
function bandPlot(plot: BandPlot, published: readonly PublishedPoint[]) {
  const numeric = plot.entries.every((e) => e.x !== undefined);
  const categories = numeric ? undefined : plot.entries.map((e) => e.group);
  const groups = [...new Set(plot.entries.map((e) => e.group))];
  const curves: ModelCurve[] = groups.map((group) => {
    const entries = plot.entries
      .map((e, i) => ({ ...e, at: e.x ?? i }))
      .filter((e) => e.group === group)
      .sort((a, b) => a.at - b.at);
    return {
      label: group,
      kind: 'points',
      x: entries.map((e) => e.at),
      y: entries.map((e) => e.check.measure()),
    };
  });
  const points = paperPoints(published, curves, (p) => {
    if (p.x !== null) return p.x;
    const i = plot.entries.findIndex((e) => e.group === p.group);
    return i < 0 ? null : (plot.entries[i]?.x ?? i);
  });
  return { curves, points, categories };
}

function curvesOf(plot: Plot): { curves: ModelCurve[]; xDomain?: readonly [number, number] } {
  switch (plot.kind) {
    case 'time':
      return {
        curves: plot.curves.map((c) => ({ label: c.group, kind: 'line', ...timeCurve(plot, c) })),
        xDomain: [plot.from, plot.to],
      };
    case 'ed50-fold': {
      // From the start of the infusion (hour or day 0) to just past the last reading.
      const curves: ModelCurve[] = plot.curves.map((c) => ({
        label: c.group,
        kind: 'points',
        ...ed50Curve(plot, c),
      }));
      const last = Math.max(...curves.flatMap((c) => c.x));
      return { curves, xDomain: [0, last * 1.08] };
    }
    case 'maintained-dose-response': {
      const m = maintainedCurves(plot);
      return {
        curves: [
          { label: w.maintainedScenario, kind: 'line', ...m.scenario },
          { label: w.maintainedToleranceOnly, kind: 'line', ...m.toleranceOnly },
        ],
      };
    }
    case 'bands':
      return { curves: [] };
  }
}

export function plotData(experiment: Experiment, plot: Plot): ExperimentPlotData {
  const published = experiment.published.filter((p) => p.plot === plot.id);
  const yTitle = withUnit(plot.yLabel, plot.yUnit);
  const base = { id: plot.id, title: plot.title, yTitle, xScale: 'linear', yScale: 'linear' } as const;
  let data: Omit<ExperimentPlotData, 'summary'>;
  if (plot.kind === 'bands') {
    const { curves, points, categories } = bandPlot(plot, published);
    data = {
      ...base,
      xTitle: plot.xLabel ? withUnit(plot.xLabel, plot.xUnit) : w.groups,
      xUnit: plot.xUnit ?? '',
      ...(categories ? { categories } : {}),
      curves,
      points,
    };
  } else {
    const { curves, xDomain } = curvesOf(plot);
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
        xTitle: timeTitle(plot.timeUnit),
        xUnit: timeUnit(plot.timeUnit),
        ...(plot.kind === 'ed50-fold' ? { yScale: 'log' as const } : {}),
        ...(xDomain ? { xDomain } : {}),
        curves,
        points,
      };
  }
  return { ...data, summary: plotSummary(data) };
}
