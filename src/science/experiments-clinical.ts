/**
 * The clinical checks of facts §3.4 (items 11–14), as the Experiments view shows them, in MME/day and days.
 * They are checks the facts compose from several papers, not one study: their citation is null, their
 * basis says where they come from, and they have no published points.
 */
import { CHEN_2009, DAVIS_1999, HOLTMAN_2005, KOPPERT_2005 } from './citations';
import type { Experiment } from './experiment';

const OIH_DAY = 84;
const PAIN = { series: 'painScore' as const, yLabel: 'pain', yUnit: '0–10' };
const NO_STUDY =
  'No study measured this setup: it is a check the facts compose from several papers, so there are no published points.';

const TRAP = [
  { group: 'OIH (all five mechanisms)', preset: 'escalation-trap' },
  { group: 'tolerance only (all five knocked out)', preset: 'tolerance-only' },
];
const escalationTrap: Experiment = {
  id: 'escalation-trap',
  items: [11],
  title: 'The escalation trap: a higher dose helps for days, then hurts',
  citation: null,
  basis:
    'facts §1.1 (dose escalation worsens OIH; tolerance and OIH on the dose–response curve), from facts #1, #3 and #22',
  alsoCites: [CHEN_2009],
  species: 'patient',
  question:
    'When pain returns on a steady opioid dose, does raising the dose help — with tolerance, and with OIH?',
  whyItMattered:
    'It is the clinical trap the paradox sets: with tolerance alone a higher dose restores relief; with OIH it helps for a few days and then pain is worse, spreads and light touch hurts.',
  design: {
    drug: 'morphine, oral',
    doseText: '180 MME/day for 12 weeks, then +50 % (270 MME/day) for 4 weeks',
    schedule: [
      { atDays: 0, untilDays: OIH_DAY, label: 'morphine 180 MME/day' },
      { atDays: OIH_DAY, untilDays: OIH_DAY + 28, label: 'morphine 270 MME/day (+50 %)' },
    ],
    assay: 'pain (0–10), painful area, allodynia',
    groups: TRAP.map((t) => t.group),
  },
  presets: TRAP,
  plots: [
    {
      id: 'pain',
      kind: 'time',
      title: 'Pain around the step',
      timeUnit: 'days',
      from: 70,
      to: 112,
      ...PAIN,
      curves: TRAP,
    },
    {
      id: 'area',
      kind: 'time',
      title: 'Painful area',
      series: 'painAreaFraction',
      timeUnit: 'days',
      from: 70,
      to: 112,
      yLabel: 'painful share of the body',
      yUnit: '0–1',
      curves: TRAP,
    },
  ],
  published: [],
  missing: NO_STUDY,
  honestLine:
    'More drug buys less relief with OIH through the exposure-dependent share of the masking: grounded in RVM CCK’s anti-opioid action (facts #9), but its form and size are the model’s; the area’s growth sits near its bound.',
  whatIf: {
    kind: 'dose',
    label: 'dose increase at week 12',
    unit: '%',
    min: 0,
    max: 100,
    step: 10,
    default: 50,
    appliesTo: 'escalation-trap',
  },
};

const doseResponseShape: Experiment = {
  id: 'dose-response-shape',
  items: [12],
  title: 'With OIH, the dose–response curve turns back up',
  citation: null,
  basis: 'facts §1.1 (tolerance is a rightward shift; OIH a fall in the threshold at zero dose)',
  alsoCites: [],
  species: 'patient',
  question:
    'From the OIH state, if each daily dose is then kept for 12 more weeks, is there a dose beyond which more drug means more pain?',
  whyItMattered:
    'It separates the two explanations of “the opioid stopped working”: with tolerance alone the curve keeps falling (more drug, less pain); with OIH it has a best dose and rises past it.',
  design: {
    drug: 'morphine, oral',
    doseText:
      '240 MME/day for 12 weeks (the OIH state, susceptibility 1.5), then each daily dose of the curve for 12 more weeks',
    schedule: [
      { atDays: 0, untilDays: OIH_DAY, label: 'morphine 240 MME/day (the OIH state)' },
      { atDays: OIH_DAY, untilDays: 2 * OIH_DAY, label: 'each daily dose of the curve, kept for 12 weeks' },
    ],
    assay: 'pain (0–10) after the 12 more weeks at each dose',
    groups: ['OIH state', 'tolerance-only twin (computed with the curve)'],
  },
  presets: [{ group: 'OIH state', preset: 'oih-state' }],
  plots: [
    {
      id: 'curve',
      kind: 'maintained-dose-response',
      title: 'Pain after 12 more weeks at each daily dose, from the OIH state',
      preset: 'oih-state',
      readDay: OIH_DAY,
      xLabel: 'daily dose',
      xUnit: 'MME/day',
      yLabel: 'pain',
      yUnit: '0–10',
    },
  ],
  published: [],
  missing: NO_STUDY,
  honestLine:
    'Where the curve turns is the virtual patient’s (susceptibility 1.5 and the drive threshold are teaching assumptions), not a dose known to apply to people.',
  whatIf: {
    kind: 'readDay',
    label: 'day of the OIH course the curve starts from',
    unit: 'day',
    min: 7,
    max: 84,
    step: 7,
    default: 84,
    appliesTo: 'oih-state',
  },
};

const MANAGEMENT = [
  { group: 'continue 240 MME/day', preset: 'oih-maintained' },
  { group: 'rotate to methadone (33 % fewer MME)', preset: 'rotate-methadone' },
  { group: 'rotate to buprenorphine (25 % fewer MME)', preset: 'rotate-buprenorphine' },
  { group: 'add ketamine for 8 weeks', preset: 'ketamine-rescue' },
];
const TOLERANCE_ROTATION = [
  { group: 'tolerance only, continue 180 MME/day', preset: 'tolerance-only-maintained' },
  { group: 'tolerance only, rotate to methadone', preset: 'tolerance-only-rotate-methadone' },
];
const management: Experiment = {
  id: 'oih-management',
  items: [13],
  title: 'Getting out of OIH: rotation and ketamine',
  citation: null,
  basis: 'facts §3.3 (management levers) and §3.4 #13',
  alsoCites: [KOPPERT_2005, DAVIS_1999],
  species: 'patient',
  question:
    'From the OIH state, do rotation to methadone or buprenorphine, or added ketamine, lower pain within 4 weeks?',
  whyItMattered:
    'They are the levers a clinician has short of tapering: a drug with NMDA antagonism or antihyperalgesic action, at a lower MME, or an NMDA blocker added.',
  design: {
    drug: 'morphine, then methadone or buprenorphine; or morphine + ketamine',
    doseText:
      '240 MME/day for 12 weeks, then methadone (−33 % MME), buprenorphine (−25 %) or low-dose ketamine',
    schedule: [
      { atDays: 0, untilDays: OIH_DAY, label: 'morphine 240 MME/day (the OIH state)' },
      { atDays: OIH_DAY, label: 'switch, or ketamine added (for 8 weeks)' },
      { atDays: OIH_DAY + 27, label: 'pain compared, 4 weeks later' },
    ],
    assay: 'pain (0–10)',
    groups: [...MANAGEMENT, ...TOLERANCE_ROTATION].map((m) => m.group),
  },
  presets: [...MANAGEMENT, ...TOLERANCE_ROTATION],
  plots: [
    {
      id: 'pain',
      kind: 'time',
      title: 'Pain from the OIH state',
      timeUnit: 'days',
      from: 70,
      to: 140,
      ...PAIN,
      curves: MANAGEMENT,
    },
    {
      id: 'tolerance-only',
      kind: 'time',
      title: 'The same rotation without OIH',
      timeUnit: 'days',
      from: 70,
      to: 112,
      ...PAIN,
      curves: TOLERANCE_ROTATION,
    },
  ],
  published: [],
  missing: `${NO_STUDY} Koppert 2005 (buprenorphine antihyperalgesic in volunteers) and Davis 1999 (d-methadone prevents tolerance in rodents) support the direction, not the sizes.`,
  honestLine:
    'Rotation’s benefit rests on teaching assumptions with thin evidence: methadone’s and buprenorphine’s tolerance induction are calibrated with their MME cuts, and ketamine in people blocks about half of the NMDA drive. The cut is a device for incomplete cross-tolerance, not a conversion rule.',
  whatIf: {
    kind: 'dose',
    label: 'MME cut at the switch to methadone',
    unit: '%',
    min: 0,
    max: 75,
    step: 1,
    default: 33,
    appliesTo: 'rotate-methadone',
  },
};

const MECHANISMS = ['nmda', 'rvm', 'glia', 'dynorphin', 'hcn2'] as const;
const KNOCKOUTS = [
  { group: 'all five mechanisms', preset: 'oih-escalation' },
  ...MECHANISMS.map((m) => ({ group: `${m} knocked out`, preset: `knockout-${m}` })),
  { group: 'all five knocked out', preset: 'oih-escalation-all-knockouts' },
];
const SUSCEPTIBILITY = [0, 1, 2].map((s) => ({
  group: `600 MME/day, susceptibility ${s}`,
  preset: `chronic-600-mme-26-weeks${s === 1 ? '' : `-s${s}`}`,
}));
const KNOCKOUT_RUNS = [
  ...KNOCKOUTS,
  { group: 'all five knocked out, 120 MME/day for 4 weeks', preset: 'tolerance-only-120' },
  ...SUSCEPTIBILITY,
];
const knockouts: Experiment = {
  id: 'knockouts-susceptibility',
  items: [14],
  title: 'Switch the mechanisms off one by one; vary who is susceptible',
  citation: null,
  basis:
    'facts §3.4 #14 (each mechanism contributes) and §4.7 (OIH is dose- and duration-dependent and individually variable)',
  alsoCites: [HOLTMAN_2005],
  species: 'patient',
  question:
    'Does each of the five mechanisms add to the sensitization, is tolerance left when all are off, and does susceptibility decide who gets OIH?',
  whyItMattered:
    'It is the model’s own experiment: OIH comes from several mechanisms together, tolerance is a separate process, and people differ (Holtman 2005: stronger in females).',
  design: {
    drug: 'morphine, oral',
    doseText:
      '60 MME/day rising by 60 every 2 weeks to 240, held to week 26 (susceptibility 1.5); 120 MME/day for 4 weeks with all five off; 600 MME/day for 26 weeks',
    schedule: [
      { atDays: 0, untilDays: 182, label: 'morphine 60 → 240 MME/day in steps of 60 every 2 weeks' },
      { atDays: 112, label: 'sensitization compared in week 16' },
      { atDays: 0, untilDays: 182, label: '600 MME/day at susceptibility 0, 1 or 2' },
      { atDays: 0, untilDays: 28, label: '120 MME/day with all five knocked out; tolerance read on day 28' },
    ],
    assay: 'sensitization and threshold (the model’s readouts)',
    groups: KNOCKOUT_RUNS.map((k) => k.group),
  },
  presets: KNOCKOUT_RUNS,
  plots: [
    {
      id: 'sensitization',
      kind: 'time',
      title: 'Sensitization with each mechanism knocked out',
      series: 'sensitization',
      timeUnit: 'days',
      from: 0,
      to: 182,
      yLabel: 'sensitization',
      yUnit: 'model units',
      curves: KNOCKOUTS,
    },
    {
      id: 'susceptibility',
      kind: 'time',
      title: 'Threshold at 600 MME/day by susceptibility',
      series: 'thresholdRelative',
      timeUnit: 'days',
      from: 0,
      to: 182,
      yLabel: 'pain threshold, relative to before opioids',
      yUnit: '× baseline',
      curves: SUSCEPTIBILITY,
    },
  ],
  published: [],
  missing: NO_STUDY,
  honestLine:
    'Who gets OIH — the drive threshold, its onset and susceptibility’s spread — is a teaching assumption: the shares are the model’s, not epidemiology; the deeper nadir at s = 2 is by a small margin, and the HCN2 arm is a hypothesis no primary paper has confirmed for OIH (facts §4.4).',
  whatIf: {
    kind: 'dose',
    label: 'daily dose',
    unit: 'MME/day',
    min: 60,
    max: 600,
    step: 30,
    default: 600,
    appliesTo: 'chronic-600-mme-26-weeks',
  },
};

export const CLINICAL_EXPERIMENTS: readonly Experiment[] = [
  escalationTrap,
  doseResponseShape,
  management,
  knockouts,
];
