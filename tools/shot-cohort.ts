/**
 * Screenshots of the cohort view (issue 21) at 1280×720, 1920×1080 (projector theme, 1000 patients) and
 * 390×844, in test-results/cohort-shots/ (build first). Prints each size's longest main-thread task while the
 * cohort ran and the longest redraw ('cohort-draw').
 */
import { appReady, openBuilt } from './browser';

const SIZES = [
  { name: '1280x720', width: 1280, height: 720, theme: null, n: 200 },
  { name: '1920x1080-projector', width: 1920, height: 1080, theme: 'Projector', n: 1000 },
  { name: '390x844', width: 390, height: 844, theme: null, n: 200 },
] as const;

// SHOT_PORT: a port of one's own when several tools or sessions run at once.
const app = await openBuilt({ port: Number(process.env['SHOT_PORT'] ?? 4319) });
try {
  for (const size of SIZES) {
    const page = await app.browser.newPage({ viewport: { width: size.width, height: size.height } });
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    await page.goto(app.url);
    await appReady(page);
    if (size.theme) {
      await page.getByRole('button', { name: 'Display' }).click();
      await page.getByRole('radio', { name: size.theme, exact: true }).check();
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    }
    const tab = page.getByRole('tab', { name: 'Patient', exact: true });
    if (!(await tab.isVisible())) await page.getByRole('button', { name: 'Show controls' }).click();
    await tab.click();
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
    await page.getByRole('button', { name: '200 patients like this one' }).click();
    if (size.n !== 200) await page.locator('#cv-size').selectOption(String(size.n));
    await page.waitForFunction(
      (n) => (document.querySelector('#cv-progress') as HTMLProgressElement | null)?.value === n,
      size.n,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(400);
    const figures = await page.evaluate(() => ({
      longest: Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
      draw: Math.max(0, ...performance.getEntriesByName('cohort-draw').map((e) => e.duration)),
      draws: performance
        .getEntriesByName('cohort-draw')
        .map((e) => Math.round(e.duration))
        .join(' '),
    }));
    console.log(
      size.name,
      `n=${size.n}`,
      `longest task ${Math.round(figures.longest)} ms`,
      `longest draw ${Math.round(figures.draw)} ms`,
      process.env['DRAWS'] ? figures.draws : '',
    );
    await page.screenshot({ path: `test-results/cohort-shots/${size.name}.png` });
    await page.locator('.cv-charts').evaluate((charts) => charts.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `test-results/cohort-shots/${size.name}-charts.png` });
    // The two dot plots of the week (pain, threshold): beside each other under the fan, or one under the other.
    await page.locator('.cohort-dots-pain').evaluate((dots) => dots.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `test-results/cohort-shots/${size.name}-dots.png` });
    await page.locator('.cohort-dots-threshold').evaluate((dots) => dots.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `test-results/cohort-shots/${size.name}-threshold.png` });
    await page.locator('.cv-pick').evaluate((pick) => pick.scrollIntoView({ block: 'end' }));
    await page.screenshot({ path: `test-results/cohort-shots/${size.name}-end.png` });
    await page.close();
  }
} finally {
  await app.close();
}
