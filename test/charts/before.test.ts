// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DoseResponseChart, TimeCourseChart, type ChartSeriesInput } from '../../src/charts';
import { snapshotAt, valueAt } from '../../src/model';
import { inputFor, pathPoints } from './fixtures';

/**
 * "Before your change" (step 13): the run before the learner's last change, drawn faintly in the time course
 * and the dose–response, named, in the table and the description; never beside a second result.
 */
const now = () => inputFor('oih-escalation');
/** The run before: the same patient with tolerance only (a change of the mechanisms). */
const withBefore = (preset = 'tolerance-only'): ChartSeriesInput => {
  const b = inputFor(preset);
  return { ...now(), before: { result: b.result, doseResponse: b.doseResponse } };
};

function mount<C extends TimeCourseChart | DoseResponseChart>(chart: C, size: [number, number] = [900, 800]) {
  const host = document.createElement('div');
  document.body.append(host);
  chart.mount(host);
  chart.resize(...size);
  return { chart, host };
}

afterEach(() => document.body.replaceChildren());

const befores = (host: Element) => [...host.querySelectorAll('path.oc-before')];
const description = (host: Element) => host.querySelector('svg > desc')?.textContent ?? '';

describe('time course: the run before the last change', () => {
  it('is a faint line in every row, under the lines, named at the pain row', () => {
    const { chart, host } = mount(new TimeCourseChart());
    chart.setResults(withBefore());
    const rows = [...host.querySelectorAll('.oc-row')];
    expect(rows.map((r) => r.getAttribute('data-row'))).toEqual([
      'painScore',
      'thresholdRelative',
      'dose',
      'withdrawal',
    ]);
    for (const row of rows) {
      const lines = row.querySelector('.oc-lines')!;
      // First child: drawn under the series and its markers.
      expect(lines.firstElementChild?.getAttribute('class')).toBe('oc-before');
      expect(lines.querySelectorAll('path.oc-before')).toHaveLength(1);
    }
    const pain = rows[0]!;
    expect(pain.querySelector('.oc-before-key')?.textContent).toBe('Before your change');
    expect(rows[1]!.querySelector('.oc-before-key')?.textContent).toBe('');
    // The faint line is the run before's pain: its last point is tolerance-only's pain at the end.
    const ghost = pathPoints(pain.querySelector('path.oc-before')!.getAttribute('d'));
    const line = pathPoints(pain.querySelector('path.oc-line[data-series="a"]')!.getAttribute('d'));
    const [ymin, ymax, h] = ['data-ymin', 'data-ymax', 'data-height'].map((k) =>
      Number(pain.getAttribute(k)),
    );
    const y = (v: number) => h! * (1 - (v - ymin!) / (ymax! - ymin!));
    const before = withBefore().before!.result;
    const end = before.scenario.durationDays;
    expect(ghost.at(-1)![1]).toBeCloseTo(y(snapshotAt(before, end).painScore), 1);
    expect(line.at(-1)![1]).toBeCloseTo(y(snapshotAt(now().result, end).painScore), 1);
    // OIH hurts more at the end than tolerance alone: the two lines are apart (SVG y grows downwards).
    expect(ghost.at(-1)![1] - line.at(-1)![1]).toBeGreaterThan(5);
    expect(description(host)).toContain('the run before your change');
  });

  it('is in the table: a "before your change" column per row', () => {
    const { chart } = mount(new TimeCourseChart());
    chart.setResults(withBefore());
    chart.toggleTable(true);
    const table = chart.root.querySelector('table')!;
    const heads = [...table.querySelectorAll('th[scope="col"]')].map((th) => th.textContent);
    expect(heads).toContain('Pain score (0–10): before your change');
    expect(heads).toContain('Opioid dose (MME/day): before your change');
    const col = heads.indexOf('Pain score (0–10): before your change');
    const csv = chart.exportCsv().split('\r\n');
    const row = csv.find((r) => r.startsWith('84,'))!.split(',');
    const before = withBefore().before!.result;
    expect(Number(row[col])).toBeCloseTo(valueAt(before, before.series.painScore, 84), 9);
  });

  it('is not drawn without a run before, nor beside a second result (compare mode)', () => {
    const { chart, host } = mount(new TimeCourseChart());
    chart.setResults(withBefore());
    expect(befores(host)).toHaveLength(4);
    chart.setResults(now());
    expect(befores(host)).toHaveLength(0);
    expect(host.querySelector('.oc-before-key')?.textContent).toBe('');
    expect(description(host)).not.toContain('before your change');
    chart.setResults(withBefore(), inputFor('tolerance-only', 'B: tolerance only'));
    expect(befores(host)).toHaveLength(0);
    expect(host.textContent).not.toContain('Before your change');
    expect(chart.exportCsv()).not.toContain('before your change');
  });

  it('stays in the compact layouts of a small chart (fewer rows, the pain row keeps it and its name)', () => {
    const { chart, host } = mount(new TimeCourseChart(), [380, 300]);
    chart.setResults(withBefore());
    const rows = host.querySelectorAll('.oc-row');
    expect(rows.length).toBeLessThan(4);
    expect(befores(host)).toHaveLength(rows.length);
    expect(host.querySelector('.oc-row[data-row="painScore"] .oc-before-key')?.textContent).toBe(
      'Before your change',
    );
    // The name fits beside the row's heading: the short row name makes room.
    expect(host.querySelector('.oc-row[data-row="painScore"] .oc-row-name')?.textContent).toBe('Pain');
  });
});

describe('dose–response: the run before the last change', () => {
  it('is a faint curve in each plot, with a legend entry on the patient’s row', () => {
    const { chart, host } = mount(new DoseResponseChart());
    chart.setResults(withBefore());
    for (const plot of ['relief', 'pain', 'maintained']) {
      const lines = host.querySelector(`.oc-plot-${plot} .oc-lines`)!;
      expect(lines.firstElementChild?.getAttribute('class'), plot).toBe('oc-before');
      const ghost = lines.querySelector('path.oc-before')!.getAttribute('d');
      expect(ghost).not.toBe(lines.querySelector('path.oc-line[data-series="a"]')!.getAttribute('d'));
      // The run before is tolerance only: its curve lies on this chart's tolerance-only twin.
      expect(pathPoints(ghost).length).toBe(withBefore().before!.doseResponse!.doses.length);
    }
    const items = [...host.querySelectorAll('.oc-legend-item')];
    const entry = items.find((i) => i.textContent === 'Before your change')!;
    const patient = items.find((i) => i.textContent?.startsWith('oih-escalation'))!;
    const rowOf = (el: Element) => /,([-\d.e]+)\)/.exec(el.getAttribute('transform') ?? '')?.[1];
    expect(rowOf(entry)).toBe(rowOf(patient));
    expect(description(host)).toContain('the run before your change');
  });

  it('takes no legend row of its own: a long name before it is cut to share the row', () => {
    const { chart, host } = mount(new DoseResponseChart(), [460, 800]);
    const label = 'Rising morphine dose over 26 weeks (edited)';
    chart.setResults({ ...withBefore(), label });
    const items = [...host.querySelectorAll('.oc-legend-item')];
    const rowOf = (el: Element) => /,([-\d.e]+)\)/.exec(el.getAttribute('transform') ?? '')?.[1];
    const patient = items.find((i) => i.textContent?.startsWith('Rising'))!;
    const entry = items.find((i) => i.textContent === 'Before your change')!;
    expect(rowOf(entry)).toBe(rowOf(patient));
    const drawn = (item: Element) => item.querySelector('text')?.firstChild?.textContent ?? '';
    expect(drawn(patient)).toMatch(/^Rising morphine .*…$/);
    // Cut, it keeps the whole name as its title (on hover; its accessible name).
    expect(patient.querySelector('text > title')?.textContent).toBe(label);
    expect(new Set(items.map(rowOf)).size).toBe(3);
    // The table keeps the whole name.
    expect(chart.exportCsv()).toContain(`Relief: ${label}`);
    // Where a name cut to 40 % would still leave no room (a phone), it keeps the whole row (cut only to fit
    // it) and the entry takes the next row.
    chart.resize(340, 800);
    const narrow = [...host.querySelectorAll('.oc-legend-item')];
    const whole = narrow.find((i) => i.textContent?.startsWith('Rising'))!;
    expect(drawn(whole).length).toBeGreaterThan(label.length * 0.6);
    const next = narrow.find((i) => i.textContent === 'Before your change')!;
    expect(Number(rowOf(next))).toBeGreaterThan(Number(rowOf(whole)));
  });

  it('is in the table: relief, pain and pain after 12 weeks before the change, with its ED50', () => {
    const { chart } = mount(new DoseResponseChart());
    chart.setResults(withBefore());
    const [head, ...rows] = chart.exportCsv().trim().split('\r\n');
    const columns = head!.split(',');
    expect(columns.slice(-3)).toEqual([
      'Relief: Before your change',
      'Pain: Before your change',
      'Pain after 12 weeks: Before your change',
    ]);
    // Read at this chart's doses: the run before (270 MME/day) has its curves around its own dose.
    const dr = withBefore().before!.doseResponse!;
    const doses = now().doseResponse.doses;
    expect(doses[0]).toBeLessThan(dr.doses[0]!);
    expect(rows[0]!.split(',').slice(-3)).toEqual(['', '', '']);
    const at = (dose: number) => rows[doses.indexOf(dose)]!.split(',').map(Number);
    // Between two of its doses, the value on the line drawn between them (linear in log dose).
    const [d0, d1] = [dr.doses[10]!, dr.doses[11]!];
    const inside = doses.find((d) => d > d0 && d < d1)!;
    const share = Math.log(inside / d0) / Math.log(d1 / d0);
    const [m0, m1] = [dr.maintained.scenario[10]!, dr.maintained.scenario[11]!];
    expect(at(inside).at(-1)).toBeCloseTo(m0 + (m1 - m0) * share, 9);
    const ed50 = rows.at(-1)!.split(',');
    expect(ed50[0]).toBe('ED50');
    expect(Number(ed50.at(-3))).toBeCloseTo(dr.acute.scenario.ed50!, 9);
  });

  it('is not drawn for another day or unit, nor beside a second result', () => {
    const { chart, host } = mount(new DoseResponseChart());
    const input = withBefore();
    const otherDay = { ...input.before!.doseResponse!, atDay: 56 };
    chart.setResults({ ...input, before: { ...input.before!, doseResponse: otherDay } });
    expect(befores(host)).toHaveLength(0);
    // A rat experiment's curves are in mg/kg.
    const otherUnit = { ...input.before!.doseResponse!, unit: 'mg/kg' };
    chart.setResults({ ...input, before: { ...input.before!, doseResponse: otherUnit } });
    expect(befores(host)).toHaveLength(0);
    chart.setResults(input, inputFor('tolerance-only', 'B: tolerance only'));
    expect(befores(host)).toHaveLength(0);
    expect(host.textContent).not.toContain('Before your change');
  });

  it('stays in the compact layouts (relief alone on a small chart)', () => {
    const { chart, host } = mount(new DoseResponseChart(), [380, 320]);
    chart.setResults(withBefore());
    expect(host.querySelector('.oc-plot-maintained')).toBeNull();
    expect(host.querySelectorAll('.oc-plot-relief path.oc-before')).toHaveLength(1);
    expect(host.textContent).toContain('Before your change');
  });
});
