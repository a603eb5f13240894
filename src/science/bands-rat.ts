/**
 * The rat experiments of facts §3.4 (items 1–6) and Laulin 2002, each measured on its preset exactly as set up
 * there (bands.ts).
 */
import { LAULIN_MORPHINE_DAY } from '../model/presets/rat';
import type { Band, BandCheck } from './band';
import { at, doseResponseOf, extreme, firstDay, run } from './measure';

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

/** The acute intrathecal ED50 on `day` relative to naive rats (also the Experiments view’s ED50 plot). */
export function spinalFold(name: string, day = 8): number {
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

export const RAT_BANDS: readonly BandCheck[] = [
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
      const [at20 = NaN, at60 = NaN, at100 = NaN] = [20, 60, 100].map((d) =>
        laulinReduction(`laulin-2002-fentanyl-${d}-morphine`),
      );
      return Math.min(at60 - at20, at100 - at60);
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
];
