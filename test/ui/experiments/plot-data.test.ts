import { describe, expect, it } from 'vitest';
import { plotNumbers } from '../../../src/app/experiment-answer';
import { EXPERIMENTS } from '../../../src/science';
import { plotScales, symlogTicks } from '../../../src/charts/experiment-scales';
import { plotData } from '../../../src/ui/experiments/plot-data';

// The result charts' data, for every plot of every experiment (runs every preset once: ~2 s).
const plots = EXPERIMENTS.flatMap((e) =>
  e.plots.map((p) => ({ e, p, data: plotData(e, p, plotNumbers(p)) })),
);

describe('the experiments’ plot data', () => {
  it('gives every plot a model curve with numbers, and every published point a place on its axes', () => {
    for (const { e, p, data } of plots) {
      const where = `${e.id}/${p.id}`;
      expect(data.curves.length, where).toBeGreaterThan(0);
      for (const c of data.curves) expect(c.y.some(Number.isFinite), `${where} ${c.label}`).toBe(true);
      expect(data.points, where).toHaveLength(e.published.filter((x) => x.plot === p.id).length);
      for (const point of data.points) {
        expect(point.x !== null || point.y !== null, `${where} ${point.label}`).toBe(true);
        if (point.x !== null && data.xDomain) {
          expect(point.x, `${where} ${point.label}`).toBeGreaterThanOrEqual(data.xDomain[0]);
          expect(point.x, `${where} ${point.label}`).toBeLessThanOrEqual(data.xDomain[1]);
        }
      }
    }
  });

  it('puts a paper value on a plot of groups at its group', () => {
    const grace = plots.find(({ e, p }) => e.id === 'grace-2016' && p.kind === 'bands')!.data;
    expect(grace.categories).toEqual([
      'morphine from day 10',
      'course ending 7 days before (laparotomy study)',
    ]);
    expect(grace.points.map((p) => [p.label, p.x, p.curve])).toEqual([
      ['morphine from day 10', 0, 0],
      ['course ending 7 days before (laparotomy study)', 1, 1],
    ]);
  });

  it('says in one sentence what the model shows and what the paper gives', () => {
    const celerier = plots.find(({ e }) => e.id === 'celerier-2000')!.data;
    expect(celerier.summary).toMatch(
      /^Paw-pressure threshold after the fentanyl series: the model’s “fentanyl 4 × 100 µg\/kg” is lowest, 0\.\d+, at [\d.]+ h .*; the paper gives .*0\.7 \(no time given\)/,
    );
  });

  it('gives the first hours of Célèrier’s 10-day plot room: a symlog axis with round ticks', () => {
    const e = EXPERIMENTS.find((x) => x.id === 'celerier-2000')!;
    const plot = e.plots[0]!;
    const data = plotData(e, plot, plotNumbers(plot));
    expect(data.xScale).toBe('symlog');
    expect(data.xTitle).toMatch(/first hours stretched/);
    const { x } = plotScales(data, [0, 600], [300, 0]);
    // The analgesia (0–5 h) takes over a quarter of the width; on a linear 0–240 h axis it took 2 %.
    expect(x(5) - x(0)).toBeGreaterThan(0.25 * 600);
    expect(x(240)).toBeCloseTo(600, 6);
    const ticks = symlogTicks(x, [0, 240], 14);
    expect(ticks[0]).toBe(0);
    expect(ticks).toContain(240);
    for (let i = 1; i < ticks.length; i++)
      expect(x(ticks[i]!) - x(ticks[i - 1]!)).toBeGreaterThanOrEqual(14 * 2.6);
    // Every other time plot keeps a linear axis.
    for (const other of EXPERIMENTS)
      for (const p of other.plots)
        if (p.kind === 'time' && p !== plot)
          expect(plotData(other, p, plotNumbers(p)).xScale, p.id).toBe('linear');
  });
});
