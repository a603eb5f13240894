import type { LessonSnapshot } from './lesson-step';

/**
 * Where the lesson panel draws its pages, and how the focus stays put while it does. A page is drawn again
 * only when the step, its state, its answer or its prediction changed. A new step (or the summary) takes the
 * focus to its heading; otherwise the focus stays on the same control (by its data-key) — if it was in the
 * panel before.
 */
export interface LessonView {
  /**
   * Runs a learner's action from a panel control. Applying a step's setup can move the focus out of the panel
   * before the panel renders (closing the scene's mechanism card returns the focus to the scene), so the
   * render keeps the focus in the panel by the control's data-key, not by where the focus happens to be.
   */
  acting(action: () => void): void;
  /** Draws the list of lessons. */
  showPicker(page: readonly Node[]): void;
  /** Draws the lesson's page (built by `page`) unless nothing it shows changed; returns whether it drew. */
  showLesson(s: LessonSnapshot, page: () => readonly Node[]): boolean;
  /** Forgets what was drawn: the next lesson is drawn from scratch. */
  forget(): void;
}

export function lessonView(body: HTMLElement): LessonView {
  let renderedKey = '';
  let renderedStep = -1;
  /** The data-key of the panel control the learner is using, while the lesson handles it. */
  let actingKey: string | undefined;
  return {
    acting(action) {
      const active = document.activeElement as HTMLElement | null;
      actingKey = active && body.contains(active) ? (active.dataset.key ?? '') : undefined;
      try {
        action();
      } finally {
        actingKey = undefined;
      }
    },
    showPicker(page) {
      renderedKey = 'picker';
      body.replaceChildren(...page);
    },
    showLesson(s, page) {
      const key = stepKey(s);
      if (key === renderedKey) return false;
      const { progress } = s.context;
      const active = document.activeElement as HTMLElement | null;
      const hadFocus = actingKey !== undefined || (active !== null && body.contains(active));
      const moved =
        progress.stepIndex !== renderedStep || s.matches('finished') !== renderedKey.includes('"finished"');
      const focusedKey = hadFocus ? (moved ? 'step' : (actingKey ?? active?.dataset.key)) : undefined;
      renderedKey = key;
      renderedStep = progress.stepIndex;
      body.replaceChildren(...page());
      if (!hadFocus) return true;
      const again = focusedKey ? body.querySelector<HTMLElement>(`[data-key="${focusedKey}"]`) : null;
      (again ?? body.querySelector<HTMLElement>('[data-key="step"]'))?.focus();
      return true;
    },
    forget() {
      renderedKey = '';
      renderedStep = -1;
    },
  };
}

/** What a lesson's page shows: the state, the step, and the step's answer and prediction. */
function stepKey(s: LessonSnapshot): string {
  const { progress } = s.context;
  const step = s.context.lesson.steps[progress.stepIndex];
  return JSON.stringify([
    s.value,
    progress.stepIndex,
    step && progress.answers[step.id],
    step && progress.predictions[step.id],
  ]);
}
