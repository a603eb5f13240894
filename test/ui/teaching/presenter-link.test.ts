import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StopwatchContext } from '../../../src/app/stopwatch';
import type { Lecture } from '../../../src/lessons/lectures';
import {
  firstSentence,
  lectureEnd,
  presenterChannelName,
  presenterEnd,
  presenterScene,
  type ToPresenter,
} from '../../../src/ui/teaching/presenter-link';

const lecture: Lecture = {
  id: 'link-lecture',
  title: 'Link lecture',
  scenes: [
    { id: 'a', caption: 'First', notes: 'Say this first. Then this.', setup: {} },
    { id: 'b', caption: 'Second', notes: 'Pain rose (e.g. at week 2). More follows.', setup: {} },
    { id: 'c', caption: 'Third', notes: '', setup: {} },
  ],
};

const timer: StopwatchContext = { bankedMs: 0, runningSince: 1000 };

/** Every channel a test opens, closed after it (an open Node BroadcastChannel keeps the process alive). */
const opened: BroadcastChannel[] = [];
const channel = (name: string) => {
  const made = new BroadcastChannel(name);
  opened.push(made);
  return made;
};
afterEach(() => {
  for (const c of opened.splice(0)) c.close();
});

/** A lecture end at scene `index` (a mutable box, as the lecture machine would be) with recorded requests. */
function lectureSide(name: string, at = { index: 0 }) {
  const asked: string[] = [];
  const end = lectureEnd(channel(name), {
    state: () => ({ type: 'state', scene: presenterScene(lecture, at.index)!, timer }),
    next: () => {
      asked.push('next');
      at.index += 1;
      end.publish();
    },
    prev: () => asked.push('prev'),
    timer: (action) => asked.push(`timer:${action}`),
    presenterGone: () => asked.push('gone'),
  });
  return { end, asked, at };
}

function presenterSide(name: string) {
  const seen: ToPresenter[] = [];
  const end = presenterEnd(channel(name), {
    state: (message) => seen.push(message),
    closed: () => seen.push({ type: 'closed' }),
  });
  return { end, seen, last: () => seen.at(-1) };
}

describe('the presenter link', () => {
  it('gives each lecture its own channel name', () => {
    const names = new Set(Array.from({ length: 50 }, () => presenterChannelName()));
    expect(names.size).toBe(50);
    for (const name of names) expect(name).toMatch(/^opioid-paradox-lab:presenter:[0-9a-z]+-[0-9a-z]+$/);
  });

  it('takes the first sentence of the next scene’s notes, not stopping at an abbreviation', () => {
    expect(firstSentence('Say this first. Then this.')).toBe('Say this first.');
    expect(firstSentence('Pain rose (e.g. at week 2). More follows.')).toBe('Pain rose (e.g. at week 2).');
    expect(firstSentence('  One sentence only  ')).toBe('One sentence only');
    expect(firstSentence('')).toBe('');
  });

  it('describes a scene with its position and the next scene, and none after the last', () => {
    expect(presenterScene(lecture, 0)).toEqual({
      lectureTitle: 'Link lecture',
      index: 0,
      of: 3,
      caption: 'First',
      notes: 'Say this first. Then this.',
      next: { caption: 'Second', firstLine: 'Pain rose (e.g. at week 2).' },
    });
    expect(presenterScene(lecture, 2)?.next).toBeNull();
    expect(presenterScene(lecture, 3)).toBeNull();
  });

  it('a presenter that opens late is sent the state at once, and every change after', async () => {
    const name = presenterChannelName();
    const lecturer = lectureSide(name, { index: 1 });
    const presenter = presenterSide(name);
    await vi.waitFor(() => expect(presenter.seen).toHaveLength(1));
    expect(presenter.last()).toMatchObject({ type: 'state', scene: { index: 1, caption: 'Second' } });
    lecturer.at.index = 2;
    lecturer.end.publish();
    await vi.waitFor(() => expect(presenter.last()).toMatchObject({ scene: { index: 2 } }));
  });

  it('the presenter’s Next, Previous and timer buttons reach the lecture, whose new state comes back', async () => {
    const name = presenterChannelName();
    const lecturer = lectureSide(name);
    const presenter = presenterSide(name);
    await vi.waitFor(() => expect(presenter.seen).toHaveLength(1));
    presenter.end.next();
    presenter.end.prev();
    presenter.end.timer('pause');
    presenter.end.timer('reset');
    await vi.waitFor(() => expect(lecturer.asked).toEqual(['next', 'prev', 'timer:pause', 'timer:reset']));
    await vi.waitFor(() =>
      expect(presenter.last()).toMatchObject({ scene: { index: 1, caption: 'Second' } }),
    );
  });

  it('the lecture closing tells the presenter once; the presenter closing tells the lecture', async () => {
    const name = presenterChannelName();
    const lecturer = lectureSide(name);
    const presenter = presenterSide(name);
    await vi.waitFor(() => expect(presenter.seen).toHaveLength(1));
    lecturer.end.close();
    lecturer.end.close();
    lecturer.end.publish();
    await vi.waitFor(() => expect(presenter.last()).toEqual({ type: 'closed' }));
    // Asking after the lecture went reaches no one (the presenter stopped listening and sending).
    presenter.end.next();

    const other = presenterChannelName();
    const second = lectureSide(other);
    const secondPresenter = presenterSide(other);
    await vi.waitFor(() => expect(secondPresenter.seen).toHaveLength(1));
    secondPresenter.end.close();
    await vi.waitFor(() => expect(second.asked).toEqual(['gone']));
    expect(presenter.seen.filter((m) => m.type === 'closed')).toHaveLength(1);
  });

  it('two lectures in two tabs never hear each other', async () => {
    const [one, two] = [presenterChannelName(), presenterChannelName()];
    const lectureOne = lectureSide(one);
    const lectureTwo = lectureSide(two, { index: 2 });
    const presenterOne = presenterSide(one);
    const presenterTwo = presenterSide(two);
    await vi.waitFor(() => expect(presenterTwo.seen).toHaveLength(1));
    presenterOne.end.next();
    await vi.waitFor(() => expect(lectureOne.asked).toEqual(['next']));
    await vi.waitFor(() => expect(presenterOne.last()).toMatchObject({ scene: { index: 1 } }));
    expect(lectureTwo.asked).toEqual([]);
    expect(presenterTwo.seen).toHaveLength(1);
    expect(presenterTwo.last()).toMatchObject({ scene: { index: 2 } });
  });

  it('ignores messages that are not the protocol’s', async () => {
    const name = presenterChannelName();
    const lecturer = lectureSide(name);
    const presenter = presenterSide(name);
    await vi.waitFor(() => expect(presenter.seen).toHaveLength(1));
    const stranger = channel(name);
    for (const junk of [
      null,
      'next',
      { type: 'launch' },
      { type: 'timer', action: 'explode' },
      { type: 'state' },
    ])
      stranger.postMessage(junk);
    stranger.postMessage({ type: 'prev' });
    stranger.postMessage({ type: 'closed' });
    // Messages arrive in order: once the last has, the junk before it was seen and set aside.
    await vi.waitFor(() => expect(lecturer.asked).toEqual(['prev']));
    await vi.waitFor(() => expect(presenter.seen.map((m) => m.type)).toEqual(['state', 'closed']));
  });
});
