import type { StopwatchContext } from '../../app/stopwatch';
import { elapsedMs } from '../../app/stopwatch';
import { lectureText, presenterText as t } from '../../content/lecture-words';
import { shortcutFor, type ShortcutId } from '../dialogs/shortcuts';
import { el } from '../kit/dom';
import { lectureButton } from './lecture-parts';
import type { PresenterEnd, PresenterScene, ToPresenter } from './presenter-link';
import './presenter.css';

export interface PresenterViewOptions {
  /** Opens the presenter's end of the channel with these handlers (presenter-link.ts `presenterEnd`). */
  readonly connect: (handlers: {
    state: (message: Extract<ToPresenter, { type: 'state' }>) => void;
    closed: () => void;
  }) => PresenterEnd;
  /** Wall-clock time in ms since the epoch (the stopwatch's clock; Date.now in the app). */
  readonly now: () => number;
  /** Calls `tick` every `ms` until the returned function is called (the presenter window's setInterval). */
  readonly every: (tick: () => void, ms: number) => () => void;
}

export interface PresenterView {
  readonly element: HTMLElement;
  /**
   * Stops following the lecture: says goodbye over the channel and shows "lecture closed". For when the
   * window closes, and when the lecture's page goes (no message would come, and this code goes with it).
   */
  stop(): void;
}

/** How often the timer is redrawn: twice a second, so a shown second is never late by a whole one. */
const TICK_MS = 500;

/**
 * The presenter view, built into `document` (the presenter window's): the scene number, the time since
 * the lecture started with Pause and Reset, the caption the hall sees, the presenter notes, the next
 * scene's caption and first line, and Previous and Next, which move the lecture (and so both windows).
 * The lecture's keys work here too. It draws only what the lecture sends; the scene is announced politely.
 */
export function mountPresenterView(document: Document, options: PresenterViewOptions): PresenterView {
  let timer: StopwatchContext | null = null;
  const parts = presenterParts({
    prev: () => end.prev(),
    next: () => end.next(),
    pauseOrResume: () => {
      if (timer) end.timer(timer.runningSince === null ? 'resume' : 'pause');
    },
    reset: () => end.timer('reset'),
  });
  let shownKey = '';
  const drawTime = () => {
    if (timer) parts.elapsed.textContent = t.elapsed(elapsedMs(timer, options.now()));
  };
  const stopTicking = options.every(drawTime, TICK_MS);

  const show = (scene: PresenterScene, stopwatch: StopwatchContext) => {
    parts.show(scene);
    document.title = t.documentTitle(scene.lectureTitle);
    timer = stopwatch;
    const paused = stopwatch.runningSince === null;
    parts.pauseButton.textContent = paused ? t.resume : t.pause;
    parts.pauseButton.setAttribute('aria-label', paused ? t.resumeLabel : t.pauseLabel);
    drawTime();
    const key = `${scene.index}/${scene.of}/${scene.caption}`;
    if (key === shownKey) return;
    shownKey = key;
    parts.announcer.textContent = lectureText.announce(scene.index + 1, scene.of, scene.caption);
  };
  let closed = false;
  // The lecture's keys for scenes and full screen; the rest of the app's keys have nothing to do here.
  const keys: Partial<Record<ShortcutId, () => void>> = {
    'scene-next': () => end.next(),
    'scene-prev': () => end.prev(),
    'full-screen': () => toggleFullScreen(document),
  };
  const onKey = (event: KeyboardEvent) => {
    if (closed || event.defaultPrevented || (event.repeat && event.key === ' ')) return;
    const shortcut = shortcutFor(event, 'lecture');
    const act = shortcut ? keys[shortcut.id] : undefined;
    if (!act) return;
    event.preventDefault();
    act();
  };
  const close = () => {
    if (closed) return;
    closed = true;
    stopTicking();
    document.defaultView?.removeEventListener('keydown', onKey);
    parts.closed();
  };

  document.body.append(parts.element);
  document.defaultView?.addEventListener('keydown', onKey);
  const end = options.connect({ state: ({ scene, timer }) => show(scene, timer), closed: close });
  parts.nextButton.focus();
  return {
    element: parts.element,
    stop() {
      end.close();
      close();
    },
  };
}

/** The presenter view's elements, and how they show a scene and a closed lecture. */
function presenterParts(actions: Readonly<Record<'prev' | 'next' | 'pauseOrResume' | 'reset', () => void>>) {
  const position = el('p', { class: 'presenter-position' });
  const lectureTitle = el('p', { class: 'presenter-lecture' });
  const elapsed = el('p', {
    class: 'presenter-elapsed',
    role: 'timer',
    'aria-labelledby': 'presenter-timer',
  });
  const pauseButton = lectureButton(t.pause, actions.pauseOrResume, { 'aria-label': t.pauseLabel });
  const resetButton = lectureButton(t.reset, actions.reset, { 'aria-label': t.resetLabel });
  const caption = el('p', { class: 'presenter-caption' });
  const notes = el('p', { class: 'presenter-notes-text' });
  const nextCaption = el('p', { class: 'presenter-next-caption' });
  const nextLine = el('p', { class: 'presenter-next-line' });
  const prevButton = lectureButton(lectureText.previous, actions.prev, {
    'aria-label': lectureText.previousLabel,
  });
  const nextButton = lectureButton(lectureText.next, actions.next, { 'aria-label': lectureText.nextLabel });
  const status = el('p', { class: 'presenter-status', role: 'status' }, t.waiting);
  const announcer = el('p', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
  // The notes and the side column scroll when long, so a keyboard can reach them to scroll (tabindex).
  const section = (id: string, title: string, ...children: HTMLElement[]) =>
    el(
      'section',
      {
        class: `presenter-${id}`,
        'aria-labelledby': `presenter-${id}-title`,
        tabindex: id === 'notes' ? 0 : undefined,
      },
      el('h2', { id: `presenter-${id}-title` }, title),
      ...children,
    );
  const element = el(
    'main',
    { class: 'presenter', 'aria-labelledby': 'presenter-heading' },
    el(
      'header',
      { class: 'presenter-head' },
      el('h1', { id: 'presenter-heading' }, t.heading),
      lectureTitle,
      position,
    ),
    el(
      'section',
      { class: 'presenter-timer', 'aria-labelledby': 'presenter-timer' },
      el('h2', { id: 'presenter-timer' }, t.timerTitle),
      elapsed,
      el('div', { class: 'presenter-buttons' }, pauseButton, resetButton),
    ),
    status,
    section('notes', t.notesTitle, notes, el('p', { class: 'lecture-notice' }, lectureText.educationOnly)),
    el(
      'div',
      {
        class: 'presenter-side',
        role: 'group',
        'aria-labelledby': 'presenter-now-title presenter-next-title',
        tabindex: 0,
      },
      section('now', t.nowTitle, caption),
      section('next', t.nextTitle, nextCaption, nextLine),
    ),
    el('nav', { class: 'presenter-nav', 'aria-label': t.scenesLabel }, prevButton, nextButton),
    el('p', { class: 'presenter-keys' }, t.keys),
    announcer,
  );
  const buttons = [pauseButton, resetButton, prevButton, nextButton];
  return {
    element,
    elapsed,
    pauseButton,
    nextButton,
    announcer,
    show(scene: PresenterScene) {
      status.textContent = '';
      position.textContent = lectureText.sceneOf(scene.index + 1, scene.of);
      lectureTitle.textContent = scene.lectureTitle;
      caption.textContent = scene.caption;
      notes.textContent = scene.notes.trim() === '' ? t.noNotes : scene.notes;
      nextCaption.textContent = scene.next ? t.nextScene(scene.index + 2, scene.next.caption) : t.lastScene;
      nextLine.textContent = scene.next?.firstLine ?? '';
      prevButton.setAttribute('aria-disabled', String(scene.index === 0));
      nextButton.setAttribute('aria-disabled', String(scene.index === scene.of - 1));
    },
    closed() {
      status.textContent = t.lectureClosed;
      for (const button of buttons) button.setAttribute('aria-disabled', 'true');
    },
  };
}

/** Full screen on or off for the presenter window; refused: nothing to undo. */
function toggleFullScreen(document: Document): void {
  const change = document.fullscreenElement
    ? document.exitFullscreen()
    : document.documentElement.requestFullscreen?.();
  change?.catch(() => undefined);
}
