import type { StopwatchContext } from '../../app/stopwatch';
import type { Lecture } from '../../lessons/lectures';

/**
 * How the lecture and its presenter view keep in step: messages over a BroadcastChannel whose name is new
 * for every lecture (`presenterChannelName`), so two lecture tabs never hear each other. The lecture owns
 * the state (the scene, the stopwatch) and sends all of it whenever it changes; the presenter view only
 * asks (next, previous, the timer's buttons) and draws what it is sent. Either end says when it goes.
 */

/** What the presenter view shows of a scene. */
export interface PresenterScene {
  readonly lectureTitle: string;
  /** 0-based. */
  readonly index: number;
  readonly of: number;
  readonly caption: string;
  readonly notes: string;
  /** The scene after this one: its caption and the first sentence of its notes; null at the last. */
  readonly next: { readonly caption: string; readonly firstLine: string } | null;
}

export type TimerAction = 'pause' | 'resume' | 'reset';

/** From the lecture to the presenter view. */
export type ToPresenter =
  | { readonly type: 'state'; readonly scene: PresenterScene; readonly timer: StopwatchContext }
  | { readonly type: 'closed' };

/** From the presenter view to the lecture. */
export type ToLecture =
  | { readonly type: 'hello' }
  | { readonly type: 'next' }
  | { readonly type: 'prev' }
  | { readonly type: 'timer'; readonly action: TimerAction }
  | { readonly type: 'bye' };

/** The part of a BroadcastChannel the two ends use (tests may pass another). */
export type PresenterChannel = Pick<BroadcastChannel, 'postMessage' | 'close' | 'addEventListener'>;

/** A channel name no other tab uses: the app's prefix and 64 random bits. */
export function presenterChannelName(random: Pick<Crypto, 'getRandomValues'> = crypto): string {
  const bits = random.getRandomValues(new Uint32Array(2));
  return `opioid-paradox-lab:presenter:${[...bits].map((n) => n.toString(36)).join('-')}`;
}

/** The first sentence of a text (up to a full stop, question or exclamation mark before a new sentence). */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const end = /[.!?](?=\s+[A-Z“"(‘'])/.exec(trimmed);
  return end ? trimmed.slice(0, end.index + 1) : trimmed;
}

/** The presenter view's picture of scene `index` of `lecture`. */
export function presenterScene(lecture: Lecture, index: number): PresenterScene | null {
  const scene = lecture.scenes[index];
  if (!scene) return null;
  const next = lecture.scenes[index + 1];
  return {
    lectureTitle: lecture.title,
    index,
    of: lecture.scenes.length,
    caption: scene.caption,
    notes: scene.notes,
    next: next ? { caption: next.caption, firstLine: firstSentence(next.notes) } : null,
  };
}

const TO_LECTURE = new Set<ToLecture['type']>(['hello', 'next', 'prev', 'timer', 'bye']);
const TIMER_ACTIONS = new Set<string>(['pause', 'resume', 'reset']);

const messageType = (data: unknown): unknown =>
  typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;

function isToLecture(data: unknown): data is ToLecture {
  const type = messageType(data);
  if (!TO_LECTURE.has(type as ToLecture['type'])) return false;
  return type !== 'timer' || TIMER_ACTIONS.has(String((data as { action?: unknown }).action));
}

function isToPresenter(data: unknown): data is ToPresenter {
  const type = messageType(data);
  return type === 'closed' || (type === 'state' && typeof (data as { scene?: unknown }).scene === 'object');
}

export interface LectureEnd {
  /** Sends the state as it is now. */
  publish(): void;
  /** Tells the presenter view the lecture is gone, and stops listening. */
  close(): void;
}

/** The lecture's end: answers a presenter's hello with the state, and runs what the presenter asks. */
export function lectureEnd(
  channel: PresenterChannel,
  handlers: {
    readonly state: () => Extract<ToPresenter, { type: 'state' }> | null;
    readonly next: () => void;
    readonly prev: () => void;
    readonly timer: (action: TimerAction) => void;
    /** The presenter view said goodbye (its window closed). */
    readonly presenterGone: () => void;
  },
): LectureEnd {
  let open = true;
  const publish = () => {
    const state = open ? handlers.state() : null;
    if (state) channel.postMessage(state satisfies ToPresenter);
  };
  channel.addEventListener('message', ({ data }: MessageEvent) => {
    if (!open || !isToLecture(data)) return;
    if (data.type === 'hello') publish();
    else if (data.type === 'next') handlers.next();
    else if (data.type === 'prev') handlers.prev();
    else if (data.type === 'timer') handlers.timer(data.action);
    else handlers.presenterGone();
  });
  return {
    publish,
    close() {
      if (!open) return;
      open = false;
      channel.postMessage({ type: 'closed' } satisfies ToPresenter);
      channel.close();
    },
  };
}

export interface PresenterEnd {
  next(): void;
  prev(): void;
  timer(action: TimerAction): void;
  /** Says goodbye to the lecture (the window closes) and stops listening. */
  close(): void;
}

/** The presenter view's end: says hello (the lecture answers with its state), then asks and listens. */
export function presenterEnd(
  channel: PresenterChannel,
  handlers: {
    readonly state: (message: Extract<ToPresenter, { type: 'state' }>) => void;
    /** The lecture is gone (exited, or its page closed). */
    readonly closed: () => void;
  },
): PresenterEnd {
  let open = true;
  const send = (message: ToLecture) => {
    if (open) channel.postMessage(message);
  };
  const stop = () => {
    open = false;
    channel.close();
  };
  channel.addEventListener('message', ({ data }: MessageEvent) => {
    if (!open || !isToPresenter(data)) return;
    if (data.type === 'state') return handlers.state(data);
    stop();
    handlers.closed();
  });
  send({ type: 'hello' });
  return {
    next: () => send({ type: 'next' }),
    prev: () => send({ type: 'prev' }),
    timer: (action) => send({ type: 'timer', action }),
    close() {
      send({ type: 'bye' });
      if (open) stop();
    },
  };
}
