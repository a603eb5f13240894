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
  'No study measured this setup: it is a check the model composes from several papers, so there are no published points.';

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
    'composed by the model from several papers: hyperalgesia grows with the dose and with repeated exposure (Célèrier 2000, Laulin 1999, Chen 2009); tolerance shifts the dose–response curve, OIH lowers the pain threshold',
  alsoCites: [CHEN_2009],
  species: 'virtual-patient',
  question:
    'When pain returns on a steady opioid dose, does raising the dose help — with tolerance, and with OIH?',
  whyItMattered:
    'In the model, with tolerance alone a higher dose restores relief; with OIH it helps for a few days, then pain worsens and spreads. In patients OIH is a diagnosis of exclusion (disease progression, withdrawal between doses, opioid use disorder, other pain syndromes). CDC 2022 advises against dose increases unlikely to add benefit, and naloxone at 50 MME/day or more.',
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
    'In the model more drug buys less relief with OIH because part of the way OIH hides the analgesia grows with the exposure: grounded in the anti-opioid action of CCK in the brainstem (Xie 2005), but its form and size are the model’s; the growth of the painful area sits near the edge of its accepted range.',
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
  basis:
    'composed by the model from the rat and human studies: tolerance shifts the dose–response curve to the right; OIH lowers the pain threshold even at zero dose',
  alsoCites: [],
  species: 'virtual-patient',
  question:
    'From the OIH state, if each daily dose is then kept for 12 more weeks, is there a dose beyond which more drug means more pain?',
  whyItMattered:
    'In the model it separates the two explanations of “the opioid stopped working”: with tolerance alone the curve keeps falling (more drug, less pain); with OIH it has a best dose and rises past it.',
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
    'Where the curve turns is the virtual patient’s (its susceptibility of 1.5 and the dose at which OIH starts are teaching assumptions), not a dose known to apply to people.',
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
  {
    group: 'rotate to methadone (model’s 33 % dose reduction; not a conversion rule)',
    preset: 'rotate-methadone',
  },
  {
    group: 'rotate to buprenorphine (model’s dose reduction; no MME factor exists for buprenorphine)',
    preset: 'rotate-buprenorphine',
  },
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
  basis:
    'composed by the model from the management levers the papers suggest: d-methadone’s NMDA block (Davis 1999), buprenorphine’s antihyperalgesia (Koppert 2005), ketamine’s NMDA block',
  alsoCites: [KOPPERT_2005, DAVIS_1999],
  species: 'virtual-patient',
  question:
    'From the OIH state, do rotation to methadone or buprenorphine, or added ketamine, lower pain within 4 weeks?',
  whyItMattered:
    'They are levers clinicians discuss short of tapering: switching to a drug with NMDA antagonism (methadone) or antihyperalgesic action (buprenorphine), or adding an NMDA blocker (ketamine). The model tests whether its mechanisms make them work; no trial has compared them in OIH.',
  design: {
    drug: 'morphine, then methadone or buprenorphine; or morphine + ketamine',
    doseText:
      '240 MME/day for 12 weeks, then methadone or buprenorphine at the model’s reduced dose (33 % or 25 % below the morphine’s MME: a teaching device, not a conversion), or low-dose ketamine',
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
    'Rotation’s benefit rests on teaching assumptions with thin evidence: methadone’s and buprenorphine’s tolerance induction are calibrated with their MME cuts, and the model assumes ketamine blocks about half of the NMDA drive. The cut is a device for incomplete cross-tolerance, not a conversion rule. ' +
    'Real rotation does not use MME: methadone is started far lower than any MME sum suggests (long, variable half-life; breathing slows most after the pain relief peaks; QT prolongation; drug interactions; dose changes no more often than every 5–7 days), under a specialist. Buprenorphine needs a planned start (withdrawal first, or low-dose overlap) to avoid precipitated withdrawal. ' +
    'Ketamine for chronic pain has variable evidence (2018 ASRA/AAPM/ASA consensus) and causes dissociation, raised blood pressure and, with repeated use, bladder toxicity.',
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

/** Each knock-out in plain words (the presets' ids are the model's). */
const MECHANISMS = [
  ['nmda', 'NMDA (spinal) off'],
  ['rvm', 'RVM descending facilitation off'],
  ['glia', 'glia off'],
  ['dynorphin', 'dynorphin off'],
  ['hcn2', 'HCN2 (hypothetical) off'],
] as const;
const KNOCKOUTS = [
  { group: 'all five mechanisms', preset: 'oih-escalation' },
  ...MECHANISMS.map(([m, group]) => ({ group, preset: `knockout-${m}` })),
  { group: 'all five mechanisms off', preset: 'oih-escalation-all-knockouts' },
];
const SUSCEPTIBILITY = [0, 1, 2].map((s) => ({
  group: `600 MME/day, susceptibility ${s}`,
  preset: `chronic-600-mme-26-weeks${s === 1 ? '' : `-s${s}`}`,
}));
const KNOCKOUT_RUNS = [
  ...KNOCKOUTS,
  { group: 'all five mechanisms off, 120 MME/day for 4 weeks', preset: 'tolerance-only-120' },
  ...SUSCEPTIBILITY,
];
const knockouts: Experiment = {
  id: 'knockouts-susceptibility',
  items: [14],
  title: 'Switch the mechanisms off one by one; vary who is susceptible',
  citation: null,
  basis:
    'the model’s own check, from what the papers show together: each mechanism contributes, and OIH depends on dose, duration and the person (Chu 2012, Chen 2009, Holtman 2005)',
  alsoCites: [HOLTMAN_2005],
  species: 'virtual-patient',
  question:
    'Does each of the five mechanisms add to the sensitization, is tolerance left when all are off, and does susceptibility decide who gets OIH?',
  whyItMattered:
    'It is the model’s own experiment: OIH comes from several mechanisms together, tolerance is a separate process, and people differ (in rats, Holtman 2005: stronger in females).',
  design: {
    drug: 'morphine, oral',
    doseText:
      '60 MME/day rising by 60 every 2 weeks to 240, held to week 26 (susceptibility 1.5); 120 MME/day for 4 weeks with all five mechanisms off; 600 MME/day for 26 weeks',
    schedule: [
      { atDays: 0, untilDays: 182, label: 'morphine 60 → 240 MME/day in steps of 60 every 2 weeks' },
      { atDays: 112, label: 'sensitization compared in week 16' },
      { atDays: 0, untilDays: 182, label: '600 MME/day at susceptibility 0, 1 or 2' },
      {
        atDays: 0,
        untilDays: 28,
        label: '120 MME/day with all five mechanisms off; tolerance read on day 28',
      },
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
    'Who gets OIH — the dose at which it starts, how fast it comes and how much susceptibility varies — is a teaching assumption: the shares are the model’s, not epidemiology; the deeper low point at susceptibility 2 is by a small margin, and the HCN2 arm is a hypothesis no primary paper has confirmed for OIH.',
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
