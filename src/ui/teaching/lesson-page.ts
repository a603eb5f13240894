import { educationOnlyNotice, lessonPanelText as T } from '../../content/lesson-words';
import type { ProgressStore } from '../../lessons/progress-store';
import type { Lesson } from '../../lessons/types';
import { el } from '../kit/dom';
import { button, renderSummary } from './lesson-panel-parts';
import { renderStep, type LessonSnapshot, type StepView } from './lesson-step';

/**
 * The lesson panel's pages (lesson-panel.ts): the list of lessons, and an open lesson — its header, notices,
 * progress, then the objectives and the current step, or the summary at the end.
 */

/** The list of lessons, each with its length and how far the learner got. */
export function lessonPicker(
  lessons: readonly Lesson[],
  store: ProgressStore,
  open: (lessonId: string) => void,
): Node[] {
  const list = el('ul', { class: 'lesson-list' });
  for (const lesson of lessons) {
    const saved = store.load(lesson.id) as { done?: unknown; stepIndex?: unknown } | null;
    const status =
      saved?.done === true
        ? T.completed
        : typeof saved?.stepIndex === 'number' && saved.stepIndex > 0
          ? T.inProgress(saved.stepIndex + 1, lesson.steps.length)
          : '';
    const openButton = button(lesson.title, () => open(lesson.id), { 'data-key': `open-${lesson.id}` });
    list.append(
      el(
        'li',
        {},
        openButton,
        el('span', { class: 'lesson-meta' }, [T.minutes(lesson.minutes), status].filter(Boolean).join(' · ')),
      ),
    );
  }
  return [el('h3', {}, T.chooseLesson), list];
}

/** What an open lesson's page needs from the panel. */
export interface LessonPageView {
  readonly step: StepView;
  /** Said at the top when saved progress could not be used, or null. */
  readonly savedNotice: string | null;
  /** Back to the list of lessons. */
  readonly allLessons: () => void;
  /** Starts the lesson again (and says so). */
  readonly reset: () => void;
}

export function lessonPage(view: LessonPageView, s: LessonSnapshot): Node[] {
  const { lesson, progress } = s.context;
  const parts: Node[] = [lessonHeader(view, lesson.title)];
  if (view.savedNotice)
    parts.push(el('p', { class: 'lesson-notice lesson-saved-notice', role: 'note' }, view.savedNotice));
  if (lesson.dosing) parts.push(el('p', { class: 'lesson-notice', role: 'note' }, educationOnlyNotice));
  const finished = s.matches('finished');
  const index = progress.stepIndex;
  parts.push(progressLine(index, lesson.steps.length, finished));
  if (finished) {
    parts.push(...renderSummary(lesson, () => view.step.send({ type: 'back' }), view.allLessons));
    return parts;
  }
  if (index === 0) parts.push(objectives(lesson));
  const step = lesson.steps[index];
  if (step) parts.push(...renderStep(view.step, s, step));
  return parts;
}

/** The lesson's title (focused when it opens), All lessons and Reset lesson. */
function lessonHeader(view: LessonPageView, title: string): HTMLElement {
  return el(
    'header',
    { class: 'lesson-header' },
    el('h3', { tabindex: '-1', 'data-key': 'title' }, title),
    button(T.allLessons, view.allLessons, { 'data-key': 'all' }),
    button(T.reset, view.reset, { 'data-key': 'reset' }),
  );
}

/** "Step 2 of 5" with a progress bar; "Summary" at the end. */
function progressLine(index: number, total: number, finished: boolean): HTMLElement {
  return el(
    'p',
    { class: 'lesson-progress' },
    el('progress', {
      max: total,
      value: finished ? total : index,
      'aria-label': T.stepOf(index + 1, total),
    }),
    ' ',
    finished ? T.summary : T.stepOf(index + 1, total),
  );
}

/** The lesson's objectives, open, above its first step. */
function objectives(lesson: Lesson): HTMLElement {
  const details = el('details', { class: 'lesson-objectives', open: true }, el('summary', {}, T.objectives));
  details.append(el('ul', {}, ...lesson.objectives.map((o) => el('li', {}, o))));
  return details;
}

/** What to say politely after a new render: the answer's feedback, or that the task is done; else null. */
export function lessonAnnouncement(s: LessonSnapshot): string | null {
  const step = s.context.lesson.steps[s.context.progress.stepIndex];
  if (!step) return null;
  const answer = s.context.progress.answers[step.id];
  if (answer && !s.matches('finished') && !s.matches({ step: { explained: 'answering' } })) {
    const feedback = step.question?.options.find((o) => o.id === answer.optionId)?.feedback ?? '';
    return `${answer.correct ? T.right : T.wrong} ${feedback}`;
  }
  if (s.matches({ step: 'explained' }) && step.task && s.context.progress.tasks.includes(step.id))
    return T.taskDone;
  return null;
}
