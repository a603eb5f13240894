import type { Lesson } from './types';

/**
 * A learner's progress in one lesson, as saved in localStorage. Plain JSON; `parseProgress` validates what
 * comes back, because stored text can be old, hand-edited or cut off.
 */
export interface AnswerRecord {
  /** The option chosen last. */
  readonly optionId: string;
  readonly correct: boolean;
  /** How many answers were given, the right one included. */
  readonly attempts: number;
}

export interface LessonProgress {
  readonly version: 1;
  readonly lessonId: string;
  readonly stepIndex: number;
  /** stepId → the predicted option's id. */
  readonly predictions: Readonly<Record<string, string>>;
  /** stepId → the last answer. */
  readonly answers: Readonly<Record<string, AnswerRecord>>;
  /** Steps whose task the learner has done (or skipped). */
  readonly tasks: readonly string[];
  /** The lesson was finished (the summary was reached). */
  readonly done: boolean;
}

export function emptyProgress(lesson: Lesson): LessonProgress {
  return {
    version: 1,
    lessonId: lesson.id,
    stepIndex: 0,
    predictions: {},
    answers: {},
    tasks: [],
    done: false,
  };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads saved progress for this lesson. Anything that is not progress of this lesson, in this format,
 * gives null (start afresh). Entries about steps or options the lesson no longer has are dropped, and
 * whether an answer was correct is taken from the lesson, not from storage.
 */
export function parseProgress(value: unknown, lesson: Lesson): LessonProgress | null {
  if (!isRecord(value) || value.version !== 1 || value.lessonId !== lesson.id) return null;
  const { stepIndex, predictions, answers, tasks, done } = value;
  if (typeof stepIndex !== 'number' || !Number.isInteger(stepIndex)) return null;
  if (stepIndex < 0 || stepIndex >= lesson.steps.length) return null;
  if (!isRecord(predictions) || !isRecord(answers) || !Array.isArray(tasks) || typeof done !== 'boolean')
    return null;
  const steps = new Map(lesson.steps.map((s) => [s.id, s]));
  const keptPredictions: Record<string, string> = {};
  for (const [stepId, optionId] of Object.entries(predictions)) {
    const options = steps.get(stepId)?.prediction?.options;
    if (typeof optionId === 'string' && options?.some((o) => o.id === optionId))
      keptPredictions[stepId] = optionId;
  }
  const keptAnswers: Record<string, AnswerRecord> = {};
  for (const [stepId, answer] of Object.entries(answers)) {
    if (!isRecord(answer) || typeof answer.optionId !== 'string') continue;
    const option = steps.get(stepId)?.question?.options.find((o) => o.id === answer.optionId);
    if (!option) continue;
    const attempts =
      typeof answer.attempts === 'number' && Number.isInteger(answer.attempts) && answer.attempts > 0
        ? Math.min(answer.attempts, 1000)
        : 1;
    keptAnswers[stepId] = { optionId: option.id, correct: option.correct, attempts };
  }
  const keptTasks = [...new Set(tasks)].filter(
    (id): id is string => typeof id === 'string' && steps.get(id)?.task !== undefined,
  );
  return {
    version: 1,
    lessonId: lesson.id,
    stepIndex,
    predictions: keptPredictions,
    answers: keptAnswers,
    tasks: keptTasks,
    done,
  };
}

/**
 * What became of saved progress, for a notice: 'ignored' when something was saved for this lesson but could
 * not be used at all (not JSON, another format or version, cut off), 'partly' when some of its entries were
 * dropped, null when there was nothing saved or all of it was kept. Other saved data is never touched.
 */
export function savedProgressNotice(
  saved: unknown,
  kept: LessonProgress | null,
): 'ignored' | 'partly' | null {
  if (saved === null || saved === undefined) return null;
  if (kept === null) return 'ignored';
  if (!isRecord(saved)) return 'ignored';
  const count = (x: unknown) => (isRecord(x) ? Object.keys(x).length : Array.isArray(x) ? x.length : 0);
  const dropped =
    count(saved.predictions) > Object.keys(kept.predictions).length ||
    count(saved.answers) > Object.keys(kept.answers).length ||
    count(saved.tasks) > kept.tasks.length;
  return dropped ? 'partly' : null;
}
