// CPU profile with 4x throttling from navigation to app-ready; inclusive ms per source function (mapped), in a time window.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
const url = process.argv[2] ?? 'http://localhost:4300/';
const dist = process.argv[3] ?? '/work/main/dist';
const [w, h] = (process.argv[4] ?? '412x823').split('x').map(Number);
const [from, to] = (process.env.WINDOW ?? '0-100000').split('-').map(Number);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: w, height: h } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(url);
await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: 60000 });
const ready = await page.evaluate(() => performance.getEntriesByName('app-ready')[0].startTime);
const origin = await page.evaluate(() => performance.timeOrigin);
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
const maps = new Map<string, TraceMap | null>();
const name = (cf: any) => {
  const file = cf.url?.split('/').pop() ?? '';
  if (!file) return cf.functionName || '(native)';
  if (!maps.has(file)) { try { maps.set(file, new TraceMap(readFileSync(`${dist}/assets/${file}.map`, 'utf8'))); } catch { maps.set(file, null); } }
  const m = maps.get(file);
  if (!m) return `${cf.functionName} ${file}`;
  const p = originalPositionFor(m, { line: cf.lineNumber + 1, column: cf.columnNumber });
  return `${p.name ?? cf.functionName ?? '?'} ${(p.source ?? file).replace(/^.*?(src|node_modules)\//, '$1/')}:${p.line}`;
};
const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
// profile.startTime is in µs on the monotonic clock; performance.timeOrigin is wall-clock. Use the first sample as ~navigation.
let t = profile.startTime;
const incl = new Map<string, number>(); const self = new Map<string, number>();
let total = 0;
for (let i = 0; i < profile.samples.length; i += 1) {
  t += profile.timeDeltas[i];
  const ms = (t - profile.startTime) / 1000;
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  if (ms < from || ms > to || ms > ready + 200) continue;
  const leaf = byId.get(profile.samples[i]);
  if (leaf.callFrame.functionName === '(idle)' || leaf.callFrame.functionName === '(program)') continue;
  total += dt;
  const seen = new Set<string>();
  const sn = name(leaf.callFrame); self.set(sn, (self.get(sn) ?? 0) + dt);
  for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
    const k = name(byId.get(id).callFrame);
    if (seen.has(k)) continue; seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + dt);
  }
}
console.log(`app-ready ${Math.round(ready)} ms; busy JS in window ${from}-${to}: ${Math.round(total)} ms`);
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${String(Math.round(v)).padStart(6)} ${k}`).join('\n');
console.log('--- inclusive (src only)'); console.log(top(new Map([...incl].filter(([k]) => process.env.ALL || k.includes("src/"))), Number(process.env.TOP ?? 45)));
if (process.env.FILES) {
  // Inclusive time per source file among samples whose stack passes through the module scope (top-level code).
  const files = new Map<string, number>();
  let t2 = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    t2 += profile.timeDeltas[i];
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const chain: any[] = [];
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) chain.push(byId.get(id).callFrame);
    const top = chain.findIndex((cf) => cf.url.includes('/assets/index-') && cf.lineNumber === 0 && cf.columnNumber === 0);
    if (top < 0) continue;
    const seen = new Set<string>();
    for (const cf of chain.slice(0, top)) { const k = name(cf).replace(/^.* /, '').replace(/:\d+$/, ''); if (seen.has(k)) continue; seen.add(k); files.set(k, (files.get(k) ?? 0) + dt); }
  }
  const who = new Map<string, number>();
  let t3 = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    t3 += profile.timeDeltas[i];
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const chain: any[] = [];
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) chain.push(byId.get(id).callFrame);
    const names = chain.map(name);
    if (!names.some((n) => n.includes(process.env.WHO ?? 'CanvasTextMetrics'))) continue;
    const k = (process.env.RAW ? names.slice(0, 9) : names.filter((n) => n.includes('src/')).slice(0, 4)).join(' < ');
    who.set(k, (who.get(k) ?? 0) + dt);
  }
  console.log('--- who calls', process.env.WHO ?? 'CanvasTextMetrics'); console.log(top(who, 8));
  console.log('--- module scope: inclusive per file'); console.log(top(files, 40));
}
console.log('--- self'); console.log(top(self, 25));
