// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { TimeCourseChart } from '../../src/charts';
import { sampled } from '../../src/charts/time-axis';
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

  it('marks the scenario’s events, the steps of a course as one band', () => {
    const { host, input } = mount('oih-maintained');
    const ts = [...host.querySelectorAll('.oc-event')].map((e) => Number(e.getAttribute('data-t')));
    expect(ts).toEqual(input.result.events.map((e) => e.tDays));
    // oih-escalation rises in four steps: one band, weeks 0–6, and one entry in the list.
    const escalation = mount('oih-escalation').host;
    const marks = escalation.querySelectorAll('.oc-event');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.getAttribute('data-end')).toBe('42');
    expect([...escalation.querySelectorAll('.oc-event-line')].map((l) => l.textContent)).toEqual([
      '1 · weeks 0–6: Escalation +60 MME/day every 2 weeks: morphine 60 → 240 MME/day',
    ]);
  });

  it('a 10 %/week taper is one labelled band and one entry, with doses rounded as a person writes them', () => {
    const { host, chart } = mount('taper-10-per-week');
    const marks = [...host.querySelectorAll('.oc-event')];
    // The starting dose, the taper's 20 weekly cuts as one band, and the stop.
    expect(marks.map((m) => [m.getAttribute('data-t'), m.getAttribute('data-end')])).toEqual([
      ['0', null],
      ['84', '217'],
      ['224', null],
    ]);
    const band = marks[1]!.querySelector('.oc-event-band')!;
    expect(Number(band.getAttribute('width'))).toBeGreaterThan(100);
    expect(marks[1]!.querySelector('.oc-event-band-label')?.textContent).toBe('Taper 10 %/week');
    expect([...host.querySelectorAll('.oc-event-line')].map((l) => l.textContent)).toEqual([
      '1 · week 0: Morphine 240 MME/day (oral, every 4 h)',
      '2 · weeks 12–31: Taper 10 %/week: morphine 216 → 29 MME/day',
      '3 · week 32: Opioid stopped',
    ]);
    // The table still lists every step, rounded.
    chart.toggleTable(true);
    const cells = [...host.querySelectorAll('.oc-table tbody td:last-child')].map((c) => c.textContent);
    expect(cells).toContain('Morphine 175 MME/day (oral, every 4 h)');
    expect(host.textContent).not.toMatch(/\d+\.\d{2} MME/);
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

describe('time course of an experiment of days', () => {
  it('a 10-day rat experiment is drawn on an axis in days, hourly, with its events and cursor in days and hours', () => {
    const { chart, host, input } = mount('celerier-2000-fentanyl-100');
    const axis = host.querySelector('.oc-time-axis')!;
    expect(axis.textContent).toContain('Time (days)');
    const ticks = tickPositions(axis.querySelector('.oc-axis-x')!, 'x');
    // The cursor at 2 days stands at the tick labelled 2 (days, not weeks).
    chart.update({ tDays: 2 });
    expect(Math.abs(cursorX(host) - linearPositionFromTicks(ticks, 2))).toBeLessThan(0.5);
    expect(host.querySelector('.oc-cursor')!.getAttribute('aria-valuetext')).toMatch(/^Day 2, hour 0/);
    // Célèrier's fentanyl injections are in the first hour: the chart's line has hourly points to show them.
    expect(sampled(input.result).t.length).toBeGreaterThan(10 * 24 - 1);
    const lines = [...host.querySelectorAll('.oc-event-line')].map((l) => l.textContent);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^\d+ · (day \d+, hour \d+)/);
    expect(input.result.scenario.subject).toBe('rat');
  });
});
