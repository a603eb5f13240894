import type { Preferences } from './preferences';

const KEY = 'opioid-paradox-lab:preferences:v1';

export interface PreferencesStore {
  /** What was stored: parsed JSON, the text itself when it is not JSON (to be reported), or null. */
  load(): unknown;
  save(preferences: Preferences): void;
}

/**
 * Keeps preferences in Web Storage. Storage can be missing or refuse access (private windows, file://,
 * a full quota): then preferences simply last for the visit, and the app carries on.
 */
export function createPreferencesStore(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
): PreferencesStore {
  return {
    load: () => readStored(storage, KEY),
    save(preferences) {
      try {
        storage?.setItem(KEY, JSON.stringify(preferences));
      } catch {
        // Not saved: the choice still holds for this visit.
      }
    },
  };
}

/**
 * A stored value: parsed JSON, the text itself when it is not JSON (so that it can be reported as damaged),
 * or null when nothing is stored or storage refuses to be read. Never throws.
 */
export function readStored(storage: Pick<Storage, 'getItem'> | null, key: string): unknown {
  let text: string | null | undefined;
  try {
    text = storage?.getItem(key);
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** localStorage if the browser lets us touch it, otherwise null (reading the property itself can throw). */
export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
