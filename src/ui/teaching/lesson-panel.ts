import { createActor, type Actor } from 'xstate';
import { lessonPanelText as T } from '../../content/lesson-words';
import type { LessonEvent, lessonMachine } from '../../lessons/lesson-machine';
import type { ProgressStore } from '../../lessons/progress-store';
import type { CohortRef, Lesson, LessonStep, SimEvent, SimSetup } from '../../lessons/types';
import { el } from '../kit/dom';
import { linkTerms } from '../kit/glossary-links';
import { lessonAnnouncement, lessonPage, lessonPicker, type LessonPageView } from './lesson-page';
import type { LessonSnapshot } from './lesson-step';
import { lessonView } from './lesson-view';
import './lessons.css';

/**
 * The lesson panel (issue 7): a lesson picker, then one lesson at a time — objectives, the step's text,
 * a prediction (radio group), the task to do in the simulation, the explanation, a question with feedback
 * (announced politely), Back/Next, progress, Reset lesson, and at the end the summary and references.
 *
 * The panel runs the lesson machine it is given (src/ui may import only lesson *types*, so the composition
 * root passes `lessonMachine` and a progress store in). The app applies each SimSetup passed to `onSetup` and
 * forwards the learner's own actions as SimEvents through `send` (not the changes a setup itself causes).
 * All text is inserted as text nodes, never parsed as HTML.
 *
 * This file runs the lesson (its actor, saved progress, what is said); lesson-page.ts and lesson-step.ts
 * build what the panel shows, and lesson-view.ts draws it and keeps the focus.
 */
export interface LessonPanelOptions {
  readonly lessons: readonly Lesson[];
  readonly machine: typeof lessonMachine;
  readonly store: ProgressStore;
  readonly onSetup: (setup: SimSetup) => void;
  /**
   * The day Play must stop at: a step's "play to" task's day while that task is not done, so the clock stops
   * where the step's words are about; null when no task waits.
   */
  readonly onStopAt?: (day: number | null) => void;
  readonly openGlossary?: (term: string) => void;
  /** Opens an experiment in the Experiments view (a step's `experiment`); without it, no links to experiments. */
  readonly openExperiment?: (id: string, opener: HTMLElement) => void;
  /**
   * Opens the cohort view for the simulation as it stands, with this size and seed (a step's `cohort`, issue
   * 21); `opener` finds where the focus goes back on close. Without it, steps show no cohort button.
   */
  readonly openCohort?: (cohort: CohortRef, opener: () => HTMLElement | null) => void;
}

export interface LessonPanel {
  readonly element: HTMLElement;
  /** Tell the running lesson what the learner did in the simulation. */
  send(event: SimEvent): void;
  /** Open a lesson (resuming saved progress), optionally at a step (shared links). */
  open(lessonId: string, stepId?: string): void;
  /** Back to the list of lessons. */
  close(): void;
  /** The open lesson and step, for links; null on the picker. */
  current(): { lessonId: string; stepId: string | null } | null;
  destroy(): void;
}

type LessonActor = Actor<typeof lessonMachine>;

let panelCount = 0;

export function mountLessonPanel(host: HTMLElement, options: LessonPanelOptions): LessonPanel {
  const id = `lesson-panel-${++panelCount}`;
  const { element, body, live } = panelFrame(id);
  host.append(element);

  let actor: LessonActor | null = null;
  /** Said at the top of the lesson when saved progress could not be used, until the learner moves on. */
  let savedNotice: string | null = null;
  let savedJson = '';
  let stopAt: number | null = null;
  const setStopAt = (day: number | null) => {
    if (day === stopAt) return;
    stopAt = day;
    options.onStopAt?.(day);
  };
  const view = lessonView(body);
  const say = (text: string) => {
    live.textContent = text;
  };
  const send = (e: LessonEvent) => {
    if (e.type === 'next' || e.type === 'back' || e.type === 'reset') savedNotice = null;
    view.acting(() => actor?.send(e));
  };
  const page = (): LessonPageView => ({
    step: {
      id,
      send,
      textWithTerms: (text, linked) =>
        options.openGlossary
          ? linkTerms(text, options.openGlossary, document, linked)
          : document.createTextNode(text),
      openExperiment: options.openExperiment,
      body,
      openCohort: stepCohort(options, () => actor?.getSnapshot().context.setup ?? null),
    },
    savedNotice,
    allLessons: () => panel.close(),
    reset: () => {
      send({ type: 'reset' });
      say(T.resetDone);
    },
  });

  function onSnapshot(s: LessonSnapshot) {
    const json = JSON.stringify(s.context.progress);
    if (json !== savedJson) {
      savedJson = json;
      options.store.save(s.context.progress);
    }
    setStopAt(playToDay(s));
    if (!view.showLesson(s, () => lessonPage(page(), s))) return;
    const announcement = lessonAnnouncement(s);
    if (announcement !== null) say(announcement);
  }

  function startLesson(lesson: Lesson, stepId: string | undefined) {
    savedJson = '';
    view.forget();
    const next = createActor(options.machine, { input: { lesson, saved: options.store.load(lesson.id) } });
    next.on('lesson.setup', (e) => {
      // Applying a setup may move the focus (closing the scene's mechanism card returns it to the scene);
      // a learner working in the panel stays where they were.
      const active = document.activeElement;
      options.onSetup(e.setup);
      if (active instanceof HTMLElement && body.contains(active) && document.activeElement !== active)
        active.focus();
    });
    next.subscribe(onSnapshot);
    actor = next;
    const notice = next.getSnapshot().context.savedNotice;
    savedNotice = notice === 'ignored' ? T.savedIgnored : notice === 'partly' ? T.savedPartly : null;
    next.start();
    if (stepId) next.send({ type: 'goto', stepId });
    onSnapshot(next.getSnapshot());
  }

  function stop() {
    actor?.stop();
    actor = null;
    setStopAt(null);
  }

  function showPicker() {
    view.showPicker(lessonPicker(options.lessons, options.store, (lessonId) => panel.open(lessonId)));
  }

  const panel: LessonPanel = {
    element,
    send(event) {
      actor?.send(event);
    },
    open(lessonId, stepId) {
      const lesson = options.lessons.find((l) => l.id === lessonId);
      if (!lesson) return;
      stop();
      startLesson(lesson, stepId);
      if (savedNotice) say(savedNotice);
      body.querySelector<HTMLElement>('[data-key="title"]')?.focus();
    },
    close() {
      stop();
      savedNotice = null;
      showPicker();
      body.querySelector<HTMLElement>('button')?.focus();
    },
    current() {
      if (!actor) return null;
      const { lesson, progress } = actor.getSnapshot().context;
      return { lessonId: lesson.id, stepId: lesson.steps[progress.stepIndex]?.id ?? null };
    },
    destroy() {
      stop();
      element.remove();
    },
  };
  showPicker();
  return panel;
}

/** The day of the current step's "play to" task while it waits to be done; else null. */
function playToDay(s: LessonSnapshot): number | null {
  const { lesson, progress } = s.context;
  const step = lesson.steps[progress.stepIndex];
  if (s.matches('finished') || !step || step.task?.kind !== 'play-to') return null;
  return progress.tasks.includes(step.id) ? null : step.task.day;
}

/** The panel's frame: its heading, the body where the pages are drawn, and the polite live region. */
function panelFrame(id: string) {
  const live = el('p', { class: 'lesson-live visually-hidden', 'aria-live': 'polite', role: 'status' });
  const body = el('div', { class: 'lesson-body' });
  const element = el(
    'section',
    { class: 'lesson-panel', 'aria-labelledby': `${id}-title` },
    el('h2', { id: `${id}-title`, class: 'lesson-panel-title' }, T.region),
    body,
    live,
  );
  return { element, body, live };
}

/**
 * Opens a step's cohort: the cohort is of the step's own simulation, so its setup (or the one it inherits, the
 * last one the lesson issued) is applied again first — a learner who changed the dose meanwhile still sees the
 * patients the step's words are about. Undefined without a cohort view.
 */
function stepCohort(
  options: LessonPanelOptions,
  issued: () => SimSetup | null,
): ((step: LessonStep, cohort: CohortRef, opener: () => HTMLElement | null) => void) | undefined {
  const open = options.openCohort;
  if (!open) return undefined;
  return (step, cohort, opener) => {
    const setup = step.setup ?? issued();
    if (setup) options.onSetup(setup);
    open(cohort, opener);
  };
}
