import { formatWeek } from '../content/charts';
import { runTimeText, timeScaleOf } from '../content/run-time';
import type { SimulationResult } from '../model';

/** Week tick values for a time axis: the smallest step whose labels do not collide at this width. */
export function weekTicks(durationDays: number, widthPx: number, fontPx: number): number[] {
  const weeks = durationDays / 7;
  const room = Math.max(2, widthPx / (fontPx * 2.6));
  const step = [1, 2, 4, 8, 13, 26, 52, 104, 260].find((s) => weeks / s <= room) ?? Math.ceil(weeks / room);
  const out: number[] = [];
  for (let w = 0; w <= weeks + 1e-9; w += step) out.push(w * 7);
  return out;
}

export const formatWeekTick = (days: number): string => String(Math.round(days / 7));

/** A moment of a run for a chart's title: "Week 8" (or "Week 8.5") in a course, "Day 2, hour 5" in an experiment. */
export const momentText = (tDays: number, durationDays: number): string =>
  timeScaleOf(durationDays) === 'weeks' ? `Week ${formatWeek(tDays)}` : runTimeText(tDays, durationDays);

/** Steps of a time axis in hours or days, finest first; the first whose labels fit is used. */
const HOUR_STEPS = [1, 2, 3, 4, 6, 12, 24];
const DAY_STEPS = [1, 2, 3, 7];

/**
 * Tick values (in days) and their labels for a run's time axis, in the unit its time is told in: weeks for a
 * course of treatment, days or hours for an experiment (a 10-day rat study in weeks would have two ticks).
 */
export function timeAxis(
  durationDays: number,
  widthPx: number,
  fontPx: number,
): { readonly ticks: number[]; readonly format: (days: number) => string } {
  const scale = timeScaleOf(durationDays);
  if (scale === 'weeks') return { ticks: weekTicks(durationDays, widthPx, fontPx), format: formatWeekTick };
  const perDay = scale === 'hours' ? 24 : 1;
  const units = durationDays * perDay;
  const room = Math.max(2, widthPx / (fontPx * 2.6));
  const steps = scale === 'hours' ? HOUR_STEPS : DAY_STEPS;
  const step = steps.find((s) => units / s <= room) ?? Math.ceil(units / room);
  const ticks: number[] = [];
  for (let u = 0; u <= units + 1e-9; u += step) ticks.push(u / perDay);
  return { ticks, format: (days) => String(Math.round(days * perDay)) };
}

export interface Sampled {
  readonly t: Float64Array;
  /** Indices into the result's arrays. */
  readonly index: Int32Array;
}

const cache = new WeakMap<SimulationResult, Sampled>();

/**
 * The samples a time chart draws and tabulates: about one a day (the model samples hourly; a line of 4000
 * points per series would cost the 16 ms update budget and show nothing more at chart width), at most
 * ~600, always with the first and last sample; every sample in a run told in hours or days (an experiment of
 * up to 3 weeks, ≤ 504 hourly samples), whose course within a day is the point. Cached per result, so a
 * cursor move costs nothing.
 */
export function sampled(result: SimulationResult): Sampled {
  const hit = cache.get(result);
  if (hit) return hit;
  const n = result.tDays.length;
  const short = timeScaleOf(result.scenario.durationDays) !== 'weeks';
  const perDay = short ? 1 : Math.max(1, Math.round(1 / result.stepDays));
  const stride = Math.max(perDay, Math.ceil(n / 600));
  const idx: number[] = [];
  for (let i = 0; i < n; i += stride) idx.push(i);
  if (idx[idx.length - 1] !== n - 1 && n > 0) idx.push(n - 1);
  const index = Int32Array.from(idx);
  const t = Float64Array.from(idx, (i) => result.tDays[i] ?? 0);
  const out = { t, index };
  cache.set(result, out);
  return out;
}

export function pick(values: Float64Array, s: Sampled): Float64Array {
  // A plain loop: Float64Array.from with a map function is several times slower in V8.
  const out = new Float64Array(s.index.length);
  s.index.forEach((i, k) => (out[k] = values[i] ?? 0));
  return out;
}

/** Largest value of a long series (a loop: spreading 4000 samples into Math.max is needlessly slow). */
export function maxOf(values: Float64Array): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}
