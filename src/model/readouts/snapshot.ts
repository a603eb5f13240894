import type { ModelEvent } from '../scenario/events';
import { firingRates, type FiringRates } from './firing';
import { MECHANISM_IDS, type MechanismId } from '../mechanisms/ids';
import { PARAMETERS } from '../parameters/parameters';
import type { BodyRegion } from '../scenario/body-regions';
import { regionsFor } from './regions';
import type { SimulationResult } from './result';
import type { SeriesName } from './series';
import { blocksAt, knockedOutAt, type MechanismBlock } from '../scenario/modifiers';

/**
 * Everything a view needs at one moment, and nothing it must compute (architecture.md, "Snapshot"): values
 * are interpolated linearly between the samples (≤ 1 h apart), trends are changes per day over ±12 h.
 */
export interface LevelWithTrend {
  /** 0–1. */
  readonly level: number;
  /** Change per day. */
  readonly trendPerDay: number;
}

export interface Snapshot {
  readonly tDays: number;
  readonly doseMmePerDay: number;
  /** Rat presets: the dose per kg per day (mg/kg/day); 0 for humans. */
  readonly dosePerKgPerDay: number;
  /** Effect-site concentration in reference daily doses (C). */
  readonly concentration: number;
  /** Concentration relative to the naive EC50 (0 = none). */
  readonly concentrationRelative: number;
  /** µ-receptor occupancy, 0–1. */
  readonly occupancy: number;
  readonly mechanisms: Readonly<Record<MechanismId, LevelWithTrend>>;
  /** Apparent EC50 ÷ baseline, and its receptor share as a 0–1 level (1 − 1/fold) with its trend. */
  readonly tolerance: LevelWithTrend & { readonly fold: number };
  readonly withdrawal: number;
  readonly painScore: number;
  readonly thresholdRelative: number;
  readonly analgesia: number;
  readonly allodynia: number;
  readonly painAreaFraction: number;
  readonly coldPressorRelative: number;
  readonly sensitization: number;
  readonly diseasePain: number;
  readonly painfulRegions: readonly BodyRegion[];
  readonly allodynicRegions: readonly BodyRegion[];
  /** The disease's own area, its site first (empty without a disease): where pain was to begin with. */
  readonly originalRegions: readonly BodyRegion[];
  /** Painful regions outside the original area: where pain has spread (empty when it has not). */
  readonly spreadRegions: readonly BodyRegion[];
  readonly knockedOut: readonly MechanismId[];
  /** Mechanisms that treatments on board hold back, how much and by which (a knock-out is in `knockedOut`). */
  readonly blocks: Readonly<Partial<Record<MechanismId, MechanismBlock>>>;
  readonly eventsSoFar: readonly ModelEvent[];
  readonly firing: FiringRates;
}

const TREND_HALF_WINDOW_DAYS = 0.5;

export function snapshotAt(result: SimulationResult, t: number): Snapshot {
  const end = result.tDays[result.tDays.length - 1] ?? 0;
  const time = Math.min(end, Math.max(0, Number.isFinite(t) ? t : 0));
  const v = (name: SeriesName, at = time) => valueAt(result, name, at);
  const trend = (name: SeriesName) => {
    const a = Math.max(0, time - TREND_HALF_WINDOW_DAYS);
    const b = Math.min(end, time + TREND_HALF_WINDOW_DAYS);
    return b > a ? (v(name, b) - v(name, a)) / (b - a) : 0;
  };
  const mechanisms = {} as Record<MechanismId, LevelWithTrend>;
  for (const id of MECHANISM_IDS) mechanisms[id] = { level: v(id), trendPerDay: trend(id) };
  const fold = v('toleranceFold');
  const foldLevel = (at: number) => 1 - 1 / Math.max(1, v('toleranceFold', at));
  const ta = Math.max(0, time - TREND_HALF_WINDOW_DAYS);
  const tb = Math.min(end, time + TREND_HALF_WINDOW_DAYS);
  const painScore = v('painScore');
  const painAreaFraction = v('painAreaFraction');
  const allodynia = v('allodynia');
  const disease = result.scenario.patient.disease;
  const regions = regionsFor(disease.site, painScore, painAreaFraction, allodynia, diseaseArea(disease));
  const ec50 = PARAMETERS[result.scenario.subject].exposure.ec50.value;
  const analgesia = v('analgesia');
  return {
    tDays: time,
    doseMmePerDay: v('doseMmePerDay'),
    dosePerKgPerDay: v('dosePerKgPerDay'),
    concentration: v('concentration'),
    concentrationRelative: v('concentration') / ec50,
    occupancy: v('occupancy'),
    mechanisms,
    tolerance: {
      fold,
      level: foldLevel(time),
      trendPerDay: tb > ta ? (foldLevel(tb) - foldLevel(ta)) / (tb - ta) : 0,
    },
    withdrawal: v('withdrawal'),
    painScore,
    thresholdRelative: v('thresholdRelative'),
    analgesia,
    allodynia,
    painAreaFraction,
    coldPressorRelative: v('coldPressorRelative'),
    sensitization: v('sensitization'),
    diseasePain: v('diseasePain'),
    painfulRegions: regions.painful,
    allodynicRegions: regions.allodynic,
    originalRegions: regions.original,
    spreadRegions: regions.spread,
    knockedOut: knockedOutAt(result.scenario, time),
    blocks: blocksAt(result.scenario, time),
    eventsSoFar: result.events.filter((e) => e.tDays <= time + 1e-9),
    firing: firingRates({
      diseasePain: v('diseasePain'),
      hcn2: v('hcn2'),
      sensitization: v('sensitization'),
      analgesia,
      allodynia,
      rvm: v('rvm'),
      withdrawal: v('withdrawal'),
    }),
  };
}

/** The disease's own share of the body map (0 without a disease). */
export function diseaseArea(disease: SimulationResult['scenario']['patient']['disease']): number {
  return disease.kind === 'none' ? 0 : disease.areaFraction;
}

/**
 * Linear interpolation of one series at day t (clamped to the run): by name, or one of the result's own arrays
 * (a chart that picks the array per result). The snapshot, the charts' cursors and the CLI all read it here.
 */
export function valueAt(result: SimulationResult, series: SeriesName | Float64Array, t: number): number {
  const values = typeof series === 'string' ? result.series[series] : series;
  const x = Math.min(values.length - 1, Math.max(0, t / result.stepDays));
  const i = Math.floor(x);
  const f = x - i;
  const a = values[i] ?? 0;
  return f === 0 ? a : a + f * ((values[i + 1] ?? a) - a);
}
