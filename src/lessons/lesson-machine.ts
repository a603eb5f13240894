import { assign, enqueueActions, setup } from 'xstate';
import { emptyProgress, parseProgress, savedProgressNotice, type LessonProgress } from './progress';
import { taskDone, type Lesson, type LessonStep, type SimEvent, type SimSetup } from './types';

/**
 * One machine runs any lesson (issue 7): the steps in order; in each step predict → observe → explain, then
 * a question with feedback (a wrong answer explains itself and may be retried). Next is allowed once the
 * step is complete; Back and Go to always.
 *
 * How the app learns what to show: whenever the simulation should change (a step with a setup is entered,
 * a lesson is opened or resumed, the learner goes back, or picks a clinical-case option that has its own
 * course), the machine
 *   - sets `context.setup` and increments `context.setupRevision`, and
 *   - emits `{ type: 'lesson.setup', setup, revision }` (subscribe with `actor.on('lesson.setup', …)`
 *     before `actor.start()` to receive the first one).
 * Going forward into a step without a setup leaves the simulation as the learner left it; arriving any
 * other way (open, resume, back, go to, reset) re-issues the nearest setup at or before the step.
 *
 * The app sends every SimEvent (clock, edits, scene selection, chart, compare) to the actor; events that do
 * not complete the current task are ignored. Progress (`context.progress`) is plain JSON: save it after
 * every change and pass it back as `input.saved` to resume. Invalid saved progress is ignored.
 */
export interface LessonContext {
  readonly lesson: Lesson;
  readonly progress: LessonProgress;
  /** The setup the app should apply now (null before any). */
  readonly setup: SimSetup | null;
  /** Changes every time a setup is issued, even the same one again. */
  readonly setupRevision: number;
  /** How the current step was reached: forward keeps the learner's simulation, a jump restores it. */
  readonly arrival: 'forward' | 'jump';
  /** Whether saved progress had to be ignored, in whole or in part, when the lesson opened (for a notice). */
  readonly savedNotice: 'ignored' | 'partly' | null;
}

export type LessonEvent =
  | SimEvent
  | { readonly type: 'predict'; readonly optionId: string }
  | { readonly type: 'answer'; readonly optionId: string }
  | { readonly type: 'retry' }
  /** Clinical cases: look at the course of another option after answering, without changing the answer. */
  | { readonly type: 'explore'; readonly optionId: string }
  | { readonly type: 'task.skip' }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'goto'; readonly stepId: string }
  | { readonly type: 'reset' };

export interface LessonSetupEmitted {
  readonly type: 'lesson.setup';
  readonly setup: SimSetup;
  readonly revision: number;
}

export interface LessonInput {
  readonly lesson: Lesson;
  /** Saved progress (anything: it is validated); null or invalid starts at the first step. */
  readonly saved?: unknown;
}

export const currentStep = (context: LessonContext): LessonStep => {
  const step = context.lesson.steps[context.progress.stepIndex];
  if (!step) throw new Error(`Lesson ${context.lesson.id} has no step ${context.progress.stepIndex}`);
  return step;
};

/** Has the learner done everything the step asks (predicted, done the task, answered correctly)? */
export function stepComplete(progress: LessonProgress, step: LessonStep): boolean {
  if (step.prediction && progress.predictions[step.id] === undefined) return false;
  if (step.task && !progress.tasks.includes(step.id)) return false;
  if (step.question && progress.answers[step.id]?.correct !== true) return false;
  return true;
}

/** The setup to restore when a step is reached by a jump: its own, else the nearest before it. */
function setupAtOrBefore(lesson: Lesson, index: number): SimSetup | null {
  for (let i = index; i >= 0; i--) {
    const s = lesson.steps[i]?.setup;
    if (s) return s;
  }
  return null;
}

const withProgress = (context: LessonContext, change: Partial<LessonProgress>): LessonProgress => ({
  ...context.progress,
  ...change,
});

export const lessonMachine = setup({
  types: {
    context: {} as LessonContext,
    events: {} as LessonEvent,
    input: {} as LessonInput,
    emitted: {} as LessonSetupEmitted,
  },
  guards: {
    awaitsPrediction: ({ context }) => {
      const step = currentStep(context);
      return step.prediction !== undefined && context.progress.predictions[step.id] === undefined;
    },
    awaitsTask: ({ context }) => {
      const step = currentStep(context);
      return step.task !== undefined && !context.progress.tasks.includes(step.id);
    },
    completesTask: ({ context, event }) => {
      const task = currentStep(context).task;
      return task !== undefined && event.type.startsWith('sim.') && taskDone(task, event as SimEvent);
    },
    validPrediction: ({ context, event }) =>
      event.type === 'predict' &&
      currentStep(context).prediction?.options.some((o) => o.id === event.optionId) === true,
    validAnswer: ({ context, event }) =>
      (event.type === 'answer' || event.type === 'explore') &&
      currentStep(context).question?.options.some((o) => o.id === event.optionId) === true,
    noQuestion: ({ context }) => currentStep(context).question === undefined,
    answeredRight: ({ context }) => context.progress.answers[currentStep(context).id]?.correct === true,
    answeredWrong: ({ context }) => context.progress.answers[currentStep(context).id]?.correct === false,
    canAdvance: ({ context }) => stepComplete(context.progress, currentStep(context)),
    canFinish: ({ context }) =>
      stepComplete(context.progress, currentStep(context)) &&
      context.progress.stepIndex === context.lesson.steps.length - 1,
    notFirst: ({ context }) => context.progress.stepIndex > 0,
    knownStep: ({ context, event }) =>
      event.type === 'goto' && context.lesson.steps.some((s) => s.id === event.stepId),
  },
  actions: {
    issueStepSetup: enqueueActions(({ context, enqueue }) => {
      const index = context.progress.stepIndex;
      const setup =
        context.arrival === 'forward'
          ? (context.lesson.steps[index]?.setup ?? null)
          : setupAtOrBefore(context.lesson, index);
      if (!setup) return;
      const revision = context.setupRevision + 1;
      enqueue.assign({ setup, setupRevision: revision });
      enqueue.emit({ type: 'lesson.setup', setup, revision });
    }),
    issueAnswerSetup: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'answer' && event.type !== 'explore') return;
      const setup = currentStep(context).question?.options.find((o) => o.id === event.optionId)?.setup;
      if (!setup) return;
      const revision = context.setupRevision + 1;
      enqueue.assign({ setup, setupRevision: revision });
      enqueue.emit({ type: 'lesson.setup', setup, revision });
    }),
    recordPrediction: assign(({ context, event }) => {
      if (event.type !== 'predict') return {};
      const id = currentStep(context).id;
      return {
        progress: withProgress(context, {
          predictions: { ...context.progress.predictions, [id]: event.optionId },
        }),
      };
    }),
    recordTask: assign(({ context }) => {
      const id = currentStep(context).id;
      if (context.progress.tasks.includes(id)) return {};
      return { progress: withProgress(context, { tasks: [...context.progress.tasks, id] }) };
    }),
    recordAnswer: assign(({ context, event }) => {
      if (event.type !== 'answer') return {};
      const step = currentStep(context);
      const option = step.question?.options.find((o) => o.id === event.optionId);
      if (!option) return {};
      const attempts = (context.progress.answers[step.id]?.attempts ?? 0) + 1;
      return {
        progress: withProgress(context, {
          answers: {
            ...context.progress.answers,
            [step.id]: { optionId: option.id, correct: option.correct, attempts },
          },
        }),
      };
    }),
    forward: assign(({ context }) => ({
      arrival: 'forward' as const,
      progress: withProgress(context, { stepIndex: context.progress.stepIndex + 1 }),
    })),
    backward: assign(({ context }) => ({
      arrival: 'jump' as const,
      progress: withProgress(context, { stepIndex: Math.max(0, context.progress.stepIndex - 1) }),
    })),
    jump: assign(({ context, event }) => {
      if (event.type !== 'goto') return {};
      const index = context.lesson.steps.findIndex((s) => s.id === event.stepId);
      return { arrival: 'jump' as const, progress: withProgress(context, { stepIndex: Math.max(0, index) }) };
    }),
    finish: assign(({ context }) => ({ progress: withProgress(context, { done: true }) })),
    reopenLast: assign(({ context }) => ({
      arrival: 'jump' as const,
      progress: withProgress(context, { done: false, stepIndex: context.lesson.steps.length - 1 }),
    })),
    restart: assign(({ context }) => ({ arrival: 'jump' as const, progress: emptyProgress(context.lesson) })),
  },
}).createMachine({
  id: 'lesson',
  context: ({ input }) => {
    const saved = parseProgress(input.saved ?? null, input.lesson);
    return {
      savedNotice: savedProgressNotice(input.saved, saved),
      lesson: input.lesson,
      progress: saved ?? emptyProgress(input.lesson),
      setup: null,
      setupRevision: 0,
      arrival: 'jump',
    };
  },
  initial: 'opening',
  on: { reset: { target: '.step', reenter: true, actions: 'restart' } },
  states: {
    // A resumed lesson that was finished opens on its summary (with the last step's setup issued).
    opening: {
      entry: 'issueStepSetup',
      always: [
        { guard: ({ context }) => context.progress.done, target: 'finished' },
        { target: 'step.route' },
      ],
    },
    step: {
      initial: 'entering',
      on: {
        next: [
          { guard: 'canFinish', target: 'finished', actions: 'finish' },
          { guard: 'canAdvance', target: '.entering', reenter: true, actions: 'forward' },
        ],
        back: { guard: 'notFirst', target: '.entering', reenter: true, actions: 'backward' },
        goto: { guard: 'knownStep', target: '.entering', reenter: true, actions: 'jump' },
      },
      states: {
        entering: { entry: 'issueStepSetup', always: 'route' },
        route: {
          always: [
            { guard: 'awaitsPrediction', target: 'predicting' },
            { guard: 'awaitsTask', target: 'observing' },
            { target: 'explained' },
          ],
        },
        predicting: {
          on: { predict: { guard: 'validPrediction', actions: 'recordPrediction', target: 'route' } },
        },
        observing: {
          on: {
            'sim.time': { guard: 'completesTask', actions: 'recordTask', target: 'route' },
            'sim.edit': { guard: 'completesTask', actions: 'recordTask', target: 'route' },
            'sim.select': { guard: 'completesTask', actions: 'recordTask', target: 'route' },
            'sim.chart': { guard: 'completesTask', actions: 'recordTask', target: 'route' },
            'sim.compare': { guard: 'completesTask', actions: 'recordTask', target: 'route' },
            'sim.cohort': { guard: 'completesTask', actions: 'recordTask', target: 'route' },
            'task.skip': { actions: 'recordTask', target: 'route' },
          },
        },
        explained: {
          initial: 'routing',
          states: {
            routing: {
              always: [
                { guard: 'noQuestion', target: 'complete' },
                { guard: 'answeredRight', target: 'right' },
                { guard: 'answeredWrong', target: 'wrong' },
                { target: 'answering' },
              ],
            },
            answering: {
              on: {
                answer: {
                  guard: 'validAnswer',
                  actions: ['recordAnswer', 'issueAnswerSetup'],
                  target: 'routing',
                },
              },
            },
            wrong: {
              on: {
                retry: 'answering',
                answer: {
                  guard: 'validAnswer',
                  actions: ['recordAnswer', 'issueAnswerSetup'],
                  target: 'routing',
                },
              },
            },
            right: { on: { explore: { guard: 'validAnswer', actions: 'issueAnswerSetup' } } },
            complete: {},
          },
        },
      },
    },
    finished: {
      on: {
        back: { target: 'step.entering', actions: 'reopenLast' },
        goto: { guard: 'knownStep', target: 'step.entering', actions: ['reopenLast', 'jump'] },
      },
    },
  },
});
