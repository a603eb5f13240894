import { expect, test } from '@playwright/test';
import { axeViolations, openApp } from './helpers';

test('the ready lecture runs scene by scene with PageDown, in the projector theme, and exits cleanly', async ({
  page,
  context,
}) => {
  // Every scene (17 since the cohort scene) sets up and runs its own scenarios, then a second page opens the
  // lecture: 27–32 s on two busy cores, past the default 30 s.
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = await openApp(page);
  await page.getByRole('button', { name: 'Lecture', exact: true }).click();
  const bar = page.getByRole('region', { name: /lecture/i });
  await expect(bar.locator('.lecture-position')).toHaveText(/^Scene 1 of (\d+)$/);
  const total = Number((await bar.locator('.lecture-position').textContent())?.match(/of (\d+)/)?.[1]);
  expect(total).toBeGreaterThanOrEqual(12);
  // Lecture mode shows the projector theme for this page only.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  expect(await axeViolations(page)).toEqual([]);

  const captions = new Set<string>();
  const readouts = new Set<string>();
  await page.locator('body').focus();
  for (let n = 1; n <= total; n += 1) {
    await expect(bar.locator('.lecture-position')).toHaveText(`Scene ${n} of ${total}`);
    captions.add((await bar.locator('.lecture-caption').textContent()) ?? '');
    readouts.add((await page.locator('.clock-readout').textContent()) ?? '');
    if (n < total) await page.keyboard.press('PageDown');
  }
  // Every scene has its own caption, and the scenes set the simulation to different moments.
  expect(captions.size).toBe(total);
  expect(readouts.size).toBeGreaterThan(3);
  await page.keyboard.press('PageDown');
  await expect(bar.locator('.lecture-position')).toHaveText(`Scene ${total} of ${total}`);
  await page.keyboard.press('PageUp');
  await expect(bar.locator('.lecture-position')).toHaveText(`Scene ${total - 1} of ${total}`);
  await page.keyboard.press('ArrowLeft');
  await expect(bar.locator('.lecture-position')).toHaveText(`Scene ${total - 2} of ${total}`);
  // Alt+arrows still step the clock in lecture mode.
  const before = await page.locator('.clock-readout').textContent();
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(page.locator('.clock-readout')).not.toHaveText(before ?? '');
  await expect(bar.locator('.lecture-position')).toHaveText(`Scene ${total - 2} of ${total}`);

  // A lecture link opens the same lecture in another page.
  await bar.getByRole('button', { name: 'Lecture tools' }).click();
  await bar.getByRole('button', { name: /Copy lecture link/ }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toContain('#lecture=');
  const other = await context.newPage();
  const otherErrors = await openApp(other, url.slice(url.indexOf('/#')));
  await expect(other.getByRole('region', { name: /lecture/i }).locator('.lecture-position')).toHaveText(
    `Scene 1 of ${total}`,
  );
  expect(otherErrors).toEqual([]);

  await bar.getByRole('button', { name: 'Exit lecture mode' }).click();
  await expect(bar).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'default');
  expect(await page.evaluate(() => localStorage.getItem('opioid-paradox-lab:preferences:v1'))).toBeNull();
  expect(errors).toEqual([]);
});

test('a damaged lecture link says so and the app still works', async ({ page }) => {
  const errors = await openApp(page, '/#lecture=not-a-lecture');
  await expect(page.getByRole('alert').filter({ hasText: 'This link could not be used' })).toBeVisible();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});

test('lecture keys for a hall: focus starts on Next; Space and PageDown go forward, also from Previous; F toggles full screen', async ({
  page,
}) => {
  const errors = await openApp(page);
  await page.getByRole('button', { name: 'Lecture', exact: true }).click();
  const bar = page.getByRole('region', { name: /lecture/i });
  const position = bar.locator('.lecture-position');
  await expect(position).toHaveText(/^Scene 1 of \d+$/);
  await expect(bar.getByRole('button', { name: 'Next scene' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(position).toHaveText(/^Scene 2 of /);
  await page.keyboard.press('PageDown');
  await expect(position).toHaveText(/^Scene 3 of /);
  // A lecturer who clicked Previous and then presses Space still goes forward, not back.
  await bar.getByRole('button', { name: 'Previous scene' }).focus();
  await page.keyboard.press('Space');
  await expect(position).toHaveText(/^Scene 4 of /);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  expect(errors).toEqual([]);
});
