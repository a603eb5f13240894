import { morphine, WEEK, type Preset } from './preset';

/** Human validation presets (facts §3.4 items 7–10 and 14), set up exactly as written there. */
const YEAR = 52 * WEEK;

/** Darnall 2018: 288 MME/day, 5 % cuts in weeks 1 and 3, then weekly cuts reaching 150 MME/day in week 17. */
function darnallSteps() {
  const start = YEAR;
  const steps = [{ day: 0, dosePerDay: 288 }];
  let dose = 288 * 0.95;
  steps.push({ day: start, dosePerDay: dose });
  dose *= 0.95;
  steps.push({ day: start + 2 * WEEK, dosePerDay: dose });
  const ratio = (150 / dose) ** (1 / 14);
  for (let week = 4; week <= 17; week++) {
    dose = week === 17 ? 150 : dose * ratio;
    steps.push({ day: start + (week - 1) * WEEK, dosePerDay: dose });
  }
  return steps;
}

const chronic = (mme: number, weeks: number, susceptibility = 1): Preset => ({
  name: `chronic-${mme}-mme-${weeks}-weeks${susceptibility === 1 ? '' : `-s${susceptibility}`}`,
  description: `Morphine ${mme} MME/day for ${weeks} weeks, susceptibility ${susceptibility} (facts §3.4 #${mme === 600 ? 14 : 7})${
    susceptibility >= 2
      ? ': the most susceptible patient on a very high dose, whose pain reaches the ceiling of the 0–10 scale — why the band reads the threshold'
      : ''
  }`,
  scenario: { durationDays: weeks * WEEK, patient: { susceptibility }, regimens: [morphine(mme)] },
});

const VOLUNTEER = { disease: { kind: 'none' as const, areaFraction: 0.05 } };
const REMIFENTANIL = {
  kind: 'infusion' as const,
  drug: 'remifentanil' as const,
  route: 'intravenous' as const,
  unit: 'ug/kg' as const,
  ratePerDay: 0.1 * 1440,
  startDay: 0,
  stopDay: 90 / 1440,
};
const fentanylBolus = (dose: number) => ({
  kind: 'bolus' as const,
  drug: 'fentanyl' as const,
  route: 'intravenous' as const,
  unit: 'ug/kg' as const,
  dose,
  atDay: 0,
});

/**
 * Fletcher & Martinez 2014 (Br J Anaesth 112:991, meta-analysis of 27 RCTs): high- vs low-dose intraoperative
 * remifentanil. The model's patient has abdominal surgery at day 0 (postoperative pain 6/10 that halves in
 * 3 days: teaching assumption) and remifentanil for the 3 h of surgery; pain is read 1, 4 and 24 h after it.
 */
export const FLETCHER_SURGERY_DAYS = 3 / 24;
const surgery = {
  kind: 'resolving' as const,
  baseline: 6,
  halfLifeDays: 3,
  startDay: 0,
  site: 'abdomen' as const,
  areaFraction: 0.05,
};
const intraoperativeRemifentanil = (ugPerKgPerMin: number) => ({
  kind: 'infusion' as const,
  drug: 'remifentanil' as const,
  route: 'intravenous' as const,
  unit: 'ug/kg' as const,
  ratePerDay: ugPerKgPerMin * 1440,
  startDay: 0,
  stopDay: FLETCHER_SURGERY_DAYS,
});

export const HUMAN_EXPERIMENT_PRESETS: readonly Preset[] = [
  {
    name: 'chu-2012-moderate-dose',
    description: 'Chu 2012 RCT: morphine 78 MME/day for 30 days — tolerance without OIH (facts #21)',
    scenario: { durationDays: 30, regimens: [morphine(78)] },
  },
  chronic(60, 26),
  chronic(120, 26),
  chronic(240, 26),
  chronic(300, 52),
  chronic(600, 26, 0),
  chronic(600, 26, 1),
  chronic(600, 26, 2),
  {
    name: 'pud-2006-abstinence',
    description:
      'One year at 300 MME/day, then an abrupt stop; cold-pressor recovery over 5 months (facts #23)',
    scenario: { durationDays: YEAR + 160, regimens: [morphine(300, 0, YEAR)] },
  },
  {
    name: 'darnall-2018-taper',
    description: 'One year at 288 MME/day, then a voluntary slow taper to 150 MME/day by week 17 (facts #24)',
    scenario: {
      durationDays: YEAR + 20 * WEEK,
      regimens: [{ kind: 'steps', drug: 'morphine', route: 'oral', everyHours: 4, steps: darnallSteps() }],
    },
  },
  {
    name: 'koppert-remifentanil-volunteer',
    description: 'Volunteers with a 5 % hyperalgesic area: remifentanil 0.1 µg/kg/min for 90 min (facts #18)',
    scenario: { durationDays: 1, patient: VOLUNTEER, regimens: [REMIFENTANIL] },
  },
  {
    name: 'koppert-remifentanil-s-ketamine',
    description: 'The remifentanil volunteer study with S-ketamine during and after the infusion (facts #18)',
    scenario: {
      durationDays: 1,
      patient: VOLUNTEER,
      regimens: [REMIFENTANIL],
      treatments: [{ kind: 's-ketamine', startDay: 0, stopDay: 0.25 }],
    },
  },
  {
    name: 'fentanyl-volunteer-10',
    description: 'Volunteers with a 5 % hyperalgesic area: fentanyl 10 µg/kg i.v. (facts #18)',
    scenario: { durationDays: 1, patient: VOLUNTEER, regimens: [fentanylBolus(10)] },
  },
  ...[0.4, 0.05].map((rate) => ({
    name: `fletcher-2014-remifentanil-${rate === 0.4 ? 'high' : 'low'}`,
    description: `Abdominal surgery with remifentanil ${rate} µg/kg/min for 3 h: postoperative pain (Fletcher & Martinez 2014)`,
    scenario: {
      durationDays: 3,
      patient: { disease: surgery },
      regimens: [intraoperativeRemifentanil(rate)],
    },
  })),
  {
    name: 'fentanyl-volunteer-1',
    description: 'Volunteers with a 5 % hyperalgesic area: fentanyl 1 µg/kg i.v. (facts #18)',
    scenario: { durationDays: 1, patient: VOLUNTEER, regimens: [fentanylBolus(1)] },
  },
];
