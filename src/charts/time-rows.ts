import type { SimulationResult } from '../model';
import { timeCourseText as T } from '../content/charts';

export type RowId = 'painScore' | 'thresholdRelative' | 'dose' | 'withdrawal';

export interface RowSpec {
  readonly id: RowId;
  readonly title: string;
  readonly short: string;
  readonly values: (r: SimulationResult) => Float64Array;
  readonly domain: (max: number) => [number, number];
  readonly format: (v: number) => string;
}

const isRat = (r: SimulationResult) => r.scenario.subject === 'rat';

/**
 * The four rows of the time course. Rats have no MME, so their dose row shows mg/kg per day instead
 * (decided per chart from the first result).
 */
export function timeRows(first: SimulationResult): RowSpec[] {
  const rat = isRat(first);
  return [
    {
      id: 'painScore',
      title: T.rows.painScore,
      short: T.shortRows.painScore,
      values: (r) => r.series.painScore,
      domain: () => [0, 10],
      format: (v) => v.toFixed(1),
    },
    {
      id: 'thresholdRelative',
      title: T.rows.thresholdRelative,
      short: T.shortRows.thresholdRelative,
      values: (r) => r.series.thresholdRelative,
      domain: (max) => [0, Math.max(1.5, max * 1.05)],
      format: (v) => `${v.toFixed(2)}×`,
    },
    {
      id: 'dose',
      title: rat ? T.doseRatTitle : T.rows.doseMmePerDay,
      short: T.shortRows.doseMmePerDay,
      values: (r) => (isRat(r) ? r.series.dosePerKgPerDay : r.series.doseMmePerDay),
      domain: (max) => [0, Math.max(1, max * 1.1)],
      format: (v) => (rat ? v.toFixed(2) : v.toFixed(0)),
    },
    {
      id: 'withdrawal',
      title: T.rows.withdrawal,
      short: T.shortRows.withdrawal,
      values: (r) => r.series.withdrawal,
      domain: () => [0, 1],
      format: (v) => v.toFixed(2),
    },
  ];
}
