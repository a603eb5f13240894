/**
 * How every real-browser run here starts Chromium and serves the app: Debian's Chromium (never a downloaded
 * one) with the flags that keep it from reaching for a network this machine does not have, and `vite preview`
 * of a build. The tools (screenshots, shot, walk, fuzz, leak, budget, bench:scene) open both with `openBuilt`
 * and make-icons starts Chromium with `launchChromium`; the test configs (playwright.config.ts,
 * vitest.browser.config.ts) and test/e2e take the path, the flags and `serveBuilt` from here. No tool builds the app: a stale or missing dist/ would test something else than the learner gets,
 * so they ask for `npm run build` instead.
 *
 * Playwright and vite are imported when a browser or a server is started, so the configs that only read the
 * constants load neither.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium with the flags above and `extraArgs`. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export interface Preview {
  /** The served build's root, with a trailing slash. */
  readonly url: string;
  close(): Promise<void>;
}

export interface PreviewOptions {
  /** The build to serve; dist/ unless given. */
  readonly outDir?: string;
  /** A file the build must hold, relative to outDir (index.html unless given). */
  readonly entry?: string;
  /** A fixed port (each tool keeps its own, so two tools can run at once); a free port unless given. */
  readonly port?: number;
  /** The path the build is served under, as a course's static host would ('/' unless given). */
  readonly base?: string;
}

/** No build to serve: the message says which command makes it. */
class MissingBuild extends Error {}

/** Serves a build with `vite preview` on 127.0.0.1; throws MissingBuild when there is none. */
export async function serveBuilt(options: PreviewOptions = {}): Promise<Preview> {
  const outDir = path.resolve(options.outDir ?? 'dist');
  if (!existsSync(path.join(outDir, options.entry ?? 'index.html')))
    throw new MissingBuild(`${outDir} has no build: run \`npm run build\` first.`);
  const port = options.port ?? (await freePort());
  const base = options.base ?? '/';
  const { preview } = await import('vite');
  const server = await preview({
    base,
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'error',
  });
  return { url: `http://127.0.0.1:${port}${base}`, close: () => server.close() };
}

export interface Served extends Preview {
  readonly browser: Browser;
}

/**
 * For the tools: a served build (serveBuilt) and Chromium with `chromiumArgs` on top of CHROMIUM_ARGS;
 * `close()` stops both. Exits with the hint when there is no build.
 */
export async function openBuilt(
  options: PreviewOptions & { readonly chromiumArgs?: readonly string[] } = {},
): Promise<Served> {
  const served = await serveBuilt(options).catch((error: unknown) => {
    if (!(error instanceof MissingBuild)) throw error;
    console.error(error.message);
    process.exit(2);
  });
  const browser = await launchChromium(options.chromiumArgs).catch(async (error: unknown) => {
    await served.close();
    throw error;
  });
  return {
    url: served.url,
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      await served.close();
    },
  };
}

/** A port nothing listens on now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
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

/** Resolves once main.ts has marked 'app-ready' (the first result drawn everywhere), or false on timeout. */
export async function appReady(page: Page, timeout = 20_000): Promise<boolean> {
  return page
    .waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout })
    .then(
      () => true,
      () => false,
    );
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

/** The value after `--name` as text, or `fallback`. */
export function textOption(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? fallback : (process.argv[index + 1] ?? fallback);
}
