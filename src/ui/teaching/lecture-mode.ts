import { createActor, type Actor } from 'xstate';
import type { ThemeId } from '../../content/themes';
import { lectureText as t } from '../../content/lecture-words';
import type { LectureFiles } from '../../lessons/lecture-file';
import type { lectureMachine } from '../../lessons/lecture-machine';
import type { Lecture, LectureScene } from '../../lessons/lectures';
import type { CohortRef, SimSetup } from '../../lessons/types';
import { el } from '../kit/dom';
import type { PreferencesActor } from '../kit/theme-picker';
import { cohortButton, experimentLink, lectureButton, lectureMessages, lectureNotes } from './lecture-parts';
import { lecturePresenter, type LecturePresenterOptions } from './lecture-presenter';
import { lectureTools, type LectureToolsOptions } from './lecture-tools';
import './lecture.css';

/** What lecture mode needs from the workbench (src/ui/hosts/workbench.ts provides both). */
export interface LectureWorkbench {
  /** Sets the simulation as a scene asks; returns a problem in words, or null. */
  applySetup(setup: SimSetup): string | null;
  /** The simulation as it stands, as a setup that restores it ("Add this scene"). */
  captureSetup(): SimSetup;
}

export interface LectureModeOptions {
  readonly machine: typeof lectureMachine;
  readonly lecture: Lecture;
  /** Lecture files and links: pass `lectureFiles` of src/lessons/lecture-file.ts. */
  readonly files: LectureFiles;
  readonly workbench: LectureWorkbench;
  /** Called after "Exit lecture mode" has taken the bar down and restored the theme. */
  readonly onExit: () => void;
  /** Turns an encoded lecture (lecture-file.ts `encodeLecture`) into a full URL; without it, no link button. */
  readonly onShareLink?: (encoded: string) => string;
  readonly clipboard?: Pick<Clipboard, 'writeText'>;
  /** Shows the projector theme for this page while lecturing (a preview, never saved). */
  readonly preferences?: PreferencesActor;
  /**
   * Opens an experiment in the Experiments view (the scene's `experiment`; `opener` gets the focus back when the
   * view closes). Without it (the single file has no view), scenes offer no link.
   */
  readonly openExperiment?: (id: string, opener: HTMLElement) => void;
  /**
   * Opens the cohort view for the simulation as it stands, with the scene's size and seed (issue 21); `opener`
   * finds where the focus goes back on close. Without it, scenes offer no cohort.
   */
  readonly openCohort?: (cohort: CohortRef, opener: () => HTMLElement | null) => void;
  /** Ready-made lectures the lecture tools offer to open instead (each loaded when chosen). */
  readonly readyLectures?: LectureToolsOptions['readyLectures'];
  /** The presenter window's page, its `window.open`, clock and channel (tests pass their own). */
  readonly presenter?: Pick<LecturePresenterOptions, 'window' | 'open' | 'now' | 'channel'>;
}

export interface LectureMode {
  readonly element: HTMLElement;
  /** Where focus starts: Next, so Space and Enter go forward as a clicker does. */
  readonly start: HTMLElement;
  next(): void;
  prev(): void;
  /** Opens the presenter view's window (the P key). */
  presenter(): void;
  /** False once the lecturer has exited or the mode was destroyed. */
  readonly active: boolean;
  /** The lecture as it stands now, with the lecturer's changes. */
  readonly lecture: Lecture;
  destroy(): void;
}

/**
 * The lecture bar: the scene's caption in large type, its position, Previous and Next, the presenter view
 * (a window of its own for the lecturer's screen), the notes on this screen for a lecturer with one, the
 * lecturer's own scenes ("Add this scene", remove), lecture files and links, and the way out. Each scene
 * change is applied to the workbench and announced politely with its caption.
 */
export function mountLectureMode(host: HTMLElement, options: LectureModeOptions): LectureMode {
  const { workbench, preferences } = options;
  const actor = createActor(options.machine, { input: { lecture: options.lecture } });
  let active = true;

  const messages = lectureMessages();
  const notes = lectureNotes();
  const tools = lectureTools({
    actor,
    files: options.files,
    captureSetup: () => workbench.captureSetup(),
    say: messages.say,
    complain: messages.complain,
    onShareLink: options.onShareLink,
    clipboard: options.clipboard,
    readyLectures: options.readyLectures,
  });
  const scene = sceneView(prev, next, options.openExperiment, sceneCohort(options, actor, messages));
  const presenter = lecturePresenter({
    ...options.presenter,
    actor,
    next: () => next(),
    prev: () => prev(),
    announce: (text) => (messages.announcer.textContent = text),
    complain: messages.complain,
    fallback: notes.toggle,
  });
  const exitButton = lectureButton(t.exit, () => exit(), { class: 'lecture-button lecture-exit' });
  const element = el(
    'section',
    { class: 'lecture-bar', 'aria-label': t.region },
    el('div', { class: 'lecture-heading' }, scene.position, scene.title),
    scene.caption,
    el(
      'div',
      { class: 'lecture-nav' },
      scene.prevButton,
      scene.nextButton,
      scene.experiment?.link,
      scene.cohort?.button,
      presenter.button,
      notes.toggle,
      tools.toggle,
      exitButton,
    ),
    tools.tools,
    ...tools.below,
    notes.panel,
    ...messages.elements,
  );

  let shownKey = '';
  const render = () => {
    const { lecture, index } = actor.getSnapshot().context;
    const shown = lecture.scenes[index];
    if (!shown) return;
    const of = lecture.scenes.length;
    scene.show(lecture.title, shown, index, of);
    notes.text.textContent = shown.notes;
    tools.removeButton.setAttribute('aria-disabled', String(of <= 1));
    const key = `${index}/${of}/${shown.id}`;
    if (key !== shownKey) {
      shownKey = key;
      messages.announcer.textContent = t.announce(index + 1, of, shown.caption);
    }
    presenter.publish();
  };

  const themeBefore: ThemeId | null = preferences ? preferences.getSnapshot().context.theme : null;
  preferences?.send({ type: 'theme.preview', theme: 'projector' });

  host.append(element);
  actor.on('lecture.setup', ({ setup }) => {
    const trouble = workbench.applySetup(setup);
    if (trouble) messages.complain(t.setupProblem(trouble));
    else messages.clearProblem();
  });
  const subscription = actor.subscribe(render);
  actor.start();
  render();

  function next() {
    if (active) actor.send({ type: 'next' });
  }
  function prev() {
    if (active) actor.send({ type: 'prev' });
  }
  function destroy() {
    if (!active) return;
    active = false;
    subscription.unsubscribe();
    presenter.destroy();
    actor.stop();
    element.remove();
    // End the projector preview unless the lecturer chose a theme meanwhile (theme.set ends a preview).
    if (preferences && themeBefore && preferences.getSnapshot().context.savedTheme !== null)
      preferences.send({ type: 'theme.preview', theme: themeBefore });
  }
  function exit() {
    destroy();
    options.onExit();
  }

  return {
    element,
    start: scene.nextButton,
    next,
    prev,
    presenter: () => {
      if (active) presenter.open();
    },
    get active() {
      return active;
    },
    get lecture() {
      return actor.getSnapshot().context.lecture;
    },
    destroy,
  };
}

/**
 * The scene's "200 patients" button, where the page has the cohort view: the scene's setup is applied again
 * first, so the cohort is of the scene's patient whatever was changed since, then the view opens with the
 * scene's seed (a setup that cannot be applied is said instead).
 */
function sceneCohort(
  options: LectureModeOptions,
  actor: Actor<typeof lectureMachine>,
  messages: ReturnType<typeof lectureMessages>,
): ReturnType<typeof cohortButton> | null {
  const open = options.openCohort;
  if (!open) return null;
  return cohortButton((ref, opener) => {
    const { lecture, index } = actor.getSnapshot().context;
    const current = lecture.scenes[index];
    const trouble = current ? options.workbench.applySetup(current.setup) : null;
    if (trouble) messages.complain(t.setupProblem(trouble));
    else open(ref, () => opener);
  });
}

/**
 * The scene on show: the lecture's title, "Scene 2 of 9", the caption in large type, Previous and Next, and
 * "Open the experiment" and "200 patients" where the scene has them and the page has their views.
 */
function sceneView(
  prev: () => void,
  next: () => void,
  openExperiment: LectureModeOptions['openExperiment'],
  cohort: ReturnType<typeof cohortButton> | null,
) {
  const position = el('p', { class: 'lecture-position' });
  const title = el('p', { class: 'lecture-title' });
  const caption = el('p', { class: 'lecture-caption', id: 'lecture-caption' });
  const prevButton = lectureButton(t.previous, prev, { 'aria-label': t.previousLabel });
  const nextButton = lectureButton(t.next, next, { 'aria-label': t.nextLabel });
  const experiment = openExperiment ? experimentLink(openExperiment) : null;
  return {
    position,
    title,
    caption,
    prevButton,
    nextButton,
    experiment,
    cohort,
    show(lectureTitle: string, shown: LectureScene, index: number, of: number) {
      position.textContent = t.sceneOf(index + 1, of);
      title.textContent = lectureTitle;
      caption.textContent = shown.caption;
      experiment?.show(shown.experiment ?? null);
      cohort?.show(shown.cohort ?? null);
      prevButton.setAttribute('aria-disabled', String(index === 0));
      nextButton.setAttribute('aria-disabled', String(index === of - 1));
    },
  };
}
