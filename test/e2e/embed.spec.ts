import { expect, test } from '@playwright/test';
import { axeViolations, waitForAppReady } from './helpers';

/** Embed mode (`?embed=1`, issue 8): the app in an 800×450 iframe of a course page. */
test('embedded in an 800×450 iframe: no header, no scrollbars, the education notice kept', async ({
  page,
  baseURL,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setContent(
    `<!doctype html><title>Course page</title><h1>Week 3: opioids</h1>
     <iframe title="Opioid Paradox Lab" src="${baseURL}/?embed=1" width="800" height="450" style="border:0"></iframe>`,
  );
  const frame = page.frame({ url: /embed=1/ });
  expect(frame).not.toBeNull();
  await frame!.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, {
    timeout: 20_000,
  });
  const app = page.frameLocator('iframe');
  await expect(app.locator('.app-header')).toBeHidden();
  await expect(app.getByRole('banner')).toHaveCount(0);
  await expect(app.getByRole('heading', { level: 1, name: 'Opioid Paradox Lab' })).toBeVisible();
  await expect(app.locator('.embed-bar').getByText('For education — not for dosing decisions')).toBeVisible();
  await expect(app.getByRole('link', { name: /Open the full app/ })).toHaveAttribute('target', '_blank');

  const fit = await frame!.evaluate(() => {
    const root = document.documentElement;
    const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    return {
      width: root.clientWidth,
      height: root.clientHeight,
      scrollWidth: root.scrollWidth,
      scrollHeight: root.scrollHeight,
      bodyScrollHeight: document.body.scrollHeight,
      scene: rect('.region-scene'),
      charts: rect('.region-charts'),
      controls: rect('.region-controls'),
    };
  });
  // The frame shows no scrollbar: the page is exactly the frame's size.
  expect(fit).toMatchObject({ width: 800, height: 450, scrollWidth: 800, scrollHeight: 450 });
  expect(fit.bodyScrollHeight).toBeLessThanOrEqual(450);
  // Scene, charts and controls are all in view, the scene big enough to read.
  for (const region of [fit.scene, fit.charts, fit.controls]) {
    expect(region.bottom).toBeLessThanOrEqual(450);
    expect(region.right).toBeLessThanOrEqual(800);
  }
  expect(fit.scene.height).toBeGreaterThan(150);

  await page.screenshot({ path: test.info().outputPath('embed-800x450.png') });
  await app.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(app.locator('.clock-readout')).not.toHaveText('Week 8, day 0');
  expect(errors).toEqual([]);
});

test('embed mode passes the accessibility audit at 800×450', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 450 });
  await page.goto('/?embed=1');
  await waitForAppReady(page);
  expect(await axeViolations(page)).toEqual([]);
});
