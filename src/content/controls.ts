import { beforeWords as B } from './before';

/**
 * Words of the scenario controls, the compare mode and the live summary (step 5). Doses are always those of
 * the virtual patient, in MME per day (mg/kg per day in rat experiments) — never an amount of a real drug.
 */
export const controlWords = {
  panelLabel: 'Scenario controls',
  tabs: {
    scenario: 'Scenario',
    dosing: 'Dosing',
    addons: 'Add-on treatments',
    mechanisms: 'Mechanisms',
    patient: 'Patient',
    compare: 'Compare',
  },
  presetLabel: 'Ready-made scenario',
  presetOpen: 'Open',
  resetAll: 'Reset all',
  resetAllHint: 'Back to the scenario as first opened, day 0, compare off',
  undo: 'Undo',
  saveFile: 'Save scenario file',
  loadFile: 'Open scenario file',
  fileSaved: 'Scenario saved as a file.',
  fullScreen: 'Full screen',
  hideEditor: 'Hide controls',
  showEditor: 'Show controls',
  /**
   * The clock's four step buttons, by how the run is told (content/run-time.ts): a course in weeks steps by a
   * week or a day, an experiment of days by a day or an hour, one of hours by six hours or one.
   */
  clockSteps: {
    weeks: [
      { days: -7, label: '−1 wk', title: 'One week back' },
      { days: -1, label: '−1 d', title: 'One day back' },
      { days: 1, label: '+1 d', title: 'One day forward' },
      { days: 7, label: '+1 wk', title: 'One week forward' },
    ],
    days: [
      { days: -1, label: '−1 d', title: 'One day back' },
      { days: -1 / 24, label: '−1 h', title: 'One hour back' },
      { days: 1 / 24, label: '+1 h', title: 'One hour forward' },
      { days: 1, label: '+1 d', title: 'One day forward' },
    ],
    hours: [
      { days: -0.25, label: '−6 h', title: 'Six hours back' },
      { days: -1 / 24, label: '−1 h', title: 'One hour back' },
      { days: 1 / 24, label: '+1 h', title: 'One hour forward' },
      { days: 0.25, label: '+6 h', title: 'Six hours forward' },
    ],
  } as const,
  speedLabel: 'Speed',
  speeds: {
    [1 / 24]: '1 hour/s',
    0.25: '6 hours/s',
    1: '1 day/s',
    3.5: '½ week/s',
    7: '1 week/s',
  } as Readonly<Record<number, string>>,
  doseNow: (when: string, dose: string, drug: string) => `${when}: ${dose} of ${drug}`,
  noOpioidNow: (when: string) => `${when}: no opioid`,
  fromNow: 'From now on',
  startLegend: 'Starting regimen (from day 0)',
  drugLabel: 'Drug',
  startDoseLabel: 'Dose (MME/day)',
  /** A rat's doses are per kg of body weight: no MME. */
  startDoseLabelRat: 'Dose (mg/kg/day)',
  everyLabel: 'Every',
  hours: (h: number) => `${h} h`,
  scheduleLabel: 'Schedule',
  schedules: { fixed: 'Steady dose', escalating: 'Rising: +25 % every 2 weeks', none: 'No opioid' },
  applyStart: 'Apply from day 0',
  ratNote: 'Rat experiments keep their laboratory protocol; the from-now actions still work.',
  changeDoseLabel: 'Change dose by',
  changeDose: 'Change dose',
  taperLabel: 'Taper: cut',
  taperPer: 'of the dose each',
  perWeek: 'week',
  perMonth: 'month',
  startTaper: 'Start taper',
  stopOpioid: 'Stop the opioid now',
  rotateLabel: 'Rotate to',
  rotateReduction: 'with fewer MME (%)',
  rotateReductionRat: 'with a lower dose (%)',
  rotate: 'Rotate',
  rotateExplain: (pct: number, from: string, to: string) =>
    `In the model the new drug starts ${pct} % lower, a teaching device for incomplete cross-tolerance: ${from} → ${to}. Not a conversion rule — a real switch starts substantially lower and is set by a clinician.`,
  durationLabel: 'Course length',
  weeks: (w: number) => `${w} weeks`,
  addonsLegend: 'Given from now on (uncheck to stop from now on)',
  addonGroups: { drug: 'Drugs beside the opioid', nonDrug: 'Non-drug therapies' },
  mechanismsLegend: 'Switch each mechanism on or off, or set its strength (whole course)',
  mechanismStrength: (name: string) => `${name} strength`,
  mechanismOn: (name: string) => `${name} on`,
  explainMechanism: 'What is this?',
  patientLegend: 'The virtual patient',
  /** Opens the cohort view (issue 21); its own words are in cohort-words.ts, loaded with it. */
  cohortOpen: '200 patients like this one',
  cohortOpenHint:
    'Run this scenario for a seeded group of virtual patients whose OIH susceptibility and drug clearance vary',
  susceptibilityLabel: 'OIH susceptibility (1 typical, 0 none)',
  baselineLabel: 'Pain from the disease itself (0–10)',
  compareLegend: 'Compare two scenarios on one clock',
  compareBLabel: 'Scenario B',
  compareCopyOfA: 'A copy of A as it is now',
  compareStart: 'Start comparing',
  compareStop: 'Stop comparing',
  sceneShows: 'The pathway shows',
  editsGoTo: 'Controls change',
  sideName: { a: 'A', b: 'B' },
  sceneTitle: (side: string, name: string) => `Pain pathway — ${side}: ${name}`,
  fileProblem: 'That file could not be opened:',
  fileTooBig: 'The file is larger than 1 MB; a scenario file is a few kB.',
  fileNotJson: 'It is not a JSON file.',
} as const;

/**
 * Words of the live summary under the controls: the last change, then where pain is now — at the clock's
 * time, which it follows — against the run before that change ("before your change 9.5, −0.6").
 */
export const summaryWords = {
  /** "Week 8" or "Week 8, day 3"; "Week 8, day 0" as the clock's readout says it. */
  when: (week: number, day: number, withDay = false) =>
    day === 0 && !withDay ? `Week ${week}` : `Week ${week}, day ${day}`,
  /** The dose a change resolved to, added to its sentence. */
  withDose: (said: string, dose: string, unit: string) => `${said}: now ${dose} ${unit}.`,
  /** The clock's time and the pain then ("8.2/10", or each side's in compare mode). */
  now: (when: string, pain: string) => `Now, ${when.toLowerCase()}: pain ${pain}`,
  sidePain: (side: string, pain: string) => `${side} ${pain}/10`,
  moved: { same: 'unchanged from', up: 'up from', down: 'down from' },
  /** Pain at the same time in the run before the change, and the difference: "(before your change 9.5, −0.6)". */
  beforeChange: (before: string, delta: string) => `(${B.phrase} ${before}, ${B.difference(delta)})`,
  /** A change to the whole course, compared at the clock's time. */
  versusBefore: (before: string) => ` ${before}.`,
  /** A from-now change, once the clock has passed it: where pain was when it was made. */
  versusThen: (moved: string, then: string, when: string, before: string) =>
    `, ${moved} ${then} at ${when.toLowerCase()} ${before}.`,
  /** A from-now change before the clock has shown its weeks: what the model predicts a few weeks on. */
  forecast: (when: string, pain: string, before: string) =>
    `. By ${when.toLowerCase()}: pain ${pain}/10 ${before}.`,
  comparing: (a: string, b: string) => `Comparing A: ${a} with B: ${b}.`,
  copyOf: (title: string) => `copy of ${title}`,
  resetAll: (title: string) => `Reset all: ${title} as first opened, day 0.`,
} as const;

/** Treatments offered as add-ons, grouped as the seed's management section groups them. */
export const addonGroups = {
  drug: ['ketamine', 'gabapentinoid', 'nsaid'],
  nonDrug: ['exercise', 'cbt', 'acupuncture', 'massage'],
} as const;

/** Plain labels of the add-ons (the model's labels carry lab names). */
export const addonLabels: Readonly<Record<string, string>> = {
  ketamine: 'Ketamine, low dose (NMDA antagonist)',
  gabapentinoid: 'Gabapentinoid (gabapentin, pregabalin)',
  nsaid: 'NSAID or acetaminophen',
  exercise: 'Exercise and physical therapy',
  cbt: 'Cognitive behavioural therapy (CBT)',
  acupuncture: 'Acupuncture (weak evidence)',
  massage: 'Massage (weak evidence)',
};
