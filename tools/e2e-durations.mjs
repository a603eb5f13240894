// Each Playwright test's duration against its timeout, slowest share first, from the JSON report that the
// CI reporter writes (.playwright-results.json; `CI=1 npx playwright test`). Issue 19 asks every e2e test to
// finish in a third of its timeout on a quiet machine, so a busy one still passes.
//   node tools/e2e-durations.mjs [report.json] [--top N] [--markdown]
// A test's own test.setTimeout() is not in the report, so the timeout is read from the spec source: the
// first `test.setTimeout(N)` inside the test's body (or its beforeAll, for hooks), else the config's 30 s.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? '.playwright-results.json';
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : Infinity;
const markdown = args.includes('--markdown');
const report = JSON.parse(readFileSync(file, 'utf8'));
const DEFAULT_TIMEOUT = 30_000;

const sources = new Map();
/** The timeout a test sets for itself: the first test.setTimeout after its line, before the next test. */
function timeoutOf(spec) {
  const path = `test/e2e/${spec.file}`;
  if (!sources.has(path)) sources.set(path, readFileSync(path, 'utf8').split('\n'));
  const lines = sources.get(path);
  for (let i = spec.line; i < lines.length; i += 1) {
    if (i > spec.line && /^\s*test(\.describe)?\(/.test(lines[i])) break;
    const m = /test\.setTimeout\(([\d_]+)\)/.exec(lines[i]);
    if (m) return Number(m[1].replaceAll('_', ''));
  }
  return DEFAULT_TIMEOUT;
}

const rows = [];
const walk = (suite, titles) => {
  for (const spec of suite.specs ?? [])
    for (const t of spec.tests)
      for (const r of t.results) {
        const timeout = timeoutOf(spec);
        rows.push({
          title: [...titles, spec.title].filter(Boolean).join(' › '),
          file: `${spec.file}:${spec.line}`,
          status: r.status,
          duration: r.duration,
          timeout,
          share: r.duration / timeout,
        });
      }
  for (const child of suite.suites ?? [])
    walk(child, suite.file === child.file ? [...titles, child.title] : titles);
};
for (const suite of report.suites) walk(suite, []);
rows.sort((a, b) => b.share - a.share);

const s = (ms) => (ms / 1000).toFixed(1);
const over = rows.filter((r) => r.share > 1 / 3).length;
if (markdown) {
  console.log('| Test | File | Duration (s) | Timeout (s) | Share |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  for (const r of rows.slice(0, top))
    console.log(
      `| ${r.title.slice(0, 90)} | ${r.file} | ${s(r.duration)} | ${s(r.timeout)} | ${(100 * r.share).toFixed(0)} %${r.status === 'passed' ? '' : ` (${r.status})`} |`,
    );
} else {
  for (const r of rows.slice(0, top))
    console.log(
      `${(100 * r.share).toFixed(0).padStart(4)} %  ${s(r.duration).padStart(6)} / ${s(r.timeout).padStart(5)} s  ${r.status.padEnd(8)} ${r.file}  ${r.title.slice(0, 100)}`,
    );
}
console.log(
  `${rows.length} results; ${over} over a third of their timeout; suite wall time ${s(report.stats.duration)} s`,
);
