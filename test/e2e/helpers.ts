import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type AxeCore from 'axe-core';
import { THEMES, themeLabels, type ThemeId } from '../../src/content/themes';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export { THEMES };

/** Opens the built app and collects every console error and uncaught exception from the first byte on. */
export async function openApp(page: Page, path = '/'): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Opioid Paradox Lab' })).toBeVisible();
  // Audit the finished page: the scene, charts and controls are drawn by app-ready.
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, {
    timeout: 20_000,
  });
  return errors;
}

export async function chooseTheme(page: Page, theme: ThemeId) {
  await page.getByRole('button', { name: 'Display' }).click();
  const dialog = page.getByRole('dialog', { name: 'Display settings' });
  await dialog.getByRole('radio', { name: themeLabels[theme], exact: true }).check();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Runs axe-core with every WCAG 2.0, 2.1 and 2.2 A and AA rule, none disabled. */
export async function axeViolations(page: Page) {
  // Evaluated, not added as a <script>: the built page's policy forbids inline scripts (vite.config.ts).
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** Waits until the app has drawn its first result (main.ts marks 'app-ready'). */
export async function waitForAppReady(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, {
    timeout: 20_000,
  });
}

/**
 * Clicks (or presses) whatever copies a link and returns what reached the clipboard. The clipboard is
 * emptied first and read until it changes, since copying waits for the link code to load.
 */
export async function copiedLink(page: Page, copy: () => Promise<void>): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await copy();
  let url = '';
  await expect
    .poll(async () => (url = await page.evaluate(() => navigator.clipboard.readText())))
    .not.toBe('');
  return url;
}

/** The directives of a Content-Security-Policy that allow 'unsafe-inline', trimmed. */
export const inlineDirectives = (policy: string | null) =>
  (policy ?? '')
    .split(';')
    .filter((d) => d.includes('unsafe-inline'))
    .map((d) => d.trim());
