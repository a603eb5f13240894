/**
 * The time series a simulation returns, sampled at every integration step (≤ 1 h). The first sixteen are
 * the CLI's series (issue 3); the rest serve tests, docs and views.
 */
export const CLI_SERIES = [
  'painScore',
  'thresholdRelative',
  'analgesia',
  'allodynia',
  'painAreaFraction',
  'coldPressorRelative',
  'withdrawal',
  'toleranceFold',
  'doseMmePerDay',
  'concentration',
  'occupancy',
  'nmda',
  'rvm',
  'glia',
  'dynorphin',
  'hcn2',
] as const;

export const EXTRA_SERIES = [
  'dosePerKgPerDay',
  'sensitization',
  'diseasePain',
  'latent',
  'secondHit',
] as const;

export const SERIES_NAMES = [...CLI_SERIES, ...EXTRA_SERIES] as const;
export type SeriesName = (typeof SERIES_NAMES)[number];
export type SeriesSet = Record<SeriesName, Float64Array>;

/** Readouts that live in [0, 1]. */
export const UNIT_INTERVAL_SERIES: readonly SeriesName[] = [
  'analgesia',
  'allodynia',
  'painAreaFraction',
  'withdrawal',
  'occupancy',
  'nmda',
  'rvm',
  'glia',
  'dynorphin',
  'hcn2',
  'latent',
  'secondHit',
];

/** All series, zero-filled, as views of one buffer (one allocation, fixed shape: fast writes, little GC). */
export function emptySeries(length: number): SeriesSet {
  const buffer = new Float64Array(length * SERIES_NAMES.length);
  let k = 0;
  const f = () => buffer.subarray(length * k, length * ++k);
  return {
    painScore: f(),
    thresholdRelative: f(),
    analgesia: f(),
    allodynia: f(),
    painAreaFraction: f(),
    coldPressorRelative: f(),
    withdrawal: f(),
    toleranceFold: f(),
    doseMmePerDay: f(),
    concentration: f(),
    occupancy: f(),
    nmda: f(),
    rvm: f(),
    glia: f(),
    dynorphin: f(),
    hcn2: f(),
    dosePerKgPerDay: f(),
    sensitization: f(),
    diseasePain: f(),
    latent: f(),
    secondHit: f(),
  };
}
