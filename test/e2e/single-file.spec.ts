import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { build } from 'vite';
import { deployWords } from '../../src/content/deploy-words';
import { experimentWords as w } from '../../src/content/experiment-words';
import { gliaLesson } from '../../src/lessons/lessons/glia';
import { READY_LECTURE } from '../../src/lessons/lectures';
import { experimentById, readingsOf, type Experiment } from '../../src/science';
import { formatReadingAs } from '../../src/ui/experiments/reading-format';
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

  // Its own policy is in force: only its inlined bootstrap (by hash), the app it unpacks and the worker, both
  // from blob: URLs, no eval.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'sha256-[^']+' blob:;/);
  expect(policy).toContain('worker-src blob:');
  expect(policy).not.toMatch(/unsafe-eval/);
  // 'unsafe-inline' only for style attributes (chart exports), never for scripts or style sheets.
  expect(inlineDirectives(policy)).toEqual(["style-src-attr 'unsafe-inline'"]);
  expect(
    await page.evaluate(() => document.querySelectorAll('script[src], link[rel="stylesheet"]').length),
  ).toBe(0);
  // The app travels packed (tools/vite-single-file.ts packApp): a data block the browser does not run, and its bootstrap.
  expect(await page.evaluate(() => [...document.scripts].map((s) => `${s.type} ${s.id}`.trim()))).toEqual([
    'application/gzip packed-app',
    'module',
  ]);

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
  await expect(
    page.getByRole('banner').getByRole('button', { name: 'Experiments', exact: true }),
  ).toBeVisible();
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

/** Opens the file with every request that is not file:// refused; collects errors; waits for app-ready. */
async function openOffline(page: Page, hash = '') {
  const refused: string[] = [];
  await page.context().route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    refused.push(route.request().url());
    return route.abort();
  });
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(FILE_URL + hash);
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, {
    timeout: 20_000,
  });
  return { refused, errors };
}

function experiment(id: string): Experiment {
  const found = experimentById(id);
  if (!found) throw new Error(`no experiment ${id}`);
  return found;
}

test('the Experiments view is in the single file: from the header, offline, Dunbar & Yaksh 1996 runs and shows its chart and table', async ({
  page,
}) => {
  const { refused, errors } = await openOffline(page);
  const view = page.locator('#experiments-slot');
  const detail = view.locator('.xv-detail');
  await page.getByRole('button', { name: 'Experiments', exact: true }).click();
  await expect(view.getByRole('heading', { level: 2, name: w.title })).toBeFocused();
  const e = experiment('dunbar-yaksh-1996');
  await view.locator(`.xv-item[data-experiment="${e.id}"]`).click();
  await expect(detail.getByRole('heading', { level: 3, name: e.title })).toBeFocused();
  await detail.getByRole('button', { name: w.run, exact: true }).click();
  await expect(detail.locator('.xv-status')).toContainText('readings inside the accepted range', {
    timeout: 15_000,
  });
  const result = detail.locator('.xv-result');
  await expect(result).toHaveAttribute('aria-busy', 'false');
  // The result chart with the model's curves and every published point, as in the web app.
  await expect(result.locator('.xc-chart')).toHaveCount(e.plots.length);
  await expect(result.locator('.xc-published')).toHaveCount(e.published.length);
  expect(await result.locator('.xc-chart svg path').count()).toBeGreaterThan(0);
  // The table's model cells are the values the validation tests compute (src/science, here in Node).
  const cells = await result.locator('.xr-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      measure: row.querySelector('.xr-measure')?.textContent,
      model: row.querySelector('.xr-model')?.textContent,
      within: row.getAttribute('data-within'),
    })),
  );
  expect(cells).toEqual(
    readingsOf(e).map((r) => ({
      measure: r.measure,
      model: formatReadingAs(r.model, r.check.band, r.band),
      within: String(r.withinBand),
    })),
  );
  // The model ran in the Experiments worker, inlined and started from a blob: URL like the model's own.
  const workers = await Promise.all(
    page.workers().map(async (worker) => ({
      name: await worker.evaluate(() => (self as unknown as { name: string }).name),
      url: worker.url(),
    })),
  );
  expect(workers.filter((worker) => worker.name === 'experiments')).toEqual([
    { name: 'experiments', url: expect.stringMatching(/^blob:/) },
  ]);
  expect(refused).toEqual([]);
  expect(errors).toEqual([]);
});

test('an #experiment= link opens that experiment in the single file, and a later change of it another', async ({
  page,
}) => {
  const { refused, errors } = await openOffline(page, '#experiment=celerier-2000');
  const detail = page.locator('#experiments-slot .xv-detail');
  await expect(
    detail.getByRole('heading', { level: 3, name: experiment('celerier-2000').title }),
  ).toBeFocused();
  await page.evaluate(() => (location.hash = 'experiment=darnall-2018'));
  await expect(detail).toHaveAttribute('data-experiment', 'darnall-2018');
  expect(refused).toEqual([]);
  expect(errors).toEqual([]);
});

test('a browser that cannot unpack the file is told which browsers it needs', async ({ page }) => {
  // As in a browser before DecompressionStream (Chromium 80, Firefox 113, Safari 16.4).
  await page.addInitScript(() => Reflect.deleteProperty(globalThis, 'DecompressionStream'));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(FILE_URL);
  await expect(page.locator('#app')).toHaveText(deployWords.singleFileNeedsNewerBrowser);
  expect(errors).toEqual([expect.stringMatching(/DecompressionStream/)]);
});
