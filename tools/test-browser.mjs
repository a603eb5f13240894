// `npm run test:browser`: the real-browser suites, one after the other, in Debian's Chromium.
//   1. component tests of the pixi views (vitest browser mode, test/**/*.browser.test.ts)
//   2. whole pages of the built app (Playwright, test/e2e; run `npm run build` first)
// Both always run, so one run shows every failure. With CI set, each also writes a JSON report for
// tools/ci-summary.mjs. Extra arguments go to Playwright (e.g. a test file or --grep).
import { spawnSync } from 'node:child_process';

const ci = Boolean(process.env.CI);
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: false }).status ?? 1;

const vitestArgs = ['vitest', 'run', '--config', 'vitest.browser.config.ts'];
if (ci)
  vitestArgs.push('--reporter=default', '--reporter=json', '--outputFile.json=.vitest-browser-results.json');
const components = run('npx', vitestArgs);
const pages = run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
process.exit(components || pages ? 1 : 0);
