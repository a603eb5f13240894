import { readStored } from '../app/preferences-store';
import type { LessonProgress } from './progress';

/** The part of Web Storage the store uses; tests pass a Map-backed fake. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'opioid-paradox-lab:lesson:v1:';
const LAST_KEY = 'opioid-paradox-lab:last-lesson:v1';

export interface ProgressStore {
  /** The saved progress of a lesson as stored (validate with parseProgress), or null; text if not JSON. */
  load(lessonId: string): unknown;
  save(progress: LessonProgress): void;
  /** Forgets one lesson's progress; no other key is touched. */
  clear(lessonId: string): void;
  /** The lesson opened last, or null. */
  lastLessonId(): string | null;
}

/**
 * Keeps lesson progress in Web Storage, one key per lesson. Storage may be missing or refuse access
 * (private windows, a full quota): then progress lasts for the visit. Text that is not JSON is returned as
 * text, for parseProgress to refuse and the panel to report.
 */
export function createProgressStore(storage: ProgressStorage | null): ProgressStore {
  const write = (key: string, value: unknown) => {
    try {
      storage?.setItem(key, JSON.stringify(value));
    } catch {
      // Not saved: progress still holds for this visit.
    }
  };
  return {
    load: (lessonId) => readStored(storage, PREFIX + lessonId),
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
      let id: unknown = null;
      try {
        id = JSON.parse(storage?.getItem(LAST_KEY) ?? 'null') as unknown;
      } catch {
        // Not JSON: no last lesson.
      }
      return typeof id === 'string' ? id : null;
    },
  };
}
