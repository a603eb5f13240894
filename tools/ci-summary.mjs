// Sums the test runners' JSON reports into the one plain line CI reads: "N passed, N failed".
// A report that is missing or unreadable means its runner crashed before reporting: that counts as a failure.
//   node tools/ci-summary.mjs vitest:.vitest-results.json playwright:.playwright-results.json
import { readFileSync } from 'node:fs';

const counters = {
  // A file that throws on import or in a hook fails as a suite with no failed test: count it too.
  vitest: (r) => {
    const brokenFiles = (r.testResults ?? []).filter(
      (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
    ).length;
    const failed = r.numFailedTests + brokenFiles;
    return { passed: r.numPassedTests, failed: failed === 0 && r.success === false ? 1 : failed };
  },
  playwright: (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected + (r.errors?.length ?? 0),
  }),
};

let passed = 0;
let failed = 0;
for (const arg of process.argv.slice(2)) {
  const [kind, file] = arg.split(':');
  try {
    const counts = counters[kind](JSON.parse(readFileSync(file, 'utf8')));
    console.error(`${kind}: ${counts.passed} passed, ${counts.failed} failed (${file})`);
    passed += counts.passed;
    failed += counts.failed;
  } catch (error) {
    console.error(`${kind}: no readable report at ${file} (${error.message}); counted as 1 failure`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
