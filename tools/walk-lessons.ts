/**
 * `npx tsx tools/walk-lessons.ts [lesson-id ...] [--size 1280x720]` (run `npm run build` first): walks lessons
 * in Chromium — opens every step from a shared link (which sets the step up as the lesson would), predicts,
 * plays the clock, shows each case option's simulated course, answers with the right option — and saves
 * screenshots to test-results/walk/. For looking at, not a test.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { writeLink } from '../src/app/link-state';
import { LESSONS } from '../src/lessons/lessons/index';
import { findPreset, normalizeScenario } from '../src/model/index';
import type { Lesson } from '../src/lessons/types';
import { appReady, openBuilt } from './browser.ts';

const sizeArg = process.argv.indexOf('--size');
const [width = 1280, height = 720] = (sizeArg > 0 ? (process.argv[sizeArg + 1] ?? '') : '1280x720')
  .split('x')
  .map(Number);
const ids = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--size');
const lessons = (ids.length ? ids : ['paradox', 'oih-or-tolerance', 'clinical-cases']).map((id) => {
  const l = LESSONS.find((lesson) => lesson.id === id);
  if (!l) throw new Error(`no lesson ${id}`);
  return l;
});
const out = path.resolve('test-results/walk');
mkdirSync(out, { recursive: true });

const panel = (page: Page) => page.locator('.lesson-panel');

function stepLink(lesson: Lesson, stepId: string): string {
  const scenario = normalizeScenario(findPreset('oih-state')!.scenario);
  const state = {
    scenario,
    tDays: 0,
    compare: null,
    chartDay: null,
    mechanism: null,
    theme: null,
    lesson: { id: lesson.id, step: stepId },
  };
  return writeLink(state);
}

async function walkStep(page: Page, lesson: Lesson, i: number): Promise<void> {
  const step = lesson.steps[i]!;
  const name = `${lesson.id}-${String(i + 1).padStart(2, '0')}-${step.id}`;
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(out, `${name}-a.png`) });
  const quick = { timeout: 3000 };
  if (step.prediction) {
    await panel(page)
      .getByLabel(step.prediction.options[0]!.text)
      .first()
      .check(quick)
      .catch(() => undefined);
    await panel(page)
      .getByRole('button', { name: /lock in/i })
      .first()
      .click(quick)
      .catch(() => undefined);
  }
  const question = step.question;
  if (question) {
    for (const option of question.options.filter((o) => o.setup)) {
      await panel(page)
        .getByLabel(option.text)
        .first()
        .check(quick)
        .catch(() => undefined);
      const show = panel(page).getByRole('button', { name: /prediction for this choice/i });
      if (await show.count()) {
        await show
          .first()
          .click(quick)
          .catch(() => undefined);
        await page.waitForTimeout(3000);
        await page.screenshot({ path: path.join(out, `${name}-option-${option.id}.png`) });
      }
    }
    const right = question.options.find((o) => o.correct);
    if (right) {
      await panel(page)
        .getByLabel(right.text)
        .first()
        .check(quick)
        .catch(() => undefined);
      await panel(page)
        .getByRole('button', { name: 'Check answer' })
        .first()
        .click(quick)
        .catch(() => undefined);
    }
  }
  await page
    .getByRole('button', { name: /^Play/ })
    .first()
    .click(quick)
    .catch(() => undefined);
  await page.waitForTimeout(3000);
  await panel(page)
    .evaluate((el) => el.querySelector('.lesson-panel, .lesson-body')?.scrollTo(0, 1e6))
    .catch(() => undefined);
  await page
    .locator('.lesson-panel *')
    .last()
    .scrollIntoViewIfNeeded(quick)
    .catch(() => undefined);
  await page.screenshot({ path: path.join(out, `${name}-b.png`) });
}

const { url, browser, close } = await openBuilt({ port: 4181 });
try {
  for (const lesson of lessons) {
    const page = await browser.newPage({ viewport: { width, height } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    for (let i = 0; i < lesson.steps.length; i++) {
      await page.goto(`${url}${stepLink(lesson, lesson.steps[i]!.id)}`);
      await page.reload();
      if (!(await appReady(page, 30_000))) throw new Error('no app-ready within 30 s');
      await walkStep(page, lesson, i);
    }
    console.log(
      `${lesson.id}: ${errors.length} console errors${errors.length ? `: ${errors.join(' | ')}` : ''}`,
    );
    await page.close();
  }
} finally {
  await close();
}
