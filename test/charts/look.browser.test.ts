import { afterEach, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import '../../src/ui/styles/theme.css';
import { createChartsPanel, type ChartsPanel } from '../../src/charts';
import { THEMES, type ThemeId } from '../../src/content/themes';
import { inputFor } from './fixtures';

/**
 * Screenshots of every chart for the two presets the product contrasts, in all three themes, at a
 * desktop width and at a phone's 390 px. Saved under test-results/charts/ for a person to look at: the
 * test itself checks only that each chart drew something and that projector text is at least 18 px.
 */
const PRESETS = ['tolerance-only', 'oih-escalation'] as const;
const CHARTS = ['doseResponse', 'timeCourse', 'mechanisms', 'bodyMap'] as const;

let panel: ChartsPanel | undefined;

/** Charts taller than the 720 px test window are looked at through their PNG export. */
async function pngBase64(chart: ChartsPanel['charts'][(typeof CHARTS)[number]]): Promise<string> {
  const bytes = new Uint8Array(await (await chart.exportPng()).arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
afterEach(() => {
  panel?.destroy();
  document.body.replaceChildren();
  delete document.documentElement.dataset['theme'];
});

async function mountPanel(width: number, height: number, theme: ThemeId) {
  // The tester iframe is scaled down when it is larger than the 1280×720 window, which would shrink the
  // screenshots; so keep it at most that size and let the charts lay out for `height`.
  await page.viewport(Math.min(1280, width + 40), 720);
  document.documentElement.dataset['theme'] = theme;
  document.body.style.margin = '0';
  document.body.style.background = 'var(--color-bg)';
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  host.style.padding = '8px';
  host.style.background = 'var(--color-surface)';
  document.body.append(host);
  panel = createChartsPanel('all');
  panel.mount(host);
  panel.setTheme(theme);
  panel.resize(width - 16, height);
  return { host, panel };
}

describe('chart screenshots', () => {
  for (const theme of THEMES)
    for (const preset of PRESETS)
      it(`${preset} in ${theme}`, async () => {
        const { panel } = await mountPanel(1100, 560, theme);
        const input = inputFor(preset);
        panel.setResults(input);
        panel.update({ tDays: 84 });
        for (const name of CHARTS) {
          const chart = panel.charts[name];
          expect(chart.svgElement.querySelectorAll('path').length).toBeGreaterThan(5);
          if (theme === 'projector')
            for (const t of chart.root.querySelectorAll('text, p, button, h3'))
              expect(Number.parseFloat(getComputedStyle(t).fontSize)).toBeGreaterThanOrEqual(18);
          chart.root.scrollIntoView();
          await page.screenshot({
            element: chart.root,
            path: `../../test-results/charts/${name}-${preset}-${theme}.png`,
          });
        }
      });

  for (const preset of PRESETS)
    it(`${preset} at 390 px`, async () => {
      const { panel } = await mountPanel(390, 560, 'default');
      panel.setResults(inputFor(preset));
      panel.update({ tDays: 84 });
      for (const name of CHARTS) {
        const chart = panel.charts[name];
        // Readable on a phone: the chart fits the width instead of being scaled down.
        expect(chart.svgElement.getBoundingClientRect().width).toBeLessThanOrEqual(374 + 0.5);
        chart.root.scrollIntoView();
        await page.screenshot({
          element: chart.root,
          path: `../../test-results/charts/${name}-${preset}-390.png`,
        });
      }
    });

  // The charts region of the app shell on a 1280×720 projector is about 480 px wide.
  for (const preset of PRESETS)
    it(`${preset} in the projector theme at 480 px (the shell's charts region)`, async () => {
      const { panel } = await mountPanel(480, 520, 'projector');
      panel.setResults(inputFor(preset));
      panel.update({ tDays: 84 });
      for (const name of CHARTS) {
        const chart = panel.charts[name];
        expect(chart.svgElement.getBoundingClientRect().width).toBeLessThanOrEqual(464.5);
        await commands.writeFile(
          `test-results/charts/region480-${name}-${preset}.png`,
          await pngBase64(chart),
          'base64',
        );
      }
    });

  it('compare mode at 1920×1080', async () => {
    const { panel } = await mountPanel(1200, 560, 'default');
    panel.setResults(
      inputFor('oih-escalation', 'OIH escalation'),
      inputFor('tolerance-only', 'Tolerance only'),
    );
    panel.update({ tDays: 84 });
    for (const name of CHARTS) {
      panel.charts[name].root.scrollIntoView();
      await page.screenshot({
        element: panel.charts[name].root,
        path: `../../test-results/charts/${name}-compare.png`,
      });
    }
  });
});
