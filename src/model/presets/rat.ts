import type { ScenarioInput } from '../scenario/scenario-schema';
import type { Preset } from './preset';

/**
 * Rat presets, one per landmark experiment of facts §3.4 (items 1–6), set up exactly as written there.
 * Doses per kg of the virtual rat (intrathecal 10 µg per rat ≈ 33 µg/kg at 0.3 kg).
 */
const RAT = { subject: 'rat' as const, patient: { disease: { kind: 'none' as const, areaFraction: 0 } } };
const HOUR = 1 / 24;
/**
 * One s.c. dose of ketamine 10 mg/kg given just before a fentanyl series (facts #1, Laulin 2002): its NMDA block
 * is taken to last 4 h (teaching assumption; ketamine is cleared within hours in rats), so it is over before
 * Laulin's morphine dose.
 */
const KETAMINE_BEFORE_FENTANYL = { kind: 'ketamine' as const, startDay: 0, stopDay: 4 * HOUR };

const fentanylSeries = (dose: number) => ({
  kind: 'bolus' as const,
  drug: 'fentanyl' as const,
  route: 'subcutaneous' as const,
  unit: 'ug/kg' as const,
  dose,
  atDay: 0.25 * HOUR,
  count: 4,
  everyMinutes: 15,
});

/** Steady s.c. morphine (pump/pellet) at the rate that gives analgesia ≥ 0.5 at 6 h (facts §3.4 #3). */
export const CONTINUOUS_SC_MG_PER_KG_PER_DAY = 38;
/** Intrathecal morphine infusion at the rate that gives analgesia ≥ 0.8 at 6 h (facts §3.4 #4). */
export const INTRATHECAL_UG_PER_KG_PER_DAY = 258;

const dailyMorphine = {
  kind: 'fixed' as const,
  drug: 'morphine' as const,
  route: 'subcutaneous' as const,
  dosePerDay: 5,
  everyHours: 24,
  startDay: 0,
  stopDay: 10,
};
const mk801WithEachDose = Array.from({ length: 10 }, (_, k) => ({
  kind: 'mk-801' as const,
  startDay: k,
  stopDay: k + 0.5,
}));

const spinal = (extra: Partial<ScenarioInput> = {}, durationDays = 9): ScenarioInput => ({
  ...RAT,
  durationDays,
  regimens: [
    {
      kind: 'infusion',
      drug: 'morphine',
      route: 'intrathecal',
      unit: 'ug/kg',
      ratePerDay: INTRATHECAL_UG_PER_KG_PER_DAY,
      startDay: 0,
      stopDay: 7,
    },
  ],
  ...extra,
});

const intrathecalDaily = (days: number, extra: Partial<ScenarioInput> = {}): ScenarioInput => ({
  ...RAT,
  durationDays: days - 1 + 1.5 + 0.5,
  regimens: [
    {
      kind: 'fixed',
      drug: 'morphine',
      route: 'intrathecal',
      unit: 'ug/kg',
      dosePerDay: 10 / 0.3,
      everyHours: 24,
      startDay: 0,
      stopDay: days,
    },
  ],
  ...extra,
});

const injury = (startDay: number) => ({
  kind: 'resolving' as const,
  baseline: 5,
  halfLifeDays: 7,
  startDay,
  site: 'left-foot' as const,
  areaFraction: 0.05,
});
const bidMorphine = (startDay: number) => ({
  kind: 'fixed' as const,
  drug: 'morphine' as const,
  route: 'subcutaneous' as const,
  dosePerDay: 10,
  everyHours: 12,
  startDay,
  stopDay: startDay + 5,
});

/**
 * Laulin 2002 (Anesth Analg 94:1263): morphine 5 mg/kg s.c. in the early hyperalgesic phase after a fentanyl
 * series (4 boluses 15 min apart), the same day. The abstract gives no hour; the model gives it 5 h after the
 * first bolus, when the fentanyl analgesia has worn off in every arm (facts #1: analgesia lasts 2–5 h).
 */
export const LAULIN_MORPHINE_DAY = 0.25 * HOUR + 5 * HOUR;
const laulinMorphine = {
  kind: 'bolus' as const,
  drug: 'morphine' as const,
  route: 'subcutaneous' as const,
  unit: 'mg/kg' as const,
  dose: 5,
  atDay: LAULIN_MORPHINE_DAY,
};
const laulin2002 = (fentanyl: number | null, ketamine = false): ScenarioInput => ({
  ...RAT,
  durationDays: 1,
  regimens: [...(fentanyl === null ? [] : [fentanylSeries(fentanyl)]), laulinMorphine],
  ...(ketamine ? { treatments: [KETAMINE_BEFORE_FENTANYL] } : {}),
});

export const RAT_PRESETS: readonly Preset[] = [
  ...[20, 60, 100].map((dose) => ({
    name: `celerier-2000-fentanyl-${dose}`,
    description: `Rat: fentanyl 4 × ${dose} µg/kg s.c. every 15 min — analgesia, then days of hyperalgesia (facts #1)`,
    scenario: { ...RAT, durationDays: 10, regimens: [fentanylSeries(dose)] },
  })),
  {
    name: 'celerier-2000-fentanyl-ketamine',
    description:
      'Rat: ketamine 10 mg/kg before fentanyl 4 × 100 µg/kg — the delayed hyperalgesia is prevented (facts #1)',
    scenario: {
      ...RAT,
      durationDays: 10,
      regimens: [fentanylSeries(100)],
      treatments: [KETAMINE_BEFORE_FENTANYL],
    },
  },
  {
    name: 'laulin-2002-saline-morphine',
    description:
      'Rat: morphine 5 mg/kg s.c. alone, at the hour the fentanyl arms get it (Laulin 2002, control)',
    scenario: laulin2002(null),
  },
  ...[20, 60, 100].map((dose) => ({
    name: `laulin-2002-fentanyl-${dose}-morphine`,
    description: `Rat: fentanyl 4 × ${dose} µg/kg, then morphine 5 mg/kg in the early hyperalgesic phase — acute tolerance (Laulin 2002)`,
    scenario: laulin2002(dose),
  })),
  {
    name: 'laulin-2002-ketamine-fentanyl-60-morphine',
    description:
      'Rat: ketamine 10 mg/kg before fentanyl 4 × 60 µg/kg, then morphine 5 mg/kg — the full morphine effect is kept (Laulin 2002)',
    scenario: laulin2002(60, true),
  },
  {
    name: 'laulin-daily-morphine',
    description:
      'Rat: morphine 5 mg/kg s.c. once a day for 10 days — apparent tolerance from falling thresholds (facts #3)',
    scenario: { ...RAT, durationDays: 11, regimens: [dailyMorphine] },
  },
  {
    name: 'laulin-daily-morphine-mk801',
    description: 'Rat: the daily morphine course with MK-801 acting for 12 h after each dose (facts #3)',
    scenario: { ...RAT, durationDays: 11, regimens: [dailyMorphine], treatments: mk801WithEachDose },
  },
  {
    name: 'vanderah-2001-continuous',
    description:
      'Rat: steady s.c. morphine (pellet/pump) — hyperalgesia while delivery continues (facts #7–#9)',
    scenario: {
      ...RAT,
      durationDays: 8,
      regimens: [
        {
          kind: 'infusion',
          drug: 'morphine',
          route: 'subcutaneous',
          ratePerDay: CONTINUOUS_SC_MG_PER_KG_PER_DAY,
          startDay: 0,
        },
      ],
    },
  },
  {
    name: 'dunbar-1996-spinal',
    description: 'Rat: intrathecal morphine infusion for 7 days — spinal tolerance (facts #5)',
    scenario: spinal({}, 15),
  },
  {
    name: 'dunbar-1996-spinal-rvm-block',
    description: 'Rat: the spinal infusion with an RVM block from day 7 (facts #7)',
    scenario: spinal({ treatments: [{ kind: 'rvm-block', startDay: 7 }] }),
  },
  {
    name: 'dunbar-1996-spinal-antiserum',
    description: 'Rat: the spinal infusion with intrathecal dynorphin antiserum from day 7 (facts #10)',
    scenario: spinal({ treatments: [{ kind: 'dynorphin-antiserum', startDay: 7 }] }),
  },
  {
    name: 'dunbar-1996-spinal-mk801',
    description: 'Rat: the spinal infusion with MK-801 co-infused from day 0 (facts #5)',
    scenario: spinal({ treatments: [{ kind: 'mk-801', startDay: 0, stopDay: 7 }] }),
  },
  {
    name: 'dunbar-1996-spinal-mk801-day-7',
    description: 'Rat: the spinal infusion with MK-801 given only on day 7 (facts #5)',
    scenario: spinal({ treatments: [{ kind: 'mk-801', startDay: 7, stopDay: 8 }] }),
  },
  {
    name: 'johnston-2004-glia',
    description: 'Rat: intrathecal morphine 10 µg once a day for 5 days, read 36 h later (facts #11)',
    scenario: intrathecalDaily(5),
  },
  {
    name: 'johnston-2004-glia-1-dose',
    description: 'Rat: one intrathecal morphine dose of 10 µg, read 36 h later (facts #11)',
    scenario: intrathecalDaily(1),
  },
  {
    name: 'johnston-2004-glia-knockout',
    description: 'Rat: the 5-day intrathecal course with glia knocked out from day 0 (facts #11)',
    scenario: intrathecalDaily(5, { knockouts: [{ mechanism: 'glia', level: 0 }] }),
  },
  {
    name: 'johnston-2004-glia-il1ra',
    description:
      'Rat: the 5-day intrathecal course with a glial inhibitor (IL-1ra) from 12 h after the 5th dose (facts #11)',
    scenario: intrathecalDaily(5, { treatments: [{ kind: 'il-1ra', startDay: 4.5 }] }),
  },
  {
    name: 'grace-2016-injury-alone',
    description: 'Rat: an injury whose pain resolves with a 7-day half-life (facts #14)',
    scenario: { ...RAT, durationDays: 120, patient: { disease: injury(0) } },
  },
  {
    name: 'grace-2016-second-hit',
    description: 'Rat: the injury, with morphine 5 mg/kg twice a day for 5 days from day 10 (facts #14)',
    scenario: { ...RAT, durationDays: 120, patient: { disease: injury(0) }, regimens: [bidMorphine(10)] },
  },
  {
    name: 'grace-2016-before-injury',
    description:
      'Rat: the same morphine course ending 7 days before the injury — outside the window (facts #14)',
    scenario: { ...RAT, durationDays: 132, patient: { disease: injury(12) }, regimens: [bidMorphine(0)] },
  },
];
