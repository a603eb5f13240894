// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { TimeCourseChart } from '../../src/charts';
import { valueAt } from '../../src/model';
import { inputFor, linearPositionFromTicks, tickPositions } from './fixtures';

function mount(preset: string) {
  const host = document.createElement('div');
  document.body.append(host);
  const chart = new TimeCourseChart();
  chart.mount(host);
  chart.resize(900, 700);
  const input = inputFor(preset);
  chart.setResults(input);
  return { chart, input, host };
}

afterEach(() => document.body.replaceChildren());

function cursorX(host: HTMLElement): number {
  const t = host.querySelector('.oc-cursor')!.getAttribute('transform')!;
  return Number(/translate\(([-\d.e]+),/.exec(t)![1]);
}

describe('time course chart', () => {
  it('moves its cursor to the snapshot’s time', () => {
    const { chart, host } = mount('oih-escalation');
    // Ticks are labelled in weeks; the cursor takes days.
    const ticks = tickPositions(host.querySelector('.oc-time-axis .oc-axis-x')!, 'x');
    for (const t of [0, 42, 100.5, 182]) {
      chart.update({ tDays: t });
      expect(Math.abs(cursorX(host) - linearPositionFromTicks(ticks, t / 7))).toBeLessThan(0.5);
      expect(host.querySelector('.oc-cursor')!.getAttribute('aria-valuenow')).toBe(
        String(Math.round(t * 100) / 100),
      );
    }
  });

  it('reports keyboard and pointer scrubbing without moving the clock itself', () => {
    const { chart, host } = mount('oih-escalation');
    const seen: number[] = [];
    chart.onScrub((t) => seen.push(t));
    chart.update({ tDays: 14 });
    const cursor = host.querySelector('.oc-cursor')!;
    cursor.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    cursor.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true }));
    cursor.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(seen).toEqual([15, 22, 182]);
  });

  it('marks the scenario’s events', () => {
    const { host, input } = mount('oih-escalation');
    const ts = [...host.querySelectorAll('.oc-event')].map((e) => Number(e.getAttribute('data-t')));
    expect(ts).toEqual(input.result.events.map((e) => e.tDays));
  });

  it('in compare mode reads both sides at the cursor, in each row and in the cursor’s text', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const chart = new TimeCourseChart();
    chart.mount(host);
    chart.resize(900, 700);
    const a = inputFor('oih-maintained', 'A: oih-maintained');
    const b = inputFor('tolerance-only-maintained', 'B: tolerance-only-maintained');
    chart.setResults(a, b);
    chart.update({ tDays: 84 });
    const pain = (r: typeof a) => valueAt(r.result, 'painScore', 84).toFixed(1);
    const dose = (r: typeof a) => valueAt(r.result, 'doseMmePerDay', 84).toFixed(0);
    const row = (id: string) => host.querySelector(`.oc-row[data-row="${id}"]`)!;
    expect(row('painScore').querySelector('.oc-cursor-value')?.textContent).toBe(
      `: A ${pain(a)} · B ${pain(b)}`,
    );
    expect(row('dose').querySelector('.oc-cursor-value')?.textContent).toBe(`: A ${dose(a)} · B ${dose(b)}`);
    expect(pain(a)).not.toBe(pain(b));
    expect(row('painScore').querySelectorAll('.oc-cursor-dot')).toHaveLength(2);
    expect(host.querySelector('.oc-cursor')?.getAttribute('aria-valuetext')).toContain(
      `Pain A ${pain(a)} · B ${pain(b)}`,
    );
    chart.setResults(a);
    chart.update({ tDays: 84 });
    expect(row('painScore').querySelector('.oc-cursor-value')?.textContent).toBe(`: ${pain(a)}`);
    expect(row('painScore').querySelectorAll('.oc-cursor-dot')).toHaveLength(1);
  });

  it('shows the same numbers in its table', () => {
    const { chart, host, input } = mount('oih-escalation');
    chart.toggleTable(true);
    const rows = host.querySelectorAll('.oc-table tbody tr');
    expect(rows.length).toBe(183); // one a day for 26 weeks, and day 0
    const day84 = [...rows[84]!.children].map((c) => c.textContent);
    const i = input.result.tDays.findIndex((t) => Math.abs(t - 84) < 1e-6);
    expect(day84[0]).toBe('84.0');
    expect(day84[2]).toBe(input.result.series.painScore[i]!.toFixed(2));
    expect(day84[3]).toBe(input.result.series.thresholdRelative[i]!.toFixed(2));
    expect(day84[4]).toBe(input.result.series.doseMmePerDay[i]!.toFixed(0));
  });
});
