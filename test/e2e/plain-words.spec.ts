import { expect, test, type Page } from '@playwright/test';
import { presetTitle } from '../../src/app/catalogue';
import { PRESETS } from '../../src/model';
import { READY_LECTURE } from '../../src/lessons/lectures';
import { LESSONS } from '../../src/lessons/lessons';
import { axeViolations, openApp } from './helpers';
import { pressButton, tabTo } from './keyboard';

// Step 12, "plain words on screen": a learner reads titles and plain descriptions, never the model's preset ids
// ("dunbar-1996-spinal-mk801-day-7") or the science file's "facts §" references. The test visits the screens
// a learner visits and reads everything a learner can see or hear there: the page's visible text, every live
// region and status line (visually hidden or not), accessible names (aria-label) and the charts' SVG text.

/** A preset id as a whole token: not part of a longer id, a file name or a word joined by a hyphen. */
const idPattern = (id: string) =>
  new RegExp(`(?<![\\w.-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'i');
// "naive" is also an English word ("opioid-naive" patients); the ids that are one plain word cannot be told
// from prose, so only the ids a learner could not mistake for words are looked for.
const IDS = PRESETS.map((p) => p.name).filter((id) => id.includes('-'));
const PATTERNS = [...IDS.map((id) => ({ id, re: idPattern(id) })), { id: 'facts §', re: /facts\s*§/i }];

/** Everything a learner can read or hear on the page now. */
function readable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = [document.body.innerText];
    const heard = '[aria-live], [role="status"], [role="alert"], [role="log"], output';
    for (const live of document.querySelectorAll(heard)) texts.push(live.textContent ?? '');
    for (const named of document.querySelectorAll('[aria-label]'))
      texts.push(named.getAttribute('aria-label')!);
    for (const text of document.querySelectorAll('svg text, svg title, svg desc'))
      texts.push(text.textContent ?? '');
    return texts;
  });
}

/** The ids and "facts §" references in what a learner reads, with a little context each. */
async function offenders(page: Page): Promise<string[]> {
  const found = new Set<string>();
  for (const text of await readable(page))
    for (const { id, re } of PATTERNS) {
      const m = re.exec(text);
      if (m) {
        const around = text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' ');
        found.add(`${id} in “…${around}…”`);
      }
    }
  return [...found];
}

async function expectPlain(page: Page, screen: string) {
  expect.soft(await offenders(page), `internal words on screen: ${screen}`).toEqual([]);
}

const controls = (page: Page) => page.locator('.controls-layout');
const controlsTab = (page: Page, name: string) =>
  controls(page).getByRole('tab', { name, exact: true }).click();

async function openPreset(page: Page, id: string) {
  await controlsTab(page, 'Scenario');
  const before = await page.locator('#scenario-name').textContent();
  await page.locator('#preset-picker').selectOption(id);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.locator('.live-summary')).toContainText('Opened');
  await expect(page.locator('#scenario-name')).not.toHaveText(before ?? '');
}

/**
 * Waits until a preset a lesson step or a lecture scene opened has reached the screen: its title in the
 * controls and a chart drawn from the new result, so the check reads the new scenario's words.
 */
async function settledOn(page: Page, preset: string | undefined) {
  if (preset === undefined) return;
  const title = presetTitle(preset);
  await expect(page.locator('#scenario-name')).toContainText(title);
  // The chart shown has drawn it (charts behind hidden tabs draw when they are shown). A scene's run comes from
  // the model's worker: on two busy cores that can take longer than the default 5 s.
  await expect
    .poll(
      () =>
        page
          .locator('.oc-chart')
          .evaluateAll(
            (charts, t) => charts.some((c) => (c as HTMLElement).dataset['drawn']?.includes(t)),
            title,
          ),
      { timeout: 20_000 },
    )
    .toBe(true);
}

test('no preset id and no "facts §" on any screen a learner visits', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = await openApp(page);
  await expectPlain(page, 'the app as it opens');

  for (const chart of ['Dose–response', 'Time course', 'Mechanisms', 'Body map']) {
    await page.locator('.oc-tablist').getByRole('tab', { name: chart, exact: true }).click();
    await expectPlain(page, `chart tab ${chart}`);
  }
  for (const tab of ['Dosing', 'Add-on treatments', 'Mechanisms', 'Patient', 'Compare', 'Scenario']) {
    await controlsTab(page, tab);
    await expectPlain(page, `controls tab ${tab}`);
  }

  // The picker on clinical, lesson and experiment presets (human and rat), each opened.
  for (const id of [
    'oih-maintained',
    'tolerance-only',
    'knockout-glia',
    'chronic-600-mme-26-weeks-s2',
    'dunbar-1996-spinal-mk801-day-7',
  ]) {
    await openPreset(page, id);
    await page.locator('.oc-tablist').getByRole('tab', { name: 'Dose–response', exact: true }).click();
    await expectPlain(page, `preset ${id} opened`);
    await page.locator('.oc-tablist').getByRole('tab', { name: 'Time course', exact: true }).click();
    await expectPlain(page, `preset ${id}, time course`);
  }

  // The picker by keyboard: a search, ↓ to the list, the experiment chosen, Open.
  await tabTo(page, '#preset-search');
  await page.keyboard.type('MK-801 only');
  await expect(page.locator('.preset-count')).toHaveText(/^1 of \d+ match$/);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#preset-picker')).toBeFocused();
  await expect(page.locator('#preset-picker')).toHaveValue('dunbar-1996-spinal-mk801-day-7');
  await expect(page.locator('#preset-description')).toContainText('Source: Dunbar & Yaksh 1996.');
  expect(await axeViolations(page)).toEqual([]);
  await pressButton(page, 'Open');
  await expect(page.locator('.live-summary')).toContainText(
    'Opened Rats: spinal morphine, MK-801 on day 7 only.',
  );
  await expectPlain(page, 'an experiment found by search and opened by keyboard');
  // Its source opens the About dialog at the reference.
  await page
    .locator('#preset-description')
    .getByRole('button', { name: /^Dunbar & Yaksh 1996/ })
    .click();
  await expect(page.getByRole('dialog', { name: 'About Opioid Paradox Lab' })).toBeVisible();
  await expect(page.locator('#reference-dunbar-1996')).toBeFocused();
  await expectPlain(page, 'the About dialog at a source');
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.locator('#preset-search').fill('');

  // An edit after opening: the title says "(edited)", the live line says what changed.
  await openPreset(page, 'oih-state');
  await controlsTab(page, 'Dosing');
  await page.getByRole('button', { name: 'Stop the opioid now' }).click();
  await expectPlain(page, 'an edited preset');

  // Compare mode with a suggested B.
  await controlsTab(page, 'Compare');
  await page.getByRole('button', { name: 'Start comparing' }).click();
  await expect(page.getByRole('button', { name: 'Stop comparing' })).toBeVisible();
  await expectPlain(page, 'compare mode');
  for (const chart of ['Dose–response', 'Time course', 'Mechanisms', 'Body map']) {
    await page.locator('.oc-tablist').getByRole('tab', { name: chart, exact: true }).click();
    await expectPlain(page, `compare mode, chart ${chart}`);
  }
  await page.getByRole('button', { name: 'Stop comparing' }).click();

  // The scene's mechanism card.
  await page.locator('.pathway-scene button').first().click();
  await expect(page.locator('.mechanism-card')).toBeVisible();
  await expectPlain(page, 'the mechanism card');
  await page.keyboard.press('Escape');

  // The About dialog.
  await page.getByRole('button', { name: 'About' }).click();
  await expect(page.getByRole('dialog', { name: 'About Opioid Paradox Lab' })).toBeVisible();
  await expectPlain(page, 'the About dialog');
  await page.keyboard.press('Escape');

  // The lessons list, and the first steps of each lesson.
  const panel = page.locator('.lesson-panel');
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(panel).toBeVisible();
  await expectPlain(page, 'the lessons list');
  for (const lesson of LESSONS) {
    await panel.getByRole('button', { name: lesson.title }).click();
    await expect(panel.locator('.lesson-progress')).toContainText('Step 1 of');
    await settledOn(page, lesson.steps[0]?.setup?.preset);
    await expectPlain(page, `lesson "${lesson.title}", first step`);
    await panel.getByRole('button', { name: /Back to the lessons|All lessons/ }).click();
  }
  await page.getByRole('button', { name: 'Close lessons' }).click();

  // Lecture mode, scene by scene (each sets up its own scenarios), and its tools.
  await page.getByRole('button', { name: 'Lecture', exact: true }).click();
  const bar = page.getByRole('region', { name: /lecture/i });
  await expect(bar.locator('.lecture-position')).toHaveText(/^Scene 1 of \d+$/);
  const total = Number(/of (\d+)/.exec((await bar.locator('.lecture-position').textContent()) ?? '')?.[1]);
  for (let n = 1; n <= total; n += 1) {
    await expect(bar.locator('.lecture-position')).toHaveText(`Scene ${n} of ${total}`);
    await settledOn(page, READY_LECTURE.scenes[n - 1]?.setup.preset);
    await expectPlain(page, `lecture scene ${n}`);
    if (n < total) await bar.getByRole('button', { name: 'Next scene' }).click();
  }
  await bar.getByRole('button', { name: 'Lecture tools' }).click();
  await expectPlain(page, 'lecture tools');
  expect(errors).toEqual([]);
});
