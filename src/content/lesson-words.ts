/**
 * Words of the lesson screens (issue 7): the education-only notice and the lesson panel's labels. Lesson
 * texts themselves live with their lessons in src/lessons/lessons/.
 */

/** Shown at the top of every lesson that talks about doses. */
export const educationOnlyNotice =
  'Education only. Doses in this lesson are MME per day of a virtual patient in a teaching model. They are not advice and never a dose for a real patient: opioid changes for a real person are planned and supervised by their own clinician.';

export const lessonPanelText = {
  region: 'Lessons',
  chooseLesson: 'Choose a lesson',
  minutes: (n: number) => `about ${n} minutes`,
  completed: 'completed',
  inProgress: (step: number, of: number) => `step ${step} of ${of}`,
  objectives: 'In this lesson you will',
  stepOf: (step: number, of: number) => `Step ${step} of ${of}`,
  predict: 'Predict first',
  predictButton: 'Lock in my prediction',
  youPredicted: (text: string) => `You predicted: ${text}`,
  simulationShowed: (text: string) => `The simulation shows: ${text.replace(/[.!?]$/, '')}.`,
  predictionMatched: 'Your prediction matches what the simulation shows.',
  predictionDiffered: 'The simulation shows something else — look at why below.',
  observe: 'Now do this in the simulation',
  taskDone: 'Done.',
  skipTask: 'Skip this task',
  /** A step's virtual cohort (issue 21); the same words as the Patient tab's button. */
  openCohort: (n: number) => `Open ${n} patients like this one`,
  openCohortHint:
    'Runs this step’s patient for a group of virtual patients who differ in OIH susceptibility and drug clearance (the same group for every student).',
  explain: 'What happened and why',
  question: 'Check your understanding',
  answerButton: 'Check answer',
  right: 'Right.',
  wrong: 'Not quite.',
  tryAgain: 'Try again',
  showCourse: 'Show the model’s prediction for this choice',
  back: 'Back',
  next: 'Next',
  finish: 'Finish lesson',
  reset: 'Reset lesson',
  resetDone: 'Lesson reset: your answers were cleared.',
  savedIgnored:
    'Your saved progress in this lesson could not be read (it may be from another version or damaged), so the lesson starts from the beginning. Your other lessons and settings are kept.',
  savedPartly:
    'Some of your saved answers in this lesson could not be read and were left out; the rest of your progress is kept.',
  allLessons: 'All lessons',
  summary: 'Summary',
  references: 'References',
  glossary: (term: string) => `Glossary: ${term}`,
  mechanismCard: 'About this mechanism',
  evidence: 'Evidence',
} as const;
