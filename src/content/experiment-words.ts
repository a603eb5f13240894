/**
 * Words of the Experiments view (issue 20): its headings, the run's states, the result table's columns, the
 * charts' legends and summaries. Loaded with the view (after app-ready), never in the first bundle; the
 * header's button and the single file's note are in strings.ts and deploy-words.ts.
 */
export const experimentWords = {
  /** After the time axis's title when its first hours are stretched (a symmetric-log axis). */
  earlyStretched: 'first hours stretched',
  title: 'Experiments',
  intro:
    'The published experiments this model is checked against, plus four checks the model composes from several papers (marked “Basis”). Each shows what was asked, how it was done, and — when you run it — the model’s curves beside the paper’s numbers.',
  close: 'Close experiments',
  listLabel: 'Experiments',
  question: 'The question',
  whyItMattered: 'Why it mattered',
  design: 'Design',
  species: 'Species',
  drug: 'Drug',
  dose: 'Dose',
  schedule: 'Schedule',
  assay: 'Measured',
  groups: 'Groups',
  timelineLabel: (title: string) => `Timeline of the doses and readings: ${title}`,
  run: 'Run',
  runAgain: 'Run again',
  running: 'Running the model…',
  runningStep: (done: number, all: number) => `Running the model… ${done} of ${all}`,
  ran: (within: number, all: number, ms: number) =>
    `Done in ${(ms / 1000).toFixed(1)} s: ${within} of ${all} readings inside the accepted range.`,
  runFailed: (message: string) => `The model could not run this experiment: ${message}`,
  result: 'Result',
  beforeRun: 'Run the experiment to compute the model’s readings and draw them beside the published points.',
  tableCaption: 'The model’s readings against the paper',
  measure: 'Measure',
  paper: 'Paper',
  band: 'Accepted range',
  model: 'Model',
  withinBand: 'Inside the accepted range?',
  yes: 'yes',
  no: 'no',
  honest: 'Where the model differs',
  missing: 'Not given as numbers',
  citation: 'Source',
  basis: 'Basis',
  alsoCites: 'Also cited',
  doiMissing: 'no DOI given',
  openInSimulator: 'Open in the simulator',
  openGroup: 'Group to open',
  openProblem: (message: string) => `This group could not be opened: ${message}`,
  noExperiment: (id: string) =>
    `No experiment called “${id}”. The Experiments view lists the ones there are.`,
  speciesNames: {
    rat: 'rat',
    mouse: 'mouse',
    'human-volunteer': 'healthy volunteers',
    patient: 'patients',
    'virtual-patient': 'virtual patients (model only)',
  },
  // The what-if control (one per experiment: the dose, an antagonist's timing or the day of reading)
  whatIfTitle: 'What if…',
  whatIfIntro: (hasPaper: boolean) =>
    `Go past the ${hasPaper ? 'paper' : 'check'}: set a value it did not test and run the model again. The what-if curve is drawn as a heavy dash-dot line with × marks; the model’s curves and the ${hasPaper ? 'paper’s points' : 'checks'} stay for reference.`,
  /** The control's label with its unit, unless the label already ends with it ("MK-801 starts on day"). */
  whatIfLabel: (label: string, unit: string) => (label.endsWith(unit) ? label : `${label} (${unit})`),
  /** A control's value in words: "150 µg/kg", "day 3", "8 h", "20 %". */
  whatIfValue: (value: number, unit: string) => {
    const n = String(Number(value.toPrecision(6))).replace(/^-/, '−');
    return unit === 'day' ? `day ${n}` : `${n} ${unit}`;
  },
  whatIfNumberLabel: (label: string) => `${label}, as a number`,
  whatIfRun: 'Run what if',
  whatIfReset: (hasPaper: boolean) => `Back to the ${hasPaper ? 'paper’s' : 'check’s'} value`,
  whatIfRunning: 'Running the what-if…',
  whatIfLegend: (value: string) => `what if: ${value}`,
  whatIfCharts: (charts: number) => `The what-if curve is on ${charts} chart${charts === 1 ? '' : 's'}.`,
  whatIfBack: (value: string) => `Back to ${value}: the what-if curve is removed.`,
  whatIfFailed: (message: string) => `The model could not run this what-if: ${message}`,
  whatIfLine: (
    value: string,
    group: string,
    now: { lo: string; loAt: string; hi: string; hiAt: string },
    was: { lo: string; loAt: string; hi: string; hiAt: string },
    paperValue: string,
    hasPaper: boolean,
  ) =>
    `What if ${value}: the model’s “${group}” is lowest, ${now.lo}, at ${now.loAt} and highest, ${now.hi}, at ${now.hiAt}, against ${was.lo} at ${was.loAt} and ${was.hi} at ${was.hiAt} at the ${hasPaper ? 'paper’s' : 'check’s'} ${paperValue}.`,
  whatIfReadings: (
    value: string,
    group: string,
    now: readonly string[],
    was: readonly string[],
    paperValue: string,
    hasPaper: boolean,
  ) =>
    `What if ${value}: the model’s “${group}” reads ${now.join(', ')}, against ${was.join(', ')} at the ${hasPaper ? 'paper’s' : 'check’s'} ${paperValue}.`,
  // Charts
  maintainedScenario: 'OIH state',
  maintainedToleranceOnly: 'tolerance only (all five mechanisms knocked out)',
  summaryModel: (curve: string, low: string, lowAt: string, high: string, highAt: string) =>
    `the model’s “${curve}” is lowest, ${low}, at ${lowAt} and highest, ${high}, at ${highAt}`,
  summaryModelOne: (curve: string, value: string) => `the model’s “${curve}” reads ${value}`,
  summaryPoint: (group: string, value: string, at: string) => `${group} ${value} at ${at}`,
  summaryLevelOnly: (group: string, value: string) => `${group} ${value} (no time given)`,
  summaryTimeOnly: (group: string, at: string) => `${group} at ${at} (no level given)`,
  summaryPaper: (shown: readonly string[], more: number) =>
    `the paper gives ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
  summaryNoPaper: 'the paper gives no number for this plot',
  dataTable: 'Data table',
  modelCurvesCaption: (title: string) => `${title}: the model’s curves`,
  publishedCaption: (title: string) => `${title}: the published points`,
  group: 'Group',
  value: 'Value',
  range: 'Range',
  source: 'Source',
  note: 'Note',
  modelPrefix: 'Model',
  paperPrefix: 'Paper',
  legendLabel: 'Legend',
  markNames: {
    value: 'paper’s value (circle; bar: its range)',
    at: 'paper: at this value (diamond)',
    above: 'paper: above this value (up triangle)',
    below: 'paper: below this value (down triangle)',
    level: 'paper: a level with no time (dashed horizontal line)',
    time: 'paper: a time with no level (dashed vertical line)',
  },
  relationWords: { at: 'at', above: 'above', below: 'below' },
  sourceWords: {
    abstract: 'abstract',
    derived: 'derived (our reading of the paper, not a number it reports)',
    figure: 'figure',
  },
  // Clinical safety (src/content/experiment-safety.ts says which notes an experiment carries)
  clinicalSafety: 'Clinical safety',
  clinicalSafetyIntro: 'The doses here are the model’s, for teaching. In real care, these points apply:',
} as const;
