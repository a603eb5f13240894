/**
 * Every band of facts §3.4 items 1–14, each measured on its preset exactly as set up there. The tests assert
 * each band (test/model/validation-*.test.ts) and tools/model-table.ts prints them into docs/model.md.
 */
import { at, doseResponseOf, extreme, firstDay, mean, run } from './model-validation';
import { PARAMETERS } from '../src/model/index';
import { FLETCHER_SURGERY_DAYS } from '../src/model/presets/human-experiments';
import { LAULIN_MORPHINE_DAY } from '../src/model/presets/rat';

export type Band = readonly ['≥' | '≤' | '>' | '<', number] | readonly ['in', number, number];

export interface BandCheck {
  /** facts §3.4 item number, or the experiment's name for those added since (issue 14). */
  readonly item: number | string;
  readonly behaviour: string;
  readonly published: string;
  readonly band: Band;
  readonly bandText: string;
  readonly measure: () => number;
}

export function withinBand(value: number, band: Band): boolean {
  switch (band[0]) {
    case '≥':
      return value >= band[1];
    case '≤':
      return value <= band[1];
    case '>':
      return value > band[1];
    case '<':
      return value < band[1];
    case 'in':
      return value >= band[1] && value <= band[2];
  }
}

const HOUR = 1 / 24;
const FIRST_DOSE = 0.25 * HOUR;

/** Célèrier: hours of analgesia (threshold > 1) after the first dose, the later nadir and the recovery day. */
function celerier(dose: number | 'ketamine') {
  const r = run(dose === 'ketamine' ? 'celerier-2000-fentanyl-ketamine' : `celerier-2000-fentanyl-${dose}`);
  const end = firstDay(r, 'thresholdRelative', FIRST_DOSE + 2 * r.stepDays, (x) => x <= 1);
  const nadir = extreme(r, 'thresholdRelative', end, r.scenario.durationDays, 'min');
  const recovered = firstDay(r, 'thresholdRelative', nadir.day, (x) => x >= 0.95);
  return { hours: (end - FIRST_DOSE) * 24, nadir: nadir.value, recoveredDay: recovered };
}

function laulin(name: string) {
  const r = run(name);
  const peak1 = extreme(r, 'thresholdRelative', 0, 1 - r.stepDays, 'max').value;
  const pre10 = at(r, 'thresholdRelative', 9);
  const peak10 = extreme(r, 'thresholdRelative', 9, 10 - r.stepDays, 'max').value;
  return { pre10, peak1, peak10, inc1: peak1 - at(r, 'thresholdRelative', 0), inc10: peak10 - pre10 };
}

function spinalFold(name: string, day = 8): number {
  const dr = doseResponseOf(name, day);
  const ed = dr.acute.scenario.ed50;
  const naive = dr.acute.naive.ed50;
  return ed === null || naive === null ? Infinity : ed / naive;
}

const removedLogShare = (name: string) =>
  1 - Math.log(spinalFold(name)) / Math.log(spinalFold('dunbar-1996-spinal'));
const johnstonDeficit = (name: string) => 1 - at(run(name), 'thresholdRelative', 5.5);
function injuryLasts(name: string): number {
  const r = run(name);
  const d = r.scenario.patient.disease;
  const start = d.kind === 'resolving' ? d.startDay : 0;
  const initial = d.kind === 'none' ? 0 : d.baseline;
  return firstDay(r, 'diseasePain', start + r.stepDays, (x) => x < 0.1 * initial) - start;
}
const dayMean = (name: string, series: 'painScore' | 'painAreaFraction' | 'allodynia', day: number) =>
  mean(run(name), series, day, day + 1);
const STEP = 84;
const before = (name: string, s: 'painScore' | 'painAreaFraction' | 'allodynia' = 'painScore') =>
  dayMean(name, s, STEP - 1);
/** Day k after the step is [84 + k − 1, 84 + k). */
const after = (name: string, k: number, s: 'painScore' | 'painAreaFraction' | 'allodynia' = 'painScore') =>
  dayMean(name, s, STEP + k - 1);
const taperStop = (name: string) => firstDay(run(name), 'doseMmePerDay', STEP, (x) => x === 0);
const cpt = (name: string, day: number) => at(run(name), 'coldPressorRelative', day);
const YEAR = 364;

/**
 * Laulin 2002: the morphine effect as the area of the threshold above the rats' baseline before any opioid (1)
 * over the 4 h after the morphine dose — as nociceptive thresholds are reported relative to the basal value, a
 * hyperalgesic baseline takes its share off the effect (facts #3: apparent tolerance).
 */
function morphineEffect(name: string): number {
  const r = run(name);
  const before = 1;
  const i0 = Math.round(LAULIN_MORPHINE_DAY / r.stepDays);
  const i1 = Math.round((LAULIN_MORPHINE_DAY + 4 * HOUR) / r.stepDays);
  let area = 0;
  for (let i = i0; i < i1; i++) area += ((r.series.thresholdRelative[i] ?? NaN) - before) * r.stepDays;
  return area;
}
const laulinReduction = (name: string) =>
  1 - morphineEffect(name) / morphineEffect('laulin-2002-saline-morphine');

/** Fletcher 2014: high minus low remifentanil, pain on the 0–100 scale `hours` after surgery. */
const fletcherExtra = (hours: number) => {
  const t = FLETCHER_SURGERY_DAYS + hours * HOUR;
  return (
    10 *
    (at(run('fletcher-2014-remifentanil-high'), 'painScore', t) -
      at(run('fletcher-2014-remifentanil-low'), 'painScore', t))
  );
};

function maintainedCurve() {
  const dr = doseResponseOf('oih-state', 84, true);
  const pain = dr.maintained.scenario;
  let iMin = 0;
  pain.forEach((v, i) => {
    if (v < (pain[iMin] ?? Infinity)) iMin = i;
  });
  const doses = dr.doses;
  const target = 2 * (doses[iMin] ?? NaN);
  let j = doses.findIndex((d) => d >= target);
  if (j < 1) j = 1;
  const d0 = doses[j - 1] ?? NaN;
  const d1 = doses[j] ?? NaN;
  const f = (Math.log(target) - Math.log(d0)) / (Math.log(d1) - Math.log(d0));
  const atTwice = (1 - f) * (pain[j - 1] ?? NaN) + f * (pain[j] ?? NaN);
  return { iMin, min: pain[iMin] ?? NaN, atTwice, twin: dr.maintained.toleranceOnly, count: pain.length };
}

function knockoutMargin(mechanism: 'nmda' | 'rvm' | 'glia' | 'dynorphin' | 'hcn2'): number {
  const day = 16 * 7;
  const full = run('oih-escalation');
  const ko = run(`knockout-${mechanism}`);
  const w = PARAMETERS.human.sensitization[mechanism].value;
  return at(full, 'sensitization', day) - at(ko, 'sensitization', day) - w * at(full, mechanism, day);
}

const firstFall = (name: string) => firstDay(run(name), 'thresholdRelative', 0, (x) => x < 0.95);
const nadirOf = (name: string) =>
  extreme(run(name), 'thresholdRelative', 0, run(name).scenario.durationDays, 'min').value;

export const BANDS: readonly BandCheck[] = [
  ...[20, 60, 100].map((dose) => ({
    item: 1,
    behaviour: `fentanyl 4 × ${dose} µg/kg: analgesia (threshold > 1) lasts 2–5 h`,
    published: 'analgesia 2–5 h (Célèrier 2000)',
    band: ['in', 2, 5] as const,
    bandText: '2–5 h',
    measure: () => celerier(dose).hours,
  })),
  {
    item: 1,
    behaviour: 'the later threshold nadir deepens with dose (smallest step between doses > 0)',
    published: 'dose-dependent',
    band: ['>', 0],
    bandText: '> 0',
    measure: () =>
      Math.min(celerier(20).nadir - celerier(60).nadir, celerier(60).nadir - celerier(100).nadir),
  },
  {
    item: 1,
    behaviour: 'the deepest nadir (4 × 100 µg/kg) is 0.70–0.80',
    published: 'maximum ≈ 30 % decrease',
    band: ['in', 0.7, 0.8],
    bandText: '0.70–0.80',
    measure: () => celerier(100).nadir,
  },
  {
    item: 1,
    behaviour: 'the threshold is back at ≥ 0.95 by day 7',
    published: 'up to 5 days',
    band: ['≤', 7],
    bandText: '≤ day 7',
    measure: () => celerier(100).recoveredDay,
  },
  {
    item: 1,
    behaviour: 'ketamine before the 4 × 100 µg/kg series prevents the delayed hyperalgesia (nadir ≥ 0.95)',
    published: 'prevented',
    band: ['≥', 0.95],
    bandText: '≥ 0.95',
    measure: () => celerier('ketamine').nadir,
  },
  {
    item: 2,
    behaviour: 'daily morphine: the threshold just before the 10th dose is ≤ 0.85',
    published: 'gradual lowering of threshold (Laulin 1999)',
    band: ['≤', 0.85],
    bandText: '≤ 0.85',
    measure: () => laulin('laulin-daily-morphine').pre10,
  },
  {
    item: 2,
    behaviour: "daily morphine: the 10th dose's increment is ≥ 0.7 × the 1st's (analgesia masked, not lost)",
    published: 'sustained analgesic effect',
    band: ['≥', 0.7],
    bandText: '≥ 0.7',
    measure: () => {
      const l = laulin('laulin-daily-morphine');
      return l.inc10 / l.inc1;
    },
  },
  {
    item: 2,
    behaviour: 'with MK-801 the pre-dose threshold stays ≥ 0.95',
    published: 'MK-801 prevents the allodynia',
    band: ['≥', 0.95],
    bandText: '≥ 0.95',
    measure: () => laulin('laulin-daily-morphine-mk801').pre10,
  },
  {
    item: 2,
    behaviour: "with MK-801 the 10th dose's peak is ≥ 0.9 × the 1st's",
    published: 'MK-801 prevents the apparent loss of effect',
    band: ['≥', 0.9],
    bandText: '≥ 0.9',
    measure: () => {
      const l = laulin('laulin-daily-morphine-mk801');
      return l.peak10 / l.peak1;
    },
  },
  {
    item: 3,
    behaviour: 'continuous delivery: the chosen rate gives analgesia ≥ 0.5 at 6 h (setup)',
    published: 'antinociception within 6 h (King 2005)',
    band: ['≥', 0.5],
    bandText: '≥ 0.5',
    measure: () => at(run('vanderah-2001-continuous'), 'analgesia', 0.25),
  },
  {
    item: 3,
    behaviour: 'continuous delivery: the threshold is > 1 on day 2',
    published: 'still hypoalgesic at day 2',
    band: ['>', 1],
    bandText: '> 1',
    measure: () => at(run('vanderah-2001-continuous'), 'thresholdRelative', 2),
  },
  {
    item: 3,
    behaviour: 'continuous delivery: the threshold first falls below 1 between day 2 and day 6',
    published: 'hyperalgesia by day 6, during delivery',
    band: ['in', 2, 6],
    bandText: 'day 2–6',
    measure: () => firstDay(run('vanderah-2001-continuous'), 'thresholdRelative', 0.1, (x) => x < 1),
  },
  {
    item: 4,
    behaviour: 'spinal infusion: the chosen rate gives analgesia ≥ 0.8 at 6 h (setup)',
    published: '—',
    band: ['≥', 0.8],
    bandText: '≥ 0.8',
    measure: () => at(run('dunbar-1996-spinal'), 'analgesia', 0.25),
  },
  {
    item: 4,
    behaviour: 'spinal infusion: the intrathecal ED50 on day 8 is 10–40 × naive',
    published: '31× (Dunbar & Yaksh 1996)',
    band: ['in', 10, 40],
    bandText: '10–40×',
    measure: () => spinalFold('dunbar-1996-spinal'),
  },
  {
    item: 4,
    behaviour: 'an RVM block on day 7 removes ≥ 50 % of log(fold)',
    published: 'blocked the right shift (Vanderah 2001)',
    band: ['≥', 0.5],
    bandText: '≥ 50 %',
    measure: () => removedLogShare('dunbar-1996-spinal-rvm-block'),
  },
  {
    item: 4,
    behaviour: 'dynorphin antiserum on day 7 removes ≥ 50 % of log(fold)',
    published: 're-established potency (Vanderah 2000)',
    band: ['≥', 0.5],
    bandText: '≥ 50 %',
    measure: () => removedLogShare('dunbar-1996-spinal-antiserum'),
  },
  {
    item: 4,
    behaviour: 'MK-801 co-infused from day 0 keeps the fold ≤ 3',
    published: 'ED50 4 vs 16 naive',
    band: ['≤', 3],
    bandText: '≤ 3',
    measure: () => spinalFold('dunbar-1996-spinal-mk801'),
  },
  {
    item: 4,
    behaviour: 'MK-801 given only on day 7 leaves ≥ 0.8 × the fold',
    published: 'did not restore sensitivity',
    band: ['≥', 0.8],
    bandText: '≥ 0.8×',
    measure: () => spinalFold('dunbar-1996-spinal-mk801-day-7') / spinalFold('dunbar-1996-spinal'),
  },
  {
    item: 4,
    behaviour: 'one week after the infusion stops the fold is ≤ 1.5',
    published: 'groups no longer differed',
    band: ['≤', 1.5],
    bandText: '≤ 1.5',
    measure: () => spinalFold('dunbar-1996-spinal', 14),
  },
  {
    item: 5,
    behaviour: 'glia after 1 intrathecal dose ≤ 0.25 × after 5 (read 36 h later)',
    published: 'cytokines after 5 d, not 1 d (Johnston 2004)',
    band: ['≤', 0.25],
    bandText: '≤ 0.25',
    measure: () =>
      at(run('johnston-2004-glia-1-dose'), 'glia', 1.5) / at(run('johnston-2004-glia'), 'glia', 5.5),
  },
  {
    item: 5,
    behaviour: 'five daily intrathecal doses leave a threshold deficit ≥ 0.1 36 h later',
    published: 'hyperalgesia and allodynia 24 h after the last dose',
    band: ['≥', 0.1],
    bandText: '≥ 0.1',
    measure: () => johnstonDeficit('johnston-2004-glia'),
  },
  {
    item: 5,
    behaviour: 'the glial knock-out from day 0 removes ≥ 50 % of the deficit',
    published: 'IL-1ra co-administration inhibited hyperalgesia',
    band: ['≥', 0.5],
    bandText: '≥ 50 %',
    measure: () => 1 - johnstonDeficit('johnston-2004-glia-knockout') / johnstonDeficit('johnston-2004-glia'),
  },
  {
    item: 5,
    behaviour: 'a glial inhibitor from 12 h after the 5th dose removes ≥ 50 % of the deficit',
    published: 'IL-1ra after tolerance reversed hyperalgesia',
    band: ['≥', 0.5],
    bandText: '≥ 50 %',
    measure: () => 1 - johnstonDeficit('johnston-2004-glia-il1ra') / johnstonDeficit('johnston-2004-glia'),
  },
  {
    item: 6,
    behaviour: 'morphine from day 10 makes injury pain last ≥ 1.8 × longer',
    published: 'doubled the duration (Grace 2016)',
    band: ['≥', 1.8],
    bandText: '≥ 1.8×',
    measure: () => injuryLasts('grace-2016-second-hit') / injuryLasts('grace-2016-injury-alone'),
  },
  {
    item: 6,
    behaviour: 'the same course ending 7 days before the injury: ≤ 1.2 ×',
    published: 'no prolongation outside the window',
    band: ['≤', 1.2],
    bandText: '≤ 1.2×',
    measure: () => injuryLasts('grace-2016-before-injury') / injuryLasts('grace-2016-injury-alone'),
  },
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
  ...([20, 60, 100] as const).map((dose) => ({
    item: 'Laulin 2002',
    behaviour: `fentanyl 4 × ${dose} µg/kg, then morphine 5 mg/kg the same day: the morphine effect is reduced by (share)`,
    published: `${{ 20: '15.8', 60: '46.6', 100: '85.1' }[dose]} % reduction`,
    band: (dose === 60 ? ['in', 0.25, 0.7] : dose === 100 ? ['≥', 0.6] : ['>', 0]) as Band,
    bandText: dose === 60 ? '25–70 %' : dose === 100 ? '≥ 60 %' : '> 0',
    measure: () => laulinReduction(`laulin-2002-fentanyl-${dose}-morphine`),
  })),
  {
    item: 'Laulin 2002',
    behaviour: 'the reduction rises with the fentanyl dose (smallest step, 20 → 60 → 100 µg/kg)',
    published: 'dose-dependent',
    band: ['>', 0],
    bandText: '> 0',
    measure: () => {
      const r = [20, 60, 100].map((d) => laulinReduction(`laulin-2002-fentanyl-${d}-morphine`));
      return Math.min(r[1]! - r[0]!, r[2]! - r[1]!);
    },
  },
  {
    item: 'Laulin 2002',
    behaviour: 'ketamine 10 mg/kg before fentanyl 4 × 60 µg/kg: the morphine effect is reduced by (share)',
    published: 'full effect restored',
    band: ['<', 0.2],
    bandText: '< 20 %',
    measure: () => laulinReduction('laulin-2002-ketamine-fentanyl-60-morphine'),
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
