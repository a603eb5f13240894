import { connectScorm12, findScorm12Api, onLeave, type FrameLike } from '../app/lms/scorm12';
import { lmsWords } from '../content/lms-words';
import { LAB_SCO, startLmsReport, type LmsReport } from './lms-report';
import type { Lesson } from './types';

/**
 * Makes this page a SCORM 1.2 SCO (issue 22) when it was launched as one (`sco`, from `?sco=`), the SCO is a
 * lesson or the lab, and an LMS's API is found; otherwise null, and nothing is called. `notify` shows a
 * quiet notice (at most one about LMS errors, one about unreadable suspend data); the learner carries on.
 */
export function startLms(input: {
  readonly win: FrameLike & Pick<Window, 'addEventListener' | 'removeEventListener'>;
  readonly sco: string | null;
  readonly lessons: readonly Lesson[];
  readonly notify: (message: string) => void;
  readonly now?: () => Date;
}): LmsReport | null {
  const { sco, lessons, notify } = input;
  if (sco === null || (sco !== LAB_SCO && !lessons.some((l) => l.id === sco))) return null;
  const api = findScorm12Api(input.win);
  if (!api) return null;
  let told = false;
  const onProblem = (detail: string) => {
    console.warn(`LMS: ${detail}`);
    if (told) return;
    told = true;
    notify(lmsWords.problem);
  };
  const lms = connectScorm12(api, onProblem);
  const report = lms && startLmsReport({ lms, sco, lessons, onProblem, now: input.now });
  if (!report) return null;
  if (report.suspendIgnored) notify(lmsWords.suspendIgnored);
  onLeave(input.win, () => report.leave());
  return report;
}
