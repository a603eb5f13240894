/**
 * A result chart's data with the student's what-if on it (issue 20): the what-if curve from the science spec
 * (whatIfCurve), labelled with its value and unit, the plot widened when the what-if moves an event past its end,
 * and a sentence for the summary comparing the what-if with the model at the paper's value. The model's curves
 * and the paper's points are the run's own, unchanged.
 */
import type { ExperimentPlotData } from '../../charts/experiment-plot-data';
import { experimentWords as w } from '../../content/experiment-words';
import type { Experiment, WhatIfCurve, XY } from '../../science';
import { formatReading } from './reading-format';

interface Extremes {
  lo: string;
  loAt: string;
  hi: string;
  hiAt: string;
}

function extremes(curve: XY, at: (x: number) => string): Extremes {
  let lo = 0;
  let hi = 0;
  curve.y.forEach((v, i) => {
    if (v < (curve.y[lo] ?? Infinity)) lo = i;
    if (v > (curve.y[hi] ?? -Infinity)) hi = i;
  });
  return {
    lo: formatReading(curve.y[lo] ?? NaN),
    loAt: at(curve.x[lo] ?? NaN),
    hi: formatReading(curve.y[hi] ?? NaN),
    hiAt: at(curve.x[hi] ?? NaN),
  };
}

const readings = (curve: XY, at: (x: number) => string) =>
  curve.x.map((x, i) => `${formatReading(curve.y[i] ?? NaN)} at ${at(x)}`);

/**
 * `data` with the what-if `c` at `value` on it. `atPaper` is the what-if's readings at the paper's value, for a
 * what-if of readings (a read day); a course is compared with the model's own curve of the same group.
 */
export function whatIfPlotData(
  experiment: Experiment,
  data: ExperimentPlotData,
  c: WhatIfCurve,
  value: number,
  atPaper: XY = c.original,
): { data: ExperimentPlotData; sentence: string } {
  const { unit, default: paperValue } = experiment.whatIf;
  const valueText = w.whatIfValue(value, unit);
  const paperText = w.whatIfValue(paperValue, unit);
  const hasPaper = experiment.citation !== null;
  const group = c.group || (data.curves[0]?.label ?? '');
  const at = (x: number) => `${formatReading(x)} ${data.xUnit}`.trim();
  const sentence =
    c.kind === 'line'
      ? w.whatIfLine(valueText, group, extremes(c.curve, at), extremes(atPaper, at), paperText, hasPaper)
      : w.whatIfReadings(valueText, group, readings(c.curve, at), readings(atPaper, at), paperText, hasPaper);
  const xDomain =
    c.readTo !== undefined && data.xDomain ? ([data.xDomain[0], c.readTo] as const) : data.xDomain;
  return {
    data: {
      ...data,
      ...(xDomain ? { xDomain } : {}),
      whatIf: { label: w.whatIfLegend(valueText), kind: c.kind, x: c.curve.x, y: c.curve.y },
      summary: `${data.summary} ${sentence}`,
    },
    sentence,
  };
}
