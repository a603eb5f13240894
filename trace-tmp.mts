// Chromium trace with 4x CPU throttling from navigation to app-ready: the top-level main-thread tasks, longest first, with what ran in them.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
const url = process.argv[2] ?? 'http://localhost:4300/';
const dist = process.argv[3] ?? '/work/main/dist';
const [w, h] = (process.argv[4] ?? '412x823').split('x').map(Number);
const rate = Number(process.env.RATE ?? 4);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: w, height: h } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel'] });
await page.goto(url);
await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: 60000 });
const ready = await page.evaluate(() => performance.getEntriesByName('app-ready')[0].startTime);
const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`).join(' '));
await page.waitForTimeout(300);
const buf = await browser.stopTracing();
await browser.close();
const events: any[] = JSON.parse(buf.toString()).traceEvents;
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'FunctionCall'));
const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
const nav = mine.find((e) => e.name === 'navigationStart' || e.name === 'markAsMainFrame') ?? events.find((e) => e.name === 'navigationStart');
const t0 = events.filter((e) => e.name === 'navigationStart' && e.pid === main.pid).map((e) => e.ts).sort((a, b) => b - a)[0] ?? mine[0].ts;
const readyTs = t0 + ready * 1000;
const maps = new Map<string, TraceMap | null>();
const where = (url: string, line: number, col: number) => {
  const file = url?.split('/').pop() ?? '';
  if (!maps.has(file)) { try { maps.set(file, new TraceMap(readFileSync(`${dist}/assets/${file}.map`, 'utf8'))); } catch { maps.set(file, null); } }
  const m = maps.get(file);
  if (!m) return `${file}:${line}`;
  const p = originalPositionFor(m, { line: line + 1, column: col });
  return `${(p.source ?? file).replace(/^.*?(src|node_modules)\//, '$1/')}:${p.line} ${p.name ?? ''}`;
};
const candidates = mine.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= t0 && e.ts <= readyTs + 1).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const tasks: any[] = [];
let end = 0;
for (const e of candidates) if (e.ts >= end) { tasks.push(e); end = e.ts + e.dur; }
const cpu = (e: any) => (process.env.BY_CPU ? (e.tdur ?? e.dur) : e.dur);
tasks.sort((a, b) => cpu(b) - cpu(a));
console.log(`${w}x${h} ${rate}x throttling: app-ready at ${Math.round(ready)} ms; ${tasks.length} tasks; over 50 ms: ${tasks.filter((t) => t.dur > 50000).length}; longest (wall/cpu): ${tasks.slice(0, 6).map((t) => Math.round(t.dur / 1000) + '/' + Math.round((t.tdur ?? 0) / 1000)).join(', ')} ms`);
console.log('marks:', marks);
for (const t of tasks.slice(0, Number(process.env.TOP ?? 6))) {
  const inner = mine.filter((e) => e.ph === 'X' && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t && e.dur > 4000);
  console.log(`task ${Math.round(t.dur / 1000)} ms (cpu ${Math.round((t.tdur ?? 0) / 1000)}) at ${Math.round((t.ts - t0) / 1000)} ms`);
  for (const e of inner.slice(0, 14)) {
    const d = e.args?.data ?? e.args?.beginData ?? {};
    const loc = d.url ? where(d.url, d.lineNumber ?? 0, d.columnNumber ?? 0) : d.stackTrace?.[0] ? where(d.stackTrace[0].url, d.stackTrace[0].lineNumber, d.stackTrace[0].columnNumber) : '';
    console.log(`   ${Math.round(e.dur / 1000)}/${Math.round((e.tdur ?? 0) / 1000)} ms +${Math.round((e.ts - t.ts) / 1000)} ${e.name} ${d.functionName ?? d.type ?? ''} ${loc}`);
  }
}
