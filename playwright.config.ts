import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tools/browser.ts';

/**
 * Real-browser tests against the built app (`npm run build` first), in Debian's Chromium: never a downloaded
 * browser. The flags keep Chromium from reaching for the network, which this machine does not have.
 */
/** E2E_PORT lets two checkouts (git worktrees) run their e2e tests at once without sharing a server. */
const PORT = Number(process.env['E2E_PORT'] ?? 4173);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  // Never retried: a test that passes only on a second try hides a real regression (issue 19).
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list'], ['json', { outputFile: '.playwright-results.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'pages', testIgnore: /timing\.spec\.ts/ },
    // Timing tests run alone once the others are done, so no other test competes for the CPU.
    { name: 'timing', testMatch: /timing\.spec\.ts/, dependencies: ['pages'] },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
  },
});
