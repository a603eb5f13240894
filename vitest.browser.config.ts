import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tools/browser.ts';
import { PIXI_LIB_ALIAS } from './vite.config.ts';
import { cohortFromCli } from './test/app/cohort-in-node.ts';

/**
 * Component tests in a real Chromium: the pixi views, which need WebGL and cannot run in happy-dom.
 * Files: test/**\/*.browser.test.ts. Also the cohort pool in real workers (issue 21), checked against the same
 * cohort printed by the CLI in Node (test/app/cohort-in-node.ts).
 */
export default defineConfig({
  resolve: { alias: PIXI_LIB_ALIAS },
  test: {
    include: ['test/**/*.browser.test.ts'],
    testTimeout: 30_000,
    // Never retried: a test that passes only on a second try hides a real regression (issue 19).
    retry: 0,
    browser: {
      enabled: true,
      headless: true,
      // --expose-gc and precise memory info let the leak test measure the heap after a real collection.
      provider: playwright({
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
        },
      }),
      instances: [{ browser: 'chromium', viewport: { width: 1280, height: 720 } }],
      commands: { cohortFromCli },
    },
  },
});
