import { describe, expect, it } from 'vitest';
import { preferencesIgnored, readPreferences } from '../../src/app/preferences';
import { createPreferencesStore } from '../../src/app/preferences-store';

const KEY = 'opioid-paradox-lab:preferences:v1';
const OTHERS: [string, string][] = [
  ['opioid-paradox-lab:lesson:v1:paradox', '{"version":1}'],
  ['opioid-paradox-lab:last-lesson:v1', '"paradox"'],
  ['someone-else', 'keep me'],
];

function storageWith(saved: string) {
  const data = new Map<string, string>([[KEY, saved], ...OTHERS]);
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
  return { data, storage };
}

// What a browser may hold under the key: cut off, hand-edited, from an older or newer build, or hostile.
const corrupted: readonly [string, string][] = [
  ['cut-off JSON', '{"theme":"proj'],
  ['not JSON at all', 'projector'],
  ['the word undefined', 'undefined'],
  ['JSON null', 'null'],
  ['a JSON array', '["projector","full"]'],
  ['a number', '42'],
  ['an old theme name', '{"theme":"dark","motion":"system"}'],
  ['an older shape (booleans)', '{"highContrast":true,"reducedMotion":true}'],
  ['values of the wrong type', '{"theme":1,"motion":false}'],
  ['markup as a theme', '{"theme":"<img src=x onerror=alert(1)>"}'],
  ['a __proto__ key', '{"__proto__":{"theme":"projector","polluted":true}}'],
  ['a constructor key', '{"constructor":{"prototype":{"polluted":true}}}'],
  ['a huge value', `{"theme":"${'x'.repeat(1_000_000)}"}`],
];

describe('saved preferences that are corrupted or old', () => {
  for (const [name, text] of corrupted) {
    it(`ignores ${name}: defaults, no throw, other keys kept, no pollution`, () => {
      const { data, storage } = storageWith(text);
      const store = createPreferencesStore(storage);
      let prefs;
      expect(() => (prefs = readPreferences(store.load()))).not.toThrow();
      expect(prefs).toEqual({ theme: 'default', motion: 'system' });
      // What was set aside is reported (JSON null is nothing saved).
      expect(preferencesIgnored(store.load())).toBe(name !== 'JSON null');
      for (const [key, value] of OTHERS) expect(data.get(key)).toBe(value);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(({} as Record<string, unknown>)['theme']).toBeUndefined();
    });
  }

  it('reports nothing for good, partial or newer records, or nothing saved', () => {
    for (const text of [
      '{"theme":"projector","motion":"full"}',
      '{"motion":"reduce"}',
      '{"version":9,"theme":"projector","font":"huge"}',
    ])
      expect(preferencesIgnored(createPreferencesStore(storageWith(text).storage).load())).toBe(false);
    expect(
      preferencesIgnored(createPreferencesStore({ getItem: () => null, setItem: () => undefined }).load()),
    ).toBe(false);
  });

  it('keeps a valid field of a half-broken record (field by field)', () => {
    const { storage } = storageWith('{"theme":"projector","motion":"sideways"}');
    expect(preferencesIgnored(createPreferencesStore(storage).load())).toBe(true);
    expect(readPreferences(createPreferencesStore(storage).load())).toEqual({
      theme: 'projector',
      motion: 'system',
    });
  });

  it('reads the fields it knows from a newer record and ignores the rest', () => {
    const { storage } = storageWith('{"version":9,"theme":"projector","motion":"full","font":"huge"}');
    expect(readPreferences(createPreferencesStore(storage).load())).toEqual({
      theme: 'projector',
      motion: 'full',
    });
  });

  it('overwrites only its own key when the next choice is saved', () => {
    const { data, storage } = storageWith('{"theme":');
    createPreferencesStore(storage).save({ theme: 'high-contrast', motion: 'reduce' });
    expect(JSON.parse(data.get(KEY)!)).toEqual({ theme: 'high-contrast', motion: 'reduce' });
    for (const [key, value] of OTHERS) expect(data.get(key)).toBe(value);
    expect(data.size).toBe(OTHERS.length + 1);
  });
});
