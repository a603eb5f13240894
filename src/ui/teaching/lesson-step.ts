import type { SnapshotFrom } from 'xstate';
import { experimentHash } from '../../app/experiment-link';
import { experimentLinkWords as x } from '../../content/experiment-link-words';
import { lessonPanelText as T } from '../../content/lesson-words';
import { mechanismText } from '../../content/mechanisms';
import type { LessonEvent, lessonMachine } from '../../lessons/lesson-machine';
import type { CohortRef, LessonStep } from '../../lessons/types';
import { MECHANISM_LABELS } from '../../model';
import { el } from '../kit/dom';
import { button, choiceGroup, renderQuestion } from './lesson-panel-parts';

/**
 * One step of a lesson in the panel (lesson-panel.ts), in the order the learner meets it: the step's text
 * and mechanism, the prediction, the task in the simulation, the explanation and question, then Back/Next.
 */

export type LessonSnapshot = SnapshotFrom<typeof lessonMachine>;

/** What a step's view needs from the panel. */
export interface StepView {
  /** The panel's id: the step's radio groups are named after it. */
  readonly id: string;
  /** The panel's body, where a control is found again after the step is drawn anew. */
  readonly body?: HTMLElement;
  /** Sends the learner's action to the lesson (the panel keeps the focus on the control that sent it). */
  readonly send: (event: LessonEvent) => void;
  /** The text with its glossary terms as links; terms in `linked` stay plain, and those linked are added. */
  readonly textWithTerms: (text: string, linked: Set<string>) => Node;
  /** Opens an experiment in the Experiments view; without it (the single file), steps show no link to one. */
  readonly openExperiment?: ((id: string, opener: HTMLElement) => void) | undefined;
  /**
   * Sets the step's simulation up again and opens its virtual cohort (issue 21); `opener` finds the button the
   * focus goes back to when the view closes (the panel may have drawn the step again meanwhile). Without it,
   * steps show no cohort button (a `cohort` task can then be skipped).
   */
  readonly openCohort?:
    ((step: LessonStep, cohort: CohortRef, opener: () => HTMLElement | null) => void) | undefined;
}

type Terms = (text: string) => Node;

export function renderStep(view: StepView, s: LessonSnapshot, step: LessonStep): Node[] {
  // A term is linked once per step: in its text, or else in its explanation.
  const linked = new Set<string>();
  const terms: Terms = (text) => view.textWithTerms(text, linked);
  return [
    ...stepIntro(step, terms),
    ...predictionView(view, s, step),
    ...taskView(view, s, step),
    ...(s.matches({ step: 'explained' }) ? explanationView(view, s, step, terms) : []),
    ...(stepComplete(s) ? experimentView(view, step) : []),
    ...(stepComplete(s) && step.task?.kind !== 'cohort' ? cohortView(view, step) : []),
    stepNav(view, s),
  ];
}

/** The step's title (focused when the step opens), its text, and the mechanism it is about. */
function stepIntro(step: LessonStep, terms: Terms): Node[] {
  const out: Node[] = [
    el('h4', { tabindex: '-1', 'data-key': 'step' }, step.title),
    el('p', { class: 'lesson-text' }, terms(step.text)),
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
  return out;
}

/**
 * "See the experiment: …": the experiment that showed what the step teaches, opened in the Experiments view
 * over the simulation. It is offered once the step is complete, since the experiment's page gives away the
 * prediction's and the question's answers. The lesson stays at this step behind the view; closing it comes
 * back here. It is a link (#experiment=<id>), so it also opens in a new tab.
 */
function experimentView(view: StepView, step: LessonStep): Node[] {
  const { experiment } = step;
  const open = view.openExperiment;
  if (!experiment || !open) return [];
  const link = el(
    'a',
    { href: experimentHash(experiment.id), class: 'lesson-experiment-link', 'data-key': 'experiment' },
    x.seeExperiment(experiment.title),
  );
  link.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    open(experiment.id, link);
  });
  return [el('p', { class: 'lesson-experiment' }, link)];
}

/**
 * "Open 200 patients like this one": the step's virtual cohort, of the step's own setup and seed, so every
 * student sees the same patients. In a `cohort` task it is the task; otherwise it is offered once the step is
 * complete. Pressing it is the learner's action the task waits for.
 */
function cohortView(view: StepView, step: LessonStep): Node[] {
  const { cohort } = step;
  const open = view.openCohort;
  if (!cohort || !open) return [];
  const again = () => view.body?.querySelector<HTMLElement>('[data-key="cohort"]') ?? null;
  const b = button(
    T.openCohort(cohort.n),
    () => {
      // The task is done first (the step is drawn again, the focus kept on this button by its key); the view
      // then opens over the simulation and, closed, gives the focus back to the button drawn now.
      view.send({ type: 'sim.cohort' });
      open(step, cohort, again);
    },
    { 'data-key': 'cohort', class: 'lesson-cohort-open', title: T.openCohortHint },
  );
  return [el('p', { class: 'lesson-cohort' }, b)];
}

/** The prediction while the learner makes it; afterwards, what they predicted. */
function predictionView(view: StepView, s: LessonSnapshot, step: LessonStep): Node[] {
  const predicted = s.context.progress.predictions[step.id];
  if (step.prediction && s.matches({ step: 'predicting' })) {
    const group = choiceGroup(
      `${view.id}-predict-${step.id}`,
      step.prediction.prompt,
      step.prediction.options,
    );
    return [
      el(
        'section',
        { class: 'lesson-predict', 'aria-label': T.predict },
        el('h5', {}, T.predict),
        group.fieldset,
        button(
          T.predictButton,
          () => {
            const optionId = group.value();
            if (optionId) view.send({ type: 'predict', optionId });
          },
          { 'data-key': 'predict' },
        ),
      ),
    ];
  }
  if (step.prediction && predicted) {
    const mine = step.prediction.options.find((o) => o.id === predicted)?.text ?? '';
    return [el('p', { class: 'lesson-predicted' }, T.youPredicted(mine))];
  }
  return [];
}

/** The task to do in the simulation, while it is asked and once it is done. */
function taskView(view: StepView, s: LessonSnapshot, step: LessonStep): Node[] {
  if (!step.task) return [];
  const observing = s.matches({ step: 'observing' });
  const done = s.context.progress.tasks.includes(step.id);
  if (!observing && !done) return [];
  return [
    el(
      'section',
      { class: 'lesson-task', 'aria-label': T.observe },
      el('h5', {}, T.observe),
      el('p', {}, step.task.prompt, done ? ` — ${T.taskDone}` : ''),
      ...(step.task.kind === 'cohort' ? cohortView(view, step) : []),
      observing ? button(T.skipTask, () => view.send({ type: 'task.skip' }), { 'data-key': 'skip' }) : null,
    ),
  ];
}

/** Once explained: what the simulation showed against the prediction, the explanation, the question. */
function explanationView(view: StepView, s: LessonSnapshot, step: LessonStep, terms: Terms): Node[] {
  const { progress } = s.context;
  const predicted = progress.predictions[step.id];
  const out: Node[] = [];
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
        el('p', {}, terms(step.explain)),
      ),
    );
  if (step.question)
    out.push(
      renderQuestion(
        `${view.id}-question-${step.id}`,
        step.question,
        progress.answers[step.id],
        s.matches({ step: { explained: 'answering' } }),
        view.send,
      ),
    );
  return out;
}

/** The step is done: its question answered right, or explained with none to answer (Next is enabled). */
const stepComplete = (s: LessonSnapshot): boolean =>
  s.matches({ step: { explained: 'right' } }) || s.matches({ step: { explained: 'complete' } });

/** Back, and Next (Finish on the last step) once the step is complete. */
function stepNav(view: StepView, s: LessonSnapshot): Node {
  const { lesson, progress } = s.context;
  const complete = stepComplete(s);
  const last = progress.stepIndex === lesson.steps.length - 1;
  return el(
    'nav',
    { class: 'lesson-nav', 'aria-label': lesson.title },
    button(T.back, () => view.send({ type: 'back' }), {
      disabled: progress.stepIndex === 0,
      'data-key': 'back',
    }),
    button(last ? T.finish : T.next, () => view.send({ type: 'next' }), {
      disabled: !complete,
      'data-key': 'next',
    }),
  );
}
