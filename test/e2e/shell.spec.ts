import { expect, test } from '@playwright/test';
import { axeViolations, chooseTheme, openApp, THEMES } from './helpers';

test('the built app loads with its landmarks, the disclaimer and no console errors', async ({ page }) => {
  const errors = await openApp(page);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  for (const name of ['Pain pathway', 'Dose–response and time course', 'Scenario']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('banner').getByText('For education — not for dosing decisions')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
});

for (const theme of THEMES) {
  test(`axe-core finds no WCAG 2.2 A/AA violations in the ${theme} theme`, async ({ page }) => {
    const errors = await openApp(page);
    await chooseTheme(page, theme);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test(`axe-core finds no violations in the About dialog, ${theme} theme`, async ({ page }) => {
    await openApp(page);
    await chooseTheme(page, theme);
    await page.getByRole('button', { name: 'About' }).click();
    await expect(page.getByRole('dialog', { name: 'About Opioid Paradox Lab' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the Display dialog works from the keyboard and passes axe in every theme', async ({ page }) => {
  await openApp(page);
  const display = page.getByRole('button', { name: 'Display' });
  await display.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Display settings' });
  await expect(dialog.getByRole('radio', { name: 'Default', exact: true })).toBeFocused();
  for (const theme of ['projector', 'high-contrast'] as const) {
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await axeViolations(page)).toEqual([]);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(display).toBeFocused();
});

test('the About dialog opens and closes from the keyboard and gives focus back', async ({ page }) => {
  await openApp(page);
  const about = page.getByRole('button', { name: 'About' });
  await about.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'About Opioid Paradox Lab' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('MIT License')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(about).toBeFocused();
});

test('the theme choice survives a reload', async ({ page }) => {
  await openApp(page);
  await chooseTheme(page, 'projector');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await page.getByRole('button', { name: 'Display' }).click();
  await expect(page.getByRole('radio', { name: 'Projector', exact: true })).toBeChecked();
});

test('the skip link is the first stop and jumps to the workspace', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the simulation' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test.describe('layout', () => {
  for (const theme of THEMES) {
    test(`at 1280×720 (${theme}) scene and charts sit side by side over the controls, with no scrolling`, async ({
      page,
    }) => {
      await openApp(page);
      await chooseTheme(page, theme);
      const boxes = await Promise.all(
        ['scene', 'charts', 'controls'].map((id) => page.locator(`.region-${id}`).boundingBox()),
      );
      const [scene, charts, controls] = boxes.map((b) => b!);
      expect(scene!.x + scene!.width).toBeLessThanOrEqual(charts!.x);
      expect(Math.abs(scene!.y - charts!.y)).toBeLessThan(1);
      expect(scene!.y + scene!.height).toBeLessThanOrEqual(controls!.y);
      // The scene is the widest picture: wider than 4:3 is not needed, but it must not be squeezed narrow.
      expect(scene!.width / scene!.height).toBeGreaterThan(1.2);
      // One header row: the notice and the About button share a line (their vertical centres within 12 px).
      // The projector theme's larger type puts the six header tools on a second row at this width.
      const notice = (await page.locator('.notice').boundingBox())!;
      const about = (await page.getByRole('button', { name: 'About' }).boundingBox())!;
      if (theme !== 'projector')
        expect(Math.abs(notice.y + notice.height / 2 - (about.y + about.height / 2))).toBeLessThan(12);
      // The scene keeps most of the height of the projector: the editor starts folded, its tabs showing.
      expect(scene!.height).toBeGreaterThan(720 * (theme === 'projector' ? 0.5 : 0.55));
      const overflow = () =>
        page.evaluate(() => ({
          x: document.documentElement.scrollWidth - window.innerWidth,
          y: document.documentElement.scrollHeight - window.innerHeight,
        }));
      expect(await overflow()).toEqual({ x: 0, y: 0 });
      // Choosing a tab opens the editor; the page still does not scroll and the scene keeps a third.
      await page.locator('.controls-layout').getByRole('tab', { name: 'Dosing' }).click();
      await expect(page.getByRole('tabpanel', { name: 'Dosing' })).toBeVisible();
      expect(await overflow()).toEqual({ x: 0, y: 0 });
      expect((await page.locator('.region-scene').boundingBox())!.height).toBeGreaterThan(720 * 0.33);
    });
  }

  for (const theme of THEMES) {
    test(`at 390 px wide (${theme}) charts, scene and controls stack, the player stays at the bottom, nothing overflows sideways`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openApp(page);
      await chooseTheme(page, theme);
      const boxes = await Promise.all(
        ['scene', 'charts', 'controls'].map((id) => page.locator(`.region-${id}`).boundingBox()),
      );
      const [scene, charts, controls] = boxes.map((b) => b!);
      expect(charts!.y + charts!.height).toBeLessThanOrEqual(scene!.y);
      expect(scene!.y + scene!.height).toBeLessThanOrEqual(controls!.y);
      // The player (play/pause and the time) is fixed along the bottom of the screen, scrolled or not.
      const player = page.locator('.transport');
      expect(await player.evaluate((e) => getComputedStyle(e).position)).toBe('fixed');
      await page.mouse.wheel(0, 600);
      const box = (await player.boundingBox())!;
      expect(Math.round(box.y + box.height)).toBe(844);
      await expect(player.getByRole('button', { name: 'Play' })).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  }
});

test.describe('without JavaScript', () => {
  // A phone's width: wide windows leave the tagline out for room (app.css).
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test('the page paints its title, tagline and education-only notice from the HTML alone, before any script runs', async ({
    page,
  }) => {
    // Step 18: the first paint needs only index.html and its stylesheet (on a slow phone the app's scripts came
    // first). Without JavaScript the header is there and readable; the app, once it runs, keeps these elements.
    await page.goto('./');
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('heading', { level: 1, name: 'Opioid Paradox Lab' })).toBeVisible();
    await expect(banner.getByText('Why opioids given for pain can make pain worse')).toBeVisible();
    await expect(banner.getByText('For education — not for dosing decisions')).toBeVisible();
    // No script ran: the app's workspace is not there.
    await expect(page.locator('#workspace')).toHaveCount(0);
    expect((await banner.boundingBox())?.height ?? 0).toBeGreaterThan(20);
  });
});

test('the running app adopts the header the HTML painted: one banner, one title, the buttons in it', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Lessons' })).toBeVisible();
  await expect(page.getByText('needs JavaScript')).toHaveCount(0);
});
