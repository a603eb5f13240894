import { afterEach, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import '../../src/ui/styles/theme.css';
import { createChartsPanel, type ChartsPanel } from '../../src/charts';
import { inputFor } from './fixtures';

const CHARTS = ['doseResponse', 'timeCourse', 'mechanisms', 'bodyMap'] as const;
// commands.writeFile resolves paths from the project root (page.screenshot from the test file).
const OUT = 'test-results/charts';

let panel: ChartsPanel | undefined;
afterEach(() => {
  panel?.destroy();
  document.body.replaceChildren();
  delete document.documentElement.dataset['theme'];
});

function mount(width: number, height: number): ChartsPanel {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  host.style.background = 'var(--color-surface)';
  document.body.append(host);
  panel = createChartsPanel('all');
  panel.mount(host);
  panel.resize(width, height);
  return panel;
}

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

describe('charts panel in Chromium', () => {
  it('exports valid SVG, PNG and CSV that contain the data', async () => {
    await page.viewport(1280, 720);
    const p = mount(900, 700);
    const input = inputFor('oih-escalation');
    p.setResults(input);
    p.update({ tDays: 84 });
    for (const name of CHARTS) {
      const chart = p.charts[name];
      const svgText = await chart.exportSvg();
      const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      // Styles are inlined (no var() left that a file on its own could not resolve).
      expect(svgText).not.toContain('var(--');
      expect(doc.querySelectorAll('path').length).toBeGreaterThan(5);
      await commands.writeFile(`${OUT}/export-${name}.svg`, svgText);
      const csv = chart.exportCsv();
      const lines = csv.trim().split('\r\n');
      expect(lines.length).toBeGreaterThan(10);
      await commands.writeFile(`${OUT}/export-${name}.csv`, csv);
      const png = await chart.exportPng();
      expect(png.type).toBe('image/png');
      const bytes = new Uint8Array(await png.arrayBuffer());
      expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      const bitmap = await createImageBitmap(png);
      expect(bitmap.width).toBe(Number(doc.documentElement.getAttribute('width')) * 2);
      // Not a blank image: the drawn chart has many colours.
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97)
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      expect(colours.size).toBeGreaterThan(8);
      await commands.writeFile(`${OUT}/export-${name}.png`, await base64(png), 'base64');
    }
    // The data is in the files: the ED50s in the dose–response SVG and CSV, the pain series in the time course.
    const dr = input.doseResponse;
    expect(await p.charts.doseResponse.exportSvg()).toContain(
      `ED50 ${Math.round(dr.acute.toleranceOnly.ed50!)}`,
    );
    expect(p.charts.doseResponse.exportCsv()).toContain(String(dr.acute.scenario.ed50));
    const i84 = input.result.tDays.findIndex((t) => Math.abs(t - 84) < 1e-6);
    expect(p.charts.timeCourse.exportCsv()).toContain(`84,12,${input.result.series.painScore[i84]}`);
  });

  it('keeps every chart to the width of a 390 px phone (exported for a look)', async () => {
    await page.viewport(390, 720);
    for (const preset of ['tolerance-only', 'oih-escalation']) {
      const p = mount(374, 700);
      p.setResults(inputFor(preset));
      p.update({ tDays: 84 });
      for (const name of CHARTS) {
        const chart = p.charts[name];
        expect(chart.svgElement.getBoundingClientRect().width).toBeLessThanOrEqual(374.5);
        // Taller than the 720 px test window, so the look is saved through the PNG export.
        await commands.writeFile(
          `${OUT}/phone-${name}-${preset}.png`,
          await base64(await chart.exportPng()),
          'base64',
        );
      }
      p.destroy();
    }
  });

  it('moves the clock through onScrub when the cursor is dragged', async () => {
    await page.viewport(1280, 720);
    const p = mount(900, 700);
    p.setResults(inputFor('oih-escalation'));
    const seen: number[] = [];
    p.onScrub((t) => seen.push(t));
    const hit = p.charts.timeCourse.svgElement.querySelector('.oc-cursor-hit')!;
    const box = hit.getBoundingClientRect();
    const at = (fx: number) => ({
      clientX: box.left + box.width * fx,
      clientY: box.top + 20,
      pointerId: 1,
      bubbles: true,
    });
    hit.dispatchEvent(new PointerEvent('pointerdown', at(0.5)));
    hit.dispatchEvent(new PointerEvent('pointermove', at(0.75)));
    hit.dispatchEvent(new PointerEvent('pointerup', at(0.75)));
    expect(seen[0]).toBeCloseTo(91, 0);
    const cursor = p.charts.timeCourse.svgElement.querySelector('.oc-cursor')!;
    expect(Number(cursor.getAttribute('aria-valuenow'))).toBeCloseTo(seen[seen.length - 1]!, 1);
  });
});
