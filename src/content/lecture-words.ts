/**
 * Words of lecture mode (issue 7, "Lecture scenarios"): the lecture bar, its forms and messages, and the
 * problems a lecture file or link can have. The ready lecture's captions and notes live with the lecture in
 * src/lessons/lectures.ts.
 */
export const lectureText = {
  region: 'Lecture',
  sceneOf: (n: number, of: number) => `Scene ${n} of ${of}`,
  /** What the live region says when the scene changes. */
  announce: (n: number, of: number, caption: string) => `Scene ${n} of ${of}: ${caption}`,
  previous: 'Previous',
  previousLabel: 'Previous scene',
  next: 'Next',
  nextLabel: 'Next scene',
  /** The scene's virtual cohort (issue 21): short on the bar, whole in its accessible name. */
  cohort: (n: number) => `${n} patients`,
  cohortLabel: (n: number) => `${n} patients: open ${n} patients like this one`,
  cohortTitle:
    'Run this scene’s patient for a group of virtual patients who differ in OIH susceptibility and drug clearance (the same patients on every screen)',
  /** The fallback for a lecturer with one screen: the notes under the caption, on the projected page. */
  notes: 'Notes on this screen',
  notesTitle: 'Presenter notes',
  presenter: 'Presenter view',
  presenterTitle: 'Open the presenter notes, the next scene and a timer in a window of their own (P)',
  presenterOpened: 'The presenter view is open in its own window.',
  presenterClosed: 'The presenter view was closed.',
  presenterBlocked:
    'The browser blocked the presenter window. Allow pop-ups for this page and press Presenter view again, or use “Notes on this screen”.',
  addScene: 'Add this scene',
  addSceneTitle: 'Add the simulation as it is now as a new scene after this one',
  captionLabel: 'Caption of the new scene (one line)',
  notesLabel: 'Presenter notes (optional)',
  addConfirm: 'Add scene',
  addCancel: 'Cancel',
  captionMissing: 'Write a caption for the scene first.',
  sceneAdded: (n: number) => `Scene added as scene ${n}.`,
  removeScene: 'Remove this scene',
  removeLast: 'A lecture keeps at least one scene.',
  sceneRemoved: (caption: string) => `Scene removed: ${caption}`,
  saveFile: 'Save lecture file',
  openFile: 'Open lecture file',
  openFileLabel: 'Choose a lecture file to open',
  opened: (title: string, scenes: number) => `Opened “${title}”: ${scenes} scenes.`,
  copyLink: 'Copy lecture link',
  copyLinkDone: 'Lecture link copied.',
  copyLinkManual: 'Copy this link to share the lecture:',
  exit: 'Exit lecture mode',
  tools: 'Lecture tools',
  setupProblem: (problem: string) => `This scene could not be shown as saved: ${problem}`,
  /** Shown small in the lecture bar: the lecture talks about doses of a virtual patient. */
  educationOnly:
    'Education only: doses are MME/day of a virtual patient in a teaching model, never advice for a real patient.',
} as const;

/** The presenter view: the lecturer's own window with the notes, the next scene and a timer. */
export const presenterText = {
  documentTitle: (lectureTitle: string) => `Presenter view: ${lectureTitle}`,
  heading: 'Presenter view',
  waiting: 'Waiting for the lecture…',
  nowTitle: 'On the screen now',
  notesTitle: 'Presenter notes',
  noNotes: 'No notes for this scene.',
  nextTitle: 'Next scene',
  nextScene: (n: number, caption: string) => `Scene ${n}: ${caption}`,
  lastScene: 'This is the last scene.',
  scenesLabel: 'Scenes',
  timerTitle: 'Time since the lecture started',
  /** The timer's buttons: short on screen, named in full for assistive technology. */
  pause: 'Pause',
  pauseLabel: 'Pause timer',
  resume: 'Resume',
  resumeLabel: 'Resume timer',
  reset: 'Reset',
  resetLabel: 'Reset timer',
  /** The stopwatch, as 12:04 or 1:02:03. */
  elapsed: (ms: number) => {
    const seconds = Math.floor(Math.max(0, ms) / 1000);
    const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
    const two = (n: number) => String(n).padStart(2, '0');
    return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
  },
  keys: 'Space, → or Page Down: next scene. ← or Page Up: previous scene.',
  lectureClosed: 'The lecture was closed: this window no longer follows it. You can close it.',
} as const;

/** Problems with a lecture file or link: each one sentence a lecturer can act on. */
export const lectureFileText = {
  tooLarge: 'The lecture file is larger than 1 MB; a lecture file is a few hundred kB at most.',
  notJson: 'The lecture file is damaged: its contents are not readable JSON.',
  notLecture: 'The file does not hold a lecture.',
  wrongFormat: 'The file is not an Opioid Paradox Lab lecture file.',
  newer: 'The lecture was made by a newer version of Opioid Paradox Lab.',
  older: (version: number) =>
    `The lecture uses an old format (version ${version}) that is no longer supported.`,
  forbiddenKey: (key: string) => `The lecture contains a forbidden key “${key}” and was refused.`,
  invalid: (where: string, message: string) => `The lecture has an invalid ${where}: ${message}.`,
  unknownPreset: (scene: number, name: string) =>
    `Scene ${scene} uses a preset that does not exist: “${name}”.`,
  linkTooLong: 'The lecture link is too long to be a lecture link.',
  linkDamaged: 'The lecture link is damaged: it could not be unpacked. Was it copied whole?',
} as const;
