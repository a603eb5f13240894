import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tools/browser.ts';
import { copiedLink } from './helpers';

/**
 * A machine without WebGL (old graphics, a locked-down browser): Chromium started with WebGL and every 3D API
 * disabled. The app must still start, draw the scene with the 2D canvas renderer or the static diagram,
 * draw its charts, play, and copy a link, without a console error.
 */
test('without WebGL the app starts, draws scene and charts, plays, and copies a link', async () => {
  const testInfo = test.info();
  const baseURL = testInfo.project.use.baseURL ?? 'http://127.0.0.1:4173';
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-webgl2', '--disable-3d-apis'],
  });
  try {
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 720 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/');

    // This browser really has no WebGL.
    expect(
      await page.evaluate(() => {
        const canvas = document.createElement('canvas');
        return canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      }),
    ).toBeNull();

    await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, {
      timeout: 20_000,
    });
    // The scene: the two canvases (2D canvas renderer), or the static diagram.
    const scene = page.locator('.pathway-scene');
    await expect(scene).toBeVisible();
    const canvases = await scene.locator('canvas').count();
    const diagram = await scene.locator('svg').count();
    expect(canvases + diagram).toBeGreaterThan(0);
    testInfo.annotations.push({
      type: 'scene',
      description: canvases > 0 ? `${canvases} canvases (2D renderer)` : 'static diagram',
    });

    // Charts drew their data (an SVG path with a real shape).
    const chartPaths = page.locator('.region-charts svg path');
    await expect(chartPaths.first()).toBeAttached();
    expect(await chartPaths.count()).toBeGreaterThan(0);

    // Play moves the clock.
    const readout = page.locator('.clock-readout');
    const before = (await readout.textContent()) ?? '';
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(readout).not.toHaveText(before);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();

    // Copy link gives a link that opens again in this browser.
    const url = await copiedLink(page, () => page.getByRole('button', { name: 'Copy link' }).click());
    expect(url).toMatch(/#s=/);
    await page.goto(url);
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, {
      timeout: 20_000,
    });
    await expect(page.locator('.clock-readout')).not.toHaveText('');
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
