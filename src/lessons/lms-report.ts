import { choiceCharacter, cmiIdentifier, cmiTime, cmiTimespan } from '../app/lms/cmi-values';
import type { LmsConnection } from '../app/lms/scorm12';
import { decodeSuspendData, encodeSuspendData } from '../app/lms/suspend-data';
import { parseProgress, type LessonProgress } from './progress';
import type { ProgressStore } from './progress-store';
import type { ChoiceOption, Lesson } from './types';

/**
 * What a SCORM 1.2 SCO tells the LMS about lessons (issue 22); the contract is at the top of
 * src/app/lms/scorm12.ts. The LMS keeps the progress of the SCO's lessons (one lesson, or all for the lab) in
 * cmi.suspend_data; its copy is the one a launch resumes from, since the browser may be another learner's.
 */
export const LAB_SCO = 'lab';
/** Percent of first-try right answers that passes a lesson when the LMS sets no mastery score. */
export const PASS_PERCENT = 80;

export interface LmsReport {
  /** The lesson a lesson SCO opens; null for the lab. */
  readonly lessonId: string | null;
  /** Whether the LMS's copy is the one to resume this lesson from (it keeps it, and could be read). */
  keeps(lessonId: string): boolean;
  /** The LMS's copy of a lesson's progress, as stored (the lesson machine validates it), or null. */
  restored(lessonId: string): unknown;
  /** cmi.suspend_data was there but (some of it) could not be used: those lessons start afresh. */
  readonly suspendIgnored: boolean;
  /** A lesson's progress changed (saved). */
  progressed(progress: LessonProgress): void;
  /** The learner used the simulation (the lab SCO counts it as done). */
  used(): void;
  /** Session time, exit, commit, LMSFinish. */
  leave(): void;
}

/** The first try's score in percent (0–100, rounded) of a lesson's questions; null without questions. */
export function firstTryPercent(lesson: Lesson, progress: LessonProgress): number | null {
  const questions = lesson.steps.filter((s) => s.question);
  if (questions.length === 0) return null;
  const right = questions.filter((s) => {
    const a = progress.answers[s.id];
    return a?.correct === true && a.attempts === 1;
  }).length;
  return Math.round((100 * right) / questions.length);
}

export function startLmsReport(input: {
  readonly lms: LmsConnection;
  readonly sco: string;
  readonly lessons: readonly Lesson[];
  readonly onProblem: (detail: string) => void;
  readonly now?: (() => Date) | undefined;
}): LmsReport | null {
  const { lms, sco, onProblem, now = () => new Date() } = input;
  const own = sco === LAB_SCO ? input.lessons : input.lessons.filter((l) => l.id === sco);
  if (own.length === 0) return null;
  const startedAt = now().getTime();
  let status = lms.get('cmi.core.lesson_status');
  if (status !== 'completed' && status !== 'passed' && lms.set('cmi.core.lesson_status', 'incomplete'))
    status = 'incomplete';
  const masteryText = lms.get('cmi.student_data.mastery_score', 'optional') ?? '';
  const mastery = /^\d+(\.\d+)?$/.test(masteryText) ? Number(masteryText) : PASS_PERCENT;
  const countText = lms.get('cmi.interactions._count', 'optional');
  const suspendText = lms.get('cmi.suspend_data');
  const { stored, progress, ignored } = readSuspendData(suspendText ?? '', own);
  /** Per lesson, the questions ('q:' + step) and predictions ('p:' + step) already reported. */
  const reported = new Map([...progress].map(([id, p]) => [id, answeredKeys(p)]));
  let lastSuspend = suspendText;
  let tooLong = false;

  const interaction = interactionWriter(lms, countText, now);
  const setStatus = (next: 'completed' | 'passed') => {
    // The lab never lowers a status the LMS already holds.
    if (sco === LAB_SCO && status === 'passed') return;
    if (next !== status && lms.set('cmi.core.lesson_status', next)) status = next;
  };
  let lastRaw: string | null = null;
  /** cmi.core.exit: '' once finished (the lesson; for the lab every lesson), else 'suspend' (to resume). */
  const exitNow = () => (own.every((l) => progress.get(l.id)?.done === true) ? '' : 'suspend');
  let lastExit: string | null = null;

  return {
    lessonId: sco === LAB_SCO ? null : sco,
    keeps: (lessonId) => suspendText !== null && own.some((l) => l.id === lessonId),
    restored: (lessonId) => stored.get(lessonId) ?? null,
    suspendIgnored: ignored,
    progressed(p) {
      const lesson = own.find((l) => l.id === p.lessonId);
      if (!lesson || lms.finished) return;
      progress.set(lesson.id, p);
      // Reopened in this visit (All lessons, then the lesson again), the lesson resumes from here.
      stored.set(lesson.id, p);
      const seen = reported.get(lesson.id) ?? new Set<string>();
      for (const step of lesson.steps) {
        const predicted = p.predictions[step.id];
        if (step.prediction && predicted !== undefined && !seen.has(`p:${step.id}`)) {
          const { options, answerId } = step.prediction;
          interaction(
            cmiIdentifier(lesson.id, step.id, 'prediction'),
            options,
            predicted,
            [answerId],
            'neutral',
          );
        }
        const answer = p.answers[step.id];
        if (step.question && answer && !seen.has(`q:${step.id}`)) {
          const right = step.question.options.filter((o) => o.correct).map((o) => o.id);
          const result = answer.correct && answer.attempts === 1 ? 'correct' : 'wrong';
          interaction(
            cmiIdentifier(lesson.id, step.id),
            step.question.options,
            answer.optionId,
            right,
            result,
          );
        }
      }
      // A reset lesson forgets its answers: answered again, they are reported again.
      reported.set(lesson.id, answeredKeys(p));
      if (sco === LAB_SCO) setStatus('completed');
      else if (p.done) {
        const percent = firstTryPercent(lesson, p);
        const raw = percent === null ? null : String(percent);
        if (raw !== null && raw !== lastRaw) {
          lms.set('cmi.core.score.min', '0');
          lms.set('cmi.core.score.max', '100');
          if (lms.set('cmi.core.score.raw', raw)) lastRaw = raw;
        }
        setStatus(percent === null ? 'completed' : percent >= mastery ? 'passed' : 'completed');
      }
      const text = encodeSuspendData({ v: 1, lessons: own.flatMap((l) => progress.get(l.id) ?? []) });
      if (text === null && !tooLong) onProblem('cmi.suspend_data: the progress is over 4,096 characters');
      tooLong = text === null;
      if (text !== null && text !== lastSuspend && lms.set('cmi.suspend_data', text)) lastSuspend = text;
      // Set now too, not only on leave: a browser may not let the LMS send its last commit while the page goes.
      const exit = exitNow();
      if (exit !== lastExit && lms.set('cmi.core.exit', exit)) lastExit = exit;
      lms.commit();
    },
    used() {
      if (sco !== LAB_SCO || lms.finished || status === 'completed' || status === 'passed') return;
      setStatus('completed');
      lms.commit();
    },
    leave() {
      if (lms.finished) return;
      lms.set('cmi.core.session_time', cmiTimespan(now().getTime() - startedAt));
      lms.set('cmi.core.exit', exitNow());
      lms.commit();
      lms.finish();
    },
  };
}

/**
 * The SCO's lessons' progress in cmi.suspend_data: as stored (for the lesson machine, which validates it and
 * says what it drops) and validated; `ignored` when the text, or an entry, is not ours or not usable.
 */
function readSuspendData(text: string, own: readonly Lesson[]) {
  const stored = new Map<string, unknown>();
  const progress = new Map<string, LessonProgress>();
  let ignored = false;
  const read = decodeSuspendData(text);
  if (read === 'foreign') ignored = true;
  else if (read !== 'empty') {
    const value = read.value as { v?: unknown; lessons?: unknown } | null;
    const entries = value?.v === 1 && Array.isArray(value.lessons) ? (value.lessons as unknown[]) : null;
    if (!entries) ignored = true;
    for (const entry of entries ?? []) {
      const id = (entry as { lessonId?: unknown } | null)?.lessonId;
      const lesson = own.find((l) => l.id === id);
      const parsed = lesson ? parseProgress(entry, lesson) : null;
      if (!lesson || !parsed || progress.has(lesson.id)) {
        ignored = true;
        continue;
      }
      stored.set(lesson.id, entry);
      progress.set(lesson.id, parsed);
    }
  }
  return { stored, progress, ignored };
}

/**
 * Writes cmi.interactions.n, a choice: n is counted here from cmi.interactions._count (SCORM 1.2 interactions
 * are write-only and appended); nothing when the LMS keeps no interactions (no count).
 */
function interactionWriter(lms: LmsConnection, countText: string | null, now: () => Date) {
  let count = countText !== null && /^\d+$/.test(countText) ? Number(countText) : null;
  return (
    id: string,
    options: readonly ChoiceOption[],
    chosen: string,
    right: readonly string[],
    result: 'correct' | 'wrong' | 'neutral',
  ) => {
    if (count === null) return;
    const n = `cmi.interactions.${count}.`;
    const letter = (optionId: string) => choiceCharacter(options.findIndex((o) => o.id === optionId)) ?? '';
    if (!lms.set(`${n}id`, id)) return;
    count++;
    lms.set(`${n}type`, 'choice');
    lms.set(`${n}student_response`, letter(chosen));
    right.forEach((r, i) => lms.set(`${n}correct_responses.${i}.pattern`, letter(r)));
    lms.set(`${n}result`, result);
    lms.set(`${n}time`, cmiTime(now()));
  };
}

function answeredKeys(p: LessonProgress): Set<string> {
  return new Set([
    ...Object.keys(p.predictions).map((id) => `p:${id}`),
    ...Object.keys(p.answers).map((id) => `q:${id}`),
  ]);
}

/**
 * The progress store of a SCO: every save goes to the browser as always and then to the LMS; the lessons the
 * LMS keeps resume from its copy (none there: the lesson starts afresh), the others from the browser.
 */
export function lmsProgressStore(local: ProgressStore, report: LmsReport): ProgressStore {
  return {
    load: (lessonId) => (report.keeps(lessonId) ? report.restored(lessonId) : local.load(lessonId)),
    save(progress) {
      local.save(progress);
      report.progressed(progress);
    },
    clear: (lessonId) => local.clear(lessonId),
    lastLessonId: () => local.lastLessonId(),
  };
}
