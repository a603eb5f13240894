import { expect, test, type Page } from '@playwright/test';
import { THEMES, type ThemeId } from '../../src/content/themes';
import { axeViolations, waitForAppReady } from './helpers';

/**
 * Step 12: every screen fits the room. At each size a lecturer or a learner brings, in every mode and every
 * theme, the pathway scene's canvas and the shown chart (its SVG, every plot and both axes) are whole inside
 * the window without page scroll; on a phone, within one screen of the lesson's task, above the fixed player.
 * Each view is also at least a stated size, and the chart is drawn at its own type size (not scaled down).
 */

interface Size {
  readonly width: number;
  readonly height: number;
}

const DESKTOP: readonly Size[] = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
];
const PHONE: Size = { width: 390, height: 844 };
const EMBED: Size = { width: 800, height: 450 };

/** The smallest views we accept, in CSS px (phone and embed have their own). */
const MIN = {
  desktop: { sceneW: 400, sceneH: 150, chartW: 380, chartH: 180 },
  /** The projector theme's 24-px chart type outside lecture mode, with a lesson or the editor open. */
  projector: { sceneW: 400, sceneH: 150, chartW: 240, chartH: 160 },
  embed: { sceneW: 300, sceneH: 150, chartW: 280, chartH: 130 },
  phone: { sceneW: 340, sceneH: 150, chartW: 280, chartH: 150 },
  /** Lecture at 1280 × 720: the chart's plots take at least 40 % of the window's width. */
  lecturePlotShare: 0.4,
  /** The smallest chart text as drawn, in CSS px. */
  textPx: 11,
};

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

interface Measure {
  readonly scrollW: number;
  readonly scrollH: number;
  readonly canvas: Rect | null;
  readonly svg: Rect | null;
  readonly parts: readonly { name: string; rect: Rect }[];
  readonly plotsWidth: number;
  readonly scale: number;
  /** The chart's type size as drawn, in CSS px (its font size times any scaling down). */
  readonly textPx: number;
  readonly chart: string;
  readonly player: Rect | null;
  readonly task: Rect | null;
}

/**
 * The screen once it has settled. A mode or tab change reaches the shown chart through its ResizeObserver,
 * which runs in the next rendering update: a reading taken before it sees the last drawing against the new
 * box (an earlier version compared two readings 150 ms apart, and on a busy machine both could fall before
 * that update). So each reading is taken in the page after two animation frames, once the shown chart's
 * drawing fits its plot area (the state its fit to the box leads to), and the screen is taken as settled when
 * two such readings agree. What never settles is measured as it is at the end, and reported.
 */
async function measure(page: Page): Promise<Measure> {
  const deadline = Date.now() + 10_000;
  let last = '';
  let m = await measureNow(page);
  while (Date.now() < deadline) {
    const fitted = await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const slot = document.querySelector('.region-charts .oc-slot:not([hidden])');
      const area = slot?.querySelector('.oc-plot-area');
      const svg = slot?.querySelector('svg.oc-svg');
      if (!area || !svg) return true;
      const a = area.getBoundingClientRect();
      const b = svg.getBoundingClientRect();
      return b.width <= a.width + 1 && b.height <= a.height + 1;
    });
    m = await measureNow(page);
    const now = JSON.stringify(m);
    if (fitted && now === last) return m;
    last = now;
  }
  return m;
}

async function measureNow(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    const rect = (e: Element | null) => {
      if (!e) return null;
      const b = e.getBoundingClientRect();
      return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height };
    };
    const slot = document.querySelector('.region-charts .oc-slot:not([hidden])');
    const svg = slot?.querySelector('svg.oc-svg') ?? null;
    // A part is named by its class and, to say what runs over, the text that reaches furthest right.
    const furthest = (e: Element) =>
      [...e.querySelectorAll('*')]
        .sort((x, y) => y.getBoundingClientRect().right - x.getBoundingClientRect().right)
        .slice(0, 1)
        .map((x) => `${x.tagName}.${x.getAttribute('class') ?? ''} ${x.textContent ?? ''}`)[0] ?? '';
    const parts = [...(slot?.querySelectorAll('g.oc-plot, g.oc-axis, g.oc-mechanism') ?? [])].map((e, i) => ({
      name: `${e.getAttribute('class')} #${i} ("${furthest(e).slice(0, 40)}")`,
      rect: rect(e) as Rect,
    }));
    // What the chart draws its data in: plots, the mechanisms' panels; else (the body map) the drawing.
    const drawn = slot?.querySelectorAll('g.oc-plot, g.oc-mechanism') ?? [];
    const plots = [...(drawn.length ? drawn : svg ? [svg] : [])].map((e) => e.getBoundingClientRect());
    const plotsLeft = Math.min(...plots.map((p) => p.left));
    const plotsRight = Math.max(...plots.map((p) => p.right));
    return {
      scrollW: document.documentElement.scrollWidth,
      scrollH: document.documentElement.scrollHeight,
      canvas: rect(document.querySelector('.region-scene canvas')),
      svg: rect(svg),
      parts,
      plotsWidth: plots.length ? plotsRight - plotsLeft : 0,
      scale: Number((svg as SVGSVGElement | null)?.dataset['scale'] ?? '1'),
      textPx:
        Number((svg as SVGSVGElement | null)?.dataset['scale'] ?? '1') *
        (svg ? Number.parseFloat(getComputedStyle(svg).fontSize) : 0),
      chart: slot?.querySelector('figure')?.className ?? '',
      player: rect(document.querySelector('.transport')),
      task: rect(document.querySelector('.lesson-task')),
    };
  });
}

const r0 = (r: Rect) =>
  `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;

/** What is wrong with the screen as measured, in words with the numbers; empty when it fits. */
function problems(m: Measure, label: string, size: Size, kind: 'desktop' | 'embed' | 'phone'): string[] {
  const out: string[] = [];
  const min =
    kind === 'desktop' && currentTheme === 'projector' && !label.startsWith('lecture')
      ? MIN.projector
      : MIN[kind];
  let box = { top: 0, bottom: size.height, right: size.width };
  if (kind === 'phone') {
    // The player is fixed along the bottom; the views must be above it, on the screen that shows the task.
    box = {
      top: m.task ? m.task.top : 0,
      bottom: Math.min(size.height, m.player?.top ?? size.height),
      right: size.width,
    };
  } else {
    if (m.scrollH > size.height + 1) out.push(`page scrolls: ${m.scrollH} px high`);
    if (m.scrollW > size.width + 1) out.push(`page scrolls sideways: ${m.scrollW} px wide`);
  }
  const inside = (what: string, r: Rect | null) => {
    if (!r) return out.push(`${what}: missing`);
    if (r.left < -1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1)
      out.push(`${what} at ${r0(r)} outside ${box.top}–${box.bottom} × 0–${box.right}`);
  };
  inside('scene canvas', m.canvas);
  inside('chart', m.svg);
  for (const part of m.parts) inside(part.name, part.rect);
  const atLeast = (what: string, value: number, least: number) => {
    if (value < least) out.push(`${what} ${Math.round(value)} < ${least}`);
  };
  atLeast('scene width', m.canvas?.width ?? 0, min.sceneW);
  atLeast('scene height', m.canvas?.height ?? 0, min.sceneH);
  atLeast('chart width', m.svg?.width ?? 0, min.chartW);
  atLeast('chart height', m.svg?.height ?? 0, min.chartH);
  if (!m.chart.includes('body-map') && m.parts.length < 2) out.push('the chart has no plots or axes');
  // Never unreadable: a compact layout may draw a chart a little smaller than its box's type, never below
  // 11 px. Where the room is made for it, at the theme's own size: default and high contrast from
  // 1280 × 720 up, and the projector theme in lecture mode.
  if (m.textPx < MIN.textPx) out.push(`chart text drawn at ${m.textPx.toFixed(1)} px`);
  const roomy = kind === 'desktop' && size.width >= 1280;
  const ownSize = currentTheme === 'projector' ? label.startsWith('lecture') && kind === 'desktop' : roomy;
  if (ownSize && m.scale < 0.999) out.push(`chart scaled down to ${m.scale}`);
  const where = `${size.width}×${size.height} ${currentTheme} ${label}`;
  return out.map((p) => `${where} (${m.chart.replace('oc-chart oc-', '')}): ${p}`);
}

/** Measures the screen now and records what does not fit. */
async function checkFits(
  page: Page,
  found: string[],
  mode: string,
  size: Size,
  kind: 'desktop' | 'embed' | 'phone',
) {
  const m = await measure(page);
  found.push(...problems(m, mode, size, kind));
  return m;
}

let currentTheme = '';

async function open(page: Page, size: Size, theme: ThemeId, path = '/') {
  currentTheme = theme;
  await page.setViewportSize(size);
  await page.addInitScript(
    (t) => localStorage.setItem('opioid-paradox-lab:preferences:v1', JSON.stringify({ theme: t })),
    theme,
  );
  await page.goto(path);
  await waitForAppReady(page);
}

const editorToggle = (page: Page) => page.locator('.controls-toggle');

async function setEditor(page: Page, open: boolean) {
  const toggle = editorToggle(page);
  if ((await toggle.getAttribute('aria-expanded')) !== String(open)) await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', String(open));
}

/** Every chart tab, one after another, in the current mode. */
async function eachChart(
  page: Page,
  found: string[],
  mode: string,
  size: Size,
  kind: 'desktop' | 'embed' | 'phone',
) {
  const tabs = page.locator('.region-charts [role="tab"]');
  for (let i = 0; i < (await tabs.count()); i++) {
    await tabs.nth(i).click();
    if (kind === 'phone') await page.locator('.region-charts').evaluate((e) => e.scrollIntoView());
    await checkFits(page, found, mode, size, kind);
  }
  await tabs.first().click();
}

async function openLessonTask(page: Page) {
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const panel = page.locator('.lesson-panel');
  await panel.locator('.lesson-list button').first().click();
  // A lesson opened before on this page resumes where it was: at its task, the prediction made.
  const radio = panel.getByRole('radio').first();
  await expect(radio.or(panel.locator('.lesson-task'))).toBeVisible();
  if (await radio.isVisible()) {
    await radio.check();
    await panel.getByRole('button', { name: 'Lock in my prediction' }).click();
  }
  await expect(panel.locator('.lesson-task')).toBeVisible();
}

for (const theme of THEMES) {
  for (const size of DESKTOP) {
    test(`fits ${size.width}×${size.height} in every mode (${theme})`, async ({ page }) => {
      test.setTimeout(90_000);
      const found: string[] = [];
      await open(page, size, theme);
      await setEditor(page, false);
      await eachChart(page, found, 'explore', size, 'desktop');
      await setEditor(page, true);
      await eachChart(page, found, 'controls open', size, 'desktop');
      await page.getByRole('tab', { name: 'Compare' }).click();
      await page.getByRole('button', { name: 'Start comparing' }).click();
      // Compare mode is on the screen once the shown chart has drawn the A and B results.
      await expect(page.locator('.region-charts .oc-slot:not([hidden]) .oc-chart')).toHaveAttribute(
        'data-drawn',
        /^A: /,
      );
      await eachChart(page, found, 'compare', size, 'desktop');
      await page.getByRole('button', { name: 'Stop comparing' }).click();
      await openLessonTask(page);
      await checkFits(page, found, 'lesson and controls open', size, 'desktop');
      await setEditor(page, false);
      await checkFits(page, found, 'lesson open', size, 'desktop');
      await page.getByRole('button', { name: 'Close lessons' }).click();
      await page.getByRole('button', { name: 'Lecture', exact: true }).click();
      await expect(page.locator('.lecture-bar')).toBeVisible();
      for (let scene = 0; scene < 3; scene++) {
        const m = await checkFits(page, found, `lecture scene ${scene + 1}`, size, 'desktop');
        if (size.width === 1280 && m.plotsWidth < size.width * MIN.lecturePlotShare)
          found.push(`lecture scene ${scene + 1}: the plots are ${Math.round(m.plotsWidth)} px wide`);
        await page.keyboard.press('PageDown');
      }
      expect(found).toEqual([]);
    });
  }

  test(`fits an 800×450 embed (${theme})`, async ({ page }) => {
    const found: string[] = [];
    await open(page, EMBED, theme, '/?embed=1');
    await eachChart(page, found, 'embed', EMBED, 'embed');
    await setEditor(page, true);
    await checkFits(page, found, 'embed, controls open', EMBED, 'embed');
    expect(found).toEqual([]);
  });

  test(`a phone keeps the lesson's task, the player, the chart and the scene on one screen (${theme})`, async ({
    page,
  }) => {
    const found: string[] = [];
    await open(page, PHONE, theme);
    await eachChart(page, found, 'phone', PHONE, 'phone');
    await openLessonTask(page);
    await page.locator('.lesson-task').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await checkFits(page, found, 'phone lesson task', PHONE, 'phone');
    expect(found).toEqual([]);
  });
}

test('projector theme at 1280×720: every text of every chart is drawn at 24 px or more, in lecture mode unscaled', async ({
  page,
}) => {
  await open(page, DESKTOP[0] as Size, 'projector');
  /** The smallest computed font size of any text in the shown chart, and the chart's scale. */
  const smallest = () =>
    page.evaluate(() => {
      const slot = document.querySelector('.region-charts .oc-slot:not([hidden])');
      const texts = [...(slot?.querySelectorAll('svg text, svg tspan') ?? [])].filter(
        (t) => (t.textContent ?? '').trim() !== '',
      );
      const sizes = texts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize));
      const svg = slot?.querySelector('svg') as SVGSVGElement | null;
      return { count: texts.length, min: Math.min(...sizes), scale: Number(svg?.dataset['scale'] ?? '1') };
    });
  const tabs = page.locator('.region-charts [role="tab"]');
  for (const mode of ['explore', 'lecture']) {
    if (mode === 'lecture') await page.getByRole('button', { name: 'Lecture', exact: true }).click();
    for (let i = 0; i < (await tabs.count()); i++) {
      await tabs.nth(i).click();
      await measure(page);
      const found = await smallest();
      const name = `${mode}, ${await tabs.nth(i).textContent()}`;
      expect(found.count, name).toBeGreaterThan(5);
      expect(found.min, name).toBeGreaterThanOrEqual(24);
      if (mode === 'lecture') expect(found.scale, name).toBe(1);
    }
  }
});

for (const theme of THEMES) {
  test(`axe finds nothing in the new layouts: columns, lecture, phone, embed (${theme})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const seen: { where: string; violations: unknown[] }[] = [];
    const audit = async (where: string) => seen.push({ where, violations: await axeViolations(page) });
    await open(page, DESKTOP[0] as Size, theme);
    await setEditor(page, true);
    await audit('1280×720, controls column');
    await openLessonTask(page);
    await audit('1280×720, lesson and controls columns');
    await page.getByRole('button', { name: 'Close lessons' }).click();
    await page.getByRole('button', { name: 'Lecture', exact: true }).click();
    await audit('1280×720, lecture');
    await open(page, DESKTOP[3] as Size, theme);
    await openLessonTask(page);
    await audit('1024×768, lesson');
    await open(page, PHONE, theme);
    await openLessonTask(page);
    await audit('390×844, lesson with the fixed player');
    await open(page, EMBED, theme, '/?embed=1');
    await audit('800×450 embed');
    expect(seen.filter((s) => s.violations.length > 0)).toEqual([]);
  });
}
