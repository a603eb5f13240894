// @vitest-environment happy-dom
import { getByRole, queryByRole, within } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lessonMachine } from '../../../src/lessons/lesson-machine';
import { LESSONS } from '../../../src/lessons/lessons/index';
import { createProgressStore, type ProgressStorage } from '../../../src/lessons/progress-store';
import type { Lesson, SimSetup } from '../../../src/lessons/types';
import { mountLessonPanel, type LessonPanel } from '../../../src/ui/teaching/lesson-panel';

/** A small lesson with a hostile string, to prove text is never parsed as HTML. */
const lesson: Lesson = {
  id: 'ui-lesson',
  title: 'UI lesson <img src=x onerror=alert(1)>',
  minutes: 5,
  dosing: true,
  objectives: ['Learn the panel'],
  referenceIds: ['seed', 'cdc-2022'],
  summary: ['The summary line.'],
  steps: [
    {
      id: 'one',
      title: 'Predict and play',
      text: 'Watch <b>pain</b> rise.',
      setup: { preset: 'oih-state', tDays: 0, chart: 'time-course' },
      prediction: {
        prompt: 'Pain at week 12 will be…',
        options: [
          { id: 'lower', text: 'lower' },
          { id: 'higher', text: 'higher' },
        ],
        answerId: 'higher',
      },
      task: { kind: 'play-to', day: 84, prompt: 'Play to week 12.' },
      explain: 'It rose.',
      question: {
        prompt: 'Why did pain rise?',
        options: [
          {
            id: 'tol',
            text: 'Tolerance',
            correct: false,
            feedback: 'Tolerance alone cannot lift pain above baseline.',
          },
          {
            id: 'oih',
            text: 'Sensitization',
            correct: true,
            feedback: 'The nervous system became more sensitive.',
          },
        ],
      },
    },
    { id: 'two', title: 'Read on', text: 'The end is near.', setup: { chart: 'body-map' } },
  ],
};

function fakeStorage(): ProgressStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('lesson panel', () => {
  let host: HTMLElement;
  let storage: ReturnType<typeof fakeStorage>;
  let setups: SimSetup[];
  let stops: (number | null)[];
  let panel: LessonPanel;
  const mount = () =>
    mountLessonPanel(host, {
      lessons: [lesson, ...LESSONS],
      machine: lessonMachine,
      store: createProgressStore(storage),
      onSetup: (s) => setups.push(s),
      onStopAt: (day) => stops.push(day),
      openGlossary: () => undefined,
    });

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    storage = fakeStorage();
    setups = [];
    stops = [];
    panel = mount();
  });
  afterEach(() => {
    panel.destroy();
    host.remove();
  });

  const click = (name: string | RegExp) => getByRole(host, 'button', { name }).click();
  const choose = (name: string | RegExp) => {
    const radio = getByRole(host, 'radio', { name });
    radio.click();
  };

  it('lists every lesson; opening one applies its setup and shows objectives and the notice', () => {
    const list = getByRole(host, 'list');
    expect(within(list).getAllByRole('button')).toHaveLength(1 + LESSONS.length);
    click(/^UI lesson/);
    expect(setups).toEqual([lesson.steps[0]!.setup]);
    expect(host.textContent).toContain('Learn the panel');
    expect(getByRole(host, 'note').textContent).toMatch(/Education only/);
    expect(getByRole(host, 'heading', { name: 'Predict and play' })).toBeTruthy();
  });

  it('prediction → task → wrong answer explains → retry → right answer → next', () => {
    panel.open('ui-lesson');
    expect(getByRole(host, 'group', { name: 'Pain at week 12 will be…' })).toBeTruthy();
    expect(getByRole(host, 'button', { name: 'Next' }).hasAttribute('disabled')).toBe(true);
    choose('higher');
    click('Lock in my prediction');
    expect(host.textContent).toContain('You predicted: higher');
    expect(host.textContent).toContain('Play to week 12.');
    // The fake app reports the clock: not far enough, then far enough.
    panel.send({ type: 'sim.time', tDays: 30 });
    expect(queryByRole(host, 'group', { name: 'Why did pain rise?' })).toBeNull();
    panel.send({ type: 'sim.time', tDays: 84 });
    expect(host.textContent).toContain('The simulation shows: higher.');
    expect(host.textContent).toContain('It rose.');
    choose('Tolerance');
    click('Check answer');
    const live = getByRole(host, 'status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toContain('Tolerance alone cannot lift pain above baseline.');
    expect(host.querySelector('.lesson-feedback')?.textContent).toContain('Not quite.');
    expect(getByRole(host, 'button', { name: 'Next' }).hasAttribute('disabled')).toBe(true);
    click('Try again');
    choose('Sensitization');
    click('Check answer');
    expect(live.textContent).toContain('The nervous system became more sensitive.');
    // The verdict once, then the feedback.
    expect(host.querySelector('.lesson-feedback')?.textContent).toBe(
      'Right. The nervous system became more sensitive.',
    );
    expect(getByRole(host, 'button', { name: 'Next' }).hasAttribute('disabled')).toBe(false);
    click('Next');
    expect(getByRole(host, 'heading', { name: 'Read on' })).toBeTruthy();
    expect(setups.at(-1)).toEqual({ chart: 'body-map' });
    click('Finish lesson');
    expect(getByRole(host, 'heading', { name: 'Summary' })).toBeTruthy();
    expect(host.textContent).toContain('The summary line.');
    expect(host.textContent).toMatch(/CDC Clinical Practice Guideline/);
  });

  it('asks Play to stop at a “play to” task’s day while the task waits, and no longer once it is done', () => {
    panel.open('ui-lesson');
    expect(stops).toEqual([84]);
    choose('higher');
    click('Lock in my prediction');
    panel.send({ type: 'sim.time', tDays: 30 });
    expect(stops).toEqual([84]);
    panel.send({ type: 'sim.time', tDays: 84 });
    expect(stops).toEqual([84, null]);
    panel.close();
    expect(stops).toEqual([84, null]);
  });

  it('resumes where the learner was after a re-mount, and Reset lesson starts afresh', () => {
    panel.open('ui-lesson');
    choose('lower');
    click('Lock in my prediction');
    panel.send({ type: 'sim.time', tDays: 90 });
    panel.destroy();
    setups = [];
    stops = [];
    panel = mount();
    panel.open('ui-lesson');
    expect(host.textContent).toContain('You predicted: lower');
    expect(getByRole(host, 'group', { name: 'Why did pain rise?' })).toBeTruthy();
    expect(setups).toEqual([lesson.steps[0]!.setup]);
    click('Reset lesson');
    expect(getByRole(host, 'group', { name: 'Pain at week 12 will be…' })).toBeTruthy();
    expect(getByRole(host, 'status').textContent).toMatch(/reset/i);
  });

  it('opens a shared link at a step, and reports where it is', () => {
    panel.open('oih-or-tolerance', 'row-pain');
    expect(panel.current()).toEqual({ lessonId: 'oih-or-tolerance', stepId: 'row-pain' });
    expect(getByRole(host, 'heading', { name: /Row 2/ })).toBeTruthy();
    click('All lessons');
    expect(panel.current()).toBeNull();
  });

  it('keyboard: the prediction is a native radio group and the focus moves to a new step’s heading', () => {
    panel.open('ui-lesson');
    const radios = host.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect([...radios].every((r) => r.name === radios[0]!.name)).toBe(true);
    choose('higher');
    getByRole(host, 'button', { name: 'Lock in my prediction' }).focus();
    click('Lock in my prediction');
    click('Skip this task');
    choose('Sensitization');
    getByRole(host, 'button', { name: 'Check answer' }).focus();
    click('Check answer');
    getByRole(host, 'button', { name: 'Next' }).focus();
    click('Next');
    expect(document.activeElement?.textContent).toBe('Read on');
  });

  it('keeps the focus in the panel when applying a step’s setup moves it (the scene’s card returns it)', () => {
    panel.destroy();
    const outside = document.createElement('button');
    document.body.append(outside);
    panel = mountLessonPanel(host, {
      lessons: [lesson],
      machine: lessonMachine,
      store: createProgressStore(storage),
      onSetup: () => outside.focus(),
    });
    panel.open('ui-lesson');
    choose('higher');
    click('Lock in my prediction');
    click('Skip this task');
    choose('Sensitization');
    click('Check answer');
    getByRole(host, 'button', { name: 'Next' }).focus();
    click('Next');
    expect(document.activeElement?.textContent).toBe('Read on');
    outside.remove();
  });

  it('never inserts lesson text as HTML', () => {
    panel.open('ui-lesson');
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('b')).toBeNull();
    expect(host.textContent).toContain('Watch <b>pain</b> rise.');
    expect(host.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
