import { describe, expect, it } from 'vitest';
import { BANDS, withinBand, type Band } from '../../src/science/index';

/**
 * facts §3.4 items 1–14: every band is its own test, named for the behaviour, on the preset set up exactly
 * as written there. Bands are fixed: a miss needs a better mechanism, never a wider band.
 */
function expectBand(value: number, band: Band): void {
  expect(Number.isFinite(value) || band[0] === '≤' || band[0] === '<', `value ${value}`).toBe(true);
  switch (band[0]) {
    case '≥':
      return void expect(value).toBeGreaterThanOrEqual(band[1]);
    case '≤':
      return void expect(value).toBeLessThanOrEqual(band[1]);
    case '>':
      return void expect(value).toBeGreaterThan(band[1]);
    case '<':
      return void expect(value).toBeLessThan(band[1]);
    case 'in':
      expect(value).toBeGreaterThanOrEqual(band[1]);
      return void expect(value).toBeLessThanOrEqual(band[2]);
  }
}

const ITEMS = [...new Set(BANDS.map((b) => b.item))];
for (const item of ITEMS) {
  describe(typeof item === 'number' ? `facts §3.4 #${item}` : item, () => {
    for (const check of BANDS.filter((b) => b.item === item)) {
      it(`${check.behaviour} [band ${check.bandText}]`, () => {
        const value = check.measure();
        expectBand(value, check.band);
        expect(withinBand(value, check.band)).toBe(true);
      });
    }
  });
}
