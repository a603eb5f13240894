import { appStrings } from '../../content/strings';
import type { lessonMachine } from '../../lessons/lesson-machine';
import type { ProgressStore } from '../../lessons/progress-store';
import type { CohortRef, Lesson } from '../../lessons/types';
import { el } from '../kit/dom';
import { mountLessonPanel, type LessonPanel } from './lesson-panel';
import type { Workbench } from '../hosts/workbench';

export interface LessonsHost {
  readonly panel: LessonPanel;
  readonly open: boolean;
  /** Shows or hides the lessons column. */
  show(on: boolean): void;
  destroy(): void;
}

/**
 * The lessons beside the simulation: a column the header's Lessons button opens and closes. Each step's
 * setup is applied to the workbench, and what the learner does there is passed to the running lesson.
 * A problem applying a step (a scenario that cannot be opened) is said in the panel, never thrown.
 */
export function hostLessons(
  slot: HTMLElement,
  button: HTMLButtonElement,
  workbench: Pick<Workbench, 'applySetup' | 'onAction' | 'stopPlayAt'>,
  options: {
    readonly lessons: readonly Lesson[];
    readonly machine: typeof lessonMachine;
    readonly store: ProgressStore;
    readonly openGlossary?: (term: string) => void;
    readonly openExperiment?: (id: string, opener: HTMLElement) => void;
    readonly openCohort?: (cohort: CohortRef, opener: () => HTMLElement | null) => void;
  },
): LessonsHost {
  const problem = el('p', { class: 'lesson-problem', role: 'alert' });
  const close = el('button', { type: 'button', class: 'lesson-slot-close' }, appStrings.closeLessons);
  slot.replaceChildren(close, problem);
  const panel = mountLessonPanel(slot, {
    ...options,
    onSetup: (setup) => {
      problem.textContent = workbench.applySetup(setup) ?? '';
    },
    onStopAt: (day) => workbench.stopPlayAt(day),
  });
  const off = workbench.onAction((event) => panel.send(event));
  const workspace = slot.parentElement;
  let open = false;
  const show = (on: boolean) => {
    open = on;
    slot.hidden = !on;
    workspace?.classList.toggle('has-lesson', on);
    button.setAttribute('aria-expanded', String(on));
    // Scenes and charts size themselves to their regions: tell them the layout changed.
    slot.ownerDocument.defaultView?.dispatchEvent(new Event('resize'));
  };
  button.addEventListener('click', () => {
    show(!open);
    if (open) slot.querySelector<HTMLElement>('h2, h3')?.focus();
  });
  close.addEventListener('click', () => {
    show(false);
    button.focus();
  });
  return {
    panel,
    get open() {
      return open;
    },
    show,
    destroy() {
      off();
      panel.destroy();
      slot.replaceChildren();
    },
  };
}
