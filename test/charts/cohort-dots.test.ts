// @vitest-environment happy-dom
import { fireEvent } from '@testing-library/dom';
import { quantile } from 'd3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cohortDotChart } from '../../src/charts/cohort-dot-chart';
import { cohortFanChart } from '../../src/charts/cohort-fan-chart';
import { formatCell } from '../../src/charts/table';
import { chartToolbar } from '../../src/content/charts';
import { cohortChartWords as w, cohortClassWords } from '../../src/content/cohort-words';
import {
  cohortFan,
  findPreset,
  normalizeScenario,
  summarizeCohort,
  type CohortSummary,
  type PatientAtDay,
  type PatientOutcome,
} from '../../src/model';
import { cohortOutcomes, untreatedOutcome } from '../../src/model/run';
import { catchDownloads } from './catch-downloads';
import { linearPositionFromTicks, tickPositions } from './fixtures';

/**
 * The cohort's dot plots (issue 21) of pain and of the pain threshold, and the PNG/SVG export of the cohort's
 * charts, on real patients (40 of the OIH escalation preset, computed here) at week 8.
 */
const N = 40;
const SEED = 12345;
const DAY = 56;
let outcomes: PatientOutcome[];
let untreated: PatientOutcome;
let summary: CohortSummary;
beforeAll(() => {
  const scenario = normalizeScenario(findPreset('oih-escalation')?.scenario);
  outcomes = cohortOutcomes(scenario, N, SEED);
  untreated = untreatedOutcome(scenario);
  summary = summarizeCohort(outcomes, untreated, DAY);
});
afterEach(() => document.body.replaceChildren());

function mount(quantity: 'pain' | 'threshold', picked: number[] = []) {
  const host = document.createElement('div');
  document.body.append(host);
  const chart = cohortDotChart(host, (i) => picked.push(i), quantity);
  return { host, chart };
}

const translateX = (el: Element) =>
  Number(/translate\(([-\d.e]+),/.exec(el.getAttribute('transform') ?? '')?.[1]);

describe('the threshold dot plot', () => {
  it('places each patient at its threshold at the week, and marks the threshold without the opioid', () => {
    const { host, chart } = mount('threshold');
    chart.draw({ summary, total: N, seed: SEED });
    const dots = [...host.querySelectorAll('.cohort-dot[data-patient]')];
    expect(dots.length).toBe(N);
    const ticks = tickPositions(host.querySelector('.oc-axis-x') as Element, 'x');
    expect(ticks.size).toBeGreaterThan(2);
    // Most of the cohort is hyperalgesic at week 8, so the plot is not a trivial one.
    expect(summary.each.filter((p) => p.threshold < 0.95).length).toBeGreaterThan(N / 2);
    for (const p of summary.each) {
      const dot = host.querySelector(`.cohort-dot[data-patient="${p.index}"]`) as Element;
      expect(dot.getAttribute('data-class')).toBe(p.class);
      // A dot sits in a column one dot wide (6 px radius at most) around its value.
      expect(Math.abs(translateX(dot) - linearPositionFromTicks(ticks, p.threshold))).toBeLessThanOrEqual(6);
      expect(dot.querySelector('title')?.textContent).toContain(`threshold ${p.threshold.toFixed(2)}×`);
    }
    const mark = host.querySelector('.cohort-untreated-mark') as Element;
    expect(summary.untreatedThreshold).toBeCloseTo(1, 12);
    expect(Number(mark.getAttribute('x1'))).toBeCloseTo(linearPositionFromTicks(ticks, 1), 6);
    expect(host.querySelector('.xc-reference-label')?.textContent).toBe(w.thresholdUntreatedMark(1));
    // The x axis is the threshold's, not pain's.
    expect(host.querySelector('.oc-axis-title-x')?.textContent).toBe(w.thresholdX);
    expect(host.querySelector('.xc-chart-title')?.textContent).toBe(w.thresholdTitle('8'));
  });

  it('says the quartiles and the share below normal in words', () => {
    const { host, chart } = mount('threshold');
    chart.draw({ summary, total: N, seed: SEED });
    const sorted = summary.each.map((p) => p.threshold).sort((a, b) => a - b);
    const q = (p: number) => (quantile(sorted, p) ?? NaN).toFixed(2);
    const below = sorted.filter((t) => t < 0.95).length;
    const sentence = host.querySelector('.xc-summary')?.textContent ?? '';
    expect(sentence).toContain(`median patient's pain threshold is ${q(0.5)}× normal`);
    expect(sentence).toContain(`middle half ${q(0.25)}×–${q(0.75)}×`);
    expect(sentence).toContain(`${below} of ${N} patients are below normal`);
    // The SVG is named by the title and the sentence.
    const svg = host.querySelector('svg.cohort-svg') as SVGSVGElement;
    const named = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(named.map((id) => document.getElementById(id)?.textContent)).toEqual([
      w.thresholdTitle('8'),
      sentence,
    ]);
  });

  it('has a data table of every patient, threshold first, when opened', () => {
    const { host, chart } = mount('threshold');
    chart.draw({ summary, total: N, seed: SEED });
    const details = host.querySelector('details') as HTMLDetailsElement;
    expect(host.querySelector('table')).toBeNull();
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    const table = host.querySelector('table') as HTMLTableElement;
    expect(table.caption?.textContent).toBe(w.thresholdCaption('8'));
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(heads.slice(0, 3)).toEqual([w.columns.patient, w.columns.threshold, w.columns.pain]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.length).toBe(N);
    summary.each.forEach((p, i) => {
      const cells = [...(rows[i] as Element).children].map((c) => c.textContent);
      expect(cells.slice(0, 3)).toEqual([String(p.index + 1), formatCell(p.threshold), formatCell(p.pain)]);
    });
  });

  it('a click on a dot picks its patient', () => {
    const picked: number[] = [];
    const { host, chart } = mount('threshold', picked);
    chart.draw({ summary, total: N, seed: SEED });
    fireEvent.click(host.querySelector('.cohort-dot[data-patient="7"]') as Element);
    expect(picked).toEqual([7]);
  });

  it('the pain plot is unchanged by the generalisation: dots at their pain, the untreated pain marked', () => {
    const { host, chart } = mount('pain');
    chart.draw({ summary, total: N, seed: SEED });
    const ticks = tickPositions(host.querySelector('.oc-axis-x') as Element, 'x');
    for (const p of summary.each) {
      const dot = host.querySelector(`.cohort-dot[data-patient="${p.index}"]`) as Element;
      expect(Math.abs(translateX(dot) - linearPositionFromTicks(ticks, p.pain))).toBeLessThanOrEqual(6);
    }
    const mark = host.querySelector('.cohort-untreated-mark') as Element;
    expect(Number(mark.getAttribute('x1'))).toBeCloseTo(
      linearPositionFromTicks(ticks, summary.untreatedPain),
      6,
    );
    expect(host.querySelector('.xc-summary')?.textContent).toBe(
      w.dotsSummary('8', N, summary.worse.count, summary.untreatedPain),
    );
  });
});

describe('export of the cohort charts', () => {
  it('the dot plot saves an SVG with its title, sentence, every dot and the legend, styles inlined', async () => {
    const saved = catchDownloads();
    const { host, chart } = mount('threshold');
    const svgButton = () =>
      host.querySelector(`button[aria-label="${chartToolbar.exportSvgLabel(w.thresholdTitle('8'))}"]`);
    // While patients are still arriving the cohort is not whole: no export yet.
    chart.draw({ summary: summarizeCohort(outcomes.slice(0, 10), untreated, DAY), total: N, seed: SEED });
    expect((svgButton() as HTMLButtonElement).disabled).toBe(true);
    chart.draw({ summary, total: N, seed: SEED });
    expect((svgButton() as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(svgButton() as Element);
    expect(saved.map((s) => s.name)).toEqual([`cohort-${N}-seed-${SEED}-threshold.svg`]);
    const text = await (saved[0] as { blob: Blob }).blob.text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts[0]).toBe(w.thresholdTitle('8'));
    expect(texts.join(' ')).toContain(`${summary.byClass.worse} of ${N}`);
    expect(texts.join(' ')).toContain('Filled triangle');
    // Every patient's dot (their <title>s name them) and one legend mark per class.
    const dotTitles = [...doc.querySelectorAll('path > title')].map((t) => t.textContent);
    expect(dotTitles.length).toBe(N);
    const p7 = summary.each[7] as PatientAtDay;
    expect(dotTitles).toContain(w.thresholdDotTitle(7, p7.threshold, cohortClassWords[p7.class].name));
    // Self-contained: no class left to a stylesheet the file does not have.
    expect(doc.querySelector('[class]')).toBeNull();
    // The copy used to read the styles is gone from the page.
    expect(host.querySelectorAll('svg.cohort-svg').length).toBe(1);
    // In compare mode a side's file says its side, so A's and B's do not take one name.
    chart.draw({ summary, total: N, seed: SEED, side: 'b' });
    fireEvent.click(svgButton() as Element);
    expect(saved.at(-1)?.name).toBe(`cohort-${N}-seed-${SEED}-b-threshold.svg`);
  });

  it('the fan saves an SVG with its title, bands, median and legend, named by the cohort’s size and seed', async () => {
    const saved = catchDownloads();
    const host = document.createElement('div');
    document.body.append(host);
    const chart = cohortFanChart(host);
    chart.draw({
      fan: cohortFan(outcomes),
      thisPatient: null,
      untreated: null,
      durationDays: 182,
      day: DAY,
      total: N,
      seed: SEED,
    });
    const png = host.querySelector(`button[aria-label="${chartToolbar.exportPngLabel(w.fanTitle)}"]`);
    expect(png).not.toBeNull();
    fireEvent.click(
      host.querySelector(`button[aria-label="${chartToolbar.exportSvgLabel(w.fanTitle)}"]`) as Element,
    );
    expect(saved[0]?.name).toBe(`cohort-${N}-seed-${SEED}-fan.svg`);
    const doc = new DOMParser().parseFromString(
      await (saved[0] as { blob: Blob }).blob.text(),
      'image/svg+xml',
    );
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts[0]).toBe(w.fanTitle);
    for (const line of Object.values(w.fanLegend)) expect(texts).toContain(line);
    // Two bands and the median from the plot (each drawn from all 183 days), and the legend's two band samples.
    const long = [...doc.querySelectorAll('path')].filter((p) => (p.getAttribute('d') ?? '').length > 500);
    expect(long.length).toBe(3);
    expect(doc.querySelectorAll('rect').length).toBe(3);
  });
});
