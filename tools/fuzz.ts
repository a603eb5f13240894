/**
 * `npm run fuzz -- --minutes M --seed S`: drives the built app (run `npm run build` first) in Chromium with
 * seeded random input — clicks and drags anywhere, keys and the app's shortcuts, sliders, selects, presets,
 * controls tabs, compare, lessons, lecture mode, themes, resizes, and random, damaged and valid links — and
 * fails on the first uncaught exception, unhandled rejection or console error. The allow-list is empty:
 * handled bad input shows a message and never logs an error. On failure it prints the seed and the last 20
 * actions; the same seed replays the same choices (the app's timing may still differ between runs).
 */
import type { BrowserContext, Locator } from '@playwright/test';
import { createRng } from '../src/model/runs/rng.ts';
import { appReady, numberOption, openBuilt, textOption } from './browser.ts';

const minutes = numberOption('minutes', 2);
const seed = numberOption('seed', Date.now() % 1_000_000_000) >>> 0;

// The model's seeded generator (mulberry32): the same seed, the same choices.
const random = createRng(seed).next;
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;

const ACTION_TIMEOUT = 2_000;
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 800, height: 450 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
// The shortcuts of src/ui/dialogs/shortcuts.ts (SHORTCUTS), their Alt+ versions, and keys a learner presses anyway.
const KEYS = [
  'Space',
  'ArrowRight',
  'ArrowLeft',
  'Shift+ArrowRight',
  'Shift+ArrowLeft',
  'Alt+ArrowRight',
  'Alt+ArrowLeft',
  'Alt+Shift+ArrowRight',
  'Alt+Shift+ArrowLeft',
  'r',
  't',
  'f',
  'g',
  '?',
  'Alt+r',
  'Alt+t',
  'Alt+g',
  'Alt+Space',
  'Escape',
  'Tab',
  'Shift+Tab',
  'Enter',
  'PageDown',
  'PageUp',
  'Home',
  'End',
  'ArrowUp',
  'ArrowDown',
] as const;
const GARBAGE = [
  '#s=garbage',
  '#s=',
  '#s=%E0%A4%A',
  '#s=<script>alert(1)</script>',
  '#s=N4Ig',
  '#lecture=garbage',
  '#lecture=',
  '#lecture=N4IgzgpgTglg',
  '#s=x&lecture=y',
  '#lesson=nope',
  '#__proto__=1',
  '?embed=1',
  '?embed=1#s=garbage',
  '?embed=0',
  '?embed=1#lecture=garbage',
  '',
] as const;

const base = await openBuilt({ outDir: textOption('dist', 'dist') });
const context: BrowserContext = await base.browser.newContext({
  viewport: { width: 1280, height: 720 },
  acceptDownloads: true,
});
await context.grantPermissions(['clipboard-read', 'clipboard-write']);
const page = await context.newPage();
// Links that open a new tab (references, "Open the full app") must not pile up pages.
context.on('page', (popup) => void (popup === page ? undefined : popup.close().catch(() => undefined)));
const errors: string[] = [];
page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));
page.on('console', (message) => {
  if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`);
});
page.on('crash', () => errors.push('the page crashed'));
page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
page.on('download', (download) => void download.delete().catch(() => undefined));
// Listening is enough to keep the native chooser shut; leaving it without files cancels it.
page.on('filechooser', () => undefined);
await page.addInitScript(() => {
  window.addEventListener('unhandledrejection', (event) => {
    console.error(`unhandled rejection: ${String(event.reason)}`);
  });
});

const validLinks: string[] = [];
const actions: string[] = [];
const verbose = process.argv.includes('--verbose');
const log = (text: string) => {
  if (verbose) console.log(`  ${text}`);
  actions.push(text);
  if (actions.length > 20) actions.shift();
};

/** Where input can go: the open modal dialog (the rest of the page is inert then), or the whole page. */
async function scope(): Promise<Locator> {
  const modal = page.locator('dialog[open]');
  return (await modal.count()) > 0 ? modal.last() : page.locator('body');
}

/** A random visible, enabled element matching `selector` (inside `within`), or null. */
async function anyOf(selector: string, within?: Locator): Promise<Locator | null> {
  const all = (within ?? (await scope())).locator(selector).filter({ visible: true });
  const count = await all.count();
  if (count === 0) return null;
  return all.nth(int(count));
}

async function describe(target: Locator): Promise<string> {
  return target
    .evaluate((node) => {
      const label = node.getAttribute('aria-label') ?? node.textContent ?? '';
      return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''} "${label.trim().slice(0, 40)}"`;
    }, null)
    .catch(() => '(gone)');
}

async function clickControl(selector: string, within?: Locator) {
  const target = await anyOf(selector, within);
  if (!target) return log(`no ${selector}`);
  log(`click ${await describe(target)}`);
  await target.click({ timeout: ACTION_TIMEOUT });
}

async function clickByName(name: string | RegExp, within?: Locator) {
  const target = (within ?? (await scope())).getByRole('button', { name, exact: typeof name === 'string' });
  const visible = target.filter({ visible: true });
  if ((await visible.count()) === 0) return log(`no button ${String(name)}`);
  log(`click button ${String(name)}`);
  await visible.first().click({ timeout: ACTION_TIMEOUT });
}

async function openUrl(suffix: string, reload: boolean) {
  log(`${reload ? 'open' : 'set hash'} ${suffix.slice(0, 80) || '/'}`);
  if (!reload && suffix.startsWith('#')) {
    await page.evaluate((hash) => (location.hash = hash), suffix);
    return;
  }
  // A fresh document each time: goto to the same page with another hash would not reload it.
  await page.goto('about:blank');
  await page.goto(new URL(suffix, base.url).href, { timeout: 10_000 });
  if (!(await appReady(page, 10_000))) log('  (no app-ready within 10 s)');
}

function damaged(link: string): string {
  const hash = link.slice(link.indexOf('#'));
  switch (int(4)) {
    case 0:
      return hash.slice(0, 2 + int(Math.max(1, hash.length - 2)));
    case 1: {
      const at = 3 + int(Math.max(1, hash.length - 3));
      return hash.slice(0, at) + pick(['%', '!', 'A', '~', '\u00e9', '==']) + hash.slice(at + 1);
    }
    case 2:
      return `${hash}${hash.slice(3)}`;
    default:
      return `?embed=1${hash}`;
  }
}

const controlsLayout = () => page.locator('.controls-layout');

const ACTIONS: readonly [number, string, () => Promise<unknown>][] = [
  [
    10,
    'click anywhere',
    async () => {
      const { width, height } = page.viewportSize()!;
      const x = int(width);
      const y = int(height);
      log(`click at ${x},${y}`);
      await page.mouse.click(x, y);
    },
  ],
  [
    5,
    'drag',
    async () => {
      const { width, height } = page.viewportSize()!;
      const [x1, y1, x2, y2] = [int(width), int(height), int(width), int(height)];
      log(`drag ${x1},${y1} → ${x2},${y2}`);
      await page.mouse.move(x1, y1);
      await page.mouse.down();
      await page.mouse.move(x2, y2, { steps: 1 + int(8) });
      await page.mouse.up();
    },
  ],
  [
    2,
    'wheel',
    async () => {
      const dy = int(1200) - 600;
      log(`wheel ${dy}`);
      await page.mouse.wheel(0, dy);
    },
  ],
  [
    14,
    'key',
    async () => {
      const key = pick(KEYS);
      log(`press ${key}`);
      await page.keyboard.press(key);
    },
  ],
  [
    2,
    'type',
    async () => {
      const text = pick(['hello', '<b>x</b>', '12', '-5', 'NaN', '1e309', '\u202e', '']);
      log(`type "${text}"`);
      await page.keyboard.type(text);
    },
  ],
  [
    7,
    'slider',
    async () => {
      const slider = await anyOf('input[type=range]:not([disabled])');
      if (!slider) return log('no slider');
      const name = await describe(slider);
      if (random() < 0.5) {
        const key = pick([
          'ArrowRight',
          'ArrowLeft',
          'ArrowUp',
          'ArrowDown',
          'PageUp',
          'PageDown',
          'Home',
          'End',
        ]);
        const times = 1 + int(5);
        log(`slider ${name}: ${key} ×${times}`);
        await slider.focus({ timeout: ACTION_TIMEOUT });
        for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
      } else {
        const { min, max } = await slider.evaluate((node) => ({
          min: Number((node as HTMLInputElement).min || 0),
          max: Number((node as HTMLInputElement).max || 100),
        }));
        const value = String(Math.round(min + random() * (max - min)));
        log(`slider ${name}: fill ${value}`);
        await slider.fill(value, { timeout: ACTION_TIMEOUT });
      }
    },
  ],
  [
    7,
    'select',
    async () => {
      const select = await anyOf('select:not([disabled])');
      if (!select) return log('no select');
      const values = await select.evaluate((node) =>
        [...(node as HTMLSelectElement).options].filter((o) => !o.disabled).map((o) => o.value),
      );
      if (values.length === 0) return log('select without options');
      const value = pick(values);
      log(`select ${await describe(select)} → ${value}`);
      await select.selectOption(value, { timeout: ACTION_TIMEOUT });
    },
  ],
  [
    14,
    'control',
    () =>
      clickControl(
        'button:not([disabled]), [role=tab], input[type=radio], input[type=checkbox], summary, a[href^="#"]',
      ),
  ],
  [
    5,
    'preset',
    async () => {
      await clickControl('[role=tab]:text-is("Scenario")', controlsLayout());
      const picker = page.locator('#preset-picker').filter({ visible: true });
      if ((await picker.count()) === 0) return log('no preset picker');
      const values = await picker.evaluate((node) =>
        [...(node as HTMLSelectElement).options].map((o) => o.value),
      );
      // Typed text may have landed in the picker's search and left nothing listed.
      if (values.length === 0) return log('no preset listed (a search matches none)');
      const name = pick(values);
      log(`preset ${name}`);
      await picker.selectOption(name, { timeout: ACTION_TIMEOUT });
      await clickByName('Open', controlsLayout());
    },
  ],
  [4, 'controls tab', () => clickControl('[role=tab]', controlsLayout())],
  [
    3,
    'compare',
    async () => {
      await clickControl('[role=tab]:text-is("Compare")', controlsLayout());
      if (random() < 0.5) {
        const select = page.locator('#compare-b').filter({ visible: true });
        if ((await select.count()) > 0) {
          const values = await select.evaluate((node) =>
            [...(node as HTMLSelectElement).options].map((o) => o.value),
          );
          const value = pick(values);
          log(`compare B → ${value || '(copy of A)'}`);
          await select.selectOption(value, { timeout: ACTION_TIMEOUT });
        }
      }
      await clickByName(random() < 0.6 ? 'Start comparing' : 'Stop comparing');
    },
  ],
  [
    3,
    'lessons',
    async () => {
      await clickByName(random() < 0.8 ? 'Lessons' : 'Close lessons');
      const panel = page.locator('.lesson-panel');
      if (random() < 0.7) await clickControl('button', panel);
    },
  ],
  [
    8,
    'lesson step',
    async () => {
      const panel = page.locator('.lesson-panel').filter({ visible: true });
      if ((await panel.count()) === 0) return log('no lesson panel');
      if (random() < 0.6) await clickControl('input[type=radio]', panel);
      const name = pick([
        'Lock in my prediction',
        'Skip this task',
        'Check answer',
        'Next',
        'Next',
        'Back',
        'Finish lesson',
        'Try again',
        'Show the course of this choice',
        'All lessons',
        'Reset lesson',
      ]);
      await clickByName(name, panel);
    },
  ],
  [
    4,
    'lecture',
    async () => {
      const bar = page.getByRole('region', { name: /lecture/i });
      if ((await bar.count()) === 0 || random() < 0.2) return clickByName('Lecture');
      const choice = int(10);
      if (choice < 5) return clickByName('Next scene', bar);
      if (choice < 7) return clickByName('Previous scene', bar);
      if (choice < 8) return clickControl('button', bar);
      return clickByName('Exit lecture mode', bar);
    },
  ],
  [
    3,
    'theme',
    async () => {
      await clickByName('Display');
      const dialog = page.getByRole('dialog', { name: 'Display settings' });
      await clickControl('input[type=radio], input[type=checkbox]', dialog);
      if (random() < 0.8) await clickByName('Close', dialog);
    },
  ],
  [
    2,
    'resize',
    async () => {
      const size = pick(VIEWPORTS);
      log(`resize ${size.width}×${size.height}`);
      await page.setViewportSize(size);
    },
  ],
  [
    2,
    'copy link',
    async () => {
      await clickByName(/^Copy (lecture )?link$/);
      const text = await page.evaluate(() => navigator.clipboard.readText()).catch(() => '');
      if (/#(s|lecture)=/.test(text)) validLinks.push(text.slice(text.indexOf('#')));
      if (validLinks.length > 30) validLinks.shift();
    },
  ],
  [
    2,
    'open link',
    async () => {
      const kind = int(4);
      if (kind === 0 || validLinks.length === 0) return openUrl(pick(GARBAGE), random() < 0.8);
      const link = pick(validLinks);
      if (kind === 1) return openUrl(link, true);
      if (kind === 2) return openUrl(damaged(link), true);
      return openUrl(damaged(link), false);
    },
  ],
  [
    4,
    'wait',
    async () => {
      const ms = 100 + int(1500);
      log(`wait ${ms} ms`);
      await page.waitForTimeout(ms);
    },
  ],
];
const TOTAL_WEIGHT = ACTIONS.reduce((sum, [weight]) => sum + weight, 0);
function nextAction() {
  let roll = random() * TOTAL_WEIGHT;
  for (const action of ACTIONS) {
    roll -= action[0];
    if (roll < 0) return action;
  }
  return ACTIONS[0]!;
}

let failure: string | null = null;

let count = 0;
const started = Date.now();
const deadline = started + minutes * 60_000;
console.log(`fuzz: seed ${seed}, ${minutes} min, ${base.url}`);
try {
  await page.goto(base.url);
  if (!(await appReady(page))) failure = 'the app never marked app-ready';
  while (failure === null && Date.now() < deadline) {
    const [, name, run] = nextAction();
    count += 1;
    try {
      await run();
    } catch (error) {
      // A target that moved, closed or never accepted the input: the action did nothing, which is fine.
      log(`  (${name} did nothing: ${String(error).split('\n')[0]!.slice(0, 100)})`);
    }
    // Let the app react (a frame, a worker reply) before judging the action.
    await page.waitForTimeout(20 + int(120)).catch(() => undefined);
    if (!page.url().startsWith(base.url)) {
      log(`left the app for ${page.url().slice(0, 60)}; back`);
      await page.goto(base.url).catch(() => undefined);
      await appReady(page, 10_000);
    }
    if (errors.length > 0) {
      await page.waitForTimeout(300).catch(() => undefined);
      failure = errors.join('\n');
    }
    if (count % 200 === 0) {
      console.log(`  ${count} actions, ${((Date.now() - started) / 60_000).toFixed(1)} min`);
    }
  }
} finally {
  await base.close();
}
const took = (Date.now() - started) / 60_000;
if (failure !== null) {
  console.error(`fuzz: FAILED after ${count} actions, seed ${seed} (replay: npm run fuzz -- --seed ${seed})`);
  console.error(failure);
  console.error('last 20 actions:');
  for (const action of actions) console.error(`  ${action}`);
  process.exit(1);
}
console.log(`fuzz: ${count} actions in ${took.toFixed(1)} min, seed ${seed}, 0 errors`);
