/**
 * The validation list of facts §3.4 (items 1–14), measured on the presets exactly as set up there. Shared by
 * test/model/validation-*.test.ts (which assert each band) and tools/model-table.ts (which writes the
 * model-vs-published table of docs/model.md), so the table is generated from the test scenarios.
 */
import { findPreset, type SimulationResult } from '../src/model/index';
import { doseResponse, simulate } from '../src/model/run';
import type { SeriesName } from '../src/model/series';

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
