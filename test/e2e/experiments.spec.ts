import { expect, test, type Page } from '@playwright/test';
import { experimentWords as w } from '../../src/content/experiment-words';
import { safetyTagsOf } from '../../src/content/experiment-safety';
import { safetyNotes } from '../../src/content/safety';
import { EXPERIMENTS, experimentById, readingsOf, type Experiment } from '../../src/science';
import { DRAW_MEASURE } from '../../src/ui/experiments/drawing';
import { startTrace, stopTraceWithMeasure } from './main-thread';
import { formatReadingAs } from '../../src/ui/experiments/reading-format';
import { axeViolations, chooseTheme, openApp, THEMES } from './helpers';

/**
 * Issue 20 in the built app: the Experiments view lists the experiments, runs three of them and shows their
 * result charts with the published points and a table whose model cells are the values the validation tests
 * compute — computed here in Node from the same module (src/science) and printed with the view's own format.
 */

const view = (page: Page) => page.locator('#experiments-slot');
const detail = (page: Page) => view(page).locator('.xv-detail');

function experiment(id: string): Experiment {
  const found = experimentById(id);
  if (!found) throw new Error(`no experiment ${id}`);
  return found;
}

async function openView(page: Page) {
  await page.getByRole('button', { name: 'Experiments', exact: true }).click();
  await expect(view(page).getByRole('heading', { level: 2, name: w.title })).toBeFocused();
}

/** Chooses an experiment in the list, runs it and waits for its result. */
async function run(page: Page, e: Experiment) {
  await view(page).locator(`.xv-item[data-experiment="${e.id}"]`).click();
  await expect(detail(page).getByRole('heading', { level: 3, name: e.title })).toBeFocused();
  await detail(page).getByRole('button', { name: w.run, exact: true }).click();
  await expect(detail(page).locator('.xv-status')).toContainText('readings inside the accepted range', {
    timeout: 8_000,
  });
  await expect(detail(page).locator('.xv-result')).toHaveAttribute('aria-busy', 'false');
}

async function expectResult(page: Page, e: Experiment) {
  const result = detail(page).locator('.xv-result');
  await expect(result.locator('.xc-chart')).toHaveCount(e.plots.length);
  // Every published point is drawn: a mark per point, error bars where the paper gives a range.
  await expect(result.locator('.xc-published')).toHaveCount(e.published.length);
  const expected = readingsOf(e);
  const cells = await result.locator('.xr-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      measure: row.querySelector('.xr-measure')?.textContent,
      model: row.querySelector('.xr-model')?.textContent,
      within: row.getAttribute('data-within'),
    })),
  );
  expect(cells).toEqual(
    expected.map((r) => ({
      measure: r.measure,
      model: formatReadingAs(r.model, r.check.band, r.band),
      within: String(r.withinBand),
    })),
  );
  for (const summary of await result.locator('.xc-summary').allTextContents())
    expect(summary).toMatch(/the model’s .*; the paper/);
}

test.describe('the Experiments view', () => {
  test('lists every experiment and runs Célèrier 2000 with its published points', async ({ page }) => {
    const errors = await openApp(page);
    await openView(page);
    const items = view(page).locator('.xv-item');
    expect(await items.count()).toBeGreaterThanOrEqual(14);
    await expect(items).toHaveCount(EXPERIMENTS.length);
    const e = experiment('celerier-2000');
    await run(page, e);
    await expectResult(page, e);
    // Célèrier's points: a value with a time range, a level with no time, a time, a level.
    await expect(detail(page).locator('.xc-published[data-kind="level"]')).toHaveCount(2);
    expect(errors).toEqual([]);
  });

  test('runs Dunbar & Yaksh 1996 and Darnall 2018', async ({ page }) => {
    const errors = await openApp(page);
    await openView(page);
    for (const id of ['dunbar-yaksh-1996', 'darnall-2018']) {
      const e = experiment(id);
      await run(page, e);
      await expectResult(page, e);
    }
    expect(errors).toEqual([]);
  });

  test('Grace 2016 and Dunbar & Yaksh’s what-if run in the worker: no task of the page over 100 ms but drawing', async ({
    page,
  }) => {
    // Before the worker, a step of Grace 2016 took 100–360 ms on the page and Dunbar's what-if one task of ~1.7 s.
    const errors = await openApp(page);
    await openView(page);
    // CPU time of each main-thread task, from Chromium's trace (./main-thread.ts): on two busy cores a wall-time
    // bound measured the machine (one CI run saw a 467 ms task that was not drawing).
    await startTrace(page);
    const grace = experiment('grace-2016');
    await run(page, grace);
    await expectResult(page, grace);
    const dunbar = experiment('dunbar-yaksh-1996');
    await run(page, dunbar);
    const part = detail(page).locator('.xv-what-if');
    await part.getByRole('spinbutton').fill('5');
    await part.getByRole('spinbutton').press('Enter');
    await expect(part.getByRole('status')).toContainText('The what-if curve is on 1 chart.', {
      timeout: 15_000,
    });
    await expect(detail(page).locator('.xc-what-if')).toHaveCount(1);
    // The model ran in the Experiments worker (one, kept for both experiments), not on the page.
    const names = await Promise.all(
      page.workers().map((worker) => worker.evaluate(() => (self as unknown as { name: string }).name)),
    );
    expect(names.filter((name) => name === 'experiments')).toHaveLength(1);

    const { tasks, spans: draws } = await stopTraceWithMeasure(page, DRAW_MEASURE);
    const longTasks = tasks
      .filter((t) => t.cpu > 50)
      .map((t) => ({ start: t.start, duration: t.wall, cpu: t.cpu }));
    // Three results drawn: Grace's, Dunbar's and Dunbar's what-if.
    expect(draws).toHaveLength(3);
    const drawIn = (t: { start: number; duration: number }) =>
      draws.find((d) => d.start >= t.start - 1 && d.start + d.duration <= t.start + t.duration + 1);
    const report = longTasks.map((t) => {
      const d = drawIn(t);
      return {
        task: Math.round(t.cpu),
        wall: Math.round(t.duration),
        drawing: d ? Math.round(d.duration) : null,
      };
    });
    console.log(
      `experiments: drawing ${draws.map((d) => Math.round(d.duration)).join(', ')} ms; tasks over 50 ms CPU (CPU ms, wall ms, drawing ms in it): ${JSON.stringify(report)}`,
    );
    // On the page the model's steps were long tasks: Grace's 100–360 ms each, Dunbar's what-if one of ~1.7 s,
    // over 2 s of long tasks in all. In the worker the page's long tasks are drawings, and what else there is
    // stays far below that. The bounds leave room for a machine busy with other work (CI's two busy loops
    // stretch the page's ordinary tasks past 100 ms now and then; at load 13 the longest seen was 95 ms).
    // A drawing's span is wall time, so a task's CPU time less it is, if anything, an underestimate of the rest.
    const notDrawing = report.map((r) => Math.max(0, r.task - (r.drawing ?? 0)));
    expect(Math.max(0, ...notDrawing), 'the longest task of the page that is not drawing').toBeLessThan(400);
    expect(
      notDrawing.reduce((a, b) => a + b, 0),
      'long tasks of the page that are not drawing, in all',
    ).toBeLessThan(800);
    expect(errors).toEqual([]);
  });

  test('where the Experiments worker cannot start, the page runs the experiment itself', async ({ page }) => {
    // As a browser or policy that refuses it: the constructor throws for this worker only.
    await page.addInitScript(() => {
      const Native = window.Worker;
      window.Worker = class extends Native {
        constructor(url: string | URL, options?: WorkerOptions) {
          if (options?.name === 'experiments') throw new Error('workers refused');
          super(url, options);
        }
      };
    });
    const errors = await openApp(page);
    await openView(page);
    const e = experiment('celerier-2000');
    await run(page, e);
    await expectResult(page, e);
    const names = await Promise.all(
      page.workers().map((worker) => worker.evaluate(() => (self as unknown as { name: string }).name)),
    );
    expect(names).not.toContain('experiments');
    expect(errors).toEqual([]);
  });

  test('#experiment=celerier-2000 opens that experiment, and Escape returns to the header button', async ({
    page,
  }) => {
    const errors = await openApp(page, '/#experiment=celerier-2000');
    await expect(view(page)).toBeVisible();
    const e = experiment('celerier-2000');
    await expect(detail(page).getByRole('heading', { level: 3, name: e.title })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(view(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Experiments', exact: true })).toBeFocused();
    // A later change of the link opens it again.
    await page.evaluate(() => (location.hash = 'experiment=darnall-2018'));
    await expect(detail(page)).toHaveAttribute('data-experiment', 'darnall-2018');
    expect(errors).toEqual([]);
  });

  test('an unknown #experiment= is said plainly and the app stays usable', async ({ page }) => {
    const errors = await openApp(page, '/#experiment=no-such-study');
    await expect(
      page.getByRole('alert').filter({ hasText: 'No experiment called “no-such-study”' }),
    ).toBeVisible();
    await expect(view(page)).toBeHidden();
    await openView(page);
    await expect(view(page).locator('.xv-item')).toHaveCount(EXPERIMENTS.length);
    expect(errors).toEqual([]);
  });

  test('on a phone every design timeline keeps its labels inside its box', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page);
    await openView(page);
    const overflows: string[] = [];
    for (const e of EXPERIMENTS) {
      await view(page).locator(`.xv-item[data-experiment="${e.id}"]`).click();
      await expect(detail(page)).toHaveAttribute('data-experiment', e.id);
      // The rendered width of each label line, against the timeline's own width.
      const out = await detail(page)
        .locator('svg.xt-svg')
        .evaluate((svg: SVGSVGElement) =>
          [...svg.querySelectorAll<SVGTextElement>('text')]
            .filter((t) => t.getBBox().x + t.getBBox().width > svg.viewBox.baseVal.width + 0.5)
            .map((t) => t.textContent ?? ''),
        );
      overflows.push(...out.map((text) => `${e.id}: ${text}`));
    }
    expect(overflows).toEqual([]);
  });

  test('Open in the simulator makes the chosen group the scenario', async ({ page }) => {
    await openApp(page);
    await openView(page);
    const e = experiment('celerier-2000');
    await view(page).locator(`.xv-item[data-experiment="${e.id}"]`).click();
    await detail(page).getByRole('combobox', { name: w.openGroup }).selectOption(e.presets[2]!.preset);
    await detail(page).getByRole('button', { name: w.openInSimulator }).click();
    await expect(view(page)).toBeHidden();
    await expect(page.locator('#workspace')).toBeFocused();
    await expect(page.locator('#preset-picker')).toHaveValue(e.presets[2]!.preset);
  });

  test('a what-if run: Célèrier at 200 µg/kg per bolus draws a what-if line and keeps the paper’s points', async ({
    page,
  }) => {
    const errors = await openApp(page);
    await openView(page);
    const e = experiment('celerier-2000');
    await run(page, e);
    const part = detail(page).locator('.xv-what-if');
    const slider = part.getByRole('slider', { name: w.whatIfLabel(e.whatIf.label, e.whatIf.unit) });
    await expect(slider).toHaveValue(String(e.whatIf.default));
    // From the keyboard: End takes the slider to its maximum.
    await slider.focus();
    await page.keyboard.press('End');
    await expect(slider).toHaveValue('200');
    await expect(part.getByRole('spinbutton')).toHaveValue('200');
    await part.getByRole('button', { name: w.whatIfRun }).click();
    await expect(part.getByRole('status')).toContainText('The what-if curve is on 1 chart.', {
      timeout: 8_000,
    });
    const chart = detail(page).locator('.xc-chart[data-plot="threshold"]');
    const line = chart.locator('.xc-what-if');
    await expect(line).toHaveAttribute('data-curve', 'what if: 200 µg/kg');
    const box = await line.locator('path').first().boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    await expect(chart.locator('.xc-legend')).toContainText('what if: 200 µg/kg');
    // The model's four curves and every paper mark are still drawn.
    await expect(chart.locator('.xc-curve:not(.xc-what-if)')).toHaveCount(4);
    await expect(chart.locator('.xc-published')).toHaveCount(e.published.length);
    await expect(chart.locator('.xc-summary')).toContainText('What if 200 µg/kg: the model’s');
    await chart.locator('.xc-tables summary').click();
    expect(await axeViolations(page)).toEqual([]);
    await part.getByRole('button', { name: w.whatIfReset(true) }).click();
    await expect(chart.locator('.xc-what-if')).toHaveCount(0);
    await expect(slider).toHaveValue('100');
    expect(errors).toEqual([]);
  });

  test('Darnall 2018 shows its clinical safety notes word for word, with no axe violations', async ({
    page,
  }) => {
    const errors = await openApp(page, '/#experiment=darnall-2018');
    const section = detail(page).getByRole('region', { name: w.clinicalSafety });
    await expect(section.getByRole('listitem')).toHaveText(
      safetyTagsOf('darnall-2018').map((tag) => safetyNotes[tag].text),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  for (const theme of THEMES)
    test(`has no axe violations with a result shown, ${theme} theme`, async ({ page }) => {
      await openApp(page);
      if (theme !== 'default') await chooseTheme(page, theme);
      await openView(page);
      await run(page, experiment('celerier-2000'));
      await detail(page).locator('.xc-tables summary').first().click();
      expect(await axeViolations(page)).toEqual([]);
    });

  test('every control of the view is reached by Tab, and Escape returns to the header button', async ({
    page,
  }) => {
    await openApp(page);
    await openView(page);
    await run(page, experiment('laulin-1999'));
    await detail(page).locator('.xc-tables summary').first().click();
    await view(page).getByRole('heading', { level: 2 }).focus();
    const wanted = await view(page).evaluate((slot) => {
      const selector = 'a[href], button, select, input, summary, [tabindex="0"]';
      const key = (el: Element, i: number) =>
        `${el.tagName}:${(el.textContent ?? '').trim().slice(0, 30)}#${i}`;
      const all = [...slot.querySelectorAll(selector)].filter(
        (el) => (el as HTMLElement).offsetParent !== null,
      );
      all.forEach((el, i) => el.setAttribute('data-reach', key(el, i)));
      const seen = new Set<string>();
      (window as unknown as { __seen: Set<string> }).__seen = seen;
      slot.addEventListener('focusin', (event) => {
        const k = (event.target as Element).getAttribute('data-reach');
        if (k) seen.add(k);
      });
      return all.length;
    });
    for (let i = 0; i < wanted + 2; i++) await page.keyboard.press('Tab');
    const missed = await page.evaluate(() => {
      const seen = (window as unknown as { __seen: Set<string> }).__seen;
      return [...document.querySelectorAll('[data-reach]')]
        .map((el) => el.getAttribute('data-reach') ?? '')
        .filter((k) => !seen.has(k));
    });
    expect(missed).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Experiments', exact: true })).toBeFocused();
  });
});
