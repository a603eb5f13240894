import { expect, test, type Page } from '@playwright/test';
import { openApp, inlineDirectives } from './helpers';

/**
 * The built page carries a strict Content-Security-Policy (vite.config.ts: no inline script, no eval, no
 * inline style). The app must work entirely under it: a preset plays and a lesson opens with not one
 * violation reported and not one console error.
 */

async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('the built page sets a strict policy: no inline script, no eval', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/unsafe-eval/);
  // 'unsafe-inline' only for style attributes (chart exports), never for scripts or style sheets.
  expect(inlineDirectives(policy)).toEqual(["style-src-attr 'unsafe-inline'"]);
  expect(policy).toContain("default-src 'self'");
});

test('a preset plays, a lesson opens and charts export under the policy with no violation and no console error', async ({
  page,
}) => {
  await recordViolations(page);
  const errors = await openApp(page);
  const controls = page.locator('.controls-layout');
  await controls.getByRole('tab', { name: 'Scenario', exact: true }).click();
  await page.getByLabel('Ready-made scenario').selectOption('oih-maintained');
  await controls.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.locator('#scenario-name')).toHaveText('OIH with the high dose kept for a year');
  const readout = page.locator('.clock-readout');
  const before = await readout.textContent();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(readout).not.toHaveText(before ?? '');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  await page.getByRole('button', { name: 'Lessons' }).click();
  const panel = page.locator('.lesson-panel');
  await expect(panel).toBeVisible();
  await panel.getByRole('button').first().click();
  await expect(panel.getByRole('heading', { level: 3 })).toBeVisible();

  // Chart exports build their files under the policy too (styles through the CSSOM, never as attributes).
  for (const kind of [/SVG/, /PNG/, /CSV/]) {
    const download = page.waitForEvent('download');
    await page.locator('.oc-panel').getByRole('button', { name: kind }).first().click();
    expect((await download).suggestedFilename()).toMatch(/\.(svg|png|csv)$/);
  }

  // The scene really drew under the policy (pixi without eval): its canvas is there and sized.
  const canvas = page.locator('canvas').first();
  await expect(canvas).toBeVisible();
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
