// @vitest-environment happy-dom
import { getByRole, queryByRole } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followExperimentLink } from '../../../src/app/experiment-link';
import { LANDMARK_LECTURE } from '../../../src/lessons/landmark-lecture';
import { lectureFiles } from '../../../src/lessons/lecture-file';
import { lectureMachine } from '../../../src/lessons/lecture-machine';
import { READY_LECTURE } from '../../../src/lessons/lectures';
import { lessonMachine } from '../../../src/lessons/lesson-machine';
import { createProgressStore } from '../../../src/lessons/progress-store';
import type { Lesson, SimSetup } from '../../../src/lessons/types';
import { experimentOpener } from '../../../src/ui/teaching/experiment-opener';
import { mountLectureMode, type LectureMode } from '../../../src/ui/teaching/lecture-mode';
import { mountLessonPanel } from '../../../src/ui/teaching/lesson-panel';

/**
 * Issue 20: lecture scenes and lesson steps open "the experiment that showed it" in the Experiments view —
 * a real #experiment=<id> link, followed in the page, and back to where the learner was when the view closes.
 */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a lecture scene’s experiment', () => {
  let host: HTMLElement;
  let mode: LectureMode;
  let applied: SimSetup[];
  let opened: string[];
  const mount = (open?: (id: string, opener: HTMLElement) => void) => {
    mode = mountLectureMode(host, {
      machine: lectureMachine,
      lecture: LANDMARK_LECTURE,
      files: lectureFiles,
      workbench: { applySetup: (s) => (applied.push(s), null), captureSetup: () => ({}) },
      onExit: () => undefined,
      ...(open ? { openExperiment: open } : {}),
      readyLectures: [
        { title: READY_LECTURE.title, load: () => Promise.resolve(READY_LECTURE) },
        { title: 'Broken', load: () => Promise.reject(new Error('offline')) },
      ],
    });
  };
  const link = () => queryByRole(host, 'link', { name: /^Open the experiment/ });
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    applied = [];
    opened = [];
  });
  afterEach(() => {
    mode.destroy();
    document.body.replaceChildren();
  });

  it('sets the rat experiment’s groups side by side and shows its caption', () => {
    mount((id) => opened.push(id));
    expect(applied[0]).toMatchObject({
      preset: 'celerier-2000-fentanyl-100',
      compare: { preset: 'celerier-2000-fentanyl-ketamine' },
    });
    expect(host.querySelector('.lecture-caption')?.textContent).toBe(LANDMARK_LECTURE.scenes[0]!.caption);
  });

  it('is a link to #experiment=<id>, named with the title, that follows the scene', () => {
    mount((id) => opened.push(id));
    const first = LANDMARK_LECTURE.scenes[0]!.experiment!;
    expect(link()?.getAttribute('href')).toBe(`#experiment=${first.id}`);
    expect(link()?.getAttribute('aria-label')).toBe(`Open the experiment: ${first.title}`);
    link()!.click();
    expect(opened).toEqual([first.id]);
    mode.next();
    const second = LANDMARK_LECTURE.scenes[1]!.experiment!;
    expect(link()?.getAttribute('href')).toBe(`#experiment=${second.id}`);
    link()!.click();
    expect(opened).toEqual([first.id, second.id]);
  });

  it('is not offered without an opener for the Experiments view, nor on a scene without an experiment', async () => {
    mount();
    expect(link()).toBeNull();
    mode.destroy();
    host.replaceChildren();
    mount((id) => opened.push(id));
    getByRole(host, 'button', { name: 'Lecture tools' }).click();
    // The choice starts at a lecture other than the one shown.
    expect(
      getByRole<HTMLSelectElement>(host, 'combobox', { name: 'Ready lecture' }).selectedOptions[0]?.text,
    ).toBe(READY_LECTURE.title);
    getByRole(host, 'button', { name: 'Open ready lecture' }).click();
    await flush();
    expect(host.querySelector('.lecture-caption')?.textContent).toBe(READY_LECTURE.scenes[0]!.caption);
    expect(host.querySelector<HTMLElement>('.lecture-experiment')?.hidden).toBe(true);
  });

  it('a ready lecture that cannot be loaded is said, and the lecture shown stays', async () => {
    mount((id) => opened.push(id));
    getByRole(host, 'button', { name: 'Lecture tools' }).click();
    const choice = getByRole<HTMLSelectElement>(host, 'combobox', { name: 'Ready lecture' });
    choice.value = '1';
    getByRole(host, 'button', { name: 'Open ready lecture' }).click();
    await flush();
    expect(getByRole(host, 'alert').textContent).toMatch(/could not be loaded/);
    expect(host.querySelector('.lecture-caption')?.textContent).toBe(LANDMARK_LECTURE.scenes[0]!.caption);
  });
});

const lesson: Lesson = {
  id: 'x-lesson',
  title: 'Experiment lesson',
  minutes: 2,
  dosing: false,
  objectives: ['See where it comes from'],
  referenceIds: [],
  summary: ['Done.'],
  steps: [
    {
      id: 'one',
      title: 'The rats',
      text: 'Rats were given fentanyl.',
      setup: { preset: 'celerier-2000-fentanyl-100', tDays: 2 },
      experiment: { id: 'celerier-2000', title: 'One fentanyl series' },
    },
    { id: 'two', title: 'No paper', text: 'Nothing to link.' },
    {
      id: 'three',
      title: 'Guess first',
      text: 'What will the rats show?',
      prediction: {
        prompt: 'The threshold will be…',
        options: [
          { id: 'up', text: 'higher' },
          { id: 'down', text: 'lower' },
        ],
        answerId: 'down',
      },
      experiment: { id: 'vanderah-2001', title: 'While the opioid is given' },
    },
  ],
};

describe('a lesson step’s experiment', () => {
  let host: HTMLElement;
  const mount = (open?: (id: string, opener: HTMLElement) => void) =>
    mountLessonPanel(host, {
      lessons: [lesson],
      machine: lessonMachine,
      store: createProgressStore({
        getItem: () => null,
        setItem: () => undefined,
        removeItem: () => undefined,
      }),
      onSetup: () => undefined,
      ...(open ? { openExperiment: open } : {}),
    });
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => document.body.replaceChildren());

  it('shows “See the experiment: <title>”, a link to it, which opens it in the page', () => {
    const opened: string[] = [];
    const panel = mount((id) => opened.push(id));
    panel.open('x-lesson');
    const link = getByRole(host, 'link', { name: 'See the experiment: One fentanyl series' });
    expect(link.getAttribute('href')).toBe('#experiment=celerier-2000');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(opened).toEqual(['celerier-2000']);
    panel.destroy();
  });

  it('is offered once the step is complete, not before the learner predicts (the experiment gives it away)', () => {
    const panel = mount(() => undefined);
    panel.open('x-lesson', 'three');
    expect(queryByRole(host, 'link')).toBeNull();
    getByRole(host, 'radio', { name: 'lower' }).click();
    getByRole(host, 'button', { name: 'Lock in my prediction' }).click();
    expect(getByRole(host, 'link', { name: 'See the experiment: While the opioid is given' })).toBeTruthy();
    panel.destroy();
  });

  it('a step without an experiment, or a panel without the view, shows no link', () => {
    const panel = mount();
    panel.open('x-lesson');
    expect(queryByRole(host, 'link')).toBeNull();
    panel.destroy();
    const withView = mount(() => undefined);
    withView.open('x-lesson', 'two');
    expect(queryByRole(host, 'link')).toBeNull();
    withView.destroy();
  });
});

describe('opening the Experiments view from a link in the page', () => {
  let slot: HTMLElement;
  let headerButton: HTMLButtonElement;
  let opener: HTMLAnchorElement;
  beforeEach(() => {
    slot = Object.assign(document.createElement('section'), { id: 'experiments-slot', hidden: true });
    headerButton = document.createElement('button');
    headerButton.setAttribute('aria-controls', slot.id);
    opener = Object.assign(document.createElement('a'), { href: '#experiment=celerier-2000' });
    document.body.append(headerButton, opener, slot);
  });
  afterEach(() => document.body.replaceChildren());

  /** What the view does (src/ui/experiments/workspace-cover.ts): shows the slot; on close hides it and focuses the header's button. */
  const viewOpens = () => (slot.hidden = false);
  const viewCloses = (focus: HTMLElement) => {
    slot.hidden = true;
    focus.focus();
  };

  it('gives the focus back to the link that opened it when the view is closed', async () => {
    const follow: string[] = [];
    const open = experimentOpener(slot, (id) => follow.push(id));
    opener.focus();
    open('celerier-2000', opener);
    expect(follow).toEqual(['celerier-2000']);
    viewOpens();
    await flush();
    viewCloses(headerButton);
    await flush();
    expect(document.activeElement).toBe(opener);
  });

  it('leaves the focus where the view put it after “Open in the simulator” (the workspace)', async () => {
    const workspace = document.createElement('main');
    workspace.tabIndex = -1;
    document.body.append(workspace);
    const open = experimentOpener(slot, () => undefined);
    open('celerier-2000', opener);
    viewOpens();
    await flush();
    viewCloses(workspace);
    await flush();
    expect(document.activeElement).toBe(workspace);
  });

  it('follows the link by the hash, and again when the hash already names it (no hashchange would come)', () => {
    const sent: string[] = [];
    const win = { location: { hash: '#lesson=x' }, dispatchEvent: (e: Event) => (sent.push(e.type), true) };
    followExperimentLink('celerier-2000', win as unknown as Window);
    expect(win.location.hash).toBe('#experiment=celerier-2000');
    expect(sent).toEqual([]);
    followExperimentLink('celerier-2000', win as unknown as Window);
    expect(sent).toEqual(['hashchange']);
  });
});
