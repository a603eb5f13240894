import { createServer } from 'node:net';
import { expect, test, type Page, type Response } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { chooseTheme, openApp } from './helpers';

/**
 * The offline web app (issue 8): after one visit, the app starts with no server at all. Playwright's offline
 * switch does not cover requests a service worker makes, so this test runs its own `vite preview` and stops
 * it. The build is served under a sub-path, as a course's static host would, to prove the relative service
 * worker scope and manifest work there. Needs `npm run build` first.
 */
const SUB_PATH = '/courses/pain/opioid-paradox-lab/';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

async function playPreset(page: Page, preset: string) {
  const controls = page.locator('.controls-layout');
  await controls.getByRole('tab', { name: 'Scenario', exact: true }).click();
  await page.getByLabel('Ready-made scenario').selectOption(preset);
  await controls.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.locator('#scenario-name')).toHaveText(preset);
  const readout = page.locator('.clock-readout');
  const before = await readout.textContent();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(readout).not.toHaveText(before ?? '');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
}

let server: PreviewServer | null = null;
test.afterEach(async () => {
  await server?.close();
  server = null;
});

test('after one visit the app starts from its service worker with the server stopped: a preset plays, the projector theme works', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const port = await freePort();
  server = await preview({
    base: SUB_PATH,
    logLevel: 'warn',
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  const url = `http://127.0.0.1:${port}${SUB_PATH}`;

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
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});
