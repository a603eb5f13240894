/**
 * What a cohort dot plot (cohort-dot-chart.ts) places its patients by, and its words: each patient's weekly mean
 * pain (0–10) against the pain without the opioid, or its pain threshold relative to normal (thresholdRelative,
 * "× normal" as the time course writes it) against the threshold without the opioid. The drawing, the dots'
 * classes and the picking are the same for both.
 */
import { cohortChartWords as w, cohortClassWords } from '../content/cohort-words';
import { quantileSorted, THRESHOLD_BELOW_NORMAL, type CohortSummary, type PatientAtDay } from '../model';
import type { Cell } from './table';
import type { DotQuantity } from './cohort-data';

export interface DotSpec {
  readonly id: DotQuantity;
  readonly value: (p: PatientAtDay) => number;
  /** The value without the opioid (the dashed mark). */
  readonly untreated: (s: CohortSummary) => number;
  readonly domain: (s: CohortSummary) => readonly [number, number];
  readonly ticks: number;
  readonly title: (week: string) => string;
  readonly axisTitle: string;
  readonly untreatedMark: (value: number) => string;
  /** The sentence under the plot (empty with no patients). */
  readonly sentence: (week: string, s: CohortSummary) => string;
  readonly caption: (week: string) => string;
  readonly dotTitle: (p: PatientAtDay) => string;
  /** The data table: the plot's own quantity in the column after the patient's number. */
  readonly table: (s: CohortSummary) => { columns: string[]; rows: Cell[][] };
}

const className = (p: PatientAtDay) => cohortClassWords[p.class].name;

function table(first: 'pain' | 'threshold') {
  return (s: CohortSummary) => {
    const c = w.columns;
    const second = first === 'pain' ? 'threshold' : 'pain';
    return {
      columns: [
        c.patient,
        c[first],
        c[second],
        c.allodynia,
        c.toleranceFold,
        c.susceptibility,
        c.metabolism,
        c.class,
      ],
      // The patient's number as words: a number cell would read "1.00" (formatCell's two decimals).
      rows: s.each.map((p): Cell[] => [
        String(p.index + 1),
        p[first],
        p[second],
        p.allodynia,
        p.toleranceFold,
        p.susceptibility,
        p.metabolism,
        className(p),
      ]),
    };
  };
}

/** The 25, 50 and 75 % quantiles of the patients' thresholds (type 7, as the fan's). */
export function thresholdQuartiles(s: CohortSummary): [number, number, number] {
  const sorted = Float64Array.from(s.each, (p) => p.threshold).sort();
  return [quantileSorted(sorted, 0.25), quantileSorted(sorted, 0.5), quantileSorted(sorted, 0.75)];
}

const pain: DotSpec = {
  id: 'pain',
  value: (p) => p.pain,
  untreated: (s) => s.untreatedPain,
  domain: () => [0, 10],
  ticks: 10,
  title: w.dotsTitle,
  axisTitle: w.dotsX,
  untreatedMark: w.untreatedMark,
  sentence: (week, s) =>
    s.patients > 0 ? w.dotsSummary(week, s.patients, s.worse.count, s.untreatedPain) : '',
  caption: w.dotsCaption,
  dotTitle: (p) => w.dotTitle(p.index, p.pain, className(p)),
  table: table('pain'),
};

/**
 * The threshold's axis spans at least 0.5–1.5× normal, and further when a patient's threshold is lower or higher,
 * so every dot is on it. Not from 0 as the time course's row: thresholds of a cohort crowd between 0.55 and 1.1,
 * and a dot plot is read by position (no bar's length to keep honest), so the room goes to the patients.
 */
const threshold: DotSpec = {
  id: 'threshold',
  value: (p) => p.threshold,
  untreated: (s) => s.untreatedThreshold,
  domain: (s) => {
    let min = 1;
    let max = 1;
    for (const p of s.each) {
      if (!Number.isFinite(p.threshold)) continue;
      min = Math.min(min, p.threshold);
      max = Math.max(max, p.threshold);
    }
    return [
      Math.max(0, Math.min(0.5, Math.floor(min * 0.98 * 10) / 10)),
      Math.max(1.5, Math.ceil(max * 1.02 * 10) / 10),
    ];
  },
  ticks: 6,
  title: w.thresholdTitle,
  axisTitle: w.thresholdX,
  untreatedMark: w.thresholdUntreatedMark,
  sentence: (week, s) =>
    s.patients > 0
      ? w.thresholdSummary(
          week,
          thresholdQuartiles(s),
          s.each.filter((p) => p.threshold < THRESHOLD_BELOW_NORMAL).length,
          s.patients,
          THRESHOLD_BELOW_NORMAL,
          s.untreatedThreshold,
        )
      : '',
  caption: w.thresholdCaption,
  dotTitle: (p) => w.thresholdDotTitle(p.index, p.threshold, className(p)),
  table: table('threshold'),
};

export const DOT_SPECS: Readonly<Record<DotQuantity, DotSpec>> = { pain, threshold };
