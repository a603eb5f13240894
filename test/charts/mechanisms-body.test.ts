// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { BodyMapChart, MechanismsChart } from '../../src/charts';
import { findPreset, MECHANISM_IDS, snapshotAt } from '../../src/model';
import { simulate } from '../../src/model/run';
import { inputFor, linearPositionFromTicks, tickPositions } from './fixtures';

afterEach(() => document.body.replaceChildren());

/** A chart input of any scenario (the mechanisms chart reads only the result). */
const inputOf = (scenario: Parameters<typeof simulate>[0]) => ({
  ...inputFor('oih-escalation'),
  label: 'test',
  result: simulate(scenario),
});

function host(): HTMLElement {
  const h = document.createElement('div');
  document.body.append(h);
  return h;
}

describe('mechanisms small multiples', () => {
  it('shows a knocked-out mechanism as such, and not one that is not', () => {
    const h = host();
    const chart = new MechanismsChart();
    chart.mount(h);
    chart.resize(1000, 600);
    chart.setResults(inputFor('tolerance-only'));
    for (const id of MECHANISM_IDS)
      expect(h.querySelector(`.oc-mechanism[data-focus="${id}"]`)!.getAttribute('data-knocked-out')).toBe(
        'true',
      );
    expect(h.querySelector('.oc-mechanism[data-focus="tolerance"] .oc-knockout-band')).toBeNull();
    chart.setResults(inputFor('oih-escalation'));
    expect(h.querySelectorAll('.oc-knockout-band').length).toBe(0);
  });

  it('says when a knock-out starts and stops in the run’s own time: weeks in a course, days and hours in an experiment', () => {
    const h = host();
    const chart = new MechanismsChart();
    chart.mount(h);
    chart.resize(1000, 600);
    const label = () =>
      h.querySelector('.oc-mechanism[data-focus="nmda"] .oc-knockout-band')!.getAttribute('aria-label');
    const course = findPreset('oih-escalation')!.scenario;
    chart.setResults(
      inputOf({ ...course, knockouts: [{ mechanism: 'nmda', level: 0, startDay: 14, stopDay: 42 }] }),
    );
    expect(label()).toMatch(/knocked out from week 2 to week 6$/);
    const rat = findPreset('celerier-2000-fentanyl-100')!.scenario;
    chart.setResults(
      inputOf({ ...rat, knockouts: [{ mechanism: 'nmda', level: 0, startDay: 1, stopDay: 2.5 }] }),
    );
    expect(label()).not.toMatch(/week/);
    expect(label()).toMatch(/knocked out from day 1.* to day 2, hour 12/i);
  });

  it('keeps every panel’s cursor at the snapshot’s time', () => {
    const h = host();
    const chart = new MechanismsChart();
    chart.mount(h);
    chart.resize(1000, 600);
    chart.setResults(inputFor('oih-escalation'));
    chart.update({ tDays: 56 });
    for (const panel of h.querySelectorAll('.oc-mechanism')) {
      const ticks = tickPositions(panel.querySelector('.oc-axis-x')!, 'x');
      const x = Number(panel.querySelector('.oc-cursor-line')!.getAttribute('x1'));
      expect(Math.abs(x - linearPositionFromTicks(ticks, 8))).toBeLessThan(0.5);
    }
  });

  it('shows the same numbers in its table', () => {
    const h = host();
    const chart = new MechanismsChart();
    chart.mount(h);
    const input = inputFor('oih-escalation');
    chart.setResults(input);
    chart.toggleTable(true);
    const header = [...h.querySelectorAll('.oc-table thead th')].map((c) => c.textContent);
    // The panels' short names, as on the scene and in the controls.
    expect(header).toEqual(['Day', 'NMDA', 'RVM', 'Glia', 'Dynorphin', 'HCN2', 'Tolerance']);
    const row = [...h.querySelectorAll('.oc-table tbody tr')[84]!.children].map((c) => c.textContent);
    const i = input.result.tDays.findIndex((t) => Math.abs(t - 84) < 1e-6);
    const s = input.result.series;
    expect(row).toEqual([
      '84.0',
      ...[s.nmda, s.rvm, s.glia, s.dynorphin, s.hcn2, s.toleranceFold].map((a) => a[i]!.toFixed(2)),
    ]);
  });

  it('selects a mechanism by click or keyboard', () => {
    const h = host();
    const chart = new MechanismsChart();
    chart.mount(h);
    chart.setResults(inputFor('oih-escalation'));
    const seen: string[] = [];
    const off = chart.onSelect((id) => seen.push(id));
    (h.querySelector('.oc-mechanism[data-focus="glia"]') as SVGGElement).dispatchEvent(
      new MouseEvent('click', { bubbles: true }),
    );
    h.querySelector('.oc-mechanism[data-focus="rvm"] .oc-mechanism-button')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }),
    );
    off();
    h.querySelector('.oc-mechanism[data-focus="nmda"] .oc-mechanism-button')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }),
    );
    expect(seen).toEqual(['glia', 'rvm']);
    chart.highlight('glia');
    expect(h.querySelector('.oc-mechanism[data-focus="glia"]')!.classList.contains('is-highlighted')).toBe(
      true,
    );
    expect(h.querySelector('.oc-mechanism[data-focus="nmda"]')!.classList.contains('is-highlighted')).toBe(
      false,
    );
  });
});

describe('body map', () => {
  const regionEl = (h: HTMLElement, region: string) =>
    h.querySelector(`path.oc-region[role="img"][data-region="${region}"]`)!;

  it('names every region with the state the model reports at the cursor’s time', () => {
    const h = host();
    const chart = new BodyMapChart();
    chart.mount(h);
    chart.resize(800, 600);
    const input = inputFor('oih-escalation');
    chart.setResults(input);
    chart.update({ tDays: 120 });
    const expected = input.regionsAt!(120);
    expect(expected.painful.length).toBeGreaterThan(expected.original.length); // pain has spread by week 17
    const named = [...h.querySelectorAll('path.oc-region[role="img"]')];
    expect(named.length).toBe(18);
    for (const el of named) {
      const region = el.getAttribute('data-region') as never;
      const label = el.getAttribute('aria-label')!;
      if (expected.allodynic.includes(region)) expect(label).toMatch(/Allodynia/);
      if (!expected.painful.includes(region)) expect(label).toMatch(/Not painful/);
      else if (expected.original.includes(region)) expect(label).toMatch(/Painful: the original site/);
      else expect(label).toMatch(/Painful: pain has spread here/);
    }
    expect(regionEl(h, 'lower-back').getAttribute('aria-label')).toMatch(/^Lower back: Where the disease is/);
    // The disease's own area is drawn as original, the rest of the pain as spread: by pattern, not colour alone.
    expect(regionEl(h, 'abdomen').getAttribute('data-state')).toBe('original');
    expect(regionEl(h, 'left-hip').getAttribute('data-state')).toBe('spread');
    expect(h.querySelector('pattern#oc-spread-dots circle')).not.toBeNull();
  });

  it('shows the tolerance-only patient’s pain at its original site, never as spread, without allodynia', () => {
    const h = host();
    const chart = new BodyMapChart();
    chart.mount(h);
    const input = inputFor('tolerance-only');
    chart.setResults(input);
    chart.update({ tDays: 84 });
    const expected = input.regionsAt!(84);
    const painful = [...h.querySelectorAll('path.oc-region[role="img"]')].filter(
      (e) => e.getAttribute('data-state') !== 'none',
    );
    expect(painful.map((e) => e.getAttribute('data-region')).sort()).toEqual([...expected.painful].sort());
    expect(painful.map((e) => e.getAttribute('data-state'))).toEqual(['original', 'original']);
    expect(h.querySelectorAll('path.oc-region[data-state="spread"]').length).toBe(0);
    expect(h.querySelectorAll('path.oc-region[data-allodynic]').length).toBe(0);
    expect(h.querySelector('.oc-explain')?.textContent).toMatch(
      /^Week 12: 2 regions hurt \(0 where pain has spread\)/,
    );
    // An experiment of hours to days says its moment as its clock does, not in weeks.
    chart.setResults(inputFor('celerier-2000-fentanyl-100'));
    chart.update({ tDays: 2.5 });
    expect(h.querySelector('.oc-explain')?.textContent).toMatch(/^Day 2, hour 12: /);
    chart.setResults(input);
    chart.update({ tDays: 84 });
    chart.toggleTable(true);
    const rows = [...h.querySelectorAll('.oc-table tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent),
    );
    expect(rows.length).toBe(18);
    expect(rows.find((r) => r[0] === 'Lower back')![1]).toBe(
      'Where the disease is, Painful: the original site',
    );
    expect(rows.find((r) => r[0] === 'Abdomen')![1]).toBe('Painful: the original site');
    expect(rows.find((r) => r[0] === 'Left foot')![1]).toBe('Not painful');
  });

  it('has a legend that says which look is which, by pattern and outline as well as colour', () => {
    const h = host();
    const chart = new BodyMapChart();
    chart.mount(h);
    chart.resize(800, 600);
    chart.setResults(inputFor('oih-escalation'));
    chart.update({ tDays: 120 });
    const items = [...h.querySelectorAll('.oc-legend-item')].map((i) => ({
      text: i.querySelector('text')?.textContent,
      state: i.querySelector('rect')?.getAttribute('data-state'),
      original: i.querySelector('rect')?.hasAttribute('data-original'),
      allodynic: i.querySelector('rect')?.hasAttribute('data-allodynic'),
    }));
    expect(items).toEqual([
      { text: 'Star: where the disease is', state: 'none', original: false, allodynic: false },
      {
        text: 'Solid, thick outline: painful, the original site',
        state: 'original',
        original: true,
        allodynic: false,
      },
      { text: 'Dotted: painful, pain has spread here', state: 'spread', original: false, allodynic: false },
      { text: 'Hatched: allodynia, light touch hurts', state: 'none', original: false, allodynic: true },
      { text: 'Not painful', state: 'none', original: false, allodynic: false },
    ]);
  });

  it('takes the first result’s regions from the snapshot when no regionsAt is given', () => {
    const h = host();
    const chart = new BodyMapChart();
    chart.mount(h);
    const full = inputFor('oih-escalation');
    const bare = { label: full.label, result: full.result, doseResponse: full.doseResponse };
    chart.setResults(bare);
    const snapshot = snapshotAt(bare.result, 150);
    chart.update(snapshot);
    const allodynic = [...h.querySelectorAll('path.oc-region[role="img"][data-allodynic]')];
    expect(allodynic.map((e) => e.getAttribute('data-region')).sort()).toEqual(
      [...snapshot.allodynicRegions].sort(),
    );
    expect(allodynic.length).toBeGreaterThan(0);
    const spread = [...h.querySelectorAll('path.oc-region[role="img"][data-state="spread"]')];
    expect(spread.map((e) => e.getAttribute('data-region')).sort()).toEqual(
      [...snapshot.spreadRegions].sort(),
    );
  });
});
