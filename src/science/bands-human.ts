/**
 * The human items of facts §3.4 (7–14) and Fletcher & Martinez 2014, each measured on its preset exactly as set
 * up there (bands.ts).
 */
import type { BandCheck } from './band';
import {
  after,
  before,
  cpt,
  dayMean,
  fletcherExtra,
  firstFall,
  HOUR,
  knockoutMargin,
  maintainedCurve,
  nadirOf,
  STEP,
  taperStop,
  YEAR,
} from './measures-human';
import { at, extreme, firstDay, run } from './measure';

export const HUMAN_BANDS: readonly BandCheck[] = [
  {
    item: 7,
    behaviour: 'Chu 2012: toleranceFold on day 30 at 78 MME/day is 1.5–2.0',
    published: '42 % potency loss (fold ≈ 1.7)',
    band: ['in', 1.5, 2.0],
    bandText: '1.5–2.0',
    measure: () => at(run('chu-2012-moderate-dose'), 'toleranceFold', 30),
  },
  {
    item: 7,
    behaviour: 'Chu 2012: the threshold stays ≥ 0.95 throughout (no OIH)',
    published: 'no OIH',
    band: ['≥', 0.95],
    bandText: '≥ 0.95',
    measure: () => extreme(run('chu-2012-moderate-dose'), 'thresholdRelative', 0, 30, 'min').value,
  },
  {
    item: 7,
    behaviour: 'week-26 threshold falls with dose, 60 → 120 → 240 MME/day (smallest drop > 0)',
    published: 'dose correlates with lower heat-pain threshold (Chen 2009)',
    band: ['>', 0],
    bandText: '> 0',
    measure: () => {
      const t = [60, 120, 240].map((d) => at(run(`chronic-${d}-mme-26-weeks`), 'thresholdRelative', 182));
      return Math.min((t[0] ?? NaN) - (t[1] ?? NaN), (t[1] ?? NaN) - (t[2] ?? NaN));
    },
  },
  {
    item: 7,
    behaviour: 'week-26 threshold at 240 MME/day is ≤ 0.9',
    published: 'lower heat-pain threshold',
    band: ['≤', 0.9],
    bandText: '≤ 0.9',
    measure: () => at(run('chronic-240-mme-26-weeks'), 'thresholdRelative', 182),
  },
  {
    item: 7,
    behaviour: 'one year at 300 MME/day: cold-pressor tolerance at the week-52 trough is 0.45–0.67',
    published: '≈ 0.56 (31.7 vs 56.4 s, Pud 2006)',
    band: ['in', 0.45, 0.67],
    bandText: '0.45–0.67',
    measure: () => cpt('chronic-300-mme-52-weeks', YEAR),
  },
  {
    item: 8,
    behaviour:
      'remifentanil 90 min: the hyperalgesic area 30 min after stopping is larger than before (ratio > 1)',
    published: 'area enlarged (Koppert 2003, Angst 2003)',
    band: ['>', 1],
    bandText: '> 1',
    measure: () =>
      at(run('koppert-remifentanil-volunteer'), 'painAreaFraction', 2 * HOUR) /
      at(run('koppert-remifentanil-volunteer'), 'painAreaFraction', 0),
  },
  {
    item: 8,
    behaviour: 'with S-ketamine the area grows ≤ 5 %',
    published: 'S-ketamine abolished the growth',
    band: ['≤', 1.05],
    bandText: '≤ 1.05',
    measure: () =>
      at(run('koppert-remifentanil-s-ketamine'), 'painAreaFraction', 2 * HOUR) /
      at(run('koppert-remifentanil-s-ketamine'), 'painAreaFraction', 0),
  },
  {
    item: 8,
    behaviour: 'the heat threshold in normal skin 30 min after stopping stays within 0.95–1.05',
    published: 'no heat hyperalgesia in normal skin',
    band: ['in', 0.95, 1.05],
    bandText: '0.95–1.05',
    measure: () => at(run('koppert-remifentanil-volunteer'), 'thresholdRelative', 2 * HOUR),
  },
  {
    item: 8,
    behaviour: 'fentanyl 10 vs 1 µg/kg: the area ratio at 5.5 h is 1.17–1.44',
    published: 'dose-dependent area',
    band: ['in', 1.17, 1.44],
    bandText: '1.17–1.44',
    measure: () =>
      at(run('fentanyl-volunteer-10'), 'painAreaFraction', 5.5 * HOUR) /
      at(run('fentanyl-volunteer-1'), 'painAreaFraction', 5.5 * HOUR),
  },
  {
    item: 8,
    behaviour: "the 10 µg/kg arm's cold-pressor tolerance at 5.5 h is still > 1.2",
    published: 'still analgesic',
    band: ['>', 1.2],
    bandText: '> 1.2',
    measure: () => at(run('fentanyl-volunteer-10'), 'coldPressorRelative', 5.5 * HOUR),
  },
  {
    item: 9,
    behaviour: 'abstinence after a year at 300 MME/day: recovery R(day 28) < 0.5',
    published: 'no change by day 28 (Pud 2006)',
    band: ['<', 0.5],
    bandText: '< 0.5',
    measure: () => {
      const c0 = cpt('pud-2006-abstinence', YEAR);
      return (cpt('pud-2006-abstinence', YEAR + 28) - c0) / (1 - c0);
    },
  },
  {
    item: 9,
    behaviour: 'cold-pressor tolerance is ≥ 0.90 on day 150 of abstinence',
    published: 'normal after ≥ 5 months (Treister 2012)',
    band: ['≥', 0.9],
    bandText: '≥ 0.90',
    measure: () => cpt('pud-2006-abstinence', YEAR + 150),
  },
  {
    item: 10,
    behaviour: 'Darnall taper: pain never more than 0.5 above its value at the start of the taper',
    published: 'no increase in pain (Darnall 2018)',
    band: ['≤', 0.5],
    bandText: '≤ +0.5',
    measure: () => {
      const r = run('darnall-2018-taper');
      return extreme(r, 'painScore', YEAR, r.scenario.durationDays, 'max').value - at(r, 'painScore', YEAR);
    },
  },
  ...(['taper-10-per-week', 'taper-20-per-week'] as const).map((name) => ({
    item: 10,
    behaviour: `${name}: pain 8 weeks after the stop is lower than continuing 240 MME/day (difference < 0)`,
    published: 'pain improves after tapering (Frank 2017)',
    band: ['<', 0] as const,
    bandText: '< 0',
    measure: () => {
      const stop = taperStop(name);
      return dayMean(name, 'painScore', stop + 55) - dayMean('oih-maintained', 'painScore', stop + 55);
    },
  })),
  {
    item: 10,
    behaviour: 'abrupt stop: withdrawal peaks at ≥ 0.3',
    published: 'withdrawal pain median 8/10 (Rieb 2016)',
    band: ['≥', 0.3],
    bandText: '≥ 0.3',
    measure: () => extreme(run('abrupt-stop'), 'withdrawal', STEP, STEP + 28, 'max').value,
  },
  {
    item: 10,
    behaviour: 'abrupt stop: the withdrawal peak falls on day 1–4 after the stop',
    published: '—',
    band: ['in', 1, 4],
    bandText: 'day 1–4',
    measure: () => extreme(run('abrupt-stop'), 'withdrawal', STEP, STEP + 28, 'max').day - STEP,
  },
  {
    item: 10,
    behaviour: 'abrupt stop: withdrawal falls below 0.1 between day 7 and day 28',
    published: 'resolves in a median of 14 days',
    band: ['in', 7, 28],
    bandText: 'day 7–28',
    measure: () => {
      const r = run('abrupt-stop');
      const peak = extreme(r, 'withdrawal', STEP, STEP + 28, 'max').day;
      return firstDay(r, 'withdrawal', peak, (x) => x < 0.1) - STEP;
    },
  },
  {
    item: 10,
    behaviour: 'abrupt stop: pain 5 months after the stop is ≤ continuing (difference ≤ 0)',
    published: 'pain improves or stays the same',
    band: ['≤', 0],
    bandText: '≤ 0',
    measure: () =>
      dayMean('abrupt-stop', 'painScore', STEP + 150) - dayMean('oih-maintained', 'painScore', STEP + 150),
  },
  {
    item: 11,
    behaviour:
      'escalation trap: pain on the day after the step is lower than the day before (difference < 0)',
    published: 'a dose increase first helps',
    band: ['<', 0],
    bandText: '< 0',
    measure: () => after('escalation-trap', 1) - before('escalation-trap'),
  },
  ...[14, 28].map((k) => ({
    item: 11,
    behaviour: `escalation trap: pain on day ${k} after the step is higher than the day before (difference > 0)`,
    published: 'OIH: pain worsens with dose increases',
    band: ['>', 0] as const,
    bandText: '> 0',
    measure: () => after('escalation-trap', k) - before('escalation-trap'),
  })),
  {
    item: 11,
    behaviour: 'escalation trap: the painful area on day 28 is ≥ the day before + 0.03',
    published: 'pain spreads',
    band: ['≥', 0.03],
    bandText: '≥ +0.03',
    measure: () =>
      after('escalation-trap', 28, 'painAreaFraction') - before('escalation-trap', 'painAreaFraction'),
  },
  {
    item: 11,
    behaviour: 'escalation trap: allodynia on day 28 is > 0.5',
    published: 'light touch hurts',
    band: ['>', 0.5],
    bandText: '> 0.5',
    measure: () => after('escalation-trap', 28, 'allodynia'),
  },
  {
    item: 11,
    behaviour: 'tolerance-only: ≥ 80 % of the day-3 pain reduction remains on day 28',
    published: 'tolerance: the dose increase restores analgesia',
    band: ['≥', 0.8],
    bandText: '≥ 80 %',
    measure: () =>
      (before('tolerance-only') - after('tolerance-only', 28)) /
      (before('tolerance-only') - after('tolerance-only', 3)),
  },
  {
    item: 11,
    behaviour: 'tolerance-only: the painful area on day 28 changes by less than 0.02 (absolute)',
    published: 'pain stays at the original site',
    band: ['<', 0.02],
    bandText: '< 0.02',
    measure: () =>
      Math.abs(
        after('tolerance-only', 28, 'painAreaFraction') - before('tolerance-only', 'painAreaFraction'),
      ),
  },
  {
    item: 11,
    behaviour: 'tolerance-only: allodynia stays < 0.1 throughout',
    published: 'no allodynia with tolerance',
    band: ['<', 0.1],
    bandText: '< 0.1',
    measure: () => extreme(run('tolerance-only'), 'allodynia', 0, STEP + 28, 'max').value,
  },
  {
    item: 12,
    behaviour:
      'OIH state at week 12: the maintained-dose curve has its minimum inside the range (index of 41)',
    published: 'more drug, more pain',
    band: ['in', 1, 39],
    bandText: 'not at an end',
    measure: () => maintainedCurve().iMin,
  },
  {
    item: 12,
    behaviour: 'pain at twice the minimizing dose ≥ the minimum + 1.0',
    published: 'more drug, more pain',
    band: ['≥', 1],
    bandText: '≥ +1.0',
    measure: () => maintainedCurve().atTwice - maintainedCurve().min,
  },
  {
    item: 12,
    behaviour: "the tolerance-only twin's maintained curve falls monotonically (largest rise ≤ 0)",
    published: 'tolerance: more drug, less pain',
    band: ['≤', 0],
    bandText: '≤ 0',
    measure: () => {
      const twin = maintainedCurve().twin;
      return Math.max(...twin.slice(1).map((v, i) => v - (twin[i] ?? NaN)));
    },
  },
  {
    item: 13,
    behaviour: 'rotate-methadone (33 % fewer MME) lowers pain by ≥ 0.5 after 4 weeks',
    published: 'rotation with NMDA antagonism helps (source text)',
    band: ['≥', 0.5],
    bandText: '≥ 0.5',
    measure: () =>
      dayMean('oih-maintained', 'painScore', 111) - dayMean('rotate-methadone', 'painScore', 111),
  },
  ...(['rotate-buprenorphine', 'ketamine-rescue'] as const).map((name) => ({
    item: 13,
    behaviour: `${name} lowers pain after 4 weeks (reduction > 0)`,
    published: 'buprenorphine antihyperalgesic (Koppert 2005); ketamine counteracts sensitization',
    band: ['>', 0] as const,
    bandText: '> 0',
    measure: () => dayMean('oih-maintained', 'painScore', 111) - dayMean(name, 'painScore', 111),
  })),
  {
    item: 13,
    behaviour: 'tolerance-only: rotation to methadone with the same cut changes pain by −0.1 to +0.1',
    published: 'calibration of incomplete cross-tolerance',
    band: ['in', -0.1, 0.1],
    bandText: '−0.1 to +0.1',
    measure: () =>
      dayMean('tolerance-only-rotate-methadone', 'painScore', 111) -
      dayMean('tolerance-only-maintained', 'painScore', 111),
  },
  ...(['nmda', 'rvm', 'glia', 'dynorphin', 'hcn2'] as const).map((m) => ({
    item: 14,
    behaviour: `knockout-${m} lowers S at week 16 by at least its own direct term (margin ≥ 0)`,
    published: 'each mechanism contributes',
    band: ['≥', 0] as const,
    bandText: '≥ 0',
    measure: () => knockoutMargin(m),
  })),
  {
    item: 14,
    behaviour: 'all five knocked out: the threshold never falls below 1 while the dose is constant or rising',
    published: 'tolerance without OIH',
    band: ['≥', 1],
    bandText: '≥ 1',
    measure: () => extreme(run('oih-escalation-all-knockouts'), 'thresholdRelative', 0, 182, 'min').value,
  },
  {
    item: 14,
    behaviour: 'all five knocked out: toleranceFold still exceeds 1.3 after 4 weeks at 120 MME/day',
    published: 'tolerance remains',
    band: ['>', 1.3],
    bandText: '> 1.3',
    measure: () => at(run('tolerance-only-120'), 'toleranceFold', 28),
  },
  {
    item: 14,
    behaviour: 'at 600 MME/day, susceptibility 0 gives no threshold fall (minimum ≥ 1)',
    published: 'OIH is individually variable',
    band: ['≥', 1],
    bandText: '≥ 1',
    measure: () => nadirOf('chronic-600-mme-26-weeks-s0'),
  },
  {
    item: 14,
    behaviour: 'at 600 MME/day, s = 2 gives an earlier first 5 % fall than s = 1 (days earlier > 0)',
    published: 'susceptibility',
    band: ['>', 0],
    bandText: '> 0',
    measure: () => firstFall('chronic-600-mme-26-weeks') - firstFall('chronic-600-mme-26-weeks-s2'),
  },
  {
    item: 14,
    behaviour: 'at 600 MME/day, s = 2 gives a deeper nadir than s = 1 (difference > 0)',
    published: 'susceptibility',
    band: ['>', 0],
    bandText: '> 0',
    measure: () => nadirOf('chronic-600-mme-26-weeks') - nadirOf('chronic-600-mme-26-weeks-s2'),
  },
  {
    item: 'Fletcher 2014',
    behaviour: 'high- vs low-dose intraoperative remifentanil: extra pain 1 h after surgery (0–100)',
    published: '+9.4 (meta-analysis of 27 RCTs)',
    band: ['in', 2, 20],
    bandText: '2–20',
    measure: () => fletcherExtra(1),
  },
  {
    item: 'Fletcher 2014',
    behaviour: 'the extra pain falls from 1 h to 24 h after surgery (1 h minus 24 h, 0–100)',
    published: '+9.4 at 1 h, +7.1 at 4 h, +3 at 24 h',
    band: ['>', 0],
    bandText: '> 0',
    measure: () => fletcherExtra(1) - fletcherExtra(24),
  },
];
