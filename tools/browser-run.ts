/**
 * What `npm run fuzz` and `npm run leak` share: the built app served by `vite preview` on a free port, Debian's
 * Chromium, and reading `--name value` options. Neither tool builds: a stale or missing dist/ would test
 * something else than the learner gets, so they ask for `npm run build` instead.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

export interface Served {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** The value after `--name`, as a number, or `fallback`. */
export function numberOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`--${name} needs a number, got ${process.argv[index + 1] ?? 'nothing'}`);
    process.exit(2);
  }
  return value;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The value after `--name` as text, or `fallback`. */
export function textOption(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? fallback : (process.argv[index + 1] ?? fallback);
}

/**
 * Serves the build (dist/, or `--dist DIR`) and starts Chromium with `extraArgs`; exits with a hint when
 * there is no build.
 */
export async function serveBuilt(extraArgs: readonly string[] = []): Promise<Served> {
  const outDir = path.resolve(textOption('dist', 'dist'));
  if (!existsSync(path.join(outDir, 'index.html'))) {
    console.error(`${outDir} has no build: run \`npm run build\` first.`);
    process.exit(2);
  }
  const port = await freePort();
  const server: PreviewServer = await preview({
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

/** Resolves once main.ts has marked 'app-ready' (the first result drawn everywhere), or false on timeout. */
export async function appReady(page: Page, timeout = 20_000): Promise<boolean> {
  return page
    .waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout })
    .then(
      () => true,
      () => false,
    );
}
