/**
 * The axes of an experiment chart: x and y fitted to the model's curves and the paper's points with their
 * ranges, so that no mark falls outside the plot. A log axis where the data ask for one (an ED50 fold from
 * 0.25 to 31; doses over decades).
 */
import { scaleLinear, scaleLog, scaleSymlog, type ScaleContinuousNumeric } from 'd3';
import type { ExperimentPlotData } from './experiment-plot-data';

export interface PlotScales {
  readonly x: ScaleContinuousNumeric<number, number> & { readonly log?: boolean };
  readonly y: ScaleContinuousNumeric<number, number> & { readonly log?: boolean };
  readonly yLog: boolean;
}

const finite = (values: readonly (number | null | undefined)[]) =>
  values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

/** The model's curves and the what-if's, which the axes fit too. */
const allCurves = (data: ExperimentPlotData) => (data.whatIf ? [...data.curves, data.whatIf] : data.curves);

export function xValues(data: ExperimentPlotData): number[] {
  return finite([
    ...allCurves(data).flatMap((c) => c.x),
    ...data.points.flatMap((p) => [p.x, ...(p.xRange ?? [])]),
  ]);
}

export function yValues(data: ExperimentPlotData): number[] {
  return finite([
    ...allCurves(data).flatMap((c) => c.y),
    ...data.points.flatMap((p) => [p.y, p.low, p.high]),
  ]);
}

function extent(values: readonly number[], fallback: readonly [number, number]): [number, number] {
  if (values.length === 0) return [fallback[0], fallback[1]];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) [lo, hi] = [lo - Math.abs(lo || 1) * 0.1, hi + Math.abs(hi || 1) * 0.1];
  return [lo, hi];
}

/** Readings alone (no course drawn to the edges) keep a margin, so that none sits on an axis. */
function padded([lo, hi]: [number, number], data: ExperimentPlotData): [number, number] {
  if (data.curves.some((c) => c.kind === 'line') || data.xScale === 'log') return [lo, hi];
  const pad = (hi - lo) * 0.1;
  return [lo - pad, hi + pad];
}

/** Where a symlog axis turns from linear to logarithmic: after about an hour, so Célèrier's 2–5 h of analgesia take a third of the plot. */
const SYMLOG_CONSTANT = 1;

/**
 * Ticks of a symlog time axis: round times (0, 1, 2, 5, 12 h, 1, 2, 4 days, 1 week, 10 days …) within the domain,
 * each far enough from the last to leave room for its label.
 */
export function symlogTicks(
  scale: (v: number) => number,
  domain: readonly [number, number],
  fontPx: number,
): number[] {
  const candidates = [0, 1, 2, 5, 12, 24, 48, 96, 168, 240, 336, 500, 720, 1000, 2000];
  const ticks: number[] = [];
  for (const t of candidates) {
    if (t < domain[0] - 1e-9 || t > domain[1] + 1e-9) continue;
    const last = ticks[ticks.length - 1];
    if (last === undefined || Math.abs(scale(t) - scale(last)) >= fontPx * 2.6) ticks.push(t);
  }
  return ticks;
}

export function plotScales(
  data: ExperimentPlotData,
  xRange: readonly [number, number],
  yRange: readonly [number, number],
): PlotScales {
  const [xLo, xHi] = data.categories
    ? [-0.5, data.categories.length - 0.5]
    : (data.xDomain ?? padded(extent(xValues(data), [0, 1]), data));
  const x =
    data.xScale === 'log' && xLo > 0
      ? Object.assign(scaleLog().domain([xLo, xHi]).range(xRange), { log: true })
      : data.xScale === 'symlog'
        ? // Linear within a few units of 0, logarithmic beyond (d3's symlog; the same interface as the others).
          (scaleSymlog()
            .constant(SYMLOG_CONSTANT)
            .domain([xLo, xHi])
            .range(xRange) as unknown as ScaleContinuousNumeric<number, number>)
        : scaleLinear().domain([xLo, xHi]).range(xRange);
  const ys = yValues(data);
  const [yLo, yHi] = extent(ys, [0, 1]);
  const yLog = data.yScale === 'log' && yLo > 0;
  const y = yLog
    ? Object.assign(
        scaleLog()
          .domain([yLo / 1.4, yHi * 1.4])
          .range(yRange),
        { log: true },
      )
    : scaleLinear()
        .domain([yLo - (yHi - yLo) * 0.08, yHi + (yHi - yLo) * 0.08])
        .range(yRange)
        .nice();
  return { x, y, yLog };
}
