import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  currentScene,
  lectureMachine,
  MAX_SCENES,
  type LectureSetupEmitted,
} from '../../src/lessons/lecture-machine';
import type { Lecture, LectureScene } from '../../src/lessons/lectures';

const scene = (id: string, tDays: number): LectureScene => ({
  id,
  caption: `Caption ${id}`,
  notes: `Notes ${id}`,
  setup: { preset: 'oih-state', tDays },
});

const lecture: Lecture = {
  id: 'test',
  title: 'Test lecture',
  scenes: [scene('one', 0), scene('two', 14), scene('three', 84)],
};

/** A started lecture actor and the setups it has issued, in order. */
function start(input: { lecture: Lecture; index?: number } = { lecture }) {
  const actor = createActor(lectureMachine, { input });
  const issued: LectureSetupEmitted[] = [];
  actor.on('lecture.setup', (e) => issued.push(e));
  actor.start();
  const context = () => actor.getSnapshot().context;
  const days = () => issued.map((e) => e.setup.tDays);
  return { actor, issued, context, days };
}

describe('the lecture machine', () => {
  it('issues the first scene’s setup on start, with revision 1', () => {
    const { issued, context } = start();
    expect(issued).toEqual([{ type: 'lecture.setup', setup: lecture.scenes[0]!.setup, revision: 1 }]);
    expect(context().setup).toBe(lecture.scenes[0]!.setup);
    expect(context().setupRevision).toBe(1);
    expect(currentScene(context()).id).toBe('one');
  });

  it('starts at a given scene, or at the first when the index is outside the lecture', () => {
    expect(start({ lecture, index: 2 }).days()).toEqual([84]);
    expect(start({ lecture, index: 7 }).days()).toEqual([0]);
    expect(start({ lecture, index: -1 }).context().index).toBe(0);
  });

  it('next and prev move one scene and issue its setup; both stop at the ends', () => {
    const { actor, days, context } = start();
    actor.send({ type: 'prev' });
    actor.send({ type: 'next' });
    actor.send({ type: 'next' });
    actor.send({ type: 'next' });
    expect(context().index).toBe(2);
    actor.send({ type: 'prev' });
    expect(days()).toEqual([0, 14, 84, 14]);
    expect(context().setupRevision).toBe(4);
  });

  it('goto jumps to a scene and re-issues even the current one; indexes outside are ignored', () => {
    const { actor, days, context } = start();
    actor.send({ type: 'goto', index: 2 });
    actor.send({ type: 'goto', index: 2 });
    actor.send({ type: 'goto', index: 3 });
    actor.send({ type: 'goto', index: 1.5 });
    actor.send({ type: 'goto', index: -1 });
    expect(days()).toEqual([0, 84, 84]);
    expect(context().index).toBe(2);
  });

  it('add inserts the captured scene after the current one and makes it current without re-applying it', () => {
    const { actor, issued, context } = start();
    actor.send({ type: 'next' });
    actor.send({
      type: 'add',
      scene: { caption: '  My own scene  ', notes: '', setup: { preset: 'naive', tDays: 3 } },
    });
    expect(context().lecture.scenes.map((s) => s.id)).toEqual(['one', 'two', 'scene', 'three']);
    expect(context().index).toBe(2);
    expect(currentScene(context()).caption).toBe('My own scene');
    expect(issued).toHaveLength(2);
    actor.send({ type: 'add', scene: { id: 'two', caption: 'Again', notes: '', setup: {} } });
    expect(context().lecture.scenes.map((s) => s.id)).toEqual(['one', 'two', 'scene', 'two-2', 'three']);
  });

  it('refuses a scene without a caption, and more than the most scenes a lecture holds', () => {
    const { actor, context } = start();
    actor.send({ type: 'add', scene: { caption: '   ', notes: '', setup: {} } });
    expect(context().lecture.scenes).toHaveLength(3);
    for (let i = 0; i < MAX_SCENES + 5; i++)
      actor.send({ type: 'add', scene: { caption: `Scene ${i}`, notes: '', setup: {} } });
    expect(context().lecture.scenes).toHaveLength(MAX_SCENES);
  });

  it('remove of the current scene shows the next one (the previous at the end); of another keeps the scene', () => {
    const { actor, days, context } = start();
    actor.send({ type: 'remove', index: 0 });
    expect(currentScene(context()).id).toBe('two');
    expect(days()).toEqual([0, 14]);
    actor.send({ type: 'goto', index: 1 });
    actor.send({ type: 'remove', index: 1 });
    expect(currentScene(context()).id).toBe('two');
    expect(days()).toEqual([0, 14, 84, 14]);
  });

  it('remove of an earlier scene keeps the current scene without re-applying; the last scene stays', () => {
    const { actor, issued, context } = start({ lecture, index: 2 });
    actor.send({ type: 'remove', index: 0 });
    expect(context().index).toBe(1);
    expect(currentScene(context()).id).toBe('three');
    expect(issued).toHaveLength(1);
    actor.send({ type: 'remove', index: 0 });
    actor.send({ type: 'remove', index: 0 });
    actor.send({ type: 'remove', index: 5 });
    expect(context().lecture.scenes.map((s) => s.id)).toEqual(['three']);
  });

  it('move reorders and the current scene stays current', () => {
    const { actor, issued, context } = start();
    actor.send({ type: 'move', from: 0, to: 2 });
    expect(context().lecture.scenes.map((s) => s.id)).toEqual(['two', 'three', 'one']);
    expect(currentScene(context()).id).toBe('one');
    expect(context().index).toBe(2);
    actor.send({ type: 'move', from: 0, to: 9 });
    expect(context().lecture.scenes.map((s) => s.id)).toEqual(['two', 'three', 'one']);
    expect(issued).toHaveLength(1);
  });

  it('rename trims the title and refuses an empty or very long one', () => {
    const { actor, context } = start();
    actor.send({ type: 'rename', title: '  Ward teaching  ' });
    actor.send({ type: 'rename', title: '   ' });
    actor.send({ type: 'rename', title: 'x'.repeat(500) });
    expect(context().lecture.title).toBe('Ward teaching');
  });

  it('load opens another lecture at its first scene and issues it; an empty lecture is refused', () => {
    const { actor, days, context } = start({ lecture, index: 2 });
    const other: Lecture = { id: 'other', title: 'Other', scenes: [scene('a', 7), scene('b', 21)] };
    actor.send({ type: 'load', lecture: other });
    expect(context().lecture).toBe(other);
    expect(context().index).toBe(0);
    actor.send({ type: 'load', lecture: { id: 'empty', title: 'Empty', scenes: [] } });
    expect(context().lecture).toBe(other);
    expect(days()).toEqual([84, 7]);
  });

  it('never changes the lecture it was given', () => {
    const frozen = structuredClone(lecture);
    const { actor } = start();
    actor.send({ type: 'add', scene: { caption: 'New', notes: '', setup: {} } });
    actor.send({ type: 'move', from: 0, to: 1 });
    actor.send({ type: 'remove', index: 0 });
    actor.send({ type: 'rename', title: 'Renamed' });
    expect(lecture).toEqual(frozen);
  });
});
