/**
 * Screenshots of the cohort view (issue 21) at 1280×720, 1920×1080 (projector theme, 1000 patients) and
 * 390×844, in test-results/cohort-shots/ (build first). Prints each size's longest main-thread task while the
 * cohort ran and the longest redraw ('cohort-draw').
 *
 * `--compare`: compare mode, A (morphine 240 MME/day for 12 weeks) and B (120) opened by a link, their cohorts
 * side by side (shots named compare-…). `SHOT_PORT=…` serves on another port; `ONLY=390x844` takes one size;
 * `TASKS=1` lists every long task with the redraws, to tell drawing from the rest.
 */
import { writeLink } from '../src/app/link-state';
import { findPreset, normalizeScenario } from '../src/model';
import { appReady, openBuilt } from './browser';

const compare = process.argv.includes('--compare');

/** The page to open: the app, or in compare mode a link that sets up A and B. */
function startHash(): string {
  if (!compare) return '';
  const a = normalizeScenario(findPreset('oih-state')?.scenario);
  const [regimen] = a.regimens;
  if (regimen?.kind !== 'fixed') throw new Error('oih-state is one fixed regimen');
  const b = { ...a, regimens: [{ ...regimen, dosePerDay: 120 }] };
  const titles = { a: 'Morphine 240 MME/day', b: 'Morphine 120 MME/day' };
  return writeLink({
    scenario: a,
    tDays: 56,
    compare: b,
    chartDay: 56,
    mechanism: null,
    theme: null,
    titles,
  });
}

const SIZES = [
  { name: '1280x720', width: 1280, height: 720, theme: null, n: 200 },
  { name: '1920x1080-projector', width: 1920, height: 1080, theme: 'Projector', n: 1000 },
  { name: '390x844', width: 390, height: 844, theme: null, n: 200 },
] as const;

// SHOT_PORT: a port of one's own when several tools or sessions run at once.
const app = await openBuilt({ port: Number(process.env['SHOT_PORT'] ?? 4319) });
const prefix = compare ? 'compare-' : '';
try {
  for (const size of SIZES.filter((s) => !process.env['ONLY'] || s.name === process.env['ONLY'])) {
    const page = await app.browser.newPage({ viewport: { width: size.width, height: size.height } });
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
    });
    await page.goto(`${app.url}${startHash()}`);
    await appReady(page);
    if (size.theme) {
      await page.getByRole('button', { name: 'Display' }).click();
      await page.getByRole('radio', { name: size.theme, exact: true }).check();
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    }
    const tab = page.getByRole('tab', { name: 'Patient', exact: true });
    if (!(await tab.isVisible())) await page.getByRole('button', { name: 'Show controls' }).click();
    await tab.click();
    await page.evaluate(() => ((window as unknown as { longTasks: unknown[] }).longTasks.length = 0));
    await page.getByRole('button', { name: '200 patients like this one' }).click();
    if (size.n !== 200) await page.locator('#cv-size').selectOption(String(size.n));
    const bars = compare ? ['#cv-progress-a', '#cv-progress-b'] : ['#cv-progress'];
    for (const bar of bars)
      await page.waitForFunction(
        ([selector, n]) =>
          (document.querySelector(String(selector)) as HTMLProgressElement | null)?.value === n,
        [bar, size.n] as const,
        { timeout: 240_000 },
      );
    await page.waitForTimeout(400);
    const figures = await page.evaluate(() => ({
      longest: Math.max(
        0,
        ...(window as unknown as { longTasks: { duration: number }[] }).longTasks.map((t) => t.duration),
      ),
      tasks: (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
        .map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`)
        .join(' '),
      open: performance
        .getEntriesByName('cohort-open')
        .map((e) => `${Math.round(e.startTime)}+${Math.round(e.duration)}`),
      drawsAt: performance
        .getEntriesByName('cohort-draw')
        .filter((e) => e.duration > 30)
        .map((e) => `${Math.round(e.startTime)}+${Math.round(e.duration)}`)
        .join(' '),
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
    if (process.env['TASKS'])
      console.log(
        `  opened ${figures.open.join(' ')}; long tasks ${figures.tasks}\n  redraws > 30 ms ${figures.drawsAt}`,
      );
    await page.screenshot({ path: `test-results/cohort-shots/${prefix}${size.name}.png` });
    await page
      .locator(compare ? '.cv-sides' : '.cv-charts')
      .evaluate((charts) => charts.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `test-results/cohort-shots/${prefix}${size.name}-charts.png` });
    // The two dot plots of the week (pain, threshold): beside each other under the fan, or one under the other.
    const within = compare ? '.cv-side-b ' : '';
    await page
      .locator(`${within}.cohort-dots-pain`)
      .evaluate((dots) => dots.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `test-results/cohort-shots/${prefix}${size.name}-dots.png` });
    await page
      .locator(`${within}.cohort-dots-threshold`)
      .evaluate((dots) => dots.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `test-results/cohort-shots/${prefix}${size.name}-threshold.png` });
    await page
      .locator(compare ? '.cv-side-b .cv-pick' : '.cv-pick')
      .evaluate((pick) => pick.scrollIntoView({ block: 'end' }));
    await page.screenshot({ path: `test-results/cohort-shots/${prefix}${size.name}-end.png` });
    await page.close();
  }
} finally {
  await app.close();
}
