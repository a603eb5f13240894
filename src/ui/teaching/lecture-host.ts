import type { Lecture } from '../../lessons/lectures';
import type { lectureMachine } from '../../lessons/lecture-machine';
import { mountLectureMode, type LectureMode, type LectureModeOptions } from './lecture-mode';

export interface LectureHost {
  /** Starts lecture mode with a lecture (the ready one by default), replacing a running one. */
  start(lecture?: Lecture): void;
  /** What the keyboard shortcuts need: whether lecture mode runs, next/previous scene, the presenter view. */
  readonly keys: { active(): boolean; next(): void; prev(): void; presenter(): void };
}

/**
 * Lecture mode in the app: the header's Lecture button starts the ready 15-minute lecture in the lecture
 * slot above the workspace; Exit takes it down. (src/ui may import only lesson types, so the machine, the
 * ready lecture and the file functions come from main.ts.)
 */
export function hostLecture(
  slot: HTMLElement,
  button: HTMLButtonElement,
  options: Omit<LectureModeOptions, 'lecture' | 'onExit'> & {
    readonly machine: typeof lectureMachine;
    readonly ready: Lecture;
  },
): LectureHost {
  let mode: LectureMode | null = null;
  const workspace = slot.parentElement;
  const showSlot = (on: boolean) => {
    slot.hidden = !on;
    workspace?.classList.toggle('has-lecture', on);
    button.setAttribute('aria-pressed', String(on));
    slot.ownerDocument.defaultView?.dispatchEvent(new Event('resize'));
  };
  const start = (lecture: Lecture = options.ready) => {
    mode?.destroy();
    slot.replaceChildren();
    showSlot(true);
    mode = mountLectureMode(slot, {
      ...options,
      lecture,
      onExit: () => {
        showSlot(false);
        mode = null;
        button.focus();
      },
    });
    mode.start.focus();
  };
  button.addEventListener('click', () => start());
  return {
    start,
    keys: {
      active: () => mode?.active ?? false,
      next: () => mode?.next(),
      prev: () => mode?.prev(),
      presenter: () => mode?.presenter(),
    },
  };
}
