import { expect, test, type Page } from '@playwright/test';
import { writeLink } from '../../src/app/link-state';
import { findPreset, normalizeScenario } from '../../src/model';

async function waitForAppReady(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, {
    timeout: 20_000,
  });
}

test('Copy link makes a link that opens the same scenario at the same time', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await waitForAppReady(page);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.clock-readout')).toHaveText('Week 9, day 1');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(/#s=/);

  const other = await context.newPage();
  await other.goto(url);
  await waitForAppReady(other);
  await expect(other.locator('.clock-readout')).toHaveText('Week 9, day 1');
  await expect(other.locator('#scenario-name')).toHaveText('Rising morphine dose over 26 weeks');
});

test('a copied link keeps the chart tab shown, and opening it shows that tab', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await waitForAppReady(page);
  const chartTab = (p: Page, name: string) =>
    p.getByRole('tablist', { name: 'Charts' }).getByRole('tab', { name, exact: true });
  await expect(chartTab(page, 'Dose–response')).toHaveAttribute('aria-selected', 'true');
  await chartTab(page, 'Body map').click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const url = await page.evaluate(() => navigator.clipboard.readText());

  const other = await context.newPage();
  await other.goto(url);
  await waitForAppReady(other);
  await expect(chartTab(other, 'Body map')).toHaveAttribute('aria-selected', 'true');
  await expect(chartTab(other, 'Dose–response')).toHaveAttribute('aria-selected', 'false');
});

test('a broken link says so plainly and opens the default scenario', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/#s=<script>alert(1)</script>');
  await waitForAppReady(page);
  await expect(page.getByRole('alert')).toContainText('This link could not be used. The link is damaged');
  await expect(page.locator('.clock-readout')).toHaveText('Week 8, day 0');
  await expect(page.locator('script:text("alert(1)")')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a theme in a link applies to that page without changing the saved preference', async ({ page }) => {
  const scenario = normalizeScenario(findPreset('tolerance-only')!.scenario);
  const hash = writeLink({
    scenario,
    tDays: 21,
    compare: null,
    chartDay: 21,
    mechanism: 'nmda',
    theme: 'projector',
  });
  await page.goto(`/${hash}`);
  await waitForAppReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(page.locator('.clock-readout')).toHaveText('Week 3, day 0');
  await expect(page.getByRole('complementary', { name: 'Spinal NMDA receptor upregulation' })).toBeVisible();
  const saved = await page.evaluate(() => localStorage.getItem('opioid-paradox-lab:preferences:v1'));
  expect(saved).toBeNull();
  // The learner's own theme, opened without the link, is still the default.
  await page.goto('/');
  await waitForAppReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'default');
});
