import { ALL_FIVE_OFF, EVERY_HOURS, morphine, WEEK, type Preset } from './preset';
import type { MechanismId } from '../mechanisms/ids';

/**
 * Clinical presets (facts §3.4, "clinical presets used below"). The OIH state is morphine 240 MME/day for
 * 12 weeks with susceptibility 1.5; every management preset starts from it on day 84.
 */
const OIH_WEEKS = 12;
const OIH_DAY = OIH_WEEKS * WEEK;
const OIH_PATIENT = { susceptibility: 1.5 };

const escalationTrapRegimens = [
  {
    kind: 'steps' as const,
    drug: 'morphine' as const,
    route: 'oral' as const,
    everyHours: EVERY_HOURS,
    steps: [
      { day: 0, dosePerDay: 180 },
      { day: OIH_DAY, dosePerDay: 270 },
    ],
  },
];

const oihEscalation = {
  durationDays: 26 * WEEK,
  patient: { susceptibility: 1.5 },
  regimens: [
    {
      kind: 'escalation' as const,
      drug: 'morphine' as const,
      route: 'oral' as const,
      dosePerDay: 60,
      everyHours: EVERY_HOURS,
      stepAmount: 60,
      stepEveryDays: 2 * WEEK,
      maxPerDay: 240,
    },
  ],
};

/** The OIH state, then rotation to another drug at week 12 with the given MME reduction (facts §3.4 #13). */
function rotationFromOihState(toDrug: 'methadone' | 'buprenorphine', reductionPercent: number) {
  return {
    durationDays: OIH_DAY + 8 * WEEK,
    patient: OIH_PATIENT,
    regimens: [
      {
        kind: 'rotation' as const,
        drug: 'morphine' as const,
        route: 'oral' as const,
        dosePerDay: 240,
        everyHours: EVERY_HOURS,
        toDrug,
        toEveryHours: 8,
        switchDay: OIH_DAY,
        reductionPercent,
      },
    ],
  };
}

function knockout(mechanism: MechanismId): Preset {
  return {
    name: `knockout-${mechanism}`,
    description: `oih-escalation with ${mechanism} knocked out from day 0 (facts §3.4 #14)`,
    scenario: { ...oihEscalation, knockouts: [{ mechanism, level: 0 }] },
  };
}

export const CLINICAL_PRESETS: readonly Preset[] = [
  { name: 'naive', description: 'Disease pain 6, no opioid', scenario: { durationDays: 26 * WEEK } },
  {
    name: 'oih-state',
    description: 'Morphine 240 MME/day for 12 weeks, susceptibility 1.5: the OIH state (facts §3.4)',
    scenario: { durationDays: OIH_DAY, patient: OIH_PATIENT, regimens: [morphine(240)] },
  },
  {
    name: 'oih-maintained',
    description:
      'The OIH state continued at 240 MME/day for a year: the comparator of every management preset',
    scenario: { durationDays: 52 * WEEK, patient: OIH_PATIENT, regimens: [morphine(240)] },
  },
  {
    name: 'escalation-trap',
    description: 'Morphine 180 MME/day for 12 weeks, then +50 % (270) for 4 weeks (facts §3.4 #11)',
    scenario: { durationDays: OIH_DAY + 4 * WEEK, regimens: escalationTrapRegimens },
  },
  {
    name: 'tolerance-only',
    description: 'escalation-trap with all five mechanisms knocked out from day 0: tolerance without OIH',
    scenario: {
      durationDays: OIH_DAY + 4 * WEEK,
      regimens: escalationTrapRegimens,
      knockouts: [...ALL_FIVE_OFF],
    },
  },
  {
    name: 'tolerance-only-maintained',
    description:
      'tolerance-only patient kept at 180 MME/day: the comparator of the rotation check (facts §3.4 #13)',
    scenario: { durationDays: OIH_DAY + 4 * WEEK, regimens: [morphine(180)], knockouts: [...ALL_FIVE_OFF] },
  },
  {
    name: 'tolerance-only-rotate-methadone',
    description: 'tolerance-only, rotated to methadone with 33 % fewer MME at week 12 (facts §3.4 #13)',
    scenario: {
      durationDays: OIH_DAY + 4 * WEEK,
      regimens: [
        {
          kind: 'rotation',
          drug: 'morphine',
          route: 'oral',
          dosePerDay: 180,
          everyHours: EVERY_HOURS,
          toDrug: 'methadone',
          toEveryHours: 8,
          switchDay: OIH_DAY,
          reductionPercent: 33,
        },
      ],
      knockouts: [...ALL_FIVE_OFF],
    },
  },
  {
    name: 'tolerance-only-rotate-buprenorphine',
    description: 'tolerance-only, rotated to buprenorphine with 25 % fewer MME at week 12 (calibration of χ)',
    scenario: {
      durationDays: OIH_DAY + 4 * WEEK,
      regimens: [
        {
          kind: 'rotation',
          drug: 'morphine',
          route: 'oral',
          dosePerDay: 180,
          everyHours: EVERY_HOURS,
          toDrug: 'buprenorphine',
          toEveryHours: 8,
          switchDay: OIH_DAY,
          reductionPercent: 25,
        },
      ],
      knockouts: [...ALL_FIVE_OFF],
    },
  },
  {
    name: 'oih-escalation',
    description: 'Susceptibility 1.5; morphine 60 MME/day rising by 60 every 2 weeks to 240, held to week 26',
    scenario: oihEscalation,
  },
  {
    name: 'oih-escalation-all-knockouts',
    description: 'oih-escalation with all five mechanisms at 0 from day 0 (facts §3.4 #14)',
    scenario: { ...oihEscalation, knockouts: [...ALL_FIVE_OFF] },
  },
  {
    name: 'tolerance-only-120',
    description: 'Susceptibility 1.5, 120 MME/day for 4 weeks, all five mechanisms at 0 (facts §3.4 #14)',
    scenario: {
      durationDays: 4 * WEEK,
      patient: { susceptibility: 1.5 },
      regimens: [morphine(120)],
      knockouts: [...ALL_FIVE_OFF],
    },
  },
  knockout('nmda'),
  knockout('rvm'),
  knockout('glia'),
  knockout('dynorphin'),
  knockout('hcn2'),
  {
    name: 'taper-10-per-week',
    description:
      'From the OIH state, cut 10 % of the current dose each week; below 30 MME/day one more week, then stop',
    scenario: {
      durationDays: 300,
      patient: OIH_PATIENT,
      regimens: [
        {
          kind: 'taper',
          drug: 'morphine',
          route: 'oral',
          dosePerDay: 240,
          everyHours: EVERY_HOURS,
          taperStartDay: OIH_DAY,
          percent: 10,
          floorPerDay: 30,
        },
      ],
    },
  },
  {
    name: 'taper-20-per-week',
    description:
      'From the OIH state, cut 20 % of the current dose each week; below 30 MME/day one more week, then stop',
    scenario: {
      durationDays: 230,
      patient: OIH_PATIENT,
      regimens: [
        {
          kind: 'taper',
          drug: 'morphine',
          route: 'oral',
          dosePerDay: 240,
          everyHours: EVERY_HOURS,
          taperStartDay: OIH_DAY,
          percent: 20,
          floorPerDay: 30,
        },
      ],
    },
  },
  {
    name: 'abrupt-stop',
    description: 'The OIH state, then the opioid stops at once on day 84',
    scenario: { durationDays: OIH_DAY + 160, patient: OIH_PATIENT, regimens: [morphine(240, 0, OIH_DAY)] },
  },
  {
    name: 'rotate-methadone',
    description: 'The OIH state, then methadone with 33 % fewer MME from week 12',
    scenario: rotationFromOihState('methadone', 33),
  },
  {
    name: 'rotate-buprenorphine',
    description: 'The OIH state, then sublingual buprenorphine with 25 % fewer MME from week 12',
    scenario: rotationFromOihState('buprenorphine', 25),
  },
  {
    name: 'ketamine-rescue',
    description: 'The OIH state, morphine continued, plus low-dose ketamine for 8 weeks from week 12',
    scenario: {
      durationDays: OIH_DAY + 8 * WEEK,
      patient: OIH_PATIENT,
      regimens: [morphine(240)],
      treatments: [{ kind: 'ketamine', startDay: OIH_DAY, stopDay: OIH_DAY + 8 * WEEK }],
    },
  },
];
