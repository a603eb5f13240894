import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { build } from 'vite';
import { gliaLesson } from '../../src/lessons/lessons/glia';
import { READY_LECTURE } from '../../src/lessons/lectures';
import { SINGLE_FILE_NAME } from '../../tools/vite-single-file.ts';
import { runLessonToEnd } from './lesson-run';
import { inlineDirectives } from './helpers';

/**
 * The single file (issue 8) opened from disk with every network request refused: it must carry all it needs.
 * Tests dist-single/ from `npm run build:single`, building it first if it is missing or older than dist/.
 */
const FILE = path.resolve('dist-single', SINGLE_FILE_NAME);
const FILE_URL = pathToFileURL(FILE).href;
const modified = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0);

test.beforeAll(async () => {
  test.setTimeout(120_000);
  if (modified(FILE) >= modified(path.resolve('dist', 'index.html')) && modified(FILE) > 0) return;
  await build({ mode: 'single', logLevel: 'warn' });
});

/** Share of the scene canvas's pixels that differ from its first pixel: the scene has drawn something. */
async function sceneCoverage(page: Page): Promise<number> {
  const png = await page.locator('.pathway-scene canvas').first().screenshot();
  return page.evaluate(
    async (bytes) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let differs = 0;
      for (let i = 0; i < data.length; i += 4) {
        const distance =
          Math.abs(data[i]! - data[0]!) +
          Math.abs(data[i + 1]! - data[1]!) +
          Math.abs(data[i + 2]! - data[2]!);
        if (distance > 30) differs += 1;
      }
      return differs / (data.length / 4);
    },
    [...png],
  );
}

test('the single file runs from file:// with the network blocked: scene, charts, model worker, a lesson, no errors', async ({
  page,
  context,
}) => {
  const refused: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    refused.push(url);
    return route.abort();
  });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto(FILE_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'Opioid Paradox Lab' })).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, {
    timeout: 20_000,
  });

  // Its own policy is in force: only its inlined scripts, the worker from a blob: URL, no eval.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'sha256-[^']+'/);
  expect(policy).toContain('worker-src blob:');
  expect(policy).not.toMatch(/unsafe-eval/);
  // 'unsafe-inline' only for style attributes (chart exports), never for scripts or style sheets.
  expect(inlineDirectives(policy)).toEqual(["style-src-attr 'unsafe-inline'"]);
  expect(
    await page.evaluate(() => document.querySelectorAll('script[src], link[rel="stylesheet"]').length),
  ).toBe(0);

  expect(await sceneCoverage(page)).toBeGreaterThan(0.1);
  await expect(page.locator('.oc-panel svg').first()).toBeVisible();
  expect(await page.locator('.oc-panel svg path').count()).toBeGreaterThan(3);
  // The model ran in its inlined classic workers (one per compare side), started from blob: URLs.
  const workers = page.workers().map((w) => w.url());
  expect(workers.length).toBeGreaterThan(0);
  expect(workers.filter((url) => !url.startsWith('blob:'))).toEqual([]);

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.locator('.clock-readout')).not.toHaveText('Week 8, day 0');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  // Links need a server: the file offers its scenario as a file instead, and says so.
  const controls = page.locator('.controls-layout');
  await expect(controls.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await expect(controls.getByText(/Links need a web server/)).toBeVisible();
  // The Experiments view is in the web app only (too large for the file): the header says so in its place.
  const header = page.getByRole('banner');
  await expect(header.getByRole('button', { name: 'Experiments', exact: true })).toHaveCount(0);
  await expect(header.getByText('Experiments: in the web app, not in this file.')).toBeVisible();
  await controls.getByRole('tab', { name: 'Scenario', exact: true }).click();
  const download = page.waitForEvent('download');
  await controls.getByRole('button', { name: 'Save scenario file' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  await runLessonToEnd(page, gliaLesson);

  expect(refused).toEqual([]);
  expect(requested.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
  expect(errors).toEqual([]);
});

test('the presenter view works from the single file: a window the lecture writes, in step both ways, within the file’s policy', async ({
  page,
  context,
}) => {
  await context.route('**/*', (route) =>
    route.request().url().startsWith('file:') ? route.continue() : route.abort(),
  );
  const errors: string[] = [];
  const collect = (target: Page) => {
    target.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    target.on('pageerror', (error) => errors.push(error.message));
  };
  collect(page);
  await page.goto(FILE_URL);
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, {
    timeout: 20_000,
  });
  await page.getByRole('button', { name: 'Lecture', exact: true }).click();
  const bar = page.getByRole('region', { name: /lecture/i });
  const opening = context.waitForEvent('page');
  await bar.getByRole('button', { name: 'Presenter view' }).click();
  const presenter = await opening;
  collect(presenter);
  const total = READY_LECTURE.scenes.length;
  await expect(presenter.locator('.presenter-position')).toHaveText(`Scene 1 of ${total}`);
  // The page's styles reached the window: its notes have the theme's surface, not a blank page's.
  expect(
    await presenter.evaluate(
      () => getComputedStyle(document.querySelector('.presenter-notes')!).backgroundColor,
    ),
  ).not.toBe('rgba(0, 0, 0, 0)');

  await bar.getByRole('button', { name: 'Next scene' }).click();
  await expect(presenter.locator('.presenter-notes-text')).toHaveText(READY_LECTURE.scenes[1]!.notes);
  await expect(presenter.locator('.presenter-next-caption')).toHaveText(
    `Scene 3: ${READY_LECTURE.scenes[2]!.caption}`,
  );
  await presenter.getByRole('button', { name: 'Next scene' }).click();
  await expect(bar.locator('.lecture-position')).toHaveText(`Scene 3 of ${total}`);
  await bar.getByRole('button', { name: 'Exit lecture mode' }).click();
  await expect(presenter.getByRole('status')).toHaveText(/lecture was closed/);
  expect(errors).toEqual([]);
});
