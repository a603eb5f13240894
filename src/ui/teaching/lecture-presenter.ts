import { createActor, type Actor } from 'xstate';
import { stopwatchMachine } from '../../app/stopwatch';
import { lectureText as t } from '../../content/lecture-words';
import type { lectureMachine } from '../../lessons/lecture-machine';
import { lectureButton } from './lecture-parts';
import { lectureEnd, presenterChannelName, presenterScene, type PresenterChannel } from './presenter-link';
import { presenterWindow, type PresenterWindowOptions } from './presenter-window';

export interface LecturePresenterOptions {
  readonly actor: Actor<typeof lectureMachine>;
  readonly next: () => void;
  readonly prev: () => void;
  /** Says a thing to screen readers only (the window's coming and going is no news for the hall). */
  readonly announce: (text: string) => void;
  readonly complain: (text: string) => void;
  /** Where focus goes when the browser blocks the window: the "Notes on this screen" button. */
  readonly fallback: HTMLElement;
  /** The lecture's page (window by default). */
  readonly window?: Window;
  /** Its `window.open` (tests pass their own). */
  readonly open?: PresenterWindowOptions['open'];
  /** Wall-clock time for the stopwatch, in ms since the epoch (Date.now by default). */
  readonly now?: () => number;
  /** Opens the lecture's end of a channel (a BroadcastChannel by default). */
  readonly channel?: (name: string) => PresenterChannel;
}

export interface LecturePresenter {
  /** "Presenter view" in the lecture bar. */
  readonly button: HTMLButtonElement;
  /** What the button and the P key do: open the window, or say why it could not open. */
  open(): void;
  /** Sends the lecture's state to a presenter view (after each change of scene or lecture). */
  publish(): void;
  /** The lecture ends: a presenter view shows "lecture closed". */
  destroy(): void;
}

/**
 * The lecture's side of the presenter view: the stopwatch, started with the lecture; the channel the view
 * listens to, on which every change of scene or of the stopwatch is sent; what the view asks for (next,
 * previous, pause, resume, reset); and the window, opened by the Presenter view button or P.
 */
export function lecturePresenter(options: LecturePresenterOptions): LecturePresenter {
  const { actor, announce, complain } = options;
  const now = options.now ?? (() => Date.now());
  const stopwatch = createActor(stopwatchMachine, { input: { at: now() } });
  const channelName = presenterChannelName();
  const end = lectureEnd(options.channel?.(channelName) ?? new BroadcastChannel(channelName), {
    state: () => {
      const { lecture, index } = actor.getSnapshot().context;
      const scene = presenterScene(lecture, index);
      return scene ? { type: 'state', scene, timer: stopwatch.getSnapshot().context } : null;
    },
    next: options.next,
    prev: options.prev,
    timer: (action) => stopwatch.send({ type: action, at: now() }),
    presenterGone: () => announce(t.presenterClosed),
  });
  const subscription = stopwatch.subscribe(() => end.publish());
  stopwatch.start();
  const popup = presenterWindow(options.window ?? window, {
    channelName,
    now,
    ...(options.open ? { open: options.open } : {}),
  });
  const open = () => {
    const result = popup.open();
    if (result === 'blocked') {
      complain(t.presenterBlocked);
      options.fallback.focus();
    } else if (result === 'opened') announce(t.presenterOpened);
  };
  const button = lectureButton(t.presenter, open, { title: t.presenterTitle });
  return {
    button,
    open,
    publish: () => end.publish(),
    destroy() {
      subscription.unsubscribe();
      stopwatch.stop();
      end.close();
      popup.destroy();
    },
  };
}
