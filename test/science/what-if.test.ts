import { describe, expect, it } from 'vitest';
import { findPreset } from '../../src/model/index';
import {
  EXPERIMENTS,
  whatIfCurve,
  whatIfRule,
  whatIfScenario,
  type Experiment,
  type WhatIfCurve,
} from '../../src/science/index';
import { WHAT_IF_RULES } from '../../src/science/what-if-rules';

/**
 * Issue 20's "what if" control: each experiment's rule turns the control's value into a changed run of the
 * preset it applies to. At the default the control must give the preset's own run (else the what-if line would
 * differ from the model's line before the student changes anything), over its whole range it must run, and
 * away from the default it must change something.
 */
const curvesOf = (e: Experiment, value: number): WhatIfCurve[] =>
  e.plots.flatMap((plot) => {
    const c = whatIfCurve(e, plot, value);
    return c ? [c] : [];
  });

/** min, max and four values between, on the control's step grid. */
function grid(e: Experiment): number[] {
  const { min, max, step } = e.whatIf;
  const inner = [1, 2, 3, 4].map((k) => min + Math.round(((max - min) * k) / 5 / step) * step);
  return [...new Set([min, ...inner, max])];
}

describe('the what-if controls (issue 20)', () => {
  it('has one rule per experiment, of the control’s kind, and a default on its grid', () => {
    expect(Object.keys(WHAT_IF_RULES).sort()).toEqual(EXPERIMENTS.map((e) => e.id).sort());
    for (const e of EXPERIMENTS) {
      const { kind, min, max, step, default: d } = e.whatIf;
      expect(whatIfRule(e).kind, e.id).toBe(kind === 'readDay' ? 'readDay' : 'scenario');
      expect(min, e.id).toBeLessThan(max);
      expect(d, e.id).toBeGreaterThanOrEqual(min);
      expect(d, e.id).toBeLessThanOrEqual(max);
      // The slider can land on the default: it is a whole number of steps from min (to float rounding).
      const steps = (d - min) / step;
      expect(Math.abs(steps - Math.round(steps)), e.id).toBeLessThan(1e-9);
    }
  });

  it.each(EXPERIMENTS.map((e) => [e.id, e] as const))(
    '%s: at the default, the scenario and every curve are the preset’s own',
    (_id, e) => {
      const preset = findPreset(e.whatIf.appliesTo);
      expect(preset).toBeDefined();
      expect(whatIfScenario(e, e.whatIf.default)).toEqual(preset?.scenario);
      const curves = curvesOf(e, e.whatIf.default);
      // The control shows on at least one plot.
      expect(curves.length).toBeGreaterThan(0);
      for (const c of curves) {
        if (c.kind === 'line') expect(c.curve).toEqual(c.original);
        else
          // Readings: each on the preset's own curve or reading at the same x.
          c.curve.x.forEach((x, i) => {
            const k = c.original.x.findIndex((ox) => Math.abs(ox - x) < 1e-9);
            expect(k, `${e.id} reads at ${x}`).toBeGreaterThanOrEqual(0);
            expect(c.curve.y[i]).toBeCloseTo(c.original.y[k] ?? NaN, 12);
          });
      }
    },
    60_000,
  );

  it.each(EXPERIMENTS.map((e) => [e.id, e] as const))(
    '%s: over the control’s range it runs, gives finite values, and changes the curve away from the default',
    (_id, e) => {
      let changed = false;
      for (const value of grid(e)) {
        const curves = curvesOf(e, value);
        expect(curves.length).toBeGreaterThan(0);
        for (const c of curves) {
          expect(c.curve.x.length, `${e.id} at ${value}`).toBeGreaterThan(0);
          expect(c.curve.y.length).toBe(c.curve.x.length);
          for (const v of [...c.curve.x, ...c.curve.y])
            expect(Number.isFinite(v), `${e.id} at ${value}`).toBe(true);
          if (value !== e.whatIf.default && JSON.stringify(c.curve) !== JSON.stringify(c.original))
            changed = true;
        }
      }
      expect(changed, `${e.id}: the control changes nothing`).toBe(true);
    },
    120_000,
  );

  it('Célèrier: more fentanyl per bolus, deeper hyperalgesia; the what-if at 100 µg/kg is the 100 µg/kg group', () => {
    const e = EXPERIMENTS.find((x) => x.id === 'celerier-2000')!;
    const lowest = (value: number) => Math.min(...(curvesOf(e, value)[0]?.curve.y ?? []));
    expect(lowest(200)).toBeLessThan(lowest(100));
    expect(lowest(20)).toBeGreaterThan(lowest(100));
  });

  it('Darnall: the taper reaches the chosen dose in week 17 and keeps the first two 5 % cuts', () => {
    const e = EXPERIMENTS.find((x) => x.id === 'darnall-2018')!;
    const scenario = whatIfScenario(e, 90);
    const r = scenario.regimens?.[0];
    if (r?.kind !== 'steps') throw new Error('steps expected');
    expect(r.steps.at(-1)?.dosePerDay).toBe(90);
    expect(r.steps[1]?.dosePerDay).toBeCloseTo(288 * 0.95, 9);
    expect(r.steps[2]?.dosePerDay).toBeCloseTo(288 * 0.95 * 0.95, 9);
    // Weekly cuts only go down on the way to a lower target.
    const doses = r.steps.map((s) => s.dosePerDay);
    for (let i = 1; i < doses.length; i++) expect(doses[i]).toBeLessThanOrEqual(doses[i - 1] ?? NaN);
  });

  it('Laulin 2002: a morphine dose late in the day lengthens the run and the plot to show its effect', () => {
    const e = EXPERIMENTS.find((x) => x.id === 'laulin-2002')!;
    const scenario = whatIfScenario(e, 20);
    expect(scenario.durationDays).toBeGreaterThan((0.25 + 20) / 24);
    const c = curvesOf(e, 20)[0];
    expect(c?.readTo).toBe(25);
    expect(Math.max(...(c?.curve.x ?? []))).toBeGreaterThan(24);
  });
});
