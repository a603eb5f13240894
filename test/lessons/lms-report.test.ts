import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
// The package's subpath 'scorm-again/scorm12' is typed with a default export it does not have; the root is right.
import { Scorm12API } from 'scorm-again';
import type { Scorm12Api } from '../../src/app/lms/scorm12';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from '../../src/app/lms/suspend-data';
import { lmsWords } from '../../src/content/lms-words';
import { lessonMachine } from '../../src/lessons/lesson-machine';
import { LESSONS } from '../../src/lessons/lessons/index';
import { firstTryPercent, lmsProgressStore } from '../../src/lessons/lms-report';
import { startLms } from '../../src/lessons/lms-start';
import { createProgressStore, type ProgressStore } from '../../src/lessons/progress-store';
import type { Lesson } from '../../src/lessons/types';

const paradox = LESSONS.find((l) => l.id === 'paradox')!;
const START = new Date(2026, 11, 4, 10, 0, 0).getTime();
type CmiJson = Parameters<Scorm12API['loadFromJSON']>[0];

/** An LMS: scorm-again's SCORM 1.2 runtime, with what the SCO stored before (its CMI JSON) and a log of writes. */
function lmsWith(previous?: CmiJson) {
  const api = new Scorm12API({ logLevel: 5 });
  if (previous) api.loadFromJSON(previous, '');
  const writes: [string, string][] = [];
  api.on('LMSSetValue.cmi.*', (element: string, value: unknown) => writes.push([element, String(value)]));
  return { api, writes, value: (element: string) => [...writes].reverse().find(([e]) => e === element)?.[1] };
}

/** The browser's storage, a Map-backed fake (with one unrelated key that must survive). */
function browser() {
  const data = new Map<string, string>([['opioid-paradox-lab:preferences:v1', '{"theme":"projector"}']]);
  const store = createProgressStore({
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  });
  return { data, store };
}

/** The page as a SCO: a window (an EventTarget for pagehide) whose parent frame holds the LMS's API. */
function launch(api: unknown, sco: string | null, local = browser().store) {
  const win = Object.assign(new EventTarget(), { parent: { API: api }, opener: null });
  let clock = START;
  const notify = vi.fn();
  const report = startLms({ win, sco, lessons: LESSONS, notify, now: () => new Date(clock) });
  return {
    report,
    notify,
    store: report ? lmsProgressStore(local, report) : local,
    later: (ms: number) => void (clock += ms),
    leave: () => win.dispatchEvent(new Event('pagehide')),
  };
}

/** Runs a lesson as the panel does (saving after every change); `plan` says what to do at each step. */
function openLesson(lesson: Lesson, store: ProgressStore) {
  const actor = createActor(lessonMachine, { input: { lesson, saved: store.load(lesson.id) } });
  actor.subscribe((s) => store.save(s.context.progress));
  actor.start();
  return actor;
}

/** Does every step: predicts the first option, skips the task, answers (wrong first on `wrongAt`), next. */
function doSteps(
  actor: ReturnType<typeof openLesson>,
  lesson: Lesson,
  steps: number,
  wrongAt: string[] = [],
) {
  for (const step of lesson.steps.slice(actor.getSnapshot().context.progress.stepIndex).slice(0, steps)) {
    if (step.prediction) actor.send({ type: 'predict', optionId: step.prediction.options[0]!.id });
    if (step.task) actor.send({ type: 'task.skip' });
    if (step.question) {
      const right = step.question.options.find((o) => o.correct)!;
      const wrong = step.question.options.find((o) => !o.correct)!;
      if (wrongAt.includes(step.id)) actor.send({ type: 'answer', optionId: wrong.id });
      actor.send({ type: 'answer', optionId: right.id });
    }
    actor.send({ type: 'next' });
  }
}

const questionSteps = (lesson: Lesson) => lesson.steps.filter((s) => s.question);

// The bridge writes each LMS error to the console (for whoever debugs a course); the tests check the notices.
beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

describe('a lesson SCO (?sco=<lessonId>) reports to a SCORM 1.2 LMS (scorm-again)', () => {
  it('initializes, says incomplete at once and passed at the end: 5 of 6 right at the first try is 83 %', () => {
    const lms = lmsWith();
    const sco = launch(lms.api, 'paradox');
    expect(sco.report?.lessonId).toBe('paradox');
    expect(lms.api.isInitialized()).toBe(true);
    expect(lms.api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    const actor = openLesson(paradox, sco.store);
    const firstQuestion = questionSteps(paradox)[0]!.id;
    doSteps(actor, paradox, paradox.steps.length - 1, [firstQuestion]);
    expect(lms.api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    expect(lms.value('cmi.core.score.raw')).toBeUndefined();
    doSteps(actor, paradox, 1);
    expect(actor.getSnapshot().matches('finished')).toBe(true);
    expect(questionSteps(paradox)).toHaveLength(6);
    expect(lms.api.LMSGetValue('cmi.core.score.raw')).toBe('83');
    expect(lms.api.LMSGetValue('cmi.core.score.min')).toBe('0');
    expect(lms.api.LMSGetValue('cmi.core.score.max')).toBe('100');
    expect(lms.api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
    expect(sco.notify).not.toHaveBeenCalled();
  });

  it('below the mastery score the finished lesson is completed, not failed; the LMS’s mastery score rules', () => {
    const nmda = LESSONS.find((l) => l.id === 'nmda')!;
    const wrong = [questionSteps(nmda)[0]!.id];
    const plain = lmsWith();
    doSteps(openLesson(nmda, launch(plain.api, 'nmda').store), nmda, nmda.steps.length, wrong);
    expect(plain.api.LMSGetValue('cmi.core.score.raw')).toBe('67');
    expect(plain.api.LMSGetValue('cmi.core.lesson_status')).toBe('completed');

    const lenient = lmsWith({ student_data: { mastery_score: '60' } } as CmiJson);
    doSteps(openLesson(nmda, launch(lenient.api, 'nmda').store), nmda, nmda.steps.length, wrong);
    expect(lenient.api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
  });

  it('writes one interaction per question and per prediction, once, with the first response and result', () => {
    const lms = lmsWith();
    const sco = launch(lms.api, 'paradox');
    sco.later(3_725_000); // 11:02:05
    const firstQuestion = questionSteps(paradox)[0]!;
    doSteps(openLesson(paradox, sco.store), paradox, paradox.steps.length, [firstQuestion.id]);
    const cmi = lms.api.renderCommitCMI(true) as {
      cmi: { interactions: Record<string, Record<string, unknown>> };
    };
    const interactions = Object.values(cmi.cmi.interactions);
    const predictions = paradox.steps.filter((s) => s.prediction);
    expect(interactions).toHaveLength(6 + predictions.length);
    expect(lms.api.LMSGetValue('cmi.interactions._count')).toBe(String(interactions.length));
    const byId = new Map(interactions.map((i) => [i.id, i]));
    for (const step of questionSteps(paradox)) {
      const options = step.question!.options;
      const right = options.findIndex((o) => o.correct);
      const chosen = step === firstQuestion ? options.findIndex((o) => !o.correct) : right;
      expect(byId.get(`paradox_${step.id}`), step.id).toMatchObject({
        type: 'choice',
        student_response: 'abc'[chosen],
        correct_responses: { 0: { pattern: 'abc'[right] } },
        result: step === firstQuestion ? 'wrong' : 'correct',
        time: '11:02:05',
      });
    }
    for (const step of predictions)
      expect(byId.get(`paradox_${step.id}_prediction`), step.id).toMatchObject({
        type: 'choice',
        student_response: 'a',
        result: 'neutral',
      });
    // Written once each: the retried question's second answer added nothing.
    expect(lms.writes.filter(([e]) => /^cmi\.interactions\.\d+\.id$/.test(e))).toHaveLength(
      interactions.length,
    );
  });

  it('on leave: session time since LMSInitialize as HHHH:MM:SS.SS, exit suspend (not finished), commit, finish once', () => {
    const lms = lmsWith();
    const sco = launch(lms.api, 'paradox');
    doSteps(openLesson(paradox, sco.store), paradox, 2);
    sco.later(65_204);
    const commit = vi.spyOn(lms.api, 'LMSCommit');
    const finish = vi.spyOn(lms.api, 'LMSFinish');
    sco.leave();
    sco.leave();
    expect(lms.value('cmi.core.session_time')).toBe('0000:01:05.20');
    expect(lms.value('cmi.core.exit')).toBe('suspend');
    expect(commit).toHaveBeenCalledTimes(1);
    expect(finish).toHaveBeenCalledTimes(1);
    expect(commit.mock.invocationCallOrder[0]!).toBeLessThan(finish.mock.invocationCallOrder[0]!);
    expect(lms.api.isTerminated()).toBe(true);
  });

  it("exit is '' once the lesson is finished, and set as the lesson goes", () => {
    const lms = lmsWith();
    const sco = launch(lms.api, 'paradox');
    const actor = openLesson(paradox, sco.store);
    // Written with each change too, in case the LMS cannot send the last commit while the page goes.
    expect(lms.value('cmi.core.exit')).toBe('suspend');
    doSteps(actor, paradox, paradox.steps.length);
    expect(lms.value('cmi.core.exit')).toBe('');
    sco.leave();
    expect(lms.value('cmi.core.exit')).toBe('');
  });

  it('resumes from the LMS’s suspend data on the next launch (not from this browser), and appends interactions', () => {
    const first = lmsWith();
    const sco = launch(first.api, 'paradox');
    doSteps(openLesson(paradox, sco.store), paradox, 3);
    sco.leave();
    const stored = first.api.renderCommitCMI(true) as { cmi: CmiJson };
    const suspend = first.api.LMSGetValue('cmi.suspend_data') as string;
    expect(suspend).toMatch(/^opl1:[A-Za-z0-9+/=]+$/);
    expect(suspend.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const written = Number(first.api.LMSGetValue('cmi.interactions._count'));

    // Another browser: nothing saved locally.
    const again = lmsWith(stored.cmi);
    const relaunch = launch(again.api, 'paradox');
    expect(again.api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    const actor = openLesson(paradox, relaunch.store);
    expect(actor.getSnapshot().context.progress.stepIndex).toBe(3);
    const answered = paradox.steps.slice(0, 3).filter((s) => s.question);
    expect(Object.keys(actor.getSnapshot().context.progress.answers)).toHaveLength(answered.length);
    expect(actor.getSnapshot().context.savedNotice).toBeNull();
    doSteps(actor, paradox, paradox.steps.length);
    const ids = again.writes.filter(([e]) => /^cmi\.interactions\.\d+\.id$/.test(e));
    expect(ids[0]![0]).toBe(`cmi.interactions.${written}.id`);
    expect(ids.map(([, id]) => id)).not.toContain(`paradox_${questionSteps(paradox)[0]!.id}`);
    expect(again.api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
    expect(again.api.LMSGetValue('cmi.core.score.raw')).toBe('100');

    // This browser has another learner's progress in the lesson: the LMS's copy wins.
    const shared = browser();
    shared.store.save({
      ...(actor.getSnapshot().context.progress as object),
      stepIndex: 5,
      done: true,
    } as never);
    const third = launch(lmsWith(stored.cmi).api, 'paradox', shared.store);
    expect(openLesson(paradox, third.store).getSnapshot().context.progress.stepIndex).toBe(3);
  });

  it('reopened in the same visit (All lessons, then the lesson again), the lesson resumes where it was left', () => {
    const sco = launch(lmsWith().api, 'paradox');
    const first = openLesson(paradox, sco.store);
    doSteps(first, paradox, 2);
    first.stop();
    expect(openLesson(paradox, sco.store).getSnapshot().context.progress.stepIndex).toBe(2);
  });

  it('a first launch starts the lesson afresh even when this browser has progress in it; local saving goes on', () => {
    const local = browser();
    local.store.save({ ...openLesson(paradox, local.store).getSnapshot().context.progress, stepIndex: 4 });
    const sco = launch(lmsWith().api, 'paradox', local.store);
    const actor = openLesson(paradox, sco.store);
    expect(actor.getSnapshot().context.progress.stepIndex).toBe(0);
    doSteps(actor, paradox, 1);
    expect(JSON.parse(local.data.get('opioid-paradox-lab:lesson:v1:paradox')!)).toMatchObject({
      stepIndex: 1,
    });
  });
});

describe('the lab SCO (?sco=lab) keeps every lesson', () => {
  it('is completed once a lesson is opened, or once the simulation is used; it has no score', () => {
    const opened = lmsWith();
    const sco = launch(opened.api, 'lab');
    expect(sco.report?.lessonId).toBeNull();
    expect(opened.api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    openLesson(LESSONS[3]!, sco.store);
    expect(opened.api.LMSGetValue('cmi.core.lesson_status')).toBe('completed');

    const used = lmsWith();
    const lab = launch(used.api, 'lab');
    const commits = vi.spyOn(used.api, 'LMSCommit');
    lab.report!.used();
    lab.report!.used();
    expect(used.api.LMSGetValue('cmi.core.lesson_status')).toBe('completed');
    expect(commits).toHaveBeenCalledTimes(1);
    expect(used.value('cmi.core.score.raw')).toBeUndefined();
  });

  it('with every lesson finished (every prediction and question answered, some retried) its suspend data stays ≤ 4,096 characters and restores them all', () => {
    const lms = lmsWith();
    const sco = launch(lms.api, 'lab');
    for (const lesson of LESSONS) {
      const wrong = questionSteps(lesson).map((s) => s.id);
      doSteps(openLesson(lesson, sco.store), lesson, lesson.steps.length, wrong);
    }
    sco.leave();
    expect(lms.value('cmi.core.exit')).toBe('');
    const suspend = lms.api.LMSGetValue('cmi.suspend_data') as string;
    expect(suspend.length).toBeGreaterThan(1000);
    expect(suspend.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const value = decodeSuspendData(suspend) as { value: { lessons: { lessonId: string; done: boolean }[] } };
    expect(value.value.lessons.map((p) => [p.lessonId, p.done])).toEqual(LESSONS.map((l) => [l.id, true]));

    const relaunch = launch(lmsWith((lms.api.renderCommitCMI(true) as { cmi: CmiJson }).cmi).api, 'lab');
    for (const lesson of LESSONS) {
      const { progress } = openLesson(lesson, relaunch.store).getSnapshot().context;
      expect(progress.done, lesson.id).toBe(true);
      expect(firstTryPercent(lesson, progress), lesson.id).toBe(0);
    }
  });
});

describe('what goes wrong never breaks the lesson', () => {
  const corrupt: [string, string][] = [
    ['another package’s data', 'viewed=1,2,3|lastviewedslide=3'],
    ['ours, cut off', encodeSuspendData({ v: 1, lessons: [] })!.slice(0, -4)],
    ['ours, another version', encodeSuspendData({ v: 2, lessons: [] })!],
    ['ours, not a list', encodeSuspendData({ v: 1, lessons: 'paradox' })!],
    ['ours, another lesson', ''],
  ];

  it.each(corrupt)(
    'corrupt or foreign suspend data (%s): a fresh start, one notice, nothing else lost',
    (_, data) => {
      let suspend = data;
      if (suspend === '') {
        // Suspend data of the nmda lesson's SCO, opened as the paradox lesson's.
        const other = lmsWith();
        const nmda = LESSONS.find((l) => l.id === 'nmda')!;
        doSteps(openLesson(nmda, launch(other.api, 'nmda').store), nmda, 2);
        suspend = other.api.LMSGetValue('cmi.suspend_data') as string;
      }
      const local = browser();
      const before = new Map(local.data);
      const lms = lmsWith({ suspend_data: suspend } as CmiJson);
      const sco = launch(lms.api, 'paradox', local.store);
      expect(sco.report?.suspendIgnored).toBe(true);
      expect(sco.notify).toHaveBeenCalledExactlyOnceWith(lmsWords.suspendIgnored);
      const actor = openLesson(paradox, sco.store);
      expect(actor.getSnapshot().context.progress.stepIndex).toBe(0);
      for (const [key, value] of before) expect(local.data.get(key)).toBe(value);
      doSteps(actor, paradox, 1);
      expect(local.data.has('opioid-paradox-lab:lesson:v1:paradox')).toBe(true);
      // The LMS's copy is replaced by readable progress.
      expect(decodeSuspendData(lms.api.LMSGetValue('cmi.suspend_data') as string)).not.toBe('foreign');
    },
  );

  it('progress over 4,096 characters is not written (not cut either): one notice, the LMS keeps the last that fit', () => {
    // A lesson far longer than any real one: 400 steps whose ids do not compress (seeded noise).
    let seed = 11;
    const noise = () =>
      Array.from({ length: 12 }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return 'abcdefghijklmnopqrstuvwxyz'[seed % 26];
      }).join('');
    const options = [
      { id: 'a', text: 'A', correct: true, feedback: 'Yes.' },
      { id: 'b', text: 'B', correct: false, feedback: 'No.' },
    ];
    const huge: Lesson = {
      ...paradox,
      id: 'huge',
      steps: Array.from({ length: 400 }, () => ({
        id: noise(),
        title: 'Step',
        text: 'Text',
        question: { prompt: 'Q', options },
      })),
    };
    const lms = lmsWith();
    const win = Object.assign(new EventTarget(), { parent: { API: lms.api }, opener: null });
    const notify = vi.fn();
    const report = startLms({ win, sco: 'lab', lessons: [huge], notify })!;
    const store = lmsProgressStore(browser().store, report);
    const progress = openLesson(huge, store).getSnapshot().context.progress;
    const fitted = lms.api.LMSGetValue('cmi.suspend_data') as string;
    expect(fitted).toMatch(/^opl1:/);
    const answers = Object.fromEntries(
      huge.steps.map((s) => [s.id, { optionId: 'a', correct: true, attempts: 1 }]),
    );
    store.save({ ...progress, answers });
    store.save({ ...progress, answers, stepIndex: 1 });
    expect(notify).toHaveBeenCalledExactlyOnceWith(lmsWords.problem);
    expect(lms.api.LMSGetValue('cmi.suspend_data')).toBe(fitted);
    expect(Number(lms.api.LMSGetValue('cmi.interactions._count'))).toBe(400);
  });

  it('an LMS that refuses every write: no exception, one quiet notice, progress still saved in the browser', () => {
    const lms = lmsWith();
    const local = browser();
    const sco = launch(lms.api, 'paradox', local.store);
    lms.api.LMSSetValue = () => 'false';
    lms.api.LMSCommit = () => 'false';
    lms.api.LMSGetLastError = () => '101';
    const actor = openLesson(paradox, sco.store);
    expect(() => doSteps(actor, paradox, paradox.steps.length)).not.toThrow();
    expect(actor.getSnapshot().matches('finished')).toBe(true);
    expect(sco.notify).toHaveBeenCalledExactlyOnceWith(lmsWords.problem);
    expect(JSON.parse(local.data.get('opioid-paradox-lab:lesson:v1:paradox')!)).toMatchObject({ done: true });
    expect(() => sco.leave()).not.toThrow();
  });

  it('an LMS whose calls throw, or that cannot read the suspend data: the browser’s copy is used', () => {
    const local = browser();
    local.store.save({ ...openLesson(paradox, local.store).getSnapshot().context.progress, stepIndex: 2 });
    const lms = lmsWith();
    lms.api.LMSGetValue = () => {
      throw new Error('LMS gone');
    };
    const sco = launch(lms.api, 'paradox', local.store);
    expect(sco.report).not.toBeNull();
    expect(openLesson(paradox, sco.store).getSnapshot().context.progress.stepIndex).toBe(2);
    expect(sco.notify).toHaveBeenCalledExactlyOnceWith(lmsWords.problem);
  });

  it('an LMS that refuses LMSInitialize: the app as without an LMS, and a notice', () => {
    const lms = lmsWith();
    lms.api.LMSInitialize = () => 'false';
    const sco = launch(lms.api, 'paradox');
    expect(sco.report).toBeNull();
    expect(sco.notify).toHaveBeenCalledExactlyOnceWith(lmsWords.problem);
  });

  it('without ?sco=, with an unknown sco, or without an API: no call at all, the browser’s store as it was', () => {
    const calls: string[] = [];
    const spy = new Proxy(
      {},
      {
        get: (_, name) => () => (calls.push(String(name)), 'true'),
      },
    ) as Scorm12Api;
    const local = browser().store;
    for (const sco of [null, 'no-such-lesson']) {
      const launched = launch(spy, sco, local);
      expect(launched.report).toBeNull();
      expect(launched.store).toBe(local);
    }
    expect(calls).toEqual([]);
    const noApi = launch(undefined, 'paradox', local);
    expect(noApi.report).toBeNull();
    expect(noApi.notify).not.toHaveBeenCalled();
  });
});

describe('the report’s own rules', () => {
  it('first-try percent counts a right answer only at the first attempt; null without questions', () => {
    const progress = openLesson(paradox, browser().store).getSnapshot().context.progress;
    const [q1, q2] = questionSteps(paradox);
    const rightOf = (step: typeof q1) => step!.question!.options.find((o) => o.correct)!.id;
    expect(firstTryPercent(paradox, progress)).toBe(0);
    const answered = {
      ...progress,
      answers: {
        [q1!.id]: { optionId: rightOf(q1), correct: true, attempts: 1 },
        [q2!.id]: { optionId: rightOf(q2), correct: true, attempts: 2 },
      },
    };
    // One of lesson 1's six questions right at the first try: 17 %.
    expect(firstTryPercent(paradox, answered)).toBe(17);
    const withoutQuestion = ({ question, ...step }: Lesson['steps'][number]) => (void question, step);
    const noQuestions = { ...paradox, steps: paradox.steps.map(withoutQuestion) };
    expect(firstTryPercent(noQuestions, answered)).toBeNull();
  });

  it('a lesson SCO keeps only its lesson: another lesson opened from the picker is the browser’s', () => {
    const local = browser();
    const nmda = LESSONS.find((l) => l.id === 'nmda')!;
    local.store.save({ ...openLesson(nmda, local.store).getSnapshot().context.progress, stepIndex: 2 });
    const lms = lmsWith();
    const sco = launch(lms.api, 'paradox', local.store);
    expect(sco.report?.keeps('paradox')).toBe(true);
    expect(sco.report?.keeps('nmda')).toBe(false);
    doSteps(openLesson(nmda, sco.store), nmda, 1);
    expect(lms.writes.filter(([e]) => e.startsWith('cmi.interactions'))).toEqual([]);
  });
});
