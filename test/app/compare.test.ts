import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compareMachine } from '../../src/app/compare';

describe('compare machine', () => {
  it('starts off, turns on and off, and returns to showing and editing A', () => {
    const compare = createActor(compareMachine, { input: {} }).start();
    expect(compare.getSnapshot().value).toBe('off');
    compare.send({ type: 'compare.show', side: 'b' });
    expect(compare.getSnapshot().context.shown).toBe('a');
    compare.send({ type: 'compare.start' });
    expect(compare.getSnapshot().value).toBe('on');
    compare.send({ type: 'compare.show', side: 'b' });
    compare.send({ type: 'compare.edit', side: 'b' });
    expect(compare.getSnapshot().context).toMatchObject({ shown: 'b', editing: 'b' });
    compare.send({ type: 'compare.toggle' });
    expect(compare.getSnapshot().value).toBe('off');
    expect(compare.getSnapshot().context).toMatchObject({ shown: 'a', editing: 'a' });
  });

  it('opens on from a link in compare mode, and ignores a side that is not A or B', () => {
    const compare = createActor(compareMachine, { input: { on: true, shown: 'b' } }).start();
    expect(compare.getSnapshot().value).toBe('on');
    expect(compare.getSnapshot().context.shown).toBe('b');
    compare.send({ type: 'compare.show', side: 'c' as never });
    expect(compare.getSnapshot().context.shown).toBe('b');
  });
});
