import { expect, test, type Page } from '@playwright/test';

async function waitForAppReady(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, {
    timeout: 20_000,
  });
}

/** Share of canvas pixels that are not fully transparent: the scene has drawn something. */
async function canvasCoverage(page: Page): Promise<number> {
  const png = await page.locator('.pathway-scene canvas[data-layer="still"]').screenshot();
  return page.evaluate(
    async (bytes) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const first = [data[0], data[1], data[2]];
      let differs = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (
          Math.abs(data[i]! - first[0]!) +
            Math.abs(data[i + 1]! - first[1]!) +
            Math.abs(data[i + 2]! - first[2]!) >
          30
        )
          differs += 1;
      }
      return differs / (data.length / 4);
    },
    [...png],
  );
}

test('the scene draws the default scenario by app-ready, with its text alternative', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto('/');
  await waitForAppReady(page);
  expect(await canvasCoverage(page)).toBeGreaterThan(0.1);
  await expect(page.getByRole('img', { name: /Animated diagram of the pain pathway/ })).toBeVisible();
  await expect(page.locator('.scene-overlay [aria-live="polite"]')).toHaveText(/^Week 8, day 0\. NMDA/);
  expect(errors).toEqual([]);
});

test('Tab reaches every mechanism region; Enter explains it and Close returns focus', async ({ page }) => {
  await page.goto('/');
  await waitForAppReady(page);
  const reached: string[] = [];
  for (let i = 0; i < 30 && reached.length < 6; i += 1) {
    await page.keyboard.press('Tab');
    const region = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset['region'],
    );
    if (region) {
      reached.push(region);
      await expect(page.getByRole('tooltip')).toBeVisible();
    }
  }
  expect(reached).toEqual(['nmda', 'rvm', 'glia', 'dynorphin', 'hcn2', 'tolerance']);
  const rvm = page
    .getByRole('group', { name: 'Mechanisms in the pathway' })
    .getByRole('button', { name: /RVM/ });
  await rvm.focus();
  await page.keyboard.press('Enter');
  const card = page.getByRole('complementary', { name: 'Descending facilitation from the RVM' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('ON cells');
  await expect(card.locator('#mechanism-card-title')).toBeFocused();
  await card.getByRole('button', { name: 'Close' }).click();
  await expect(card).toBeHidden();
  await expect(rvm).toBeFocused();
});

test('the time slider moves the scene to another week', async ({ page }) => {
  await page.goto('/');
  await waitForAppReady(page);
  const slider = page.getByRole('slider', { name: 'Time' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page.locator('.clock-readout')).toHaveText('Week 0, day 0');
  await expect(
    page
      .getByRole('group', { name: 'Mechanisms in the pathway' })
      .getByRole('button', { name: /NMDA.*absent/ }),
  ).toBeVisible();
});

for (const dpr of [1, 2, 3]) {
  test.describe(`devicePixelRatio ${dpr}`, () => {
    test.use({ deviceScaleFactor: dpr });
    test(`the scene canvas has ${dpr}× the CSS pixels`, async ({ page }) => {
      await page.goto('/');
      await waitForAppReady(page);
      const size = await page
        .locator('.pathway-scene canvas[data-layer="still"]')
        .evaluate((c: HTMLCanvasElement) => ({
          ratio: c.width / c.clientWidth,
          ratioY: c.height / c.clientHeight,
        }));
      expect(size.ratio).toBeCloseTo(dpr, 2);
      expect(size.ratioY).toBeCloseTo(dpr, 2);
    });
  });
}

test('a lecturer can play, pause and step from the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await waitForAppReady(page);
  const readout = page.locator('.clock-readout');
  await expect(readout).toHaveText('Week 8, day 0');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(readout).toHaveText('Week 9, day 0');
  await page.keyboard.press('ArrowLeft');
  await expect(readout).toHaveText('Week 8, day 6');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(readout).not.toHaveText('Week 8, day 6');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await page.keyboard.press('Shift+?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});
