import { createActor } from 'xstate';
import type { ThemeId } from '../content/themes';
import { lectureFileText as fileText, lectureText as t } from '../content/lecture-words';
import type { LectureFiles } from '../lessons/lecture-file';
import type { lectureMachine } from '../lessons/lecture-machine';
import type { Lecture } from '../lessons/lectures';
import type { SimSetup } from '../lessons/types';
import { el } from './dom';
import { addSceneForm, shareLinkControl } from './lecture-parts';
import type { PreferencesActor } from './theme-picker';
import './lecture.css';

/** What lecture mode needs from the workbench (src/ui/workbench.ts provides both). */
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
}

export interface LectureMode {
  readonly element: HTMLElement;
  next(): void;
  prev(): void;
  /** False once the lecturer has exited or the mode was destroyed. */
  readonly active: boolean;
  /** The lecture as it stands now, with the lecturer's changes. */
  readonly lecture: Lecture;
  destroy(): void;
}

/**
 * The lecture bar: the scene's caption in large type, its position, Previous and Next, presenter notes, the
 * lecturer's own scenes ("Add this scene", remove), lecture files and links, and the way out. Each scene
 * change is applied to the workbench and announced politely with its caption.
 */
export function mountLectureMode(host: HTMLElement, options: LectureModeOptions): LectureMode {
  const { workbench, preferences, files } = options;
  const actor = createActor(options.machine, { input: { lecture: options.lecture } });
  let active = true;

  const position = el('p', { class: 'lecture-position' });
  const title = el('p', { class: 'lecture-title' });
  const caption = el('p', { class: 'lecture-caption', id: 'lecture-caption' });
  const status = el('p', { class: 'lecture-message', role: 'status' });
  const problem = el('p', { class: 'lecture-message lecture-problem', role: 'alert' });
  const announcer = el('p', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const say = (text: string) => {
    problem.textContent = '';
    status.textContent = text;
  };
  const complain = (text: string) => {
    status.textContent = '';
    problem.textContent = text;
  };

  const button = (label: string, onClick: () => void, attributes: Record<string, string> = {}) => {
    const b = el('button', { type: 'button', class: 'lecture-button', ...attributes }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  const prevButton = button(t.previous, () => prev(), { 'aria-label': t.previousLabel });
  const nextButton = button(t.next, () => next(), { 'aria-label': t.nextLabel });

  const notesText = el('p', { class: 'lecture-notes-text' });
  const notesPanel = el(
    'section',
    { class: 'lecture-notes', id: 'lecture-notes', 'aria-labelledby': 'lecture-notes-title' },
    el('h2', { class: 'lecture-notes-title', id: 'lecture-notes-title' }, t.notesTitle),
    notesText,
    el('p', { class: 'lecture-notice' }, t.educationOnly),
  );
  notesPanel.hidden = true;
  const notesButton = button(
    t.notes,
    () => {
      notesPanel.hidden = !notesPanel.hidden;
      notesButton.setAttribute('aria-expanded', String(!notesPanel.hidden));
    },
    { 'aria-expanded': 'false', 'aria-controls': notesPanel.id },
  );

  const addForm = addSceneForm(
    files,
    (scene) => {
      actor.send({ type: 'add', scene: { ...scene, setup: workbench.captureSetup() } });
      say(t.sceneAdded(actor.getSnapshot().context.index + 1));
    },
    complain,
  );
  const addButton = addForm.toggle;

  const removeButton = button(t.removeScene, () => {
    const { context } = actor.getSnapshot();
    if (context.lecture.scenes.length <= 1) return complain(t.removeLast);
    const removed = context.lecture.scenes[context.index]?.caption ?? '';
    actor.send({ type: 'remove', index: context.index });
    say(t.sceneRemoved(removed));
  });

  const saveButton = button(t.saveFile, () => {
    const { lecture } = actor.getSnapshot().context;
    const blob = new Blob([files.toJson(lecture)], { type: 'application/json' });
    const link = el('a', { href: URL.createObjectURL(blob), download: files.fileName(lecture) });
    link.click();
    URL.revokeObjectURL(link.href);
  });

  const picker = el('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    tabindex: -1,
    'aria-label': t.openFileLabel,
  });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (file) void openFile(file);
  });
  const openButton = button(t.openFile, () => picker.click());
  async function openFile(file: Pick<File, 'size' | 'text'>): Promise<void> {
    if (file.size > files.maxChars) return complain(fileText.tooLarge);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return complain(fileText.notJson);
    }
    const read = files.read(text);
    if (!read.ok) return complain(read.message);
    actor.send({ type: 'load', lecture: read.lecture });
    say(t.opened(read.lecture.title, read.lecture.scenes.length));
  }

  const share = options.onShareLink
    ? shareLinkControl(
        () => files.encode(actor.getSnapshot().context.lecture),
        options.onShareLink,
        options.clipboard,
        say,
      )
    : null;
  const exitButton = button(t.exit, () => exit(), { class: 'lecture-button lecture-exit' });

  // The lecturer's own tools fold away so the caption and the simulation keep the room.
  const tools = el(
    'div',
    { class: 'lecture-tools', id: 'lecture-tools', hidden: true },
    addButton,
    removeButton,
    saveButton,
    openButton,
    picker,
    share?.button,
  );
  const toolsButton = button(
    t.tools,
    () => {
      tools.hidden = !tools.hidden;
      toolsButton.setAttribute('aria-expanded', String(!tools.hidden));
    },
    { 'aria-expanded': 'false', 'aria-controls': 'lecture-tools' },
  );
  const element = el(
    'section',
    { class: 'lecture-bar', 'aria-label': t.region },
    el('div', { class: 'lecture-heading' }, position, title),
    caption,
    el('div', { class: 'lecture-nav' }, prevButton, nextButton, notesButton, toolsButton, exitButton),
    tools,
    addForm.form,
    share?.manual,
    notesPanel,
    status,
    problem,
    announcer,
  );

  let shownKey = '';
  const render = () => {
    const { context } = actor.getSnapshot();
    const { lecture, index } = context;
    const scene = lecture.scenes[index];
    if (!scene) return;
    const of = lecture.scenes.length;
    position.textContent = t.sceneOf(index + 1, of);
    title.textContent = lecture.title;
    caption.textContent = scene.caption;
    notesText.textContent = scene.notes;
    prevButton.setAttribute('aria-disabled', String(index === 0));
    nextButton.setAttribute('aria-disabled', String(index === of - 1));
    removeButton.setAttribute('aria-disabled', String(of <= 1));
    const key = `${index}/${of}/${scene.id}`;
    if (key !== shownKey) {
      shownKey = key;
      announcer.textContent = t.announce(index + 1, of, scene.caption);
    }
  };

  const themeBefore: ThemeId | null = preferences ? preferences.getSnapshot().context.theme : null;
  preferences?.send({ type: 'theme.preview', theme: 'projector' });

  host.append(element);
  actor.on('lecture.setup', ({ setup }) => {
    const trouble = workbench.applySetup(setup);
    if (trouble) complain(t.setupProblem(trouble));
    else problem.textContent = '';
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
    next,
    prev,
    get active() {
      return active;
    },
    get lecture() {
      return actor.getSnapshot().context.lecture;
    },
    destroy,
  };
}
