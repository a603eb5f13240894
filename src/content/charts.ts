/**
 * Words of the d3 charts (src/charts): titles, axis titles with units, legends, table headers and the
 * one-line explanations a student reads under each chart. Kept as data so they can be reviewed and
 * translated in one place; the few functions only fill numbers into a sentence.
 */
/** The four charts, in the order the charts panel shows them; lessons and lectures name them by these ids. */
export const CHART_IDS = ['dose-response', 'time-course', 'mechanisms', 'body-map'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export const chartTabs: Readonly<Record<ChartId, string>> = {
  'dose-response': 'Dose–response',
  'time-course': 'Time course',
  mechanisms: 'Mechanisms',
  'body-map': 'Body map',
};

export const chartsPanelLabel = 'Charts';

export const chartToolbar = {
  showTable: 'Show as table',
  showChart: 'Show as chart',
  exportPng: 'PNG',
  exportSvg: 'SVG',
  exportCsv: 'CSV',
  exportPngLabel: (title: string) => `Download “${title}” as a PNG image`,
  exportSvgLabel: (title: string) => `Download “${title}” as an SVG image`,
  exportCsvLabel: (title: string) => `Download the numbers of “${title}” as CSV`,
  noData: 'No result yet.',
} as const;

/** Series labels used by several charts. "This patient" is replaced by the result's own label. */
export const seriesText = {
  naive: 'Before any opioid (day 0)',
  toleranceOnly: 'Tolerance only (same patient, no OIH)',
  tolerance: 'Tolerance',
} as const;

export const doseResponseText = {
  title: 'Dose–response: tolerance versus OIH',
  desc: 'Three plots sharing a logarithmic dose axis. Acute challenge: relief and pain after one added dose, for the patient before any opioid, the same patient with tolerance only, and this patient. Maintained dose: pain after 12 more weeks at each daily dose.',
  /** `when`: "Week 8" in a course, "Day 2, hour 5" in an experiment (charts/time-axis.ts, momentText). */
  acuteTitle: (when: string) => `${when}, one added dose: relief`,
  acutePainTitle: (when: string) => `${when}, one added dose: pain after it`,
  maintainedTitle: 'Kept on one daily dose: pain 12 weeks later',
  xAddedDose: (unit: string) => `Added dose (${unit}, log scale)`,
  xDailyDose: (unit: string) => `Daily dose (${unit}/day, log scale)`,
  yAnalgesia: 'Relief (0–1)',
  yPain: 'Pain score (0–10)',
  ed50: 'ED50',
  ed50NotReached: 'ED50 not reached',
  sameAsTolerance: 'same ED50 as tolerance only: no OIH',
  oihBaseline: 'OIH: more pain to start with',
  endTolerance: 'more drug, less pain',
  endOih: 'more drug, more pain',
  foldShift: (fold: number) => `ED50 ×${fold.toFixed(1)} vs before opioids`,
  /** The key under the chart to the relief plot's markers ("ED50 12 · ×19.2"). */
  explainEd50: 'ED50: the dose that gives half the maximum relief.',
  explainFold: (fold: string) => `×${fold}: ${fold} times the dose for the same relief as before opioids.`,
  currentDose: 'Current dose',
  minimum: 'Least pain',
  toleranceVerdict: 'Tolerance: more drug still brings relief (the curve shifts right).',
  oihVerdict: (minDose: string, unit: string) =>
    `OIH: above ${minDose} ${unit}/day, more drug means more pain.`,
  tableDose: (unit: string) => `Dose (${unit})`,
  tableAnalgesia: (series: string) => `Relief: ${series}`,
  tablePain: (series: string) => `Pain: ${series}`,
  tableMaintained: (series: string) => `Pain after 12 weeks: ${series}`,
  tableEd50: 'ED50',
  fewerPlots: (shown: number) => `${3 - shown} of 3 plots left out for room: "Show as table" has all.`,
} as const;

export const timeCourseText = {
  title: 'Time course',
  desc: 'Pain score, nociceptive threshold, opioid dose and withdrawal over the weeks of the scenario, with events marked and a cursor at the current time.',
  xWeeks: 'Time (weeks)',
  moreInLargerWindow: 'Some rows are left out for room: "Show as table" has all.',
  rows: {
    painScore: 'Pain score (0–10)',
    thresholdRelative: 'Nociceptive threshold (× normal)',
    doseMmePerDay: 'Opioid dose (MME/day)',
    withdrawal: 'Withdrawal (0–1)',
  },
  doseRatTitle: 'Opioid dose (mg/kg/day)',
  normalThreshold: 'normal',
  guideLegend: 'Level before opioids (pain) and normal (threshold)',
  guideLegendShort: 'Before opioids / normal',
  worseLegend: 'Shaded: worse than before opioids — more pain, or threshold below normal (hyperalgesia)',
  worseLegendShort: 'Shaded: worse than before opioids',
  shortRows: {
    painScore: 'Pain',
    thresholdRelative: 'Threshold',
    doseMmePerDay: 'Dose',
    withdrawal: 'Withdrawal',
  },
  explainOih: 'The threshold falls below normal and pain rises above where it started: hyperalgesia (OIH).',
  explainTolerance:
    'Pain stays below where it started and the threshold never falls below normal: no hyperalgesia.',
  cursorLabel: 'Current time',
  cursorValue: (week: string, day: string) => `Week ${week} (day ${day})`,
  /** A side's value at the cursor in compare mode ("A 7.7"), joined by the separator. */
  sideValue: (side: string, value: string) => `${side} ${value}`,
  sideSeparator: ' · ',
  events: 'Events',
  eventLine: (n: number, week: string, label: string) => `${n} · week ${week}: ${label}`,
  /** The steps of a taper or an escalation, as one entry. */
  bandLine: (n: number, from: string, to: string, label: string) => `${n} · weeks ${from}–${to}: ${label}`,
  /** The same in an experiment told in days or hours: "1 · day 0, hour 0: Morphine infusion …". */
  eventLineAt: (n: number, when: string, label: string) => `${n} · ${when}: ${label}`,
  bandLineAt: (n: number, from: string, to: string, label: string) => `${n} · ${from} to ${to}: ${label}`,
  tableTime: 'Day',
  tableWeek: 'Week',
  eventKinds: {
    'dose-change': 'Dose change',
    'opioid-stop': 'Opioid stopped',
    bolus: 'Bolus',
    'treatment-start': 'Adjuvant on',
    'treatment-stop': 'Adjuvant off',
    'knockout-start': 'Mechanism knocked out',
    'knockout-stop': 'Mechanism restored',
  },
} as const;

export const mechanismsText = {
  title: 'Mechanisms over time',
  desc: 'One small plot per mechanism of opioid-induced hyperalgesia (NMDA, RVM, glia, dynorphin, HCN2, each 0–1) and for tolerance (fold shift of the drug’s potency), with a cursor at the current time.',
  units: {
    level: 'level (0–1)',
    fold: 'fold shift (×)',
    /** Under the strip of panels: the time axis's unit ("weeks", "days", "hours"). */
    time: (unit: string) => `${unit} (levels 0–1; tolerance ×)`,
  },
  explain:
    'Each OIH mechanism from 0 (none) to 1 (maximal), and tolerance as the fold shift of the drug’s potency. Select a panel to highlight that mechanism.',
  knockedOut: 'Knocked out',
  /** `from`, `to`: "week 2" in a course, "day 1, hour 5" in an experiment (charts/time-axis.ts). */
  knockedOutDesc: (name: string, from: string, to: string) => `${name} knocked out from ${from} to ${to}`,
} as const;

export const bodyMapText = {
  title: 'Body map: where it hurts',
  desc: 'Front and back outlines of the body. Where the disease is (starred), its painful area, regions pain has spread to, and regions with allodynia (pain from light touch) at the current time.',
  front: 'Front',
  back: 'Back',
  states: {
    site: 'Where the disease is',
    original: 'Painful: the original site',
    spread: 'Painful: pain has spread here',
    allodynic: 'Allodynia: light touch hurts',
    none: 'Not painful',
  },
  /** The legend's words for each look (shape and pattern as well as colour). */
  legend: {
    site: 'Star: where the disease is',
    original: 'Solid, thick outline: painful, the original site',
    spread: 'Dotted: painful, pain has spread here',
    allodynic: 'Hatched: allodynia, light touch hurts',
    none: 'Not painful',
  },
  regionState: (region: string, state: string) => `${region}: ${state}`,
  noRegions: 'Region states at this time were not provided.',
  /** `when`: "Week 8" in a course, "Day 2, hour 5" in an experiment (charts/time-axis.ts, momentText). */
  summary: (when: string, painful: number, spread: number, allodynic: number) =>
    `${when}: ${painful} ${painful === 1 ? 'region hurts' : 'regions hurt'} (${spread} where pain has spread), ${allodynic} with allodynia.`,
  siteMarker: 'Original site',
  tableRegion: 'Region',
  tableState: (series: string) => `State: ${series}`,
  tableStateOne: 'this patient',
  regions: {
    head: 'Head',
    neck: 'Neck',
    'left-shoulder': 'Left shoulder',
    'right-shoulder': 'Right shoulder',
    'upper-back': 'Upper back',
    chest: 'Chest',
    abdomen: 'Abdomen',
    'lower-back': 'Lower back',
    'left-arm': 'Left arm',
    'right-arm': 'Right arm',
    'left-hand': 'Left hand',
    'right-hand': 'Right hand',
    'left-hip': 'Left hip',
    'right-hip': 'Right hip',
    'left-leg': 'Left leg',
    'right-leg': 'Right leg',
    'left-foot': 'Left foot',
    'right-foot': 'Right foot',
  },
} as const;

/** Weeks with at most one decimal ("12", "12.5"). */
export function formatWeek(days: number): string {
  const w = Math.round((days / 7) * 10) / 10;
  return Number.isInteger(w) ? String(w) : w.toFixed(1);
}
