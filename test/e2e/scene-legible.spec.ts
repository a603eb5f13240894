import { expect, test, type Page } from '@playwright/test';
import { LEGEND_ENTRIES } from '../../src/content/scene';
import { axeViolations, chooseTheme, openApp } from './helpers';

/**
 * Step 13: the pathway scene stays legible while it plays. The scene reports (sceneProbe) the captions it shows,
 * where every moving thing is and what kinds of thing it draws; over 3 s of play no two captions overlap, nothing
 * moving covers a caption, captions are at least 14 px (20 px in the projector theme), and everything drawn is
 * captioned or named in the legend.
 */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Probe {
  labels: { id: string; words: string; box: Box; fontPx: number }[];
  moving: Box[];
  drawn: string[];
  legend: string[];
  legendBox: Box | null;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

const probe = (page: Page) =>
  page.locator('.pathway-scene').evaluate((el) => (el as unknown as { sceneProbe(): Probe }).sceneProbe());

/** Opens and closes the legend once: its entries load when it is first opened. */
async function loadLegend(page: Page) {
  const summary = page.locator('.scene-legend summary');
  await summary.click();
  await expect(page.locator('.scene-legend li')).toHaveCount(LEGEND_ENTRIES.length);
  await summary.click();
}

async function openScenario(page: Page, preset: string, day?: number) {
  await loadLegend(page);
  const toggle = page.locator('.controls-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const controls = page.locator('.controls-layout');
  await controls.getByRole('tab', { name: 'Scenario', exact: true }).click();
  await page.getByLabel('Ready-made scenario').selectOption(preset);
  await controls.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Opened / })).toBeVisible();
  if (day !== undefined) await page.getByRole('slider', { name: 'Time' }).fill(String(day));
  await toggle.click();
}

/** Samples the probe for `seconds` of play and returns every problem seen. */
async function watch(
  page: Page,
  seconds: number,
  minFontPx: number,
  required: readonly string[] = CORE,
): Promise<string[]> {
  const problems = new Set<string>();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const until = Date.now() + seconds * 1000;
  let samples = 0;
  // At least `seconds` of play and at least 8 looks, however slow a busy machine makes each look.
  while (Date.now() < until || samples < 8) {
    const p = await probe(page);
    samples += 1;
    for (const [i, a] of p.labels.entries()) {
      if (a.fontPx < minFontPx - 0.05) problems.add(`“${a.words}” is ${a.fontPx.toFixed(1)} px`);
      for (const b of p.labels.slice(i + 1))
        if (overlap(a.box, b.box)) problems.add(`“${a.words}” overlaps “${b.words}”`);
      if (p.legendBox && overlap(a.box, p.legendBox)) problems.add(`“${a.words}” is under the legend`);
      const covered = p.moving.find((m) => overlap(a.box, m));
      if (covered) problems.add(`a moving thing covers “${a.words}”`);
    }
    const named = new Set([...p.legend, ...p.labels.map((l) => l.id)]);
    for (const kind of p.drawn)
      if (!named.has(kind)) problems.add(`${kind} is drawn but neither captioned nor in the legend`);
    expect(p.labels.length).toBeGreaterThanOrEqual(7);
    for (const id of required)
      if (!p.labels.some((l) => l.id === id)) problems.add(`the ${id} caption is missing`);
    expect(p.moving.length).toBeGreaterThan(5);
    // Time passing on purpose: the next look at the playing scene is a few frames later, with things moved.
    await page.waitForTimeout(60);
  }
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  return [...problems];
}

/** The captions every layout keeps in the default theme: the five mechanisms, the µ-receptors and the pain meter. */
const CORE = ['nmda', 'rvm', 'glia', 'dynorphin', 'hcn2', 'tolerance', 'painMeter'] as const;

const SCENARIOS = [
  { preset: 'oih-escalation', day: 112, label: 'OIH escalation at week 16' },
  { preset: 'tolerance-only', label: 'tolerance only' },
  { preset: 'knockout-nmda', label: 'NMDA knocked out' },
  // A rat's pathway: the rat and its caption take room of their own.
  { preset: 'celerier-2000-fentanyl-100', label: 'a rat experiment (Célèrier 2000)' },
] as const;

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test.describe(`${width}×${height}`, () => {
    test.use({ viewport: { width, height } });
    for (const s of SCENARIOS) {
      test(`${s.label}: captions apart, none covered by motion, ≥ 14 px, all drawn things named`, async ({
        page,
      }) => {
        const errors = await openApp(page);
        await openScenario(page, s.preset, 'day' in s ? s.day : undefined);
        // A 10-day experiment at a week a second would end before the 3 s of watching: a day a second.
        if (s.preset === 'celerier-2000-fentanyl-100')
          await page.getByRole('combobox', { name: 'Speed' }).selectOption('1');
        expect(await watch(page, 3, 14)).toEqual([]);
        if (s.preset === 'celerier-2000-fentanyl-100') {
          const p = await probe(page);
          expect(p.drawn).toContain('rat');
          expect(p.labels.map((l) => l.id)).toContain('species');
        }
        if (s.preset === 'knockout-nmda') {
          const p = await probe(page);
          expect(p.labels.find((l) => l.id === 'nmda')?.words).toBe('NMDA blocked');
          expect(p.drawn).toContain('held');
        }
        expect(errors).toEqual([]);
      });
    }
  });
}

test('projector theme at 1280×720: captions are at least 20 px, apart and uncovered', async ({ page }) => {
  await openApp(page);
  await chooseTheme(page, 'projector');
  await openScenario(page, 'oih-escalation', 112);
  // At 20 px on a 700-px scene not every caption fits: the legend names those left out.
  expect(await watch(page, 2, 20, ['nmda', 'rvm', 'glia', 'tolerance', 'painMeter'])).toEqual([]);
});

test('“What am I seeing?” opens from the keyboard, names every kind of thing, closes with Escape; axe passes', async ({
  page,
}) => {
  await openApp(page);
  const legend = page.locator('.scene-legend');
  const summary = legend.locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(legend).toHaveAttribute('open', '');
  await expect(legend.locator('li')).toHaveCount(LEGEND_ENTRIES.length);
  await expect(legend).toContainText('NMDA receptors');
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(legend).not.toHaveAttribute('open', '');
  await expect(summary).toBeFocused();
});
