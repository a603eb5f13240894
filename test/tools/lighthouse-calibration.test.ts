import { describe, expect, it } from 'vitest';
import { calibratedSlowdown } from '../../tools/lighthouse-calibration';

describe("Lighthouse's CPU slowdown, calibrated to the host's benchmark index", () => {
  it("gives the calculator's figures at its anchors: 800 → 2×, 1,300 → 3×, 1,533 → 4×, 2,000 → 6×", () => {
    expect(calibratedSlowdown(800)).toBeCloseTo(2, 6);
    expect(calibratedSlowdown(1300)).toBeCloseTo(3, 6);
    expect(calibratedSlowdown(1533)).toBeCloseTo(4, 2);
    expect(calibratedSlowdown(2000)).toBeCloseTo(6, 2);
    expect(calibratedSlowdown(150)).toBeCloseTo(1, 6);
  });

  it('slows a faster host more, never less, and is continuous at the joins', () => {
    let last = calibratedSlowdown(0);
    for (let index = 7; index <= 4000; index += 7) {
      const slowdown = calibratedSlowdown(index);
      expect(slowdown).toBeGreaterThanOrEqual(last);
      expect(slowdown - last).toBeLessThan(0.05);
      last = slowdown;
    }
    for (const join of [800, 1300])
      expect(calibratedSlowdown(join - 1e-9)).toBeCloseTo(calibratedSlowdown(join), 6);
  });

  it('does not slow a host too slow to emulate the device, nor one with no index', () => {
    expect(calibratedSlowdown(100)).toBe(1);
    expect(calibratedSlowdown(Number.NaN)).toBe(1);
  });
});
