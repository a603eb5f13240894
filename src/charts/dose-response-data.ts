import type { ChartSeriesInput } from './view';

/**
 * Numbers the dose–response chart marks, read (not modelled) from what the app handed in: the current
 * daily dose on the chosen day and where the maintained-dose curve is lowest.
 */

/** The daily dose on the dose–response day, in the unit of its dose axis; null when none is given. */
export function currentDose(input: ChartSeriesInput): number | null {
  const { result, doseResponse } = input;
  const i = sampleIndexAt(result.tDays, doseResponse.atDay);
  const perKg = result.series.dosePerKgPerDay[i] ?? 0;
  const dose =
    doseResponse.unit === 'MME'
      ? (result.series.doseMmePerDay[i] ?? 0)
      : doseResponse.unit === 'ug/kg'
        ? perKg * 1000
        : perKg;
  return dose > 0 ? dose : null;
}

/** Index of the first sample at or after t (the dose in force from that moment on). */
export function sampleIndexAt(tDays: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = tDays.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tDays[mid] ?? 0) < t - 1e-9) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

/**
 * A curve's value at a dose between its own (linear in log dose, as it is drawn); null outside its doses
 * (another run's curves lie around its own dose).
 */
export function valueAtDose(doses: readonly number[], ys: readonly number[], dose: number): number | null {
  const i = doses.findIndex((d) => d >= dose * (1 - 1e-9));
  if (i < 0 || (i === 0 && dose < (doses[0] ?? 0) * (1 - 1e-9))) return null;
  const d1 = doses[i] ?? dose;
  const y1 = ys[i] ?? null;
  if (i === 0 || Math.abs(d1 - dose) <= d1 * 1e-9) return y1;
  const d0 = doses[i - 1] ?? d1;
  const y0 = ys[i - 1] ?? null;
  if (y0 === null || y1 === null) return null;
  return y0 + ((y1 - y0) * Math.log(dose / d0)) / Math.log(d1 / d0);
}

/** Index of the lowest value (the first one on ties). */
export function minimumIndex(values: readonly number[]): number {
  let best = 0;
  values.forEach((v, i) => {
    if (v < (values[best] ?? Infinity)) best = i;
  });
  return best;
}

/**
 * True when more drug past the least-pain dose makes pain clearly worse (by more than one point on the
 * 0–10 scale, so model wiggles do not count): the OIH signature of the maintained-dose curve.
 */
export function paradoxAfterMinimum(values: readonly number[]): boolean {
  const m = minimumIndex(values);
  const min = values[m] ?? 0;
  return values.slice(m).some((v) => v > min + 1);
}
