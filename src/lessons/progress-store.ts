import type { LessonProgress } from './progress';

/** The part of Web Storage the store uses; tests pass a Map-backed fake. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'opioid-paradox-lab:lesson:v1:';
const LAST_KEY = 'opioid-paradox-lab:last-lesson:v1';

export interface ProgressStore {
  /** The saved progress of a lesson as stored (validate with parseProgress), or null. */
  load(lessonId: string): unknown;
  save(progress: LessonProgress): void;
  /** Forgets one lesson's progress; no other key is touched. */
  clear(lessonId: string): void;
  /** The lesson opened last, or null. */
  lastLessonId(): string | null;
}

/**
 * Keeps lesson progress in Web Storage, one key per lesson. Storage may be missing or refuse access
 * (private windows, a full quota): then progress lasts for the visit. Text that is not JSON reads as null.
 */
export function createProgressStore(storage: ProgressStorage | null): ProgressStore {
  const read = (key: string): unknown => {
    try {
      const text = storage?.getItem(key);
      return text ? (JSON.parse(text) as unknown) : null;
    } catch {
      return null;
    }
  };
  const write = (key: string, value: unknown) => {
    try {
      storage?.setItem(key, JSON.stringify(value));
    } catch {
      // Not saved: progress still holds for this visit.
    }
  };
  return {
    load: (lessonId) => read(PREFIX + lessonId),
    save(progress) {
      write(PREFIX + progress.lessonId, progress);
      write(LAST_KEY, progress.lessonId);
    },
    clear(lessonId) {
      try {
        storage?.removeItem(PREFIX + lessonId);
      } catch {
        // Nothing to clear.
      }
    },
    lastLessonId() {
      const id = read(LAST_KEY);
      return typeof id === 'string' ? id : null;
    },
  };
}
