import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page, type Response } from '@playwright/test';
import { gliaLesson } from '../../src/lessons/lessons/glia';
import { freePort, serveBuilt, type Preview } from '../../tools/browser.ts';
import { chooseTheme, openApp } from './helpers';
import { runLessonToEnd } from './lesson-run';
import { presetTitle } from '../../src/app/catalogue';

/**
 * The offline web app (issue 8): after one visit, the app starts with no server at all. Playwright's offline
 * switch does not cover requests a service worker makes, so this test runs its own `vite preview` and stops
 * it. The build is served under a sub-path, as a course's static host would, to prove the relative service
 * worker scope and manifest work there. Needs `npm run build` first.
 */
const SUB_PATH = '/courses/pain/opioid-paradox-lab/';

async function playPreset(page: Page, preset: string) {
  const controls = page.locator('.controls-layout');
  await controls.getByRole('tab', { name: 'Scenario', exact: true }).click();
  await page.getByLabel('Ready-made scenario').selectOption(preset);
  await controls.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.locator('#scenario-name')).toHaveText(presetTitle(preset));
  const readout = page.locator('.clock-readout');
  const before = await readout.textContent();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(readout).not.toHaveText(before ?? '');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
}

let server: Preview | null = null;
test.afterEach(async () => {
  await server?.close();
  server = null;
});

test('after one visit the app starts from its service worker with the server stopped: a preset plays, a lesson runs to its end, the projector theme works', async ({
  page,
}) => {
  test.setTimeout(90_000);
  server = await serveBuilt({ base: SUB_PATH });
  const { url } = server;

  // First visit, online: the service worker installs and precaches the whole build.
  const firstErrors = await openApp(page, url);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', './manifest.webmanifest');
  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return { scope: registration.scope, script: registration.active?.scriptURL ?? null };
  });
  expect(worker).toEqual({ scope: url, script: `${url}sw.js` });
  const manifest = await page.evaluate(async () => {
    const response = await fetch('./manifest.webmanifest');
    return (await response.json()) as { start_url: string; scope: string; icons: { purpose: string }[] };
  });
  expect(manifest).toMatchObject({ start_url: './', scope: './' });
  expect(manifest.icons.map((icon) => icon.purpose)).toContain('maskable');
  expect(firstErrors).toEqual([]);

  // No server from here on: every response must come from the service worker's cache.
  await server.close();
  server = null;
  const responses: Response[] = [];
  const failed: string[] = [];
  page.on('response', (response) => responses.push(response));
  page.on('requestfailed', (request) => failed.push(request.url()));
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));

  const navigation = await page.reload();
  expect(navigation?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Opioid Paradox Lab' })).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, {
    timeout: 20_000,
  });
  // The app's scripts, styles and pixi's renderer chunks all came from the cache...
  const app = responses.filter((r) => r.url().startsWith(url));
  expect(app.map((r) => r.url())).toEqual(
    expect.arrayContaining([expect.stringMatching(/\/assets\/index-.*\.js$/)]),
  );
  expect(app.filter((r) => !r.fromServiceWorker()).map((r) => r.url())).toEqual([]);
  // ...and so did the model worker's chunk: the model ran in its worker, not on the page's thread.
  expect(page.workers().map((w) => w.url())).toEqual(
    expect.arrayContaining([expect.stringMatching(/\/assets\/simulation\.worker-.*\.js$/)]),
  );

  await playPreset(page, 'oih-maintained');
  await chooseTheme(page, 'projector');
  await expect(page.locator('.oc-panel svg').first()).toBeVisible();
  await runLessonToEnd(page, gliaLesson);
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** A static host that reads every file afresh, so the test can publish a new version while it runs. */
async function serveFolder(root: string): Promise<{ url: string; server: Server }> {
  const port = await freePort();
  const server = createHttpServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    if (!pathname.startsWith(SUB_PATH)) return response.writeHead(404).end();
    const relative = pathname.slice(SUB_PATH.length) || 'index.html';
    try {
      const body = readFileSync(path.join(root, path.normalize(relative)));
      const type = TYPES[path.extname(relative)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}${SUB_PATH}`, server };
}

test('a new version is offered, never forced: the page reloads only when the learner chooses "Update now"', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const root = mkdtempSync(path.join(tmpdir(), 'oih-lab-update-'));
  cpSync('dist', root, { recursive: true });
  const { url, server: host } = await serveFolder(root);
  try {
    await openApp(page, url);
    await page.evaluate(() => navigator.serviceWorker.ready);

    // A second visit: the first version now controls the page (a new version waits only while one does).
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // A marker that a reload would wipe.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const sameDocument = () => page.evaluate(() => 'sameDocument' in window);

    // Publish a new version (a changed sw.js is a new service worker) and have the browser look for it, as
    // it does by itself on navigations and every 24 h. Chromium driven by Playwright takes 20–60 s to fetch
    // the new sw.js here, hence the long timeout.
    appendFileSync(path.join(root, 'sw.js'), '\n// next version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.locator('.update-prompt');
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    await expect(prompt).toHaveAttribute('role', 'status');
    await expect(prompt).toContainText('A new version of Opioid Paradox Lab is ready.');
    // A time that passes, not a wait for a state: offered, never forced, so 1.5 s on the page stays the same
    // document (a forced update would have reloaded it by now).
    await page.waitForTimeout(1500);
    expect(await sameDocument()).toBe(true);

    // "Not now": the bar goes, the page stays, the old version keeps running.
    await prompt.getByRole('button', { name: 'Not now' }).click();
    await expect(prompt).toBeHidden();
    expect(await sameDocument()).toBe(true);

    // Opened again (the old version still controls the page, the new one still waits): offered again.
    await page.reload();
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Update now' }).click();
    await reloaded;
    expect(await sameDocument()).toBe(false);
    await expect(page.getByRole('heading', { level: 1, name: 'Opioid Paradox Lab' })).toBeVisible();
    const waiting = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting ?? null;
    });
    expect(waiting).toBeNull();
    // A time that passes: once updated, the prompt does not come back (there is no event for "never").
    await page.waitForTimeout(2500);
    await expect(prompt).toBeHidden();
  } finally {
    const closed = new Promise((resolve) => host.close(resolve));
    host.closeAllConnections();
    await closed;
    rmSync(root, { recursive: true, force: true });
  }
});
