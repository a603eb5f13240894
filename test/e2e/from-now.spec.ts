import { expect, test, type Page } from '@playwright/test';
import { writeLink } from '../../src/app/link-state';
import { findPreset, normalizeScenario } from '../../src/model';
import { openApp } from './helpers';

/**
 * Step 11: a "from now on" change is recorded as asked and resolved by the model, so quick clicks are never
 * lost: no view reads a dose back from a result to write the next change.
 */
const WEEK_12 = 84;
const controls = (page: Page) => page.locator('.controls-layout');
const tab = (page: Page, name: string) => controls(page).getByRole('tab', { name, exact: true });
const doseNow = (page: Page) => page.locator('.dose-now');

/** oih-maintained (morphine 240 MME/day) opened at week 12, from a link; the Dosing tab shown. */
async function at240(page: Page, compare = false) {
  const scenario = normalizeScenario(findPreset('oih-maintained')?.scenario);
  const link = writeLink({
    scenario,
    tDays: WEEK_12,
    compare: compare ? scenario : null,
    chartDay: WEEK_12,
    mechanism: null,
    theme: null,
  });
  const errors = await openApp(page, `/${link}`);
  if (compare) {
    await tab(page, 'Compare').click();
    await page.getByRole('group', { name: 'Controls change' }).getByRole('radio', { name: 'B' }).check();
  }
  await tab(page, 'Dosing').click();
  await expect(doseNow(page)).toContainText('240 MME/day');
  return errors;
}

/** Two clicks well within 200 ms (one task in the page: nothing can settle between them). */
const clickTwice = (page: Page, name: string) =>
  controls(page)
    .getByRole('button', { name, exact: true })
    .evaluate((button: HTMLElement) => {
      button.click();
      button.click();
    });

test('two quick "+50 %" clicks from 240 MME/day give 540 once the runs settle', async ({ page }) => {
  const errors = await at240(page);
  await controls(page).getByLabel('Change dose by').selectOption('50');
  await clickTwice(page, 'Change dose');
  await expect(doseNow(page)).toContainText('540 MME/day');
  await expect(page.locator('.live-summary')).toContainText('now 540 MME/day');
  expect(errors).toEqual([]);
});

test('a 10 %/week taper started twice quickly is one taper', async ({ page }) => {
  const errors = await at240(page);
  await controls(page).getByLabel('Taper: cut').selectOption('10');
  await clickTwice(page, 'Start taper');
  // One taper: the first cut on the day it starts (216), not two cuts (194.4).
  await expect(doseNow(page)).toContainText('216 MME/day');
  await page.getByRole('slider', { name: 'Time' }).fill(String(WEEK_12 + 7));
  await expect(doseNow(page)).toContainText('194.4 MME/day');
  expect(errors).toEqual([]);
});

test('the same in compare mode on side B: B goes to 540, A stays at 240', async ({ page }) => {
  const errors = await at240(page, true);
  await controls(page).getByLabel('Change dose by').selectOption('50');
  await clickTwice(page, 'Change dose');
  await expect(doseNow(page)).toContainText('540 MME/day');
  await tab(page, 'Compare').click();
  await page.getByRole('group', { name: 'Controls change' }).getByRole('radio', { name: 'A' }).check();
  await tab(page, 'Dosing').click();
  await expect(doseNow(page)).toContainText('240 MME/day');
  expect(errors).toEqual([]);
});
