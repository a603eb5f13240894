/**
 * The model's curves of an experiment's plots, in the plot's units (hours or days from the scenario's start), from
 * the same cached runs the bands measure (measure.ts). Running them runs the engine: call on demand or in the
 * worker.
 */
import type { SimulationResult } from '../model/index';
import { spinalFold } from './bands-rat';
import type { Curve, Ed50FoldPlot, MaintainedDosePlot, TimePlot } from './experiment';
import { at, doseResponseOf, run } from './measure';

export interface XY {
  readonly x: readonly number[];
  readonly y: readonly number[];
}

const perDay = (unit: 'hours' | 'days') => (unit === 'hours' ? 24 : 1);

/**
 * One curve of a time plot: every model sample from `from` to `to` (or the run's end). `runOf` gives a preset's
 * run (the cached one; a what-if passes its own run for the preset it changes, what-if.ts).
 */
export function timeCurve(
  plot: TimePlot,
  curve: Curve,
  runOf: (preset: string) => SimulationResult = run,
): XY {
  const k = perDay(plot.timeUnit);
  const main = runOf('preset' in curve ? curve.preset : curve.of);
  const other = 'preset' in curve ? null : runOf(curve.against);
  const start = 'preset' in curve && curve.relativeToStart ? at(main, plot.series, 0) : 1;
  const values = main.series[plot.series];
  const x: number[] = [];
  const y: number[] = [];
  for (let i = Math.max(0, Math.ceil(plot.from / k / main.stepDays - 1e-9)); i < main.tDays.length; i++) {
    const t = main.tDays[i] ?? NaN;
    if (t * k > plot.to + 1e-9) break;
    const v = values[i] ?? NaN;
    let value = v / start;
    if (other && !('preset' in curve)) {
      const w = at(other, plot.series, t);
      value = (curve.contrast === 'ratio' ? v / w : v - w) * (curve.scale ?? 1);
    }
    x.push(t * k);
    y.push(value);
  }
  return { x, y };
}

/** One group of an ED50 plot: the fold on each of its read days. */
export function ed50Curve(plot: Ed50FoldPlot, curve: Ed50FoldPlot['curves'][number]): XY {
  const k = perDay(plot.timeUnit);
  return { x: curve.readDays.map((d) => d * k), y: curve.readDays.map((d) => spinalFold(curve.preset, d)) };
}

/** The maintained-dose curves of the scenario and its tolerance-only twin, against the daily dose. */
export function maintainedCurves(plot: MaintainedDosePlot): {
  scenario: XY;
  toleranceOnly: XY;
  unit: string;
} {
  const dr = doseResponseOf(plot.preset, plot.readDay, true);
  return {
    scenario: { x: dr.doses, y: dr.maintained.scenario },
    toleranceOnly: { x: dr.doses, y: dr.maintained.toleranceOnly },
    unit: dr.unit,
  };
}
