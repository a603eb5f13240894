import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { lessonMachine, type LessonSetupEmitted } from '../../src/lessons/lesson-machine';
import { createProgressStore } from '../../src/lessons/progress-store';
import { taskDone, type Lesson, type SimTask } from '../../src/lessons/types';

/** A three-step lesson that uses every kind of step: prediction + task + question, question only, text only. */
const lesson: Lesson = {
  id: 'test-lesson',
  title: 'Test lesson',
  minutes: 5,
  objectives: ['Pin the lesson machine'],
  dosing: false,
  referenceIds: ['seed'],
  summary: ['Done.'],
  steps: [
    {
      id: 'predict',
      title: 'Predict then play',
      text: 'What happens to pain at week 12?',
      setup: { preset: 'oih-state', tDays: 0, highlight: 'nmda' },
      prediction: {
        prompt: 'Pain at week 12 will be…',
        options: [
          { id: 'lower', text: 'lower' },
          { id: 'higher', text: 'higher' },
        ],
        answerId: 'higher',
      },
      task: { kind: 'play-to', day: 84, prompt: 'Play to week 12' },
      explain: 'Pain rose.',
      question: {
        prompt: 'Why?',
        options: [
          {
            id: 'a',
            text: 'Tolerance only',
            correct: false,
            feedback: 'Tolerance alone does not raise pain above baseline.',
          },
          {
            id: 'b',
            text: 'Sensitization',
            correct: true,
            feedback: 'Right: the nervous system became more sensitive.',
          },
        ],
      },
    },
    {
      id: 'case',
      title: 'Choose a plan',
      text: 'Pick a plan and see its course.',
      question: {
        prompt: 'Plan?',
        options: [
          {
            id: 'up',
            text: 'Raise the dose',
            correct: false,
            feedback: 'Pain worsens.',
            setup: { preset: 'escalation-trap' },
          },
          {
            id: 'taper',
            text: 'Taper',
            correct: true,
            feedback: 'Pain improves.',
            setup: { preset: 'taper-10-per-week' },
          },
        ],
      },
    },
    { id: 'read', title: 'Read', text: 'Just read this.', setup: { chart: 'mechanisms' } },
  ],
};

function start(saved?: unknown) {
  const actor = createActor(lessonMachine, { input: { lesson, saved } });
  const setups: LessonSetupEmitted[] = [];
  actor.on('lesson.setup', (e) => setups.push(e));
  actor.start();
  return { actor, setups, state: () => actor.getSnapshot() };
}

describe('taskDone', () => {
  const edit = (task: SimTask, e: Parameters<typeof taskDone>[1]) => taskDone(task, e);
  it('matches clock, edits with their matchers, selection, chart and compare', () => {
    expect(edit({ kind: 'play-to', day: 84, prompt: '' }, { type: 'sim.time', tDays: 83 })).toBe(false);
    expect(edit({ kind: 'play-to', day: 84, prompt: '' }, { type: 'sim.time', tDays: 84 })).toBe(true);
    expect(edit({ kind: 'scrub-to', day: 10, prompt: '' }, { type: 'sim.time', tDays: 12 })).toBe(true);
    expect(edit({ kind: 'scrub-to', day: 10, prompt: '' }, { type: 'sim.time', tDays: 20 })).toBe(false);
    const up: SimTask = { kind: 'edit', edit: 'dose.change', direction: 'up', prompt: '' };
    expect(
      edit(up, {
        type: 'sim.edit',
        edit: { type: 'dose.change', atDay: 84, percent: 50 },
      }),
    ).toBe(true);
    expect(
      edit(up, {
        type: 'sim.edit',
        edit: { type: 'dose.change', atDay: 84, percent: -50 },
      }),
    ).toBe(false);
    const ket: SimTask = { kind: 'edit', edit: 'adjuvant.set', adjuvant: 'ketamine', prompt: '' };
    expect(
      edit(ket, { type: 'sim.edit', edit: { type: 'adjuvant.set', kind: 'ketamine', on: true, atDay: 84 } }),
    ).toBe(true);
    expect(
      edit(ket, { type: 'sim.edit', edit: { type: 'adjuvant.set', kind: 'ketamine', on: false, atDay: 84 } }),
    ).toBe(false);
    expect(
      edit(ket, { type: 'sim.edit', edit: { type: 'adjuvant.set', kind: 'nsaid', on: true, atDay: 84 } }),
    ).toBe(false);
    const ko: SimTask = { kind: 'edit', edit: 'mechanism.set', mechanism: 'rvm', prompt: '' };
    expect(edit(ko, { type: 'sim.edit', edit: { type: 'mechanism.set', mechanism: 'rvm', level: 0 } })).toBe(
      true,
    );
    expect(edit(ko, { type: 'sim.edit', edit: { type: 'mechanism.set', mechanism: 'glia', level: 0 } })).toBe(
      false,
    );
    const rot: SimTask = { kind: 'edit', edit: 'drug.rotate', toDrug: 'methadone', prompt: '' };
    expect(
      edit(rot, {
        type: 'sim.edit',
        edit: {
          type: 'drug.rotate',
          atDay: 84,
          toDrug: 'methadone',
          reductionPercent: 33,
        },
      }),
    ).toBe(true);
    expect(edit({ kind: 'select', region: 'glia', prompt: '' }, { type: 'sim.select', region: 'glia' })).toBe(
      true,
    );
    expect(edit({ kind: 'select', region: 'glia', prompt: '' }, { type: 'sim.select', region: 'rvm' })).toBe(
      false,
    );
    expect(
      edit({ kind: 'chart', chart: 'body-map', prompt: '' }, { type: 'sim.chart', chart: 'body-map' }),
    ).toBe(true);
    expect(edit({ kind: 'compare', prompt: '' }, { type: 'sim.compare', on: false })).toBe(false);
    expect(edit({ kind: 'compare', prompt: '' }, { type: 'sim.compare', on: true })).toBe(true);
    expect(edit({ kind: 'compare', prompt: '' }, { type: 'sim.time', tDays: 3 })).toBe(false);
    // A cohort task is done by opening the step's cohort (its button), and by nothing else.
    expect(edit({ kind: 'cohort', prompt: '' }, { type: 'sim.cohort' })).toBe(true);
    expect(edit({ kind: 'cohort', prompt: '' }, { type: 'sim.compare', on: true })).toBe(false);
    expect(edit({ kind: 'compare', prompt: '' }, { type: 'sim.cohort' })).toBe(false);
  });
});

describe('lesson machine', () => {
  it('opens on the first step, issues its setup, and waits for a prediction before the task counts', () => {
    const { actor, setups, state } = start();
    expect(state().matches({ step: 'predicting' })).toBe(true);
    expect(setups).toEqual([{ type: 'lesson.setup', setup: lesson.steps[0]!.setup, revision: 1 }]);
    expect(state().context.setup).toEqual(lesson.steps[0]!.setup);
    // Playing before predicting does not count, and Next is refused.
    actor.send({ type: 'sim.time', tDays: 90 });
    actor.send({ type: 'next' });
    expect(state().matches({ step: 'predicting' })).toBe(true);
    actor.send({ type: 'predict', optionId: 'nonsense' });
    expect(state().matches({ step: 'predicting' })).toBe(true);
    actor.send({ type: 'predict', optionId: 'lower' });
    expect(state().matches({ step: 'observing' })).toBe(true);
    expect(state().context.progress.predictions).toEqual({ predict: 'lower' });
  });

  it('observing: only an event that does the task moves on; then the question opens', () => {
    const { actor, state } = start();
    actor.send({ type: 'predict', optionId: 'higher' });
    actor.send({ type: 'sim.time', tDays: 40 });
    actor.send({ type: 'sim.select', region: 'rvm' });
    expect(state().matches({ step: 'observing' })).toBe(true);
    actor.send({ type: 'sim.time', tDays: 84 });
    expect(state().matches({ step: { explained: 'answering' } })).toBe(true);
    expect(state().context.progress.tasks).toEqual(['predict']);
  });

  it('a wrong answer gives its own feedback, blocks Next, and can be retried; the right one allows Next', () => {
    const { actor, state } = start();
    actor.send({ type: 'predict', optionId: 'higher' });
    actor.send({ type: 'sim.time', tDays: 84 });
    actor.send({ type: 'answer', optionId: 'a' });
    expect(state().matches({ step: { explained: 'wrong' } })).toBe(true);
    expect(state().context.progress.answers.predict).toEqual({ optionId: 'a', correct: false, attempts: 1 });
    actor.send({ type: 'next' });
    expect(state().context.progress.stepIndex).toBe(0);
    actor.send({ type: 'retry' });
    expect(state().matches({ step: { explained: 'answering' } })).toBe(true);
    actor.send({ type: 'answer', optionId: 'b' });
    expect(state().matches({ step: { explained: 'right' } })).toBe(true);
    expect(state().context.progress.answers.predict).toEqual({ optionId: 'b', correct: true, attempts: 2 });
    actor.send({ type: 'next' });
    expect(state().context.progress.stepIndex).toBe(1);
  });

  it('a clinical-case option with its own course issues that setup; explore shows others after answering', () => {
    const { actor, setups, state } = start({
      version: 1,
      lessonId: 'test-lesson',
      stepIndex: 1,
      predictions: {},
      answers: {},
      tasks: [],
      done: false,
    });
    // Resuming on step 2 (no setup of its own) restores the nearest earlier setup.
    expect(setups.at(-1)?.setup).toEqual(lesson.steps[0]!.setup);
    actor.send({ type: 'answer', optionId: 'up' });
    expect(setups.at(-1)?.setup).toEqual({ preset: 'escalation-trap' });
    actor.send({ type: 'answer', optionId: 'taper' });
    expect(setups.at(-1)?.setup).toEqual({ preset: 'taper-10-per-week' });
    actor.send({ type: 'explore', optionId: 'up' });
    expect(setups.at(-1)?.setup).toEqual({ preset: 'escalation-trap' });
    expect(state().context.progress.answers.case?.correct).toBe(true);
  });

  it('next on the last complete step finishes; back returns; going forward into a step without setup keeps the sim', () => {
    const { actor, setups, state } = start({
      version: 1,
      lessonId: 'test-lesson',
      stepIndex: 1,
      predictions: {},
      answers: { case: { optionId: 'taper', correct: true, attempts: 1 } },
      tasks: [],
      done: false,
    });
    expect(state().matches({ step: { explained: 'right' } })).toBe(true);
    const before = setups.length;
    actor.send({ type: 'next' });
    expect(state().context.progress.stepIndex).toBe(2);
    expect(setups.length).toBe(before + 1); // step 3 has a setup of its own
    actor.send({ type: 'next' });
    expect(state().matches('finished')).toBe(true);
    expect(state().context.progress.done).toBe(true);
    actor.send({ type: 'back' });
    expect(state().matches({ step: { explained: 'complete' } })).toBe(true);
    actor.send({ type: 'back' });
    expect(state().context.progress.stepIndex).toBe(1);
    actor.send({ type: 'goto', stepId: 'predict' });
    expect(state().matches({ step: 'predicting' })).toBe(true);
  });

  it('resumes from saved progress through the store, and keeps what was done', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
    const store = createProgressStore(storage);
    const first = start();
    first.actor.send({ type: 'predict', optionId: 'higher' });
    first.actor.send({ type: 'sim.time', tDays: 84 });
    store.save(first.state().context.progress);
    first.actor.stop();
    const again = start(store.load('test-lesson'));
    expect(again.state().matches({ step: { explained: 'answering' } })).toBe(true);
    expect(again.state().context.progress.predictions).toEqual({ predict: 'higher' });
    expect(store.lastLessonId()).toBe('test-lesson');
  });

  it('ignores corrupted progress instead of crashing', () => {
    const corrupt: unknown[] = [
      'not json at all',
      42,
      null,
      [],
      { version: 2, lessonId: 'test-lesson' },
      { version: 1, lessonId: 'another', stepIndex: 0, predictions: {}, answers: {}, tasks: [], done: false },
      {
        version: 1,
        lessonId: 'test-lesson',
        stepIndex: 99,
        predictions: {},
        answers: {},
        tasks: [],
        done: false,
      },
      {
        version: 1,
        lessonId: 'test-lesson',
        stepIndex: -1,
        predictions: {},
        answers: {},
        tasks: [],
        done: false,
      },
      {
        version: 1,
        lessonId: 'test-lesson',
        stepIndex: 0.5,
        predictions: {},
        answers: {},
        tasks: [],
        done: false,
      },
      {
        version: 1,
        lessonId: 'test-lesson',
        stepIndex: 0,
        predictions: 'x',
        answers: {},
        tasks: [],
        done: false,
      },
    ];
    for (const saved of corrupt) {
      const { state } = start(saved);
      expect(state().context.progress.stepIndex).toBe(0);
      expect(state().matches({ step: 'predicting' })).toBe(true);
    }
    // Unknown steps and options are dropped; correctness comes from the lesson, not from storage.
    const { state } = start({
      version: 1,
      lessonId: 'test-lesson',
      stepIndex: 0,
      predictions: { predict: 'sideways', ghost: 'x' },
      answers: { predict: { optionId: 'a', correct: true, attempts: 1 } },
      tasks: ['predict', 'ghost', 7],
      done: false,
    });
    expect(state().context.progress.predictions).toEqual({});
    expect(state().context.progress.answers.predict?.correct).toBe(false);
    expect(state().context.progress.tasks).toEqual(['predict']);
  });

  it('the store hands bad JSON back as text (for the notice) and never touches other keys', () => {
    const data = new Map<string, string>([
      ['opioid-paradox-lab:lesson:v1:test-lesson', '{not json'],
      ['opioid-paradox-lab:preferences:v1', '{"theme":"projector"}'],
    ]);
    const store = createProgressStore({
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    });
    expect(store.load('test-lesson')).toBe('{not json');
    store.clear('test-lesson');
    expect([...data.keys()]).toEqual(['opioid-paradox-lab:preferences:v1']);
    const refusing = createProgressStore({
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    });
    expect(refusing.load('x')).toBeNull();
    expect(() => refusing.save(start().state().context.progress)).not.toThrow();
    expect(() => refusing.clear('x')).not.toThrow();
    expect(createProgressStore(null).lastLessonId()).toBeNull();
  });

  it('reset forgets the learner’s progress and re-issues the first setup', () => {
    const { actor, setups, state } = start();
    actor.send({ type: 'predict', optionId: 'higher' });
    actor.send({ type: 'task.skip' });
    expect(state().matches({ step: { explained: 'answering' } })).toBe(true);
    actor.send({ type: 'reset' });
    expect(state().matches({ step: 'predicting' })).toBe(true);
    expect(state().context.progress).toEqual({
      version: 1,
      lessonId: 'test-lesson',
      stepIndex: 0,
      predictions: {},
      answers: {},
      tasks: [],
      done: false,
    });
    expect(setups.at(-1)?.revision).toBe(2);
    expect(JSON.parse(JSON.stringify(state().context.progress))).toEqual(state().context.progress);
  });
});
