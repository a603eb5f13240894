import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/lessons/lessons';
import { emptyProgress, parseProgress, savedProgressNotice } from '../../src/lessons/progress';
import { createProgressStore } from '../../src/lessons/progress-store';

const lesson = LESSONS[0]!;
const KEY = `opioid-paradox-lab:lesson:v1:${lesson.id}`;
const LAST = 'opioid-paradox-lab:last-lesson:v1';
const OTHERS: [string, string][] = [
  ['opioid-paradox-lab:preferences:v1', '{"theme":"projector","motion":"full"}'],
  [`opioid-paradox-lab:lesson:v1:${LESSONS[1]!.id}`, '{"version":1,"lessonId":"other"}'],
  ['someone-else', 'keep me'],
];

function storageWith(entries: [string, string][]) {
  const data = new Map<string, string>([...entries, ...OTHERS]);
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
  return { data, storage };
}

const good = JSON.stringify({ ...emptyProgress(lesson), stepIndex: 1 });
// Stored progress that is cut off, from an older or newer format, of another lesson, or hostile.
const corrupted: readonly [string, string][] = [
  ['cut-off JSON', good.slice(0, 30)],
  ['not JSON', 'step 3'],
  ['JSON null', 'null'],
  ['an array', '[1,2,3]'],
  ['an old version (0)', JSON.stringify({ ...JSON.parse(good), version: 0 })],
  ['a newer version (2)', JSON.stringify({ ...JSON.parse(good), version: 2 })],
  ['no version', JSON.stringify({ ...JSON.parse(good), version: undefined })],
  ['another lesson’s progress', JSON.stringify({ ...JSON.parse(good), lessonId: 'other' })],
  ['a step past the end', JSON.stringify({ ...JSON.parse(good), stepIndex: 999 })],
  ['a negative step', JSON.stringify({ ...JSON.parse(good), stepIndex: -1 })],
  ['a step as text', JSON.stringify({ ...JSON.parse(good), stepIndex: '1' })],
  ['a step of 1e999 (Infinity)', good.replace('"stepIndex":1', '"stepIndex":1e999')],
  ['answers as an array', JSON.stringify({ ...JSON.parse(good), answers: [] })],
  ['tasks as an object', JSON.stringify({ ...JSON.parse(good), tasks: {} })],
  ['done as text', JSON.stringify({ ...JSON.parse(good), done: 'yes' })],
  ['a __proto__ key', `{"__proto__":${good},"polluted":1}`],
];

describe('saved lesson progress that is corrupted or old', () => {
  for (const [name, text] of corrupted) {
    it(`ignores ${name}: starts afresh, no throw, other keys kept`, () => {
      const { data, storage } = storageWith([
        [KEY, text],
        [LAST, text],
      ]);
      const store = createProgressStore(storage);
      expect(() => parseProgress(store.load(lesson.id), lesson)).not.toThrow();
      expect(parseProgress(store.load(lesson.id), lesson)).toBeNull();
      // Anything saved that could not be used is reported (JSON null is nothing saved).
      expect(savedProgressNotice(store.load(lesson.id), null)).toBe(name === 'JSON null' ? null : 'ignored');
      expect(() => store.lastLessonId()).not.toThrow();
      for (const [key, value] of OTHERS) expect(data.get(key)).toBe(value);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  }

  it('drops hostile entries inside otherwise good progress and keeps the rest', () => {
    const text =
      `{"version":1,"lessonId":"${lesson.id}","stepIndex":1,"done":false,"tasks":["__proto__",7,null],` +
      `"predictions":{"__proto__":{"polluted":true},"constructor":"x"},` +
      `"answers":{"__proto__":{"optionId":"a","attempts":1e999},"nope":{"optionId":"<img>"}}}`;
    const { storage } = storageWith([[KEY, text]]);
    const progress = parseProgress(createProgressStore(storage).load(lesson.id), lesson);
    expect(progress).toMatchObject({ stepIndex: 1, predictions: {}, answers: {}, tasks: [], done: false });
    expect(Object.getPrototypeOf(progress!.predictions)).toBe(Object.prototype);
    expect(savedProgressNotice(JSON.parse(text), progress)).toBe('partly');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports nothing for good progress or none saved', () => {
    const { storage } = storageWith([[KEY, good]]);
    const store = createProgressStore(storage);
    expect(
      savedProgressNotice(store.load(lesson.id), parseProgress(store.load(lesson.id), lesson)),
    ).toBeNull();
    expect(savedProgressNotice(store.load(LESSONS[2]!.id), null)).toBeNull();
  });

  it('reads a last-lesson entry that is not JSON text as none', () => {
    const { storage } = storageWith([[LAST, 'paradox']]);
    expect(createProgressStore(storage).lastLessonId()).toBeNull();
  });

  it('reads a last-lesson entry that is not text as none', () => {
    const { storage } = storageWith([[LAST, '{"id":"paradox"}']]);
    expect(createProgressStore(storage).lastLessonId()).toBeNull();
  });

  it('saving fresh progress over a corrupted entry touches only its own two keys', () => {
    const { data, storage } = storageWith([[KEY, '{broken']]);
    createProgressStore(storage).save(emptyProgress(lesson));
    expect(parseProgress(JSON.parse(data.get(KEY)!), lesson)).toEqual(emptyProgress(lesson));
    expect(data.get(LAST)).toBe(JSON.stringify(lesson.id));
    for (const [key, value] of OTHERS) expect(data.get(key)).toBe(value);
    expect(data.size).toBe(OTHERS.length + 2);
  });
});
