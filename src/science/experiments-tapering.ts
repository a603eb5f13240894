/**
 * Tapering and stopping (facts §3.4 item 10: Darnall 2018, with Frank 2017 and Rieb 2016), as the Experiments
 * view shows it, in MME/day and days.
 */
import { DARNALL_2018, FRANK_2017, RIEB_2016 } from './citations';
import type { Experiment } from './experiment';

const OIH_DAY = 84;
const YEAR = 364;
const PAIN = { series: 'painScore' as const, yLabel: 'pain', yUnit: '0–10' };

/** The group names say which schedules guidelines advise against: they are shown to compare, not to copy. */
const ABRUPT_STOP = 'abrupt stop (shown to illustrate withdrawal; not recommended)';
const TAPERS = [
  { group: 'taper 10 % a week', preset: 'taper-10-per-week' },
  { group: 'taper 20 % a week (faster than guidelines)', preset: 'taper-20-per-week' },
  { group: ABRUPT_STOP, preset: 'abrupt-stop' },
  { group: 'continue 240 MME/day', preset: 'oih-maintained' },
];
export const TAPERING_EXPERIMENT: Experiment = {
  id: 'darnall-2018',
  items: [10],
  title: 'Tapering a high dose without more pain',
  citation: DARNALL_2018,
  alsoCites: [FRANK_2017, RIEB_2016],
  species: 'patient',
  question: 'Does a slow, voluntary taper from a high opioid dose make chronic pain worse?',
  whyItMattered:
    'Of outpatients who volunteered, the 51 who completed a supported 4-month taper went from a median 288 to 150 MME/day with no increase in pain (no control group). Low-quality studies suggest pain often improves after dose reduction, while a fast stop brings withdrawal pain for about two weeks.',
  design: {
    drug: 'morphine, oral',
    doseText:
      '288 MME/day, then 5 % cuts in weeks 1 and 3 and weekly cuts to 150 MME/day in week 17 (Darnall); from 240 MME/day: 10 % or 20 % a week, or an abrupt stop',
    schedule: [
      { atDays: 0, untilDays: YEAR, label: 'morphine 288 MME/day (Darnall group)' },
      { atDays: YEAR, untilDays: YEAR + 16 * 7, label: 'voluntary taper to 150 MME/day' },
      { atDays: 0, untilDays: OIH_DAY, label: 'morphine 240 MME/day (the other groups: the OIH state)' },
      { atDays: OIH_DAY, label: 'taper 10 % or 20 % a week, abrupt stop, or continue' },
    ],
    assay: 'pain intensity and interference (0–10); withdrawal',
    groups: ['Darnall taper', ...TAPERS.map((t) => t.group)],
  },
  presets: [{ group: 'Darnall taper', preset: 'darnall-2018-taper' }, ...TAPERS],
  plots: [
    {
      id: 'dose',
      kind: 'time',
      title: 'The Darnall taper’s dose',
      series: 'doseMmePerDay',
      timeUnit: 'days',
      from: YEAR - 28,
      to: YEAR + 140,
      yLabel: 'daily dose',
      yUnit: 'MME/day',
      curves: [{ group: 'Darnall taper', preset: 'darnall-2018-taper' }],
    },
    {
      id: 'darnall-pain',
      kind: 'time',
      title: 'Pain through the Darnall taper',
      timeUnit: 'days',
      from: YEAR - 28,
      to: YEAR + 140,
      ...PAIN,
      curves: [{ group: 'Darnall taper', preset: 'darnall-2018-taper' }],
    },
    {
      id: 'taper-pain',
      kind: 'time',
      title: 'Pain after tapering or stopping from the OIH state',
      timeUnit: 'days',
      from: 0,
      to: 300,
      ...PAIN,
      curves: TAPERS,
    },
    {
      id: 'withdrawal',
      kind: 'time',
      title: 'Withdrawal after an abrupt stop',
      series: 'withdrawal',
      timeUnit: 'days',
      from: OIH_DAY - 7,
      to: OIH_DAY + 35,
      yLabel: 'withdrawal',
      yUnit: '0–1',
      curves: [{ group: ABRUPT_STOP, preset: 'abrupt-stop' }],
    },
  ],
  published: [
    {
      plot: 'dose',
      group: 'Darnall taper',
      x: YEAR,
      y: 288,
      source: 'abstract',
      note: 'median 288 MME/day at the start of the taper',
    },
    {
      plot: 'dose',
      group: 'Darnall taper',
      x: YEAR + 120,
      y: 150,
      source: 'abstract',
      note: 'median 150 MME/day after 4 months (≈ 120 days)',
    },
    {
      plot: 'withdrawal',
      group: ABRUPT_STOP,
      x: OIH_DAY + 14,
      y: null,
      source: 'abstract',
      note: 'withdrawal-associated injury-site pain resolved in a median of 14 days (IQR 24), recalled by patients (Rieb 2016)',
    },
  ],
  missing:
    'Darnall reports “no increase” in pain without its level; Frank 2017 (pain improved in 8/8 fair-quality studies) and Rieb 2016 (withdrawal pain median 8/10, a recalled peak) give no values on these axes.',
  honestLine:
    'Recovery takes months because latent sensitization’s two-stage memory (a teaching assumption) sets the pace after a taper or a stop; Darnall’s patients volunteered and were supported, the model’s patient is anyone after a year at 288 MME/day. ' +
    'In the model an abrupt stop does no worse on pain at 5 months, but pain is not the only outcome. Clinically, an abrupt stop or a 20 %-a-week cut from a high dose is not recommended (FDA and HHS 2019). CDC 2022 suggests about 10 % a month after long-term use, with pauses, a shared and voluntary plan, and the patient never abandoned. ' +
    'Tapering carries risks of overdose (loss of tolerance) and mental-health crisis (Agnoli 2021: rate ratios 1.28 and 1.74). Screen mood and opioid use disorder, offer naloxone, and support the patient.',
  whatIf: {
    kind: 'dose',
    label: 'dose the taper reaches in week 17',
    unit: 'MME/day',
    min: 0,
    max: 288,
    step: 6,
    default: 150,
    appliesTo: 'darnall-2018-taper',
  },
};
