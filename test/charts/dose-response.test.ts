// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DoseResponseChart } from '../../src/charts';
import { inputFor, logPositionFromTicks, pathPoints, tickPositions } from './fixtures';

function mount(preset: string) {
  const host = document.createElement('div');
  document.body.append(host);
  const chart = new DoseResponseChart();
  chart.mount(host);
  chart.resize(900, 800);
  const input = inputFor(preset);
  chart.setResults(input);
  return { chart, input, host };
}

afterEach(() => document.body.replaceChildren());

// Pixel tolerance: the positions are computed from the same numbers; 0.5 px allows for rounding in the
// tick transforms that the test reads the scale back from.
const PX = 0.5;

describe('dose–response chart', () => {
  it('puts each ED50 marker at the model’s ED50 on the dose axis', () => {
    const { host, input } = mount('oih-escalation');
    const plot = host.querySelector('.oc-plot-relief')!;
    const ticks = tickPositions(plot.querySelector('.oc-axis-x')!, 'x');
    const acute = input.doseResponse.acute;
    for (const [key, ed50] of [
      ['naive', acute.naive.ed50],
      ['toleranceOnly', acute.toleranceOnly.ed50],
      ['a', acute.scenario.ed50],
    ] as const) {
      const g = plot.querySelector(`.oc-ed50[data-series="${key}"]`)!;
      expect(ed50).not.toBeNull();
      const m = /translate\(([-\d.e]+),/.exec(g.querySelector('path')!.getAttribute('transform')!);
      const x = Number(m![1]);
      console.log(
        `ED50 ${key}: model ${ed50!.toFixed(2)}; marker x ${x.toFixed(2)} px, expected ${logPositionFromTicks(ticks, ed50!).toFixed(2)} px`,
      );
      expect(Math.abs(x - logPositionFromTicks(ticks, ed50!))).toBeLessThan(PX);
    }
    // Tolerance alone doubles the ED50 by week 12; OIH shifts it much further.
    expect(host.querySelector('.oc-ed50[data-series="toleranceOnly"] text')!.textContent).toMatch(/×2\.\d/);
  });

  it('marks the maintained-dose minimum where the model’s pain is lowest, and more pain past it', () => {
    const { host, input } = mount('oih-escalation');
    const pain = input.doseResponse.maintained.scenario;
    const iMin = pain.indexOf(Math.min(...pain));
    const plot = host.querySelector('.oc-plot-maintained')!;
    const ticks = tickPositions(plot.querySelector('.oc-axis-x')!, 'x');
    const marker = plot.querySelector('.oc-minimum[data-series="a"]')!;
    const x = Number(/translate\(([-\d.e]+),/.exec(marker.getAttribute('transform')!)![1]);
    const dose = input.doseResponse.doses[iMin]!;
    expect(Math.abs(x - logPositionFromTicks(ticks, dose))).toBeLessThan(PX);
    // The drawn curve's lowest point (largest SVG y) is at the same x.
    const pts = pathPoints(plot.querySelector('path.oc-line[data-series="a"]')!.getAttribute('d'));
    const lowest = pts.reduce((best, p) => (p[1] > best[1] ? p : best));
    expect(Math.abs(lowest[0] - x)).toBeLessThan(PX);
    expect(host.querySelector('.oc-explain')!.textContent).toMatch(/more drug means more pain/);
  });

  it('explains under its title what ED50 and the fold shown at the patient’s marker mean', () => {
    const { host } = mount('oih-escalation');
    const explain = host.querySelector('.oc-explain')!.textContent ?? '';
    const marker = host.querySelector('.oc-ed50[data-series="a"] text')!.textContent ?? '';
    const fold = /×(\d+\.\d)/.exec(marker)?.[1];
    expect(fold).toBeDefined();
    expect(explain).toContain('ED50: the dose that gives half the maximum relief.');
    expect(explain).toContain(`×${fold}: ${fold} times the dose for the same relief as before opioids.`);
  });

  it('explains the tolerance fold when the patient’s marker shows none', () => {
    const { host } = mount('tolerance-only');
    const explain = host.querySelector('.oc-explain')!.textContent ?? '';
    const marker = host.querySelector('.oc-ed50[data-series="toleranceOnly"] text')!.textContent ?? '';
    const fold = /×(\d+\.\d)/.exec(marker)?.[1];
    expect(host.querySelector('.oc-ed50[data-series="a"] text')!.textContent).not.toMatch(/×/);
    expect(explain).toContain(`×${fold}: ${fold} times the dose`);
  });

  it('draws the tolerance-only maintained curve falling with dose all the way', () => {
    const { host } = mount('oih-escalation');
    const plot = host.querySelector('.oc-plot-maintained')!;
    const pts = pathPoints(
      plot.querySelector('path.oc-line[data-series="toleranceOnly"]')!.getAttribute('d'),
    );
    expect(pts.length).toBe(41);
    for (let i = 1; i < pts.length; i++) {
      expect(pts[i]![0]).toBeGreaterThan(pts[i - 1]![0]);
      // SVG y grows downwards: less pain is a larger y.
      expect(pts[i]![1]).toBeGreaterThanOrEqual(pts[i - 1]![1]);
    }
  });

  it('says "tolerance" for the tolerance-only preset and marks no minimum', () => {
    const { host } = mount('tolerance-only');
    expect(host.querySelector('.oc-explain')!.textContent).toMatch(/more drug still brings relief/);
    expect(host.querySelector('.oc-minimum')).toBeNull();
    expect(host.querySelector('.oc-current')!.getAttribute('data-dose')).toBe('270');
  });

  it('shows the same numbers in its table', () => {
    const { chart, host, input } = mount('oih-escalation');
    chart.toggleTable(true);
    const rows = host.querySelectorAll('.oc-table tbody tr');
    expect(rows.length).toBe(42);
    const dr = input.doseResponse;
    const cells = [...rows[20]!.children].map((c) => c.textContent);
    expect(cells[0]).toBe(dr.doses[20]!.toFixed(0));
    expect(cells[3]).toBe(dr.acute.scenario.analgesia[20]!.toFixed(2));
    expect(cells.at(-1)).toBe(fmt(dr.maintained.scenario[20]!));
    const ed50Row = [...rows[41]!.children].map((c) => c.textContent);
    expect(ed50Row.slice(1, 4)).toEqual([
      fmt(dr.acute.naive.ed50!),
      fmt(dr.acute.toleranceOnly.ed50!),
      fmt(dr.acute.scenario.ed50!),
    ]);
    expect(chart.exportCsv().split('\r\n')[21]).toContain(String(dr.doses[20]));
  });
});

function fmt(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
}
