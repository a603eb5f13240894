import { expect, test } from '@playwright/test';
import { LESSONS } from '../../src/lessons/lessons';
import { openApp, waitForAppReady } from './helpers';

// Issue 9: corrupted or old saved preferences and progress are ignored with a notice, never crash the app
// and never wipe other saved data.
const PREFS = 'opioid-paradox-lab:preferences:v1';
const lesson = LESSONS[0]!;
const other = LESSONS[1]!;
const PROGRESS = `opioid-paradox-lab:lesson:v1:${lesson.id}`;
const OTHER_PROGRESS = `opioid-paradox-lab:lesson:v1:${other.id}`;
const otherProgress = JSON.stringify({
  version: 1,
  lessonId: other.id,
  stepIndex: 1,
  predictions: {},
  answers: {},
  tasks: [],
  done: false,
});

test('damaged saved settings and progress are set aside with a notice; the rest is kept', async ({
  page,
}) => {
  const errors = await openApp(page);
  await page.evaluate(
    ([prefs, progress, otherKey, otherValue]) => {
      localStorage.setItem(prefs, '{"theme":"proj');
      localStorage.setItem(progress, JSON.stringify({ version: 0, stepIndex: 'two' }));
      localStorage.setItem(otherKey, otherValue);
      localStorage.setItem('someone-else', 'keep me');
    },
    [PREFS, PROGRESS, OTHER_PROGRESS, otherProgress] as const,
  );
  await page.reload();
  await waitForAppReady(page);

  const notice = page.getByRole('status').filter({ hasText: 'Saved settings were reset.' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('the defaults are used');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'default');
  // The app stays usable: play a moment.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const panel = page.locator('.lesson-panel');
  await panel.getByRole('button', { name: lesson.title }).click();
  await expect(panel.locator('.lesson-saved-notice')).toContainText('starts from the beginning');
  await expect(panel.getByText(`Step 1 of ${lesson.steps.length}`)).toBeVisible();

  // Other saved data is untouched; the damaged preferences were replaced by what could be read.
  const stored = await page.evaluate(
    ([prefs, otherKey]) => ({
      prefs: localStorage.getItem(prefs),
      other: localStorage.getItem(otherKey),
      foreign: localStorage.getItem('someone-else'),
    }),
    [PREFS, OTHER_PROGRESS] as const,
  );
  expect(JSON.parse(stored.prefs!)).toEqual({ theme: 'default', motion: 'system' });
  expect(stored.other).toBe(otherProgress);
  expect(stored.foreign).toBe('keep me');

  // The other lesson resumes where it was, and the notice is said once, not on every visit.
  await panel.getByRole('button', { name: 'All lessons' }).click();
  await panel.getByRole('button', { name: other.title }).click();
  await expect(panel.getByText(`Step 2 of ${other.steps.length}`)).toBeVisible();
  await expect(panel.locator('.lesson-saved-notice')).toHaveCount(0);
  await page.reload();
  await waitForAppReady(page);
  await expect(page.getByText('Saved settings were reset.')).toHaveCount(0);
  expect(errors).toEqual([]);
});
