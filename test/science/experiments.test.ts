import { describe, expect, it } from 'vitest';
import { findPreset } from '../../src/model/index';
import { references } from '../../src/content/references';
import {
  BANDS,
  EXPERIMENTS,
  bandsOf,
  experimentById,
  experimentLink,
  readingOf,
  timeCurve,
  withinBand,
  type Citation,
  type Experiment,
  type TimePlot,
} from '../../src/science/index';

/**
 * Issue 20: the Experiments view reads one source of truth. Every experiment in the view owns bands the
 * validation tests assert (test/science/bands.test.ts) and every band belongs to exactly one experiment; the
 * presets, plots, points and citations are consistent. Cheap by design: only one band's measurement runs here.
 */
const presetsNamed = (e: Experiment): string[] => [
  ...e.presets.map((p) => p.preset),
  ...e.plots.flatMap((plot) => {
    switch (plot.kind) {
      case 'time':
        return plot.curves.flatMap((c) => ('preset' in c ? [c.preset] : [c.of, c.against]));
      case 'ed50-fold':
        return plot.curves.map((c) => c.preset);
      case 'maintained-dose-response':
        return [plot.preset];
      case 'bands':
        return [];
    }
  }),
  e.whatIf.appliesTo,
];
const citationsOf = (e: Experiment): Citation[] => [...(e.citation ? [e.citation] : []), ...e.alsoCites];

describe('the experiments (issue 20)', () => {
  it('are at least 14, one for each validation item, with unique link-safe ids', () => {
    expect(EXPERIMENTS.length).toBeGreaterThanOrEqual(14);
    const ids = EXPERIMENTS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(encodeURIComponent(id)).toBe(id);
    }
    expect(experimentLink(EXPERIMENTS[0] as Experiment)).toBe('#experiment=celerier-2000');
    for (const e of EXPERIMENTS) expect(experimentById(e.id)).toBe(e);
    expect(experimentById('no-such-experiment')).toBeUndefined();
  });

  it('every band of BANDS belongs to exactly one experiment, and every experiment has bands', () => {
    for (const band of BANDS) {
      const owners = EXPERIMENTS.filter((e) => e.items.includes(band.item)).map((e) => e.id);
      expect(owners, `${band.item}: ${band.behaviour}`).toHaveLength(1);
    }
    for (const e of EXPERIMENTS) {
      for (const item of e.items)
        expect(
          BANDS.some((b) => b.item === item),
          `${e.id} item ${item}`,
        ).toBe(true);
    }
  });

  it('bandsOf gives the BandCheck objects of BANDS themselves, never copies', () => {
    for (const e of EXPERIMENTS) {
      const own = bandsOf(e);
      expect(own.length).toBeGreaterThan(0);
      for (const check of own) expect(BANDS.includes(check)).toBe(true);
      for (const plot of e.plots) {
        if (plot.kind === 'bands') for (const entry of plot.entries) expect(own).toContain(entry.check);
      }
    }
  });

  it('every preset an experiment names exists, and every group that runs is in the design', () => {
    for (const e of EXPERIMENTS) {
      for (const name of presetsNamed(e)) expect(findPreset(name), `${e.id}: ${name}`).toBeDefined();
      for (const run of e.presets) expect(e.design.groups, e.id).toContain(run.group);
      expect(e.design.schedule.length, e.id).toBeGreaterThan(0);
    }
  });

  it('every published point has a source and a note, sits on one of its plots and its range holds it', () => {
    for (const e of EXPERIMENTS) {
      const plots = new Set(e.plots.map((p) => p.id));
      expect(plots.size, e.id).toBe(e.plots.length);
      for (const point of e.published) {
        const what = `${e.id}: ${point.note}`;
        expect(['abstract', 'derived', 'figure'], what).toContain(point.source);
        expect(point.note.length, what).toBeGreaterThan(0);
        expect(plots.has(point.plot), what).toBe(true);
        expect(point.x !== null || point.y !== null, what).toBe(true);
        if (point.y !== null && point.low !== undefined) expect(point.low).toBeLessThanOrEqual(point.y);
        if (point.y !== null && point.high !== undefined) expect(point.high).toBeGreaterThanOrEqual(point.y);
        if (point.x !== null && point.xRange) {
          expect(point.xRange[0]).toBeLessThanOrEqual(point.x);
          expect(point.xRange[1]).toBeGreaterThanOrEqual(point.x);
        }
      }
      if (e.published.length === 0) expect(e.missing, `${e.id} says why it has no points`).toBeTruthy();
    }
  });

  it('cites a paper with a DOI only where references.ts or the facts give one, and the same DOI as references.ts', () => {
    for (const e of EXPERIMENTS) {
      if (e.citation === null) expect(e.basis, `${e.id} says what it rests on`).toBeTruthy();
      for (const c of citationsOf(e)) {
        const what = `${e.id}: ${c.authors} ${c.year}`;
        if (c.doi === null) expect(c.note, `${what} says why there is no DOI`).toBeTruthy();
        else expect(c.doi, what).toMatch(/^10\.\d{4,9}\/\S+$/);
        const byDoi = c.doi === null ? undefined : references.find((r) => r.doi === c.doi);
        if (byDoi) expect(c.referenceId, what).toBe(byDoi.id);
        if (c.referenceId === undefined) continue;
        const reference = references.find((r) => r.id === c.referenceId);
        expect(reference, what).toBeDefined();
        expect(c.doi, what).toBe(reference?.doi ?? null);
        expect(reference?.citation, what).toContain(`(${c.year})`);
      }
    }
  });

  it('each what-if control has a range holding its default, on a preset of the experiment', () => {
    for (const e of EXPERIMENTS) {
      const w = e.whatIf;
      expect(w.step, e.id).toBeGreaterThan(0);
      expect(w.min, e.id).toBeLessThan(w.max);
      expect(w.default, e.id).toBeGreaterThanOrEqual(w.min);
      expect(w.default, e.id).toBeLessThanOrEqual(w.max);
      expect(
        e.presets.map((p) => p.preset),
        e.id,
      ).toContain(w.appliesTo);
    }
  });

  it('every plot’s time range lies within its presets’ runs', () => {
    const days = (name: string) => findPreset(name)?.scenario.durationDays ?? 84;
    for (const e of EXPERIMENTS) {
      for (const plot of e.plots) {
        const what = `${e.id}: ${plot.id}`;
        if (plot.kind === 'time') {
          const k = plot.timeUnit === 'hours' ? 24 : 1;
          expect(plot.from, what).toBeGreaterThanOrEqual(0);
          expect(plot.from, what).toBeLessThan(plot.to);
          const longest = Math.max(...plot.curves.map((c) => days('preset' in c ? c.preset : c.of)));
          expect(longest * k, what).toBeGreaterThanOrEqual(plot.to);
        }
        if (plot.kind === 'ed50-fold') {
          for (const c of plot.curves)
            for (const d of c.readDays) expect(d, what).toBeLessThanOrEqual(days(c.preset));
        }
        if (plot.kind === 'maintained-dose-response')
          expect(plot.readDay).toBeLessThanOrEqual(days(plot.preset));
      }
    }
  });

  it('a time plot’s model curve is in the plot’s unit, relative curves start at 1 (Laulin 2002, Koppert 2003)', () => {
    const laulin = (experimentById('laulin-2002') as Experiment).plots[0] as TimePlot;
    const saline = timeCurve(laulin, laulin.curves[0] as TimePlot['curves'][number]);
    expect(saline.x[0]).toBe(0);
    expect(saline.x.at(-1)).toBeLessThanOrEqual(12);
    expect(saline.x.at(-1)).toBeGreaterThan(11);
    expect(saline.y.every(Number.isFinite)).toBe(true);
    const koppert = (experimentById('koppert-2003') as Experiment).plots[0] as TimePlot;
    const area = timeCurve(koppert, koppert.curves[0] as TimePlot['curves'][number]);
    expect(area.y[0]).toBeCloseTo(1, 12);
  });

  it('a table row’s model value is its BandCheck’s measurement (Célèrier, 4 × 20 µg/kg)', () => {
    const celerier = experimentById('celerier-2000') as Experiment;
    const check = bandsOf(celerier)[0];
    if (!check) throw new Error('Célèrier has no band');
    const row = readingOf(check);
    expect(row.check).toBe(check);
    expect(row.paper).toBe(check.published);
    expect(row.model).toBe(check.measure());
    expect(row.withinBand).toBe(withinBand(row.model, check.band));
  });
});
