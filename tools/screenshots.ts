/**
 * Takes Chromium screenshots of the built app (run `npm run build` first) in every mode — explore, a lesson at
 * its task, the editor open, compare, lecture, a mechanism's explanation, and the 800 × 450 embed — at
 * 1280 × 720, 1920 × 1080 and 390 × 844, in every theme, so a person can look at what learners and lecturers
 * see. Phone shots are whole pages. Output: test-results/screenshots/ (or --out DIR); --theme limits to one.
 *   npm run screenshots [-- --out DIR] [-- --theme default]
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { THEMES } from '../src/content/themes.ts';
import { appReady, openBuilt, textOption } from './browser.ts';

const SIZES = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '390x844', width: 390, height: 844 },
] as const;

type Mode = 'explore' | 'lesson' | 'controls' | 'compare' | 'lecture' | 'mechanism';
const MODES: readonly Mode[] = ['explore', 'lesson', 'controls', 'compare', 'lecture', 'mechanism'];

const outDir = path.resolve(textOption('out', 'test-results/screenshots'));
const onlyTheme = textOption('theme', '');
mkdirSync(outDir, { recursive: true });

async function setEditor(page: Page, open: boolean) {
  const toggle = page.locator('.controls-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== String(open)) await toggle.click();
}

/** Puts the freshly opened app into a mode, as a learner or a lecturer would get there. */
async function enter(page: Page, mode: Mode) {
  if (mode === 'lesson') {
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    const panel = page.locator('.lesson-panel');
    await panel.locator('.lesson-list button').first().click();
    await panel.getByRole('radio').first().check();
    await panel.getByRole('button', { name: 'Lock in my prediction' }).click();
    await panel.locator('.lesson-task').scrollIntoViewIfNeeded();
  }
  if (mode === 'controls' || mode === 'compare' || mode === 'mechanism') await setEditor(page, true);
  if (mode === 'compare') {
    await page.locator('.controls-layout').getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('button', { name: 'Start comparing' }).click();
  }
  if (mode === 'mechanism') {
    await page.locator('.controls-layout').getByRole('tab', { name: 'Mechanisms' }).click();
    await page
      .getByRole('button', { name: /What is this/ })
      .first()
      .click();
    await setEditor(page, false);
  }
  if (mode === 'lecture') await page.getByRole('button', { name: 'Lecture', exact: true }).click();
}

const { url, browser, close } = await openBuilt({ port: 4174 });
try {
  for (const theme of THEMES.filter((t) => !onlyTheme || t === onlyTheme)) {
    const shots: [string, { width: number; height: number }, Mode | 'embed', string][] = [
      ...SIZES.flatMap((s) => MODES.map((m) => [s.name, s, m, ''] as [string, typeof s, Mode, string])),
      ['800x450', { width: 800, height: 450 }, 'embed', '?embed=1'],
    ];
    for (const [sizeName, size, mode, query] of shots) {
      const page = await browser.newPage({ viewport: size });
      await page.addInitScript(
        (t) => localStorage.setItem('opioid-paradox-lab:preferences:v1', JSON.stringify({ theme: t })),
        theme,
      );
      await page.goto(`${url}${query}`);
      if (!(await appReady(page))) throw new Error('no app-ready within 20 s');
      if (mode !== 'embed') await enter(page, mode);
      await page.waitForTimeout(1200);
      const file = path.join(outDir, `${mode}-${sizeName}-${theme}.png`);
      await page.screenshot({ path: file, fullPage: size.width < 700 && mode !== 'lesson' });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await close();
}
