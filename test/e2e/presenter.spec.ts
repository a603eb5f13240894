import { expect, test, type Page } from '@playwright/test';
import { READY_LECTURE } from '../../src/lessons/lectures';
import { axeViolations, chooseTheme, openApp, THEMES } from './helpers';

/** Console errors and uncaught exceptions of a page opened by the app (openApp collects the main page's). */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const scenes = READY_LECTURE.scenes;

test('the presenter view keeps in step with the projected lecture both ways, and the hall never sees the notes', async ({
  page,
  context,
}) => {
  const errors = await openApp(page);
  await page.getByRole('button', { name: 'Lecture', exact: true }).click();
  const bar = page.getByRole('region', { name: /lecture/i });
  const position = bar.locator('.lecture-position');
  await expect(position).toHaveText(`Scene 1 of ${scenes.length}`);

  const opening = context.waitForEvent('page');
  await bar.getByRole('button', { name: 'Presenter view' }).click();
  const presenter = await opening;
  const presenterErrors = errorsOf(presenter);
  const view = presenter.getByRole('main', { name: 'Presenter view' });
  await expect(view.locator('.presenter-position')).toHaveText(`Scene 1 of ${scenes.length}`);
  await expect(presenter).toHaveTitle(`Presenter view: ${READY_LECTURE.title}`);
  expect(await presenter.evaluate(() => document.documentElement.lang)).toBe('en');
  // The lecture page's styles and theme came along: the projector theme's light background, not a blank page's.
  await expect(presenter.locator('html')).toHaveAttribute('data-theme', 'projector');
  expect(await presenter.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
    'rgba(0, 0, 0, 0)',
  );

  // Next on the projected page: the presenter shows scene 2's notes and scene 3 as next.
  await bar.getByRole('button', { name: 'Next scene' }).click();
  await expect(view.locator('.presenter-position')).toHaveText(`Scene 2 of ${scenes.length}`);
  await expect(view.locator('.presenter-notes-text')).toHaveText(scenes[1]!.notes);
  await expect(view.locator('.presenter-next-caption')).toHaveText(`Scene 3: ${scenes[2]!.caption}`);
  await expect(view.locator('[aria-live="polite"]')).toHaveText(
    `Scene 2 of ${scenes.length}: ${scenes[1]!.caption}`,
  );

  // Next in the presenter moves the lecture; so do its keys.
  await view.getByRole('button', { name: 'Next scene' }).click();
  await expect(position).toHaveText(`Scene 3 of ${scenes.length}`);
  await expect(bar.locator('.lecture-caption')).toHaveText(scenes[2]!.caption);
  await presenter.keyboard.press('PageDown');
  await expect(position).toHaveText(`Scene 4 of ${scenes.length}`);
  await presenter.keyboard.press('ArrowLeft');
  await expect(position).toHaveText(`Scene 3 of ${scenes.length}`);
  await expect(view.locator('.presenter-notes-text')).toHaveText(scenes[2]!.notes);

  // The timer runs from the lecture's start; Pause in the presenter stops it.
  await expect(view.locator('.presenter-elapsed')).toHaveText(/^\d+:\d\d$/);
  await view.getByRole('button', { name: 'Pause timer' }).click();
  await expect(view.getByRole('button', { name: 'Resume timer' })).toBeVisible();

  // The projected page shows no notes text anywhere.
  const projected = await page.evaluate(() => document.body.innerText);
  for (const scene of scenes.slice(0, 4)) expect(projected).not.toContain(scene.notes.slice(0, 60));
  await expect(bar.locator('.lecture-notes')).toBeHidden();

  expect(await axeViolations(presenter)).toEqual([]);

  // Closing the presenter leaves the lecture working; P opens it again, in step.
  await presenter.close();
  await bar.getByRole('button', { name: 'Next scene' }).click();
  await expect(position).toHaveText(`Scene 4 of ${scenes.length}`);
  await bar.getByRole('button', { name: 'Next scene' }).focus();
  const reopening = context.waitForEvent('page');
  await page.keyboard.press('p');
  const again = await reopening;
  const againErrors = errorsOf(again);
  await expect(again.locator('.presenter-position')).toHaveText(`Scene 4 of ${scenes.length}`);

  // Exiting the lecture: the presenter says the lecture closed, and its buttons stop.
  await bar.getByRole('button', { name: 'Exit lecture mode' }).click();
  await expect(again.getByRole('status')).toHaveText(/lecture was closed/);
  await expect(again.getByRole('button', { name: 'Next scene' })).toHaveAttribute('aria-disabled', 'true');
  expect([...errors, ...presenterErrors, ...againErrors]).toEqual([]);
});

test('closing the lecture’s page leaves the presenter saying so', async ({ page, context }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Lecture', exact: true }).click();
  const opening = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Presenter view' }).click();
  const presenter = await opening;
  const errors = errorsOf(presenter);
  await expect(presenter.locator('.presenter-position')).toHaveText(`Scene 1 of ${scenes.length}`);
  await page.close();
  await expect(presenter.getByRole('status')).toHaveText(/lecture was closed/);
  expect(errors).toEqual([]);
});

test('the presenter view follows the page’s theme and motion setting, with no axe violations in any theme', async ({
  page,
  context,
}) => {
  const errors = await openApp(page);
  await page.getByRole('button', { name: 'Lecture', exact: true }).click();
  const opening = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Presenter view' }).click();
  const presenter = await opening;
  await expect(presenter.locator('.presenter-position')).toHaveText(`Scene 1 of ${scenes.length}`);
  for (const theme of THEMES) {
    await chooseTheme(page, theme);
    await expect(presenter.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await axeViolations(presenter), theme).toEqual([]);
  }
  await page.getByRole('button', { name: 'Display' }).click();
  const display = page.getByRole('dialog', { name: 'Display settings' });
  await display.getByRole('radio', { name: /^Reduced/ }).check();
  await display.getByRole('button', { name: 'Close' }).click();
  await expect(presenter.locator('html')).toHaveAttribute('data-motion', 'reduce');
  expect(errors).toEqual([]);
});
