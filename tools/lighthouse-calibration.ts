/**
 * The CPU slowdown that makes a host of this Lighthouse benchmark index behave like Lighthouse's mobile target
 * device (a mid-tier phone), by the piecewise-linear fit of Lighthouse's CPU throttling calculator
 * (github.com/patrickhulce/lighthouse-cpu-throttling-calculator, linked from Lighthouse's docs/throttling.md,
 * "Calibrating the CPU slowdown"): 800 → 2×, 1,300 → 3×, 1,533 → 4× (the default's host), 2,000 → 6×, a
 * further 1× per 233 above. Below 150 a host is too slow to emulate the device at all: 1× (no slowdown), and
 * the figures are then worse than the device's.
 */
export function calibratedSlowdown(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < 150) return 1;
  if (benchmarkIndex < 800) return 1 + (benchmarkIndex - 150) / 650;
  if (benchmarkIndex < 1300) return 2 + (benchmarkIndex - 800) / 500;
  return 3 + (benchmarkIndex - 1300) / 233;
}
