/**
 * `npm run leak -- --minutes M [--switches N]`: plays the built app (run `npm run build` first) at the
 * fastest speed, restarting at the scenario's end, with N scenario switches spread over the run (and compare
 * mode started and stopped now and then), and compares the heap after a garbage collection at the end with
 * the heap after the first load (live objects in a heap snapshot, V8 run without its JIT; see heapAfterGc).
 * Fails when it, or the number of DOM nodes, grew more than 1.2×, or when the number of live WebGL contexts
 * is not the scene's own (one on WebGL, none on pixi's Canvas renderer: each replaced scene must give its
 * context back).
 *
 * Before the last measurement the tool stops comparing, pauses and opens the scenario the app started with,
 * so both figures are taken in the same state: what is left over is what the run leaked.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRng } from '../src/model/runs/rng.ts';
import { appReady, numberOption, openBuilt, textOption } from './browser.ts';

const minutes = numberOption('minutes', 3);
const switches = Math.round(numberOption('switches', 50));
const MAX_RATIO = 1.2;

// The model's seeded generator (mulberry32): the same seed, the same choices.
const random = createRng(2024).next;

// --jitless: V8 interprets everything, so the machine code its optimising tiers make for hot functions
// (which grows with play time and is the engine's, not something the app keeps) does not count as growth.
const served = await openBuilt({
  outDir: textOption('dist', 'dist'),
  chromiumArgs: ['--js-flags=--expose-gc --jitless', '--enable-precise-memory-info'],
});
const page = await served.browser.newPage({ viewport: { width: 1280, height: 720 } });
const problems: string[] = [];
page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
page.on('console', (message) => {
  if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
});

// Count every WebGL context the page makes. Weak references only, so counting keeps nothing alive: a context
// is live while its canvas has not been collected and the context has not been lost (pixi loses its context
// on destroy; its WebGL probe loses its own at once).
// A string, not a function: tsx would wrap named functions in a helper the page does not have.
await page.addInitScript(`(() => {
  const entries = [];
  const seen = new WeakSet();
  let lostEvents = 0;
  for (const proto of [HTMLCanvasElement.prototype, globalThis.OffscreenCanvas?.prototype]) {
    if (!proto) continue;
    const original = proto.getContext;
    proto.getContext = function (...args) {
      const context = original.apply(this, args);
      if (context && String(args[0]).includes('webgl') && !seen.has(context)) {
        seen.add(context);
        entries.push({ context: new WeakRef(context), canvas: new WeakRef(this) });
        this.addEventListener('webglcontextlost', () => (lostEvents += 1));
      }
      return context;
    };
  }
  const isLive = (entry) => {
    const context = entry.context.deref();
    return !!context && !!entry.canvas.deref() && !context.isContextLost();
  };
  const inDocument = (entry) => {
    const canvas = entry.canvas.deref();
    return canvas instanceof HTMLCanvasElement && canvas.isConnected;
  };
  // Called after the first load: a live context off the document then is a library's page-long helper
  // (pixi keeps one small test context for its shader checks), made once, not per scene.
  window.webglMarkShared = () => {
    for (const entry of entries) if (isLive(entry) && !inDocument(entry)) entry.shared = true;
  };
  window.webglCount = () => {
    const live = entries.filter((entry) => isLive(entry));
    return {
      created: entries.length,
      live: live.filter((entry) => !entry.shared).length,
      shared: live.filter((entry) => entry.shared).length,
      inDocument: live.filter(inDocument).length,
      lostEvents,
    };
  };
})();`);

const cdp = await page.context().newCDPSession(page);
/** LEAK_SNAPSHOTS=DIR keeps each heap snapshot (first load, warm, end) there, to open in DevTools. */
const snapshotDir = process.env['LEAK_SNAPSHOTS'] ?? '';
let snapshotCount = 0;
/**
 * The heap after garbage collection: the live objects of a heap snapshot (V8's heap; Blink's DOM objects
 * are counted apart, as DOM nodes). Also V8's own used size, which counts free space left in pages that a
 * collection has not given back yet: reported, not gated.
 */
async function heapAfterGc(): Promise<{ live: number; used: number }> {
  for (let i = 0; i < 3; i += 1) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(200);
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const text = chunks.join('');
  if (snapshotDir) writeFileSync(path.join(snapshotDir, `heap-${(snapshotCount += 1)}.heapsnapshot`), text);
  const snapshot = JSON.parse(text) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  let live = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]!];
    if (type !== 'native' && type !== 'synthetic') live += snapshot.nodes[i + sizeAt]!;
  }
  return { live, used: usedSize };
}
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const presets = async () =>
  page
    .locator('#preset-picker')
    .evaluate((node) => [...(node as HTMLSelectElement).options].map((o) => o.value));
const tab = (name: string) => page.locator('.controls-layout').getByRole('tab', { name, exact: true });
const button = (name: string) => page.getByRole('button', { name, exact: true });

async function openPreset(name: string) {
  await tab('Scenario').click();
  await page.locator('#preset-picker').selectOption(name);
  await page.locator('.controls-layout').getByRole('button', { name: 'Open', exact: true }).click();
}

async function setCompare(on: boolean) {
  await tab('Compare').click();
  const target = button(on ? 'Start comparing' : 'Stop comparing');
  if (await target.isVisible()) await target.click();
}

/** Plays on: presses Play whenever the clock has stopped (at the end, or after a switch paused it). */
async function keepPlaying() {
  const play = page.locator('.clock-play');
  if ((await play.getAttribute('aria-label')) === 'Play') await play.click();
}

await page.goto(served.url);
if (!(await appReady(page))) {
  console.error('leak: the app never marked app-ready');
  await served.close();
  process.exit(1);
}
await page.waitForTimeout(2_000);
// The picker shows the open preset (its id is the option's value; the heading shows its title).
const firstScenario = await page.locator('#preset-picker').inputValue();
const names = await presets();
const startName = names.includes(firstScenario) ? firstScenario : names[0]!;
const before = await heapAfterGc();
await page.evaluate('window.webglMarkShared()');
const domBefore = await cdp.send('Memory.getDOMCounters');
console.log(
  `leak: first load ${mb(before.live)} MB live (${mb(before.used)} MB used; scenario ${startName}); ${minutes} min, ${switches} switches`,
);

await page
  .locator('#clock-speed')
  .selectOption(
    String(
      Math.max(
        ...(await page
          .locator('#clock-speed')
          .evaluate((node) => [...(node as HTMLSelectElement).options].map((o) => Number(o.value)))),
      ),
    ),
  );
/** Back to the state of the first measurement (one scenario, paused, not comparing), then the heap. */
async function settledHeap(): Promise<{ live: number; used: number }> {
  if (comparing) await setCompare(false);
  comparing = false;
  const play = page.locator('.clock-play');
  if ((await play.getAttribute('aria-label')) === 'Pause') await play.click();
  await openPreset(startName);
  await page.waitForTimeout(2_000);
  return heapAfterGc();
}

// Not gated, for reading the figures: the heap once every kind of switch (and compare) has happened once. A
// growth from first load to here that stops afterwards is warm-up (compiled code, caches), not a leak.
const WARM_AFTER = Math.min(switches, 7);
let warm: { live: number; used: number } | null = null;
const started = Date.now();
const durationMs = minutes * 60_000;
let done = 0;
let comparing = false;
let restarts = 0;
while (Date.now() - started < durationMs && problems.length === 0) {
  const due = Math.floor(((Date.now() - started) / durationMs) * switches);
  if (done < due) {
    done += 1;
    if (done % 7 === 3 && !comparing) {
      await setCompare(true);
      comparing = true;
    } else if (done % 7 === 5 && comparing) {
      await setCompare(false);
      comparing = false;
    }
    await openPreset(names[Math.floor(random() * names.length)]!);
    if (done === WARM_AFTER) warm = await settledHeap();
  }
  const playing = (await page.locator('.clock-play').getAttribute('aria-label')) !== 'Play';
  if (!playing) restarts += 1;
  await keepPlaying();
  await page.waitForTimeout(250);
}
while (done < switches && problems.length === 0) {
  done += 1;
  await openPreset(names[Math.floor(random() * names.length)]!);
}

const after = await settledHeap();
const domAfter = await cdp.send('Memory.getDOMCounters');
const webgl = (await page.evaluate('window.webglCount()')) as {
  created: number;
  live: number;
  shared: number;
  inDocument: number;
  lostEvents: number;
};
// The moving layer's renderer: WebGL keeps one context; pixi's Canvas renderer (chosen where WebGL is a
// software one, as in headless Chromium) keeps none, and each scene's WebGL probe loses its own at once.
const renderer = await page.locator('.pathway-scene').getAttribute('data-renderer');
const expectedLive = renderer === 'webgl' ? 1 : 0;
await served.close();

const ratio = after.live / before.live;
const usedRatio = after.used / before.used;
const domRatio = domAfter.nodes / domBefore.nodes;
console.log(
  `  ${done} switches, ${restarts} (re)starts of play; WebGL contexts created ${webgl.created}, ` +
    `in the document ${webgl.inDocument}, pixi's shared test context ${webgl.shared} (not counted), context-lost events ${webgl.lostEvents}; DOM nodes ` +
    `${domBefore.nodes} → ${domAfter.nodes}, listeners ${domBefore.jsEventListeners} → ${domAfter.jsEventListeners}` +
    (warm === null
      ? ''
      : `; after ${WARM_AFTER} switches (warm) ${mb(warm.live)} MB live, end/warm ${(after.live / warm.live).toFixed(2)}`),
);
console.log(
  `leak: heap after GC (live objects) after first load ${mb(before.live)} MB, at the end ${mb(after.live)} MB ` +
    `(ratio ${ratio.toFixed(2)}; V8 used size ${mb(before.used)} → ${mb(after.used)} MB, ${usedRatio.toFixed(2)}×, not gated); ` +
    `DOM nodes ${domRatio.toFixed(2)}×; live WebGL contexts ${webgl.live} (the scene's renderer: ${renderer}, so ${expectedLive} expected)`,
);
for (const problem of problems) console.error(problem);
if (ratio > MAX_RATIO || domRatio > MAX_RATIO || webgl.live !== expectedLive || problems.length > 0) {
  console.error(
    `leak: FAILED (${[
      ratio > MAX_RATIO ? `heap grew ${ratio.toFixed(2)}× > ${MAX_RATIO}×` : '',
      domRatio > MAX_RATIO ? `DOM nodes grew ${domRatio.toFixed(2)}× > ${MAX_RATIO}×` : '',
      webgl.live !== expectedLive ? `${webgl.live} live WebGL contexts, not ${expectedLive}` : '',
      problems.length > 0 ? `${problems.length} page errors` : '',
    ]
      .filter(Boolean)
      .join('; ')})`,
  );
  process.exit(1);
}
