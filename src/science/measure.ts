/**
 * How the bands and properties read the model: runs of the presets (cached by name) and readings of a series at
 * a day, over a window, its extreme and its first crossing. The same measurements are asserted by the tests
 * (test/science) and printed by the tools (model:check, docs:model), so the table in docs/model.md is generated
 * from the test scenarios.
 */
import { findPreset, type SeriesName, type SimulationResult } from '../model/index';
import { doseResponse, simulate } from '../model/run';

const cache = new Map<string, SimulationResult>();

export function run(name: string): SimulationResult {
  const hit = cache.get(name);
  if (hit) return hit;
  const preset = findPreset(name);
  if (!preset) throw new Error(`no preset ${name}`);
  const result = simulate(preset.scenario);
  cache.set(name, result);
  return result;
}

const drCache = new Map<string, ReturnType<typeof doseResponse>>();

/** Forgets every run (tools/model-calibrate.ts changes parameters between measurements). */
export function clearRuns(): void {
  cache.clear();
  drCache.clear();
}
export function doseResponseOf(name: string, day: number, maintained = false) {
  const key = `${name}@${day}@${maintained}`;
  const hit = drCache.get(key);
  if (hit) return hit;
  const preset = findPreset(name);
  if (!preset) throw new Error(`no preset ${name}`);
  const dr = doseResponse(preset.scenario, day, { maintained });
  drCache.set(key, dr);
  return dr;
}

/** The sample at day t (the pre-dose trough when a dose falls at t). */
export function at(r: SimulationResult, series: SeriesName, day: number): number {
  const x = Math.min(r.tDays.length - 1, Math.max(0, day / r.stepDays));
  const near = Math.round(x);
  if (Math.abs(x - near) < 1e-6) return r.series[series][near] ?? NaN;
  const i = Math.floor(x);
  const f = x - i;
  return (1 - f) * (r.series[series][i] ?? NaN) + f * (r.series[series][i + 1] ?? NaN);
}

/** Mean over [from, to). */
export function mean(r: SimulationResult, series: SeriesName, from: number, to: number): number {
  const i0 = Math.round(from / r.stepDays);
  const i1 = Math.round(to / r.stepDays);
  let sum = 0;
  for (let i = i0; i < i1; i++) sum += r.series[series][i] ?? NaN;
  return sum / (i1 - i0);
}

export function extreme(
  r: SimulationResult,
  series: SeriesName,
  from: number,
  to: number,
  kind: 'min' | 'max',
) {
  const i0 = Math.max(0, Math.round(from / r.stepDays));
  const i1 = Math.min(r.tDays.length - 1, Math.round(to / r.stepDays));
  let best = kind === 'min' ? Infinity : -Infinity;
  let tBest = NaN;
  for (let i = i0; i <= i1; i++) {
    const x = r.series[series][i] ?? NaN;
    if (kind === 'min' ? x < best : x > best) {
      best = x;
      tBest = r.tDays[i] ?? NaN;
    }
  }
  return { value: best, day: tBest };
}

/** First day ≥ from at which the predicate holds (NaN when never). */
export function firstDay(
  r: SimulationResult,
  series: SeriesName,
  from: number,
  test: (x: number) => boolean,
): number {
  for (let i = Math.round(from / r.stepDays); i < r.tDays.length; i++) {
    if (test(r.series[series][i] ?? NaN)) return r.tDays[i] ?? NaN;
  }
  return NaN;
}
