import { describe, expect, it } from 'vitest';
import { PARAMETERS, PRESETS, type SeriesName } from '../../src/model/index';
import { simulate } from '../../src/model/run';

/**
 * Issue 3, numerics: for every validation preset, halving the integration step keeps every readout x within
 * |x(h) − x(h/2)| ≤ 0.01 · max(|x|, f), with f = 0.05 for 0–1 readouts, toleranceFold − 1, thresholdRelative
 * and coldPressorRelative, and f = 0.5 for painScore.
 */
const CHECKED: readonly [SeriesName, number, (x: number) => number][] = [
  ['painScore', 0.5, (x) => x],
  ['thresholdRelative', 0.05, (x) => x],
  ['coldPressorRelative', 0.05, (x) => x],
  ['toleranceFold', 0.05, (x) => x - 1],
  ['analgesia', 0.05, (x) => x],
  ['allodynia', 0.05, (x) => x],
  ['painAreaFraction', 0.05, (x) => x],
  ['withdrawal', 0.05, (x) => x],
  ['occupancy', 0.05, (x) => x],
  ['nmda', 0.05, (x) => x],
  ['rvm', 0.05, (x) => x],
  ['glia', 0.05, (x) => x],
  ['dynorphin', 0.05, (x) => x],
  ['hcn2', 0.05, (x) => x],
];

describe('step-halving convergence', () => {
  it.each(PRESETS.map((p) => [p.name, p] as const))(
    '%s: halving the step moves no readout beyond 1 %',
    (_, preset) => {
      const subject = preset.scenario.subject ?? 'human';
      const h = PARAMETERS[subject].numerics.stepHours.value;
      const coarse = simulate(preset.scenario, { stepHours: h });
      const fine = simulate(preset.scenario, { stepHours: h / 2 });
      let worst = { ratio: 0, series: '', day: 0, a: 0, b: 0 };
      for (const [name, floor, view] of CHECKED) {
        const a = coarse.series[name];
        const b = fine.series[name];
        for (let i = 0; i < a.length; i++) {
          const x = view(a[i] ?? NaN);
          const y = view(b[2 * i] ?? NaN);
          const ratio = Math.abs(x - y) / (0.01 * Math.max(Math.abs(x), floor));
          if (!(ratio <= worst.ratio)) worst = { ratio, series: name, day: coarse.tDays[i] ?? 0, a: x, b: y };
        }
      }
      expect(worst.ratio, JSON.stringify(worst)).toBeLessThanOrEqual(1);
    },
  );
});
