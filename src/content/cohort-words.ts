/**
 * Words of the virtual cohort (issue 21): "200 patients like this one", its charts, progress and shares. Kept
 * as data like the other views' words; the functions only fill numbers into a sentence.
 */
import type { CohortClass } from '../model';

const one = (x: number) => (Math.round(x * 10) / 10).toFixed(1);
/** A threshold relative to normal, as the time course writes it ("0.64×"). */
const times = (x: number) => `${x.toFixed(2)}×`;

export const cohortWords = {
  title: (n: number) => `${n} patients like this one`,
  intro:
    'The same scenario for a group of virtual patients: each has its own OIH susceptibility and drug clearance, drawn from the seed. Not every patient gets OIH.',
  close: 'Close',
  sizeLabel: 'Patients',
  seedLabel: 'Seed',
  newSeed: 'New seed',
  run: 'Run again',
  cancel: 'Cancel',
  exportCsv: 'Download outcomes (CSV)',
  /** Starts with the button's visible words (its accessible name must contain them). */
  exportCsvLabel: (n: number, seed: number) => `Download outcomes (CSV) of the ${n} patients, seed ${seed}`,
  progressLabel: 'Patients computed',
  progressText: (done: number, total: number) => `${done} of ${total}`,
  started: (total: number) => `Computing ${total} patients.`,
  milestone: (done: number, total: number) => `${done} of ${total} patients computed.`,
  finished: (total: number, worse: number) =>
    `All ${total} patients computed: ${worse} of ${total} worse than without the opioid.`,
  cancelled: (done: number, total: number) => `Cancelled after ${done} of ${total} patients.`,
  failed: (message: string) => `The cohort could not be computed: ${message}`,
  weekLabel: 'Week shown',
  weekValue: (week: string) => `Week ${week}`,
  sharesHeading: (week: string) => `At week ${week}`,
  sharesSoFar: (done: number, total: number) => `(${done} of ${total} patients so far)`,
  worse: (count: number, total: number) => `${count} of ${total} worse than without the opioid`,
  allodynia: (count: number, total: number) => `${count} of ${total} with allodynia (light touch hurts)`,
  toleranceOnly: (count: number, total: number) => `${count} of ${total} tolerance only (no OIH)`,
  pickLabel: 'Patient',
  pickButton: 'Open this patient',
  pickHint:
    'Opens the patient as the current scenario (its susceptibility and clearance), so you can look inside it.',
  pickOption: (index: number, pain: number, className: string, susceptibility: number) =>
    `Patient ${index + 1}: pain ${one(pain)}, ${className} (susceptibility ${susceptibility.toFixed(2)})`,
  noPatients: 'No patients yet',
  /** Compare mode: A's and B's cohorts side by side, the same patients (seed) on two regimens. */
  compareLabel: 'Compare A and B',
  compareHint: 'Both scenarios run on the same patients (the same seed), so a difference is the regimen’s.',
  compareOff:
    'Choose scenario B and tick the box: the app then compares A with B (the Compare tab stops it), and both run on the same patients.',
  compareBLabel: 'Scenario B',
  compareCopyOfA: 'A copy of A (change B later in the controls)',
  sideTitle: (side: 'A' | 'B', title: string) => `${side}: ${title}`,
  sideProgressLabel: (side: 'A' | 'B') => `Patients computed for ${side}`,
  sidePickLabel: (side: 'A' | 'B') => `Patient of ${side}`,
  sidePickButton: (side: 'A' | 'B') => `Open this patient in ${side}`,
  sideStatus: (side: 'A' | 'B', sentence: string) => `${side}: ${sentence}`,
  contrastHeading: 'A and B',
  /** One sentence that names both counts (issue 21: "62 of 200 on A and 118 of 200 on B"). */
  contrast: (week: string, a: number, na: number, b: number, nb: number) =>
    `At week ${week}, ${a} of ${na} patients on A and ${b} of ${nb} on B have more pain than without the opioid.`,
  /** When one course ends before the week shown, each side is read at its own last week. */
  contrastWeeks: (weekA: string, a: number, na: number, weekB: string, b: number, nb: number) =>
    `${a} of ${na} patients on A (at week ${weekA}) and ${b} of ${nb} on B (at week ${weekB}) have more pain than without the opioid.`,
  contrastSoFar: '(Counts of the patients computed so far.)',
  contrastWaiting: 'The sentence comparing A and B appears when both cohorts have patients.',
  exportCompareCsvLabel: (n: number, seed: number) =>
    `Download outcomes (CSV) of A and B, ${n} patients each, seed ${seed}`,
} as const;

/** A class's name in sentences and its legend line (shape and fill as well as colour). */
export const cohortClassWords: Readonly<Record<CohortClass, { name: string; legend: string }>> = {
  worse: { name: 'worse than without the opioid', legend: 'Filled triangle: worse than without the opioid' },
  hyperalgesia: {
    name: 'hyperalgesia hidden by relief',
    legend: 'Filled diamond: hyperalgesia, but relief still keeps pain at or under untreated',
  },
  'tolerance-only': { name: 'tolerance only', legend: 'Open square: tolerance only, no OIH' },
  neither: { name: 'neither', legend: 'Open circle: still relieved, little tolerance' },
};

export const cohortChartWords = {
  fanTitle: 'Pain over time in the cohort',
  fanY: 'Pain score (0–10)',
  fanX: 'Time (weeks)',
  median: 'Median',
  middleHalf: 'Middle half (25–75 %)',
  middle90: '90 % of patients (5–95 %)',
  thisPatient: 'This patient',
  untreated: 'Without the opioid',
  fanLegend: {
    median: 'Solid line: median',
    middleHalf: 'Inner band: middle half of patients (25–75 %)',
    middle90: 'Outer band: 90 % of patients (5–95 %)',
    thisPatient: 'Thick dashed line: this patient',
    untreated: 'Dotted line: without the opioid',
  },
  fanSummary: (week: string, median: number, q25: number, q75: number, q5: number, q95: number) =>
    `At week ${week} the median patient's pain is ${one(median)} (middle half ${one(q25)}–${one(q75)}, 90 % of patients ${one(q5)}–${one(q95)}).`,
  fanThisPatient: (pain: number) => `This patient: ${one(pain)}.`,
  fanUntreated: (pain: number) => `Without the opioid: ${one(pain)}.`,
  dotsTitle: (week: string) => `Each patient's pain at week ${week}`,
  dotsX: 'Weekly mean pain (0–10)',
  untreatedMark: (pain: number) => `Without the opioid ${one(pain)}`,
  dotsSummary: (week: string, n: number, above: number, untreated: number) =>
    `At week ${week}, ${above} of ${n} patients have more pain than the ${one(untreated)} they would have without the opioid.`,
  dotTitle: (index: number, pain: number, className: string) =>
    `Patient ${index + 1}: pain ${pain.toFixed(1)}, ${className}`,
  thresholdTitle: (week: string) => `Each patient's pain threshold at week ${week}`,
  thresholdX: 'Weekly mean pain threshold (× normal)',
  thresholdUntreatedMark: (threshold: number) => `Without the opioid ${times(threshold)}`,
  thresholdSummary: (
    week: string,
    quartiles: readonly [number, number, number],
    below: number,
    n: number,
    cut: number,
    untreated: number,
  ) =>
    `At week ${week} the median patient's pain threshold is ${times(quartiles[1])} normal (middle half ${times(quartiles[0])}–${times(quartiles[2])}); ${below} of ${n} patients are below normal (under ${times(cut)}: hyperalgesia), against ${times(untreated)} without the opioid.`,
  thresholdCaption: (week: string) => `Each patient's pain threshold at week ${week}`,
  thresholdDotTitle: (index: number, threshold: number, className: string) =>
    `Patient ${index + 1}: threshold ${times(threshold)} normal, ${className}`,
  /** An exported image's file: "cohort-200-seed-12345-fan.svg"; in compare mode "cohort-200-seed-12345-b-fan.svg". */
  exportFile: (n: number, seed: number, chart: string, ext: string, side?: string) =>
    `cohort-${n}-seed-${seed}${side ? `-${side}` : ''}-${chart}.${ext}`,
  dataTable: 'Data table',
  fanCaption: 'Pain by week: quantiles of the cohort, this patient and without the opioid',
  dotsCaption: (week: string) => `Each patient at week ${week}`,
  columns: {
    week: 'Week',
    q5: '5 %',
    q25: '25 %',
    median: 'Median',
    q75: '75 %',
    q95: '95 %',
    thisPatient: 'This patient',
    untreated: 'Without the opioid',
    patient: 'Patient',
    susceptibility: 'OIH susceptibility',
    metabolism: 'Drug clearance (×)',
    pain: 'Pain',
    threshold: 'Threshold (× normal)',
    allodynia: 'Allodynia (0–1)',
    toleranceFold: 'Tolerance (fold)',
    class: 'Class',
    side: 'Scenario',
  },
} as const;
