/**
 * The whole-range properties of issue 14 (P1–P10), each with its band: the list that
 * test/science/properties.test.ts asserts and tools/model-table.ts prints. The measurements are in
 * property-measures.ts.
 */
import type { PropertyCheck } from './property-measures';
import {
  afterStep,
  belowNeverSensitized,
  chartCurve,
  dayMean,
  foldAgreement,
  fromOihState,
  ketamineGain,
  largestFallPastMinimum,
  longestAtCeiling,
  maintainedCold,
  maintainedCurve,
  memo,
  neighbourSteps,
  OIH_DAY,
  onDose,
  P9_REGIMENS,
  peakWithdrawal,
  prevalence,
  sixMonthsAfter,
  switchCrossTolerance,
  TAPERS,
  taperPain,
  weekMean,
} from './property-measures';
import { at, mean, run } from './measure';

const neighbours = memo(() => neighbourSteps(1));
const neighboursBySusceptibility = new Map<number, () => { pain: number; threshold: number }>();
const neighboursAt = (s: number) => {
  let m = neighboursBySusceptibility.get(s);
  if (!m) neighboursBySusceptibility.set(s, (m = memo(() => neighbourSteps(s))));
  return m();
};
const ketamine = memo(ketamineGain);

export const PROPERTIES: readonly PropertyCheck[] = [
  ...[1, 1.5, 2].flatMap((s) =>
    [12, 26].map((weeks) => ({
      id: 'P1',
      behaviour: `s = ${s}, ${weeks} weeks on one dose: pain never falls by more than 0.2 between the least-pain dose and 3,000 MME/day`,
      band: ['≤', 0.2] as const,
      bandText: '≤ 0.2',
      measure: () => largestFallPastMinimum(maintainedCurve(s, weeks).pain),
    })),
  ),
  ...[1, 1.5, 2].map((s) => ({
    id: 'P1',
    behaviour: `s = ${s}: the chart's maintained curve from 240 MME/day at week 12 never falls by more than 0.2 past its least pain`,
    band: ['≤', 0.2] as const,
    bandText: '≤ 0.2',
    measure: () => largestFallPastMinimum(chartCurve(s, 240, OIH_DAY)),
  })),
  {
    id: 'P2',
    behaviour: 's = 1, 30·1.25^k up to 2,000 MME/day: largest change of 26-week pain between neighbours',
    band: ['≤', 1],
    bandText: '≤ 1.0',
    measure: () => neighbours().pain,
  },
  {
    id: 'P2',
    behaviour: 's = 1, the same grid: largest change of the week-26 threshold between neighbours',
    band: ['≤', 0.1],
    bandText: '≤ 0.10',
    measure: () => neighbours().threshold,
  },
  ...[0.25, 0.5, 0.75, 1.5, 2].flatMap((s) => [
    {
      id: 'P2',
      behaviour: `s = ${s}, the same grid: largest change of 26-week pain between neighbours`,
      band: ['≤', 1] as const,
      bandText: '≤ 1.0',
      measure: () => neighboursAt(s).pain,
    },
    {
      id: 'P2',
      behaviour: `s = ${s}, the same grid: largest change of the week-26 threshold between neighbours`,
      band: ['≤', 0.1] as const,
      bandText: '≤ 0.10',
      measure: () => neighboursAt(s).threshold,
    },
  ]),
  {
    id: 'P3',
    behaviour: 's = 1, 120 MME/day for 26 weeks: threshold at the week-26 trough',
    band: ['≥', 0.8],
    bandText: '≥ 0.8',
    measure: () => at(onDose(120, 26, 1), 'thresholdRelative', 182),
  },
  {
    id: 'P3',
    behaviour: 's = 1, 120 MME/day for 26 weeks: allodynia in week 26',
    band: ['≤', 0.3],
    bandText: '≤ 0.3',
    measure: () => weekMean(onDose(120, 26, 1), 'allodynia', 182),
  },
  {
    id: 'P3',
    behaviour: 's = 1, 120 MME/day for 26 weeks: pain in week 26',
    band: ['≤', 7],
    bandText: '≤ 7.0',
    measure: () => weekMean(onDose(120, 26, 1), 'painScore', 182),
  },
  ...[60, 90].map((dose) => ({
    id: 'P3',
    behaviour: `s = 1, ${dose} MME/day for 26 weeks: pain in week 26 is below untreated (6.0)`,
    band: ['<', 6] as const,
    bandText: '< 6.0',
    measure: () => weekMean(onDose(dose, 26, 1), 'painScore', 182),
  })),
  ...[1.5, 2, 4].flatMap((factor) =>
    [14, 28].map((k) => ({
      id: 'P4',
      behaviour: `OIH state, dose ×${factor} at week 12: pain on day ${k} after the step minus the day before`,
      band: ['>', 0] as const,
      bandText: '> 0',
      measure: () => afterStep(factor, k),
    })),
  ),
  ...[1.5, 2].map((factor) => ({
    id: 'P4',
    behaviour: `OIH state, dose ×${factor} at week 12: pain 28 days later minus continuing 240 MME/day on that day (what the lessons teach)`,
    band: ['>', 0] as const,
    bandText: '> 0',
    measure: () =>
      dayMean(fromOihState('steps', factor), OIH_DAY + 28) - dayMean(fromOihState('none', 1), OIH_DAY + 28),
  })),
  ...[1.5, 2, 4].map((factor) => ({
    id: 'P4',
    behaviour: `tolerance-only twin, dose ×${factor}: the worst day of the 28 after the step minus the day before`,
    band: ['<', 0] as const,
    bandText: '< 0',
    measure: () => Math.max(...Array.from({ length: 28 }, (_, k) => afterStep(factor, k + 1, true))),
  })),
  {
    id: 'P5',
    behaviour: 'OIH state: pain in week 12',
    band: ['in', 7, 8.8],
    bandText: '7.0–8.8',
    measure: () => weekMean(onDose(240, 12, 1.5), 'painScore', OIH_DAY),
  },
  {
    id: 'P5',
    behaviour: 'escalation-trap (s = 1, 180 MME/day): pain in week 12',
    band: ['in', 6.5, 8.8],
    bandText: '6.5–8.8',
    measure: () => weekMean(onDose(180, 12, 1), 'painScore', OIH_DAY),
  },
  {
    id: 'P5',
    behaviour: 'the most days any human preset sits at ≥ 9.8/10 (unless its description says why)',
    band: ['≤', 7],
    bandText: '≤ 7 days',
    measure: () => longestAtCeiling(),
  },
  {
    id: 'P6',
    behaviour: 'OIH state, ketamine for 4 weeks with the opioid unchanged: pain lower than continuing by',
    band: ['in', 0.5, 2.5],
    bandText: '0.5–2.5',
    measure: () => ketamine().atEnd,
  },
  {
    id: 'P6',
    behaviour: '4 weeks after ketamine stops, the share of its gain that is left',
    band: ['≤', 0.5],
    bandText: '≤ 0.5',
    measure: () => ketamine().fourWeeksLater / ketamine().atEnd,
  },
  {
    id: 'P6',
    behaviour:
      'within 4 weeks of a single change (rotation, ketamine, gabapentinoid, stop, taper): least pain above the never-sensitized twin',
    band: ['≥', 0],
    bandText: '≥ 0',
    measure: () => belowNeverSensitized(),
  },
  ...TAPERS.map((percent) => ({
    id: 'P7',
    behaviour: `abrupt stop's peak withdrawal above the ${percent} %/week taper's (difference)`,
    band: ['>', 0] as const,
    bandText: '> 0',
    measure: () => peakWithdrawal(0, false) - peakWithdrawal(percent, false),
  })),
  {
    id: 'P7',
    behaviour: 'peak withdrawal while the dose is cut: 20 %/week minus 10 %/week',
    band: ['>', 0],
    bandText: '> 0',
    measure: () => peakWithdrawal(20, true) - peakWithdrawal(10, true),
  },
  {
    id: 'P7',
    behaviour: 'peak withdrawal while the dose is cut: 10 %/week minus 5 %/week',
    band: ['>', 0],
    bandText: '> 0',
    measure: () => peakWithdrawal(10, true) - peakWithdrawal(5, true),
  },
  ...TAPERS.flatMap((percent) => [
    {
      id: 'P7',
      behaviour: `${percent} %/week taper: worst weekly pain above the pre-taper week`,
      band: ['≤', 1] as const,
      bandText: '≤ +1.0',
      measure: () => taperPain(percent).worstRise,
    },
    {
      id: 'P7',
      behaviour: `${percent} %/week taper: from the week the dose has halved (or week 4), least margin below the pre-taper week`,
      band: ['>', 0] as const,
      bandText: '> 0',
      measure: () => taperPain(percent).leastMarginBelow,
    },
  ]),
  {
    id: 'P7',
    behaviour: 'abrupt stop and 5, 10, 20 %/week tapers: spread of pain 6 months after the opioid stops',
    band: ['≤', 1],
    bandText: '≤ 1.0',
    measure: () => {
      const p = [0, ...TAPERS].map((x) => sixMonthsAfter(x).pain);
      return Math.max(...p) - Math.min(...p);
    },
  },
  {
    id: 'P7',
    behaviour: 'the same, 6 months after the stop: worst pain minus continuing 240 MME/day',
    band: ['<', 0],
    bandText: '< 0',
    measure: () =>
      Math.max(...[0, ...TAPERS].map((x) => sixMonthsAfter(x).pain - sixMonthsAfter(x).continuing)),
  },
  {
    id: 'P8',
    behaviour:
      's = 1.5, 240 MME/day for 26 weeks: trough cold-pressor tolerance, buprenorphine minus methadone',
    band: ['>', 0],
    bandText: '> 0',
    measure: () => maintainedCold('buprenorphine') - maintainedCold('methadone'),
  },
  {
    id: 'P8',
    behaviour: 'the same: trough cold-pressor tolerance on buprenorphine',
    band: ['<', 0.95],
    bandText: '< 0.95',
    measure: () => maintainedCold('buprenorphine'),
  },
  ...Object.keys(P9_REGIMENS).map((drug) => ({
    id: 'P9',
    behaviour: `${drug}, tolerance only, day 28: the shown toleranceFold ÷ the ED50 ratio of its dose–response, minus 1`,
    band: ['≤', 0.05] as const,
    bandText: '≤ 5 %',
    measure: () => Math.abs(foldAgreement(drug) - 1),
  })),
  {
    id: 'P9',
    behaviour:
      'just after a switch from morphine to methadone: the ED50 ratio ÷ (1 + χ·(morphine fold − 1)), minus 1 (χ applies to the other drug’s tolerance)',
    band: ['≤', 0.05],
    bandText: '≤ 5 %',
    measure: () => Math.abs(switchCrossTolerance() - 1),
  },
  {
    id: 'P9',
    behaviour:
      'tolerance only, switched to buprenorphine with the preset’s 25 % cut: pain 4 weeks later minus kept on morphine (its calibration, as §3.4 #13 for methadone)',
    band: ['in', -0.1, 0.1],
    bandText: '−0.1 to +0.1',
    measure: () =>
      mean(run('tolerance-only-rotate-buprenorphine'), 'painScore', 111, 112) -
      mean(run('tolerance-only-maintained'), 'painScore', 111, 112),
  },
  {
    id: 'P10',
    behaviour: 'cohort of 200, 120 MME/day for 12 weeks: share with pain above untreated',
    band: ['≤', 0.35],
    bandText: '≤ 35 %',
    measure: () => prevalence(120).worse,
  },
  {
    id: 'P10',
    behaviour: 'the same: share with allodynia above 0.5',
    band: ['≤', 0.15],
    bandText: '≤ 15 %',
    measure: () => prevalence(120).allodynia,
  },
  {
    id: 'P10',
    behaviour: 'cohort of 200, 240 MME/day for 12 weeks: share with pain above untreated',
    band: ['≥', 0.4],
    bandText: '≥ 40 %',
    measure: () => prevalence(240).worse,
  },
];
