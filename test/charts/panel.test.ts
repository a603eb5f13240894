// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createChartsPanel } from '../../src/charts';
import { inputFor } from './fixtures';

afterEach(() => document.body.replaceChildren());

describe('charts panel', () => {
  it('switches charts with arrow keys, Home and End (ARIA tabs)', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const panel = createChartsPanel();
    panel.mount(host);
    panel.setResults(inputFor('oih-escalation'));
    const tabs = [...host.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs.map((t) => t.textContent)).toEqual([
      'Dose–response',
      'Time course',
      'Mechanisms',
      'Body map',
    ]);
    const visible = () =>
      [...host.querySelectorAll<HTMLElement>('[role="tabpanel"]')]
        .filter((p) => !p.hidden)
        .map((p) => p.querySelector('h3')!.textContent);
    expect(visible()).toEqual(['Dose–response: tolerance versus OIH']);
    tabs[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(visible()).toEqual(['Time course']);
    expect(document.activeElement).toBe(tabs[1]);
    expect(tabs.map((t) => t.tabIndex)).toEqual([-1, 0, -1, -1]);
    tabs[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(visible()).toEqual(['Body map: where it hurts']);
    tabs[3]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(visible()).toEqual(['Dose–response: tolerance versus OIH']);
    panel.setLayout('all');
    expect(visible().length).toBe(4);
    panel.destroy();
    expect(host.children.length).toBe(0);
  });

  it('overlays two labelled results in compare mode, told apart by dash and marker', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const panel = createChartsPanel('all');
    panel.mount(host);
    panel.resize(1000, 800);
    panel.setResults(inputFor('oih-escalation', 'Escalate'), inputFor('tolerance-only', 'Tolerance'));
    const svg = panel.charts.doseResponse.svgElement;
    const a = svg.querySelector<SVGPathElement>('.oc-plot-maintained path.oc-line[data-series="a"]')!;
    const b = svg.querySelector<SVGPathElement>('.oc-plot-maintained path.oc-line[data-series="b"]')!;
    expect(a.style.strokeDasharray).not.toBe(b.style.strokeDasharray);
    const legend = [...svg.querySelectorAll('.oc-legend-text')].map((t) => t.textContent);
    expect(legend).toContain('Escalate');
    expect(legend).toContain('Tolerance');
    expect(panel.charts.doseResponse.root.querySelector('.oc-explain')!.textContent).toMatch(
      /Escalate: OIH.*Tolerance: Tolerance/,
    );
    // Back to one result: the second series goes away, the first is the same element, updated.
    panel.setResults(inputFor('tolerance-only', 'Tolerance'));
    expect(svg.querySelector('.oc-plot-maintained path.oc-line[data-series="b"]')).toBeNull();
    expect(svg.querySelector('.oc-plot-maintained path.oc-line[data-series="a"]')).toBe(a);
  });

  it('draws only the chart shown; a hidden tab draws what it missed when it is shown', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const panel = createChartsPanel();
    panel.mount(host);
    panel.setResults(inputFor('oih-escalation'));
    const drawn = (chart: { svgElement: SVGSVGElement }) => chart.svgElement.querySelectorAll('path').length;
    expect(drawn(panel.charts.doseResponse)).toBeGreaterThan(0);
    expect(drawn(panel.charts.timeCourse)).toBe(0);
    expect(drawn(panel.charts.mechanisms)).toBe(0);
    panel.show('time-course');
    expect(drawn(panel.charts.timeCourse)).toBeGreaterThan(0);
    // A new result while the time course is shown: the dose–response, now hidden, waits for its tab.
    const before = panel.charts.doseResponse.svgElement.innerHTML;
    panel.setResults(inputFor('tolerance-only'));
    expect(panel.charts.doseResponse.svgElement.innerHTML).toBe(before);
    panel.show('dose-response');
    expect(panel.charts.doseResponse.svgElement.innerHTML).not.toBe(before);
    // All charts shown: all draw.
    panel.setLayout('all');
    expect(drawn(panel.charts.mechanisms)).toBeGreaterThan(0);
    panel.destroy();
  });
});
