// The second half of the composition root: lessons and lecture mode. main.ts imports this module
// dynamically after app-ready, so their code and words are not fetched before the first scenario is drawn.
import type { Actor } from 'xstate';
import type { preferencesMachine } from './app/preferences';
import { browserStorage } from './app/preferences-store';
import { showLinkProblem, showStatusNotice } from './ui/shell/controls-region';
import { hostLessons, type LessonsHost } from './ui/teaching/lessons-host';
import { hostLecture, type LectureHost } from './ui/teaching/lecture-host';
import type { Workbench } from './ui/hosts/workbench';
import { lessonMachine } from './lessons/lesson-machine';
import { LESSONS } from './lessons/lessons/index';
import { createProgressStore } from './lessons/progress-store';
import { decodeLecture, lectureFiles } from './lessons/lecture-file';
import { lectureMachine } from './lessons/lecture-machine';
import { READY_LECTURE } from './lessons/lectures';
import { followExperimentLink } from './app/experiment-link';
import { landmarkLectureTitle } from './content/experiment-link-words';
import { experimentOpener } from './ui/teaching/experiment-opener';
import type { ReadyLecture } from './ui/teaching/lecture-tools';
import type { CohortRef } from './lessons/types';
import { scoFromSearch } from './app/lms/scorm12';
import { lmsWords } from './content/lms-words';
import { lmsProgressStore } from './lessons/lms-report';
import { startLms } from './lessons/lms-start';

export interface Teaching {
  readonly lessons: LessonsHost;
  readonly lecture: LectureHost;
}

export function mountTeaching(app: {
  readonly lessonSlot: HTMLElement;
  readonly lessonsButton: HTMLButtonElement;
  readonly lectureSlot: HTMLElement;
  readonly lectureButton: HTMLButtonElement;
  /** The Experiments view's slot: lessons and lecture scenes open their experiments there (the web app only). */
  readonly experimentsSlot: HTMLElement;
  /** Where a bad #lecture= link is said. */
  readonly problemHost: HTMLElement;
  readonly workbench: Workbench;
  readonly preferences: Actor<typeof preferencesMachine>;
  readonly openGlossary: (term: string) => void;
  /** Opens the cohort view (issue 21) with a step's or scene's size and seed; `opener` gets the focus back. */
  readonly openCohort: (cohort: CohortRef, opener: () => HTMLElement | null) => void;
  readonly clipboard: Clipboard | undefined;
  /** A #lecture= link for a lecture file, or undefined where links cannot work (the single file). */
  readonly lectureLink: ((encoded: string) => string) | undefined;
  /** The opening link's lesson and step, and its #lecture= parameter. */
  readonly opening: {
    readonly lesson: { id: string; step: string | null } | null;
    readonly lecture: string | null;
  };
}): Teaching {
  // main.ts opens the view for a #experiment= link (and a change of it): lessons and lectures follow one. The
  // web app and the single file alike (the single file carries the Experiments view since it is packed).
  const openExperiment = experimentOpener(app.experimentsSlot, (id) => followExperimentLink(id, window));
  const readyLectures: ReadyLecture[] = [
    { title: READY_LECTURE.title, load: () => Promise.resolve(READY_LECTURE) },
    {
      title: landmarkLectureTitle,
      load: () => import('./lessons/landmark-lecture').then((m) => m.LANDMARK_LECTURE),
    },
  ];
  // Launched as a SCORM 1.2 SCO (?sco=) inside an LMS: the LMS keeps the progress too (issue 22).
  const lms = startLms({
    win: window,
    sco: scoFromSearch(location.search),
    lessons: LESSONS,
    notify: (message) => showStatusNotice(app.problemHost, lmsWords.noticeTitle, message),
  });
  const local = createProgressStore(browserStorage());
  const lessons = hostLessons(app.lessonSlot, app.lessonsButton, app.workbench, {
    lessons: LESSONS,
    machine: lessonMachine,
    store: lms ? lmsProgressStore(local, lms) : local,
    openGlossary: app.openGlossary,
    openExperiment,
    openCohort: app.openCohort,
  });
  if (lms) app.workbench.onAction(() => lms.used());
  if (lms?.lessonId) {
    lessons.show(true);
    lessons.panel.open(lms.lessonId);
  } else if (app.opening.lesson) {
    lessons.show(true);
    lessons.panel.open(app.opening.lesson.id, app.opening.lesson.step ?? undefined);
  }
  const lecture = hostLecture(app.lectureSlot, app.lectureButton, {
    machine: lectureMachine,
    ready: READY_LECTURE,
    files: lectureFiles,
    workbench: app.workbench,
    preferences: app.preferences,
    ...(app.clipboard ? { clipboard: app.clipboard } : {}),
    ...(app.lectureLink ? { onShareLink: app.lectureLink } : {}),
    openExperiment,
    openCohort: app.openCohort,
    readyLectures,
  });
  if (app.opening.lecture !== null) {
    const read = decodeLecture(app.opening.lecture);
    if (read.ok) lecture.start(read.lecture);
    else showLinkProblem(app.problemHost, read.message);
  }
  return { lessons, lecture };
}
