/**
 * The SCORM 1.2 bridge (issue 22): finds the LMS's API and talks to it, so that no LMS error ever reaches the
 * lesson. What is reported is decided in src/lessons/lms-report.ts; the composition root (src/teaching.ts)
 * starts both. docs/implementation-notes.md, "SCORM 1.2 bridge", has the same contract with its reasons.
 *
 * Contract with the package (imsmanifest.xml, `npm run build:scorm`):
 * - Launch: every SCO opens the app's index.html with `?sco=<lessonId>` (an id of src/lessons/lessons/index.ts)
 *   or `?sco=lab` (the whole lab). Without `sco`, with an unknown one, or when no API is found, nothing here
 *   runs and the app is as it always was.
 * - Start (after app-ready): LMSInitialize(''); read cmi.core.lesson_status, cmi.suspend_data,
 *   cmi.interactions._count and cmi.student_data.mastery_score; write cmi.core.lesson_status 'incomplete'
 *   unless it is 'completed' or 'passed'; a lesson SCO opens its lesson in the lessons panel, resumed.
 * - Each change of a reported lesson's progress: cmi.suspend_data (all the SCO's lessons' progress, lz-string
 *   base64 behind 'opl1:', ≤ 4,096 characters), the new interactions, cmi.core.exit (as on leave, below), then
 *   LMSCommit('').
 *   · cmi.interactions.n (n counted from _count): .id `<lessonId>_<stepId>` for a question, with
 *     `_prediction` appended for a prediction; .type 'choice'; .student_response the first option chosen, as
 *     its letter ('a' = first option); .correct_responses.0.pattern the right option's letter (a prediction:
 *     the one the simulation shows); .result 'correct' or 'wrong' (first try), 'neutral' for a prediction;
 *     .time HH:MM:SS. Each is written once, when first answered (again only after Reset lesson).
 *   · A lesson SCO, when the lesson is finished (the summary reached): cmi.core.score.raw = percent of its
 *     questions answered right at the first try (rounded), .min 0, .max 100; cmi.core.lesson_status 'passed'
 *     if raw ≥ the mastery score (cmi.student_data.mastery_score, else 80), otherwise 'completed'
 *     ('completed' for a lesson without questions).
 *   · The lab SCO: no score; 'completed' as soon as a lesson is opened or the simulation is used.
 * - Leave (pagehide or beforeunload, once): cmi.core.session_time (HHHH:MM:SS.SS since LMSInitialize),
 *   cmi.core.exit '' when finished (the lesson, or for the lab every lesson), else 'suspend'; LMSCommit('');
 *   LMSFinish('').
 * - LMS errors (a call returning anything but 'true', LMSGetLastError() ≠ '0', a call that throws) are caught;
 *   the first is shown as a polite notice; progress is still saved in the browser.
 */

/** The SCORM 1.2 run-time API an LMS puts on a window as `API` (RTE 3.3). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): unknown;
  LMSFinish(parameter: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
}

/** What the search reads of a window; tests pass plain objects. */
export interface FrameLike {
  readonly API?: unknown;
  readonly parent?: FrameLike | null;
  readonly opener?: FrameLike | null;
}

const API_METHODS = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
  'LMSGetErrorString',
] as const;
/** How many parent frames the search climbs (the ADL search uses 7; LMS players nest a few frames). */
const MAX_PARENTS = 7;
const SCO_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** The `sco` launch parameter of a query string (`location.search`), or null if absent or malformed. */
export function scoFromSearch(search: string): string | null {
  const sco = new URLSearchParams(search).get('sco');
  return sco !== null && SCO_PATTERN.test(sco) ? sco : null;
}

function apiOf(frame: FrameLike): Scorm12Api | null {
  try {
    const api = frame.API as Record<string, unknown> | null | undefined;
    if (typeof api !== 'object' || api === null) return null;
    return API_METHODS.every((m) => typeof api[m] === 'function') ? (api as unknown as Scorm12Api) : null;
  } catch {
    return null; // A frame of another origin: its properties cannot be read.
  }
}

function searchUp(start: FrameLike): Scorm12Api | null {
  let frame: FrameLike = start;
  for (let climbed = 0; ; climbed++) {
    const api = apiOf(frame);
    if (api) return api;
    let parent: FrameLike | null | undefined;
    try {
      parent = frame.parent;
    } catch {
      return null;
    }
    if (!parent || parent === frame || climbed === MAX_PARENTS) return null;
    frame = parent;
  }
}

/** The standard search: this window and up to 7 parents, then the opener and its parents. */
export function findScorm12Api(win: FrameLike): Scorm12Api | null {
  const api = searchUp(win);
  if (api) return api;
  let opener: FrameLike | null | undefined;
  try {
    opener = win.opener;
  } catch {
    return null;
  }
  return opener ? searchUp(opener) : null;
}

export interface LmsConnection {
  /**
   * The element's value, or null if the LMS reported an error. An `optional` element (one an LMS need not
   * implement, RTE 3.4.1) that cannot be read gives null without a problem.
   */
  get(element: string, optional?: 'optional'): string | null;
  /** Whether the LMS took the value. */
  set(element: string, value: string): boolean;
  commit(): boolean;
  /** LMSFinish, once; every call after it does nothing. */
  finish(): void;
  readonly finished: boolean;
}

/**
 * LMSInitialize('') and a connection whose calls never throw: each error goes to `onProblem` (with the LMS's
 * code and words, for the console) and the caller carries on. Null if the LMS refused to initialize.
 */
export function connectScorm12(api: Scorm12Api, onProblem: (detail: string) => void): LmsConnection | null {
  let finished = false;
  const problem = (call: string) => {
    let detail = call;
    try {
      const code = String(api.LMSGetLastError());
      detail = `${call}: error ${code} (${String(api.LMSGetErrorString(code))})`;
    } catch {
      // The detail is only for the console.
    }
    onProblem(detail);
  };
  /** Runs a call whose answer must be 'true'. */
  const call = (name: string, run: () => unknown): boolean => {
    if (finished) return false;
    try {
      if (String(run()) === 'true') return true;
    } catch {
      // Reported below.
    }
    problem(name);
    return false;
  };
  if (!call('LMSInitialize', () => api.LMSInitialize(''))) return null;
  return {
    get(element, optional) {
      if (finished) return null;
      try {
        const value = api.LMSGetValue(element);
        if (String(api.LMSGetLastError()) === '0') return String(value ?? '');
      } catch {
        // Reported below.
      }
      if (!optional) problem(`LMSGetValue ${element}`);
      return null;
    },
    set: (element, value) => call(`LMSSetValue ${element}`, () => api.LMSSetValue(element, value)),
    commit: () => call('LMSCommit', () => api.LMSCommit('')),
    finish() {
      if (finished) return;
      call('LMSFinish', () => api.LMSFinish(''));
      finished = true;
    },
    get finished() {
      return finished;
    },
  };
}

/** Runs `leave` once, when the page is hidden for good or unloaded (whichever comes first). */
export function onLeave(win: Pick<Window, 'addEventListener' | 'removeEventListener'>, leave: () => void) {
  const once = () => {
    win.removeEventListener('pagehide', once);
    win.removeEventListener('beforeunload', once);
    leave();
  };
  win.addEventListener('pagehide', once);
  win.addEventListener('beforeunload', once);
}
