// @vitest-environment happy-dom
import { getByRole, queryByRole } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lectureFiles } from '../../../src/lessons/lecture-file';
import { lectureMachine } from '../../../src/lessons/lecture-machine';
import { READY_LECTURE } from '../../../src/lessons/lectures';
import { lessonMachine } from '../../../src/lessons/lesson-machine';
import { createProgressStore } from '../../../src/lessons/progress-store';
import type { CohortRef, Lesson, SimSetup } from '../../../src/lessons/types';
import { mountLectureMode } from '../../../src/ui/teaching/lecture-mode';
import { mountLessonPanel } from '../../../src/ui/teaching/lesson-panel';

/**
 * Issue 21: a lesson step and a lecture scene open their virtual cohort — the step's (scene's) own simulation,
 * set up again, with the step's size and seed — and the focus comes back to the button when the view closes.
 */
const COHORT: CohortRef = { n: 200, seed: 2014 };
const SETUP: SimSetup = { preset: 'chronic-120-mme-26-weeks', compare: null, tDays: 84 };

const lesson: Lesson = {
  id: 'c-lesson',
  title: 'Cohort lesson',
  minutes: 2,
  dosing: true,
  objectives: ['See many patients'],
  referenceIds: [],
  summary: ['Done.'],
  steps: [
    {
      id: 'many',
      title: 'Not every patient',
      text: 'Many patients.',
      setup: SETUP,
      cohort: COHORT,
      prediction: {
        prompt: 'How many?',
        options: [
          { id: 'few', text: 'a few' },
          { id: 'all', text: 'all' },
        ],
        answerId: 'few',
      },
      task: { kind: 'cohort', prompt: 'Open the patients.' },
      question: {
        prompt: 'So?',
        options: [
          { id: 'yes', text: 'They differ', correct: true, feedback: 'Yes.' },
          { id: 'no', text: 'They are alike', correct: false, feedback: 'No.' },
        ],
      },
    },
    {
      id: 'after',
      title: 'Debrief',
      text: 'Where she sits.',
      cohort: { n: 200, seed: 7 },
    },
    { id: 'plain', title: 'No cohort', text: 'Nothing to open.' },
  ],
};

interface Opened {
  readonly cohort: CohortRef;
  readonly opener: () => HTMLElement | null;
  readonly setupsBefore: number;
}

describe('a lesson step’s cohort', () => {
  let host: HTMLElement;
  let setups: SimSetup[];
  let opened: Opened[];
  const mount = (withView = true) =>
    mountLessonPanel(host, {
      lessons: [lesson],
      machine: lessonMachine,
      store: createProgressStore({
        getItem: () => null,
        setItem: () => undefined,
        removeItem: () => undefined,
      }),
      onSetup: (s) => setups.push(s),
      ...(withView
        ? {
            openCohort: (cohort: CohortRef, opener: () => HTMLElement | null) =>
              opened.push({ cohort, opener, setupsBefore: setups.length }),
          }
        : {}),
    });
  const cohortButton = () => queryByRole(host, 'button', { name: 'Open 200 patients like this one' });
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    setups = [];
    opened = [];
  });
  afterEach(() => document.body.replaceChildren());

  it('is the task: offered after the prediction, it sets the step up again, opens the cohort and completes the task', () => {
    const panel = mount();
    panel.open('c-lesson');
    expect(cohortButton(), 'not before the prediction (it would give the answer away)').toBeNull();
    getByRole(host, 'radio', { name: 'a few' }).click();
    getByRole(host, 'button', { name: 'Lock in my prediction' }).click();
    expect(getByRole(host, 'button', { name: 'Next' }).hasAttribute('disabled')).toBe(true);
    const before = setups.length;
    const button = cohortButton()!;
    button.focus();
    button.click();
    expect(opened).toHaveLength(1);
    expect(opened[0]!.cohort).toEqual(COHORT);
    // The step's own setup is applied again before the view opens, so the cohort is the step's patient's.
    expect(setups.length).toBe(before + 1);
    expect(setups.at(-1)).toEqual(SETUP);
    expect(opened[0]!.setupsBefore).toBe(before + 1);
    // The task is done: the explanation and question follow, and the button stays to open it again.
    expect(host.textContent).toContain('Open the patients. — Done.');
    expect(getByRole(host, 'group', { name: 'So?' })).toBeTruthy();
    const again = cohortButton()!;
    expect(again).not.toBeNull();
    // The step was drawn anew; the focus stays on the button, and the view's opener finds the new one.
    expect(document.activeElement).toBe(again);
    expect(opened[0]!.opener()).toBe(again);
    panel.destroy();
  });

  it('without a cohort task it is offered once the step is complete; not on steps without a cohort', () => {
    const panel = mount();
    panel.open('c-lesson', 'after');
    const b = getByRole(host, 'button', { name: 'Open 200 patients like this one' });
    b.click();
    expect(opened.map((o) => o.cohort)).toEqual([{ n: 200, seed: 7 }]);
    // A step without a setup sets up the one it inherits (the lesson's setup when it was opened there).
    expect(setups.at(-1)).toEqual(SETUP);
    panel.open('c-lesson', 'plain');
    expect(cohortButton()).toBeNull();
    panel.destroy();
  });

  it('a panel without the cohort view shows no button, and the task can be skipped', () => {
    const panel = mount(false);
    panel.open('c-lesson');
    getByRole(host, 'radio', { name: 'a few' }).click();
    getByRole(host, 'button', { name: 'Lock in my prediction' }).click();
    expect(cohortButton()).toBeNull();
    getByRole(host, 'button', { name: 'Skip this task' }).click();
    expect(getByRole(host, 'group', { name: 'So?' })).toBeTruthy();
    panel.destroy();
  });
});

describe('a lecture scene’s cohort', () => {
  let host: HTMLElement;
  let applied: SimSetup[];
  let opened: { cohort: CohortRef; opener: HTMLElement | null; applied: number }[];
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    applied = [];
    opened = [];
  });
  afterEach(() => document.body.replaceChildren());

  it('the ready lecture’s cohort scene offers its 200 patients; the button sets the scene up again and opens them', () => {
    const mode = mountLectureMode(host, {
      machine: lectureMachine,
      lecture: READY_LECTURE,
      files: lectureFiles,
      workbench: { applySetup: (s) => (applied.push(s), null), captureSetup: () => ({}) },
      onExit: () => undefined,
      openCohort: (cohort, opener) => opened.push({ cohort, opener: opener(), applied: applied.length }),
    });
    const button = () => host.querySelector<HTMLButtonElement>('.lecture-cohort')!;
    expect(button().hidden, 'the first scene has no cohort').toBe(true);
    const index = READY_LECTURE.scenes.findIndex((s) => s.cohort);
    expect(index).toBeGreaterThan(0);
    for (let i = 0; i < index; i++) mode.next();
    const scene = READY_LECTURE.scenes[index]!;
    expect(button().hidden).toBe(false);
    expect(getByRole(host, 'button', { name: /^200 patients: open 200 patients like this one$/ })).toBe(
      button(),
    );
    const before = applied.length;
    button().click();
    expect(applied.length).toBe(before + 1);
    expect(applied.at(-1)).toEqual(scene.setup);
    expect(opened).toEqual([{ cohort: scene.cohort, opener: button(), applied: before + 1 }]);
    mode.next();
    expect(button().hidden).toBe(true);
    mode.destroy();
  });

  it('is not offered without the cohort view', () => {
    const mode = mountLectureMode(host, {
      machine: lectureMachine,
      lecture: READY_LECTURE,
      files: lectureFiles,
      workbench: { applySetup: () => null, captureSetup: () => ({}) },
      onExit: () => undefined,
    });
    expect(host.querySelector('.lecture-cohort')).toBeNull();
    mode.destroy();
  });
});
