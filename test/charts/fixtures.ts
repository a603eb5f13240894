import { findPreset, snapshotAt } from '../../src/model';
import { doseResponse, simulate } from '../../src/model/run';
import type { ChartSeriesInput } from '../../src/charts';

/** The day the dose–response is taken in these tests: week 12, when both presets are on their long dose. */
export const DOSE_RESPONSE_DAY = 84;

const cache = new Map<string, ChartSeriesInput>();

/** A real model result for a preset, as the app will hand it to the charts (computed once per file). */
export function inputFor(preset: string, label = preset): ChartSeriesInput {
  const key = `${preset}|${label}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const p = findPreset(preset);
  if (!p) throw new Error(`no preset ${preset}`);
  const result = simulate(p.scenario);
  const input: ChartSeriesInput = {
    label,
    result,
    doseResponse: doseResponse(p.scenario, DOSE_RESPONSE_DAY),
    // As the app will: the regions rule lives in the model, so ask the model's snapshot.
    regionsAt: (t) => {
      const s = snapshotAt(result, t);
      return { painful: s.painfulRegions, allodynic: s.allodynicRegions, original: s.originalRegions };
    },
  };
  cache.set(key, input);
  return input;
}

/** Numbers in an SVG path "M x,y L x,y …" (d3's linear curve), as [x, y] pairs. */
export function pathPoints(d: string | null): [number, number][] {
  const nums = (d ?? '').match(/-?\d+(\.\d+)?(e-?\d+)?/g)?.map(Number) ?? [];
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.push([nums[i]!, nums[i + 1]!]);
  return out;
}

/** Position of an axis tick ("translate(x,0)" or "translate(0,y)") by its label text. */
export function tickPositions(axis: Element, dim: 'x' | 'y'): Map<number, number> {
  const out = new Map<number, number>();
  for (const tick of axis.querySelectorAll('.tick')) {
    const label = Number(tick.querySelector('text')?.textContent?.replace(/,/g, ''));
    const m = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(tick.getAttribute('transform') ?? '');
    if (m && Number.isFinite(label)) out.set(label, Number(dim === 'x' ? m[1] : m[2]));
  }
  return out;
}

/** Reconstructs a log scale from two of its axis ticks: where a value sits, in pixels. */
export function logPositionFromTicks(ticks: Map<number, number>, value: number): number {
  const entries = [...ticks.entries()].sort((p, q) => p[0] - q[0]);
  const [v0, p0] = entries[0]!;
  const [v1, p1] = entries[entries.length - 1]!;
  return p0 + ((p1 - p0) * Math.log(value / v0)) / Math.log(v1 / v0);
}

/** Same for a linear scale. */
export function linearPositionFromTicks(ticks: Map<number, number>, value: number): number {
  const entries = [...ticks.entries()].sort((p, q) => p[0] - q[0]);
  const [v0, p0] = entries[0]!;
  const [v1, p1] = entries[entries.length - 1]!;
  return p0 + ((p1 - p0) * (value - v0)) / (v1 - v0);
}
