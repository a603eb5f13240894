import { expect, type Page } from '@playwright/test';
import type { Lesson } from '../../src/lessons/types';

/**
 * Runs a lesson to its summary the quick way: each prediction takes its first choice, each task is skipped,
 * each question gets its right answer. For checks that lessons work in a build (offline, single file), not
 * for their teaching (test/e2e/lessons.spec.ts does the tasks by keyboard).
 */
export async function runLessonToEnd(page: Page, lesson: Lesson): Promise<void> {
  const panel = page.locator('.lesson-panel');
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await panel.getByRole('button', { name: lesson.title }).click();
  for (const [index, step] of lesson.steps.entries()) {
    await expect(panel.locator('.lesson-progress')).toContainText(
      `Step ${index + 1} of ${lesson.steps.length}`,
    );
    const first = step.prediction?.options[0];
    if (first) {
      await panel.getByRole('radio', { name: first.text }).check();
      await panel.getByRole('button', { name: 'Lock in my prediction' }).click();
    }
    if (step.task) await panel.getByRole('button', { name: 'Skip this task' }).click();
    const right = step.question?.options.find((o) => o.correct);
    if (right) {
      await panel.getByRole('radio', { name: right.text }).check();
      await panel.getByRole('button', { name: 'Check answer' }).click();
    }
    const last = index === lesson.steps.length - 1;
    await panel.getByRole('button', { name: last ? 'Finish lesson' : 'Next', exact: true }).click();
  }
  await expect(panel.getByRole('heading', { name: 'Summary' })).toBeVisible();
}
