/**
 * Words of the links from lessons and lectures to the Experiments view (issue 20), and of the ready lectures'
 * choice. Only the web app shows them (the single file has no Experiments view), so they are a module of their
 * own, which the single file leaves out.
 */
export const experimentLinkWords = {
  /** A lesson step's link to the experiment that showed what it teaches. */
  seeExperiment: (title: string) => `See the experiment: ${title}`,
  /** A lecture scene's experiment, opened in the Experiments view. */
  openExperiment: 'Open the experiment',
  openExperimentLabel: (title: string) => `Open the experiment: ${title}`,
  openExperimentTitle: 'Show this experiment in the Experiments view; Close there returns to the lecture',
  /** The ready-made lectures, opened from the lecture tools. */
  readyLecture: 'Ready lecture',
  openReady: 'Open ready lecture',
  readyFailed: (title: string) => `“${title}” could not be loaded. Check the connection and try again.`,
} as const;

/** The title of the lecture of landmark experiments (src/lessons/landmark-lecture.ts), offered before it loads. */
export const landmarkLectureTitle = 'Landmark experiments';
