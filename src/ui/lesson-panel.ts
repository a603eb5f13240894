import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { educationOnlyNotice, lessonPanelText as T } from '../content/lesson-words';
import { mechanismText } from '../content/mechanisms';
import type { lessonMachine } from '../lessons/lesson-machine';
import type { ProgressStore } from '../lessons/progress-store';
import type { Lesson, LessonStep, SimEvent, SimSetup } from '../lessons/types';
import { MECHANISM_LABELS } from '../model';
import { el } from './dom';
import { button, choiceGroup, renderQuestion, renderSummary } from './lesson-panel-parts';
import { linkTerms } from './glossary-links';
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
 */
export interface LessonPanelOptions {
  readonly lessons: readonly Lesson[];
  readonly machine: typeof lessonMachine;
  readonly store: ProgressStore;
  readonly onSetup: (setup: SimSetup) => void;
  readonly openGlossary?: (term: string) => void;
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
type LessonSnapshot = SnapshotFrom<typeof lessonMachine>;

let panelCount = 0;

export function mountLessonPanel(host: HTMLElement, options: LessonPanelOptions): LessonPanel {
  const id = `lesson-panel-${++panelCount}`;
  const live = el('p', { class: 'lesson-live visually-hidden', 'aria-live': 'polite', role: 'status' });
  const body = el('div', { class: 'lesson-body' });
  const element = el(
    'section',
    { class: 'lesson-panel', 'aria-labelledby': `${id}-title` },
    el('h2', { id: `${id}-title`, class: 'lesson-panel-title' }, T.region),
    body,
    live,
  );
  host.append(element);

  let actor: LessonActor | null = null;
  /** Said at the top of the lesson when saved progress could not be used, until the learner moves on. */
  let savedNotice: string | null = null;
  let savedJson = '';
  let renderedKey = '';
  let renderedStep = -1;
  /**
   * The data-key of the panel control the learner is using, while the lesson handles it. Applying a step's
   * setup can move the focus out of the panel before the panel renders (closing the scene's mechanism card
   * returns the focus to the scene), so the render keeps the focus in the panel by this, not by where the
   * focus happens to be.
   */
  let actingKey: string | undefined;
  const send = (e: Parameters<LessonActor['send']>[0]) => {
    const active = document.activeElement as HTMLElement | null;
    actingKey = active && body.contains(active) ? (active.dataset.key ?? '') : undefined;
    if (e.type === 'next' || e.type === 'back' || e.type === 'reset') savedNotice = null;
    try {
      actor?.send(e);
    } finally {
      actingKey = undefined;
    }
  };

  const say = (text: string) => {
    live.textContent = text;
  };
  const textWithTerms = (text: string, linked: Set<string>): Node =>
    options.openGlossary
      ? linkTerms(text, options.openGlossary, document, linked)
      : document.createTextNode(text);

  function renderPicker() {
    renderedKey = 'picker';
    const list = el('ul', { class: 'lesson-list' });
    for (const lesson of options.lessons) {
      const saved = options.store.load(lesson.id) as { done?: unknown; stepIndex?: unknown } | null;
      const status =
        saved?.done === true
          ? T.completed
          : typeof saved?.stepIndex === 'number' && saved.stepIndex > 0
            ? T.inProgress(saved.stepIndex + 1, lesson.steps.length)
            : '';
      const open = button(lesson.title, () => panel.open(lesson.id), { 'data-key': `open-${lesson.id}` });
      list.append(
        el(
          'li',
          {},
          open,
          el(
            'span',
            { class: 'lesson-meta' },
            [T.minutes(lesson.minutes), status].filter(Boolean).join(' · '),
          ),
        ),
      );
    }
    body.replaceChildren(el('h3', {}, T.chooseLesson), list);
  }

  function stepKey(s: LessonSnapshot): string {
    const { progress } = s.context;
    const step = s.context.lesson.steps[progress.stepIndex];
    return JSON.stringify([
      s.value,
      progress.stepIndex,
      step && progress.answers[step.id],
      step && progress.predictions[step.id],
    ]);
  }

  function renderLesson(s: LessonSnapshot) {
    const key = stepKey(s);
    if (key === renderedKey) return;
    const { lesson, progress } = s.context;
    const active = document.activeElement as HTMLElement | null;
    const hadFocus = actingKey !== undefined || (active !== null && body.contains(active));
    // A new step (or the summary) takes focus to its heading; otherwise focus stays on the same control.
    const moved =
      progress.stepIndex !== renderedStep || s.matches('finished') !== renderedKey.includes('"finished"');
    const focusedKey = hadFocus ? (moved ? 'step' : (actingKey ?? active?.dataset.key)) : undefined;
    renderedKey = key;
    renderedStep = progress.stepIndex;
    const linked = new Set<string>();
    const header = el(
      'header',
      { class: 'lesson-header' },
      el('h3', { tabindex: '-1', 'data-key': 'title' }, lesson.title),
      button(T.allLessons, () => panel.close(), { 'data-key': 'all' }),
      button(
        T.reset,
        () => {
          send({ type: 'reset' });
          say(T.resetDone);
        },
        { 'data-key': 'reset' },
      ),
    );
    const parts: Node[] = [header];
    if (savedNotice)
      parts.push(el('p', { class: 'lesson-notice lesson-saved-notice', role: 'note' }, savedNotice));
    if (lesson.dosing) parts.push(el('p', { class: 'lesson-notice', role: 'note' }, educationOnlyNotice));
    const finished = s.matches('finished');
    const index = progress.stepIndex;
    const total = lesson.steps.length;
    parts.push(
      el(
        'p',
        { class: 'lesson-progress' },
        el('progress', {
          max: total,
          value: finished ? total : index,
          'aria-label': T.stepOf(index + 1, total),
        }),
        ' ',
        finished ? T.summary : T.stepOf(index + 1, total),
      ),
    );
    if (finished)
      parts.push(
        ...renderSummary(
          lesson,
          () => send({ type: 'back' }),
          () => panel.close(),
        ),
      );
    else {
      if (index === 0) {
        const details = el(
          'details',
          { class: 'lesson-objectives', open: true },
          el('summary', {}, T.objectives),
        );
        details.append(el('ul', {}, ...lesson.objectives.map((o) => el('li', {}, o))));
        parts.push(details);
      }
      const step = lesson.steps[index];
      if (step) parts.push(...renderStep(s, step, linked, send));
    }
    body.replaceChildren(...parts);
    if (!hadFocus) return;
    const again = focusedKey ? body.querySelector<HTMLElement>(`[data-key="${focusedKey}"]`) : null;
    (again ?? body.querySelector<HTMLElement>('[data-key="step"]'))?.focus();
  }

  function renderStep(
    s: LessonSnapshot,
    step: LessonStep,
    linked: Set<string>,
    send: (e: Parameters<LessonActor['send']>[0]) => void,
  ): Node[] {
    const { progress } = s.context;
    const out: Node[] = [
      el('h4', { tabindex: '-1', 'data-key': 'step' }, step.title),
      el('p', { class: 'lesson-text' }, textWithTerms(step.text, linked)),
    ];
    if (step.mechanism) {
      const m = mechanismText[step.mechanism];
      const name = MECHANISM_LABELS[step.mechanism];
      out.push(
        el(
          'aside',
          { class: 'lesson-mechanism', 'aria-label': `${T.mechanismCard}: ${name}` },
          el('p', { class: 'lesson-mechanism-name' }, name),
          el('p', {}, m.summary),
          el('p', {}, `${T.evidence}: ${m.evidence}`),
        ),
      );
    }
    const predicted = progress.predictions[step.id];
    if (step.prediction && s.matches({ step: 'predicting' })) {
      const group = choiceGroup(`${id}-predict-${step.id}`, step.prediction.prompt, step.prediction.options);
      out.push(
        el(
          'section',
          { class: 'lesson-predict', 'aria-label': T.predict },
          el('h5', {}, T.predict),
          group.fieldset,
          button(
            T.predictButton,
            () => {
              const optionId = group.value();
              if (optionId) send({ type: 'predict', optionId });
            },
            { 'data-key': 'predict' },
          ),
        ),
      );
    } else if (step.prediction && predicted) {
      const mine = step.prediction.options.find((o) => o.id === predicted)?.text ?? '';
      out.push(el('p', { class: 'lesson-predicted' }, T.youPredicted(mine)));
    }
    if (step.task) {
      const observing = s.matches({ step: 'observing' });
      const done = progress.tasks.includes(step.id);
      if (observing || done)
        out.push(
          el(
            'section',
            { class: 'lesson-task', 'aria-label': T.observe },
            el('h5', {}, T.observe),
            el('p', {}, step.task.prompt, done ? ` — ${T.taskDone}` : ''),
            observing ? button(T.skipTask, () => send({ type: 'task.skip' }), { 'data-key': 'skip' }) : null,
          ),
        );
    }
    if (s.matches({ step: 'explained' })) {
      if (step.prediction && predicted) {
        const answer = step.prediction.options.find((o) => o.id === step.prediction?.answerId)?.text ?? '';
        out.push(
          el('p', { class: 'lesson-reveal' }, T.simulationShowed(answer)),
          el('p', {}, predicted === step.prediction.answerId ? T.predictionMatched : T.predictionDiffered),
        );
      }
      if (step.explain)
        out.push(
          el(
            'section',
            { class: 'lesson-explain', 'aria-label': T.explain },
            el('h5', {}, T.explain),
            el('p', {}, textWithTerms(step.explain, linked)),
          ),
        );
      if (step.question)
        out.push(
          renderQuestion(
            `${id}-question-${step.id}`,
            step.question,
            progress.answers[step.id],
            s.matches({ step: { explained: 'answering' } }),
            send,
          ),
        );
    }
    const complete =
      s.matches({ step: { explained: 'right' } }) || s.matches({ step: { explained: 'complete' } });
    const last = progress.stepIndex === s.context.lesson.steps.length - 1;
    out.push(
      el(
        'nav',
        { class: 'lesson-nav', 'aria-label': s.context.lesson.title },
        button(T.back, () => send({ type: 'back' }), {
          disabled: progress.stepIndex === 0,
          'data-key': 'back',
        }),
        button(last ? T.finish : T.next, () => send({ type: 'next' }), {
          disabled: !complete,
          'data-key': 'next',
        }),
      ),
    );
    return out;
  }

  function onSnapshot(s: LessonSnapshot) {
    const json = JSON.stringify(s.context.progress);
    if (json !== savedJson) {
      savedJson = json;
      options.store.save(s.context.progress);
    }
    const step = s.context.lesson.steps[s.context.progress.stepIndex];
    const before = renderedKey;
    renderLesson(s);
    if (before === renderedKey || !step) return;
    const answer = s.context.progress.answers[step.id];
    if (answer && !s.matches('finished') && !s.matches({ step: { explained: 'answering' } })) {
      const feedback = step.question?.options.find((o) => o.id === answer.optionId)?.feedback ?? '';
      say(`${answer.correct ? T.right : T.wrong} ${feedback}`);
    } else if (s.matches({ step: 'explained' }) && step.task && s.context.progress.tasks.includes(step.id))
      say(T.taskDone);
  }

  function stop() {
    actor?.stop();
    actor = null;
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
      savedJson = '';
      renderedKey = '';
      renderedStep = -1;
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
      if (savedNotice) say(savedNotice);
      body.querySelector<HTMLElement>('[data-key="title"]')?.focus();
    },
    close() {
      stop();
      savedNotice = null;
      renderPicker();
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
  renderPicker();
  return panel;
}
