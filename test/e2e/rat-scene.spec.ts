import { expect, test, type Page } from '@playwright/test';
import { experimentWords as w } from '../../src/content/experiment-words';
import { axeViolations, openApp } from './helpers';

/**
 * Issue 20, "Run: … the pathway scene and charts show the subject": an experiment opened in the simulator from
 * the Experiments view shows a rat's pathway, named in the scene's text alternative and on the canvas, and
 * tells the time of a 10-day experiment in days and hours, on the clock and on the charts' time axis.
 */

const scene = (page: Page) => page.locator('.pathway-scene');
const description = (page: Page) => scene(page).locator('p[aria-live="polite"]');
const stillCanvas = (page: Page) => scene(page).locator('canvas[data-layer="still"]');

async function openCelerierInSimulator(page: Page) {
  await page.getByRole('button', { name: 'Experiments', exact: true }).click();
  const view = page.locator('#experiments-slot');
  await view.locator('.xv-item[data-experiment="celerier-2000"]').click();
  const detail = view.locator('.xv-detail');
  await detail.getByRole('combobox', { name: w.openGroup }).selectOption('celerier-2000-fentanyl-100');
  await detail.getByRole('button', { name: w.openInSimulator }).click();
  await expect(view).toBeHidden();
  await expect(page.locator('#preset-picker')).toHaveValue('celerier-2000-fentanyl-100');
}

test("Célèrier 2000 opened in the simulator: the scene is a rat's, the time in days and hours", async ({
  page,
}) => {
  const errors = await openApp(page);
  // The default scenario is a patient's, told in weeks.
  await expect(stillCanvas(page)).toHaveAttribute('aria-label', /^Animated diagram of the pain pathway/);
  await expect(page.locator('.clock-readout')).toHaveText(/^Week \d+, day \d$/);
  await openCelerierInSimulator(page);

  await expect(stillCanvas(page)).toHaveAttribute('aria-label', /rat's pain pathway/);
  await expect(description(page)).toHaveText(/^Rat \(experimental animal\), day \d+, hour \d+\. /);
  await expect(description(page)).toContainText('Nociceptive threshold (paw withdrawal or vocalization)');
  await expect(page.locator('.clock-readout')).toHaveText(/^Day \d+, hour \d+$/);
  // The slider moves in hours: End is day 10, hour 0.
  const slider = page.getByRole('slider', { name: 'Time' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.locator('.clock-readout')).toHaveText('Day 10, hour 0');
  await expect(slider).toHaveAttribute('aria-valuetext', 'Day 10, hour 0');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.clock-readout')).toHaveText('Day 0, hour 1');

  // The canvas names the species (its captions, read from the scene's probe).
  const captions = await scene(page).evaluate((root) => {
    const probe = root as unknown as { sceneProbe: () => { labels: { id: string; words: string }[] } };
    return probe.sceneProbe().labels.map(({ id, words }) => ({ id, words }));
  });
  expect(captions).toContainEqual({ id: 'species', words: 'Rat\n(experimental animal)' });

  // The time course's axis is in days, and its cursor says the time as the clock does.
  await page.getByRole('tab', { name: 'Time course' }).click();
  await expect(page.locator('.oc-time-axis')).toContainText('Time (days)');
  await expect(page.locator('.oc-time-axis')).not.toContainText('weeks');

  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
