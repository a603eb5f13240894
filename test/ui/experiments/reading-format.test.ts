import { describe, expect, it } from 'vitest';
import { BANDS } from '../../../src/science';
import { formatReading, formatReadingAs } from '../../../src/ui/experiments/reading-format';

describe('a model reading in its band’s units', () => {
  it('takes the unit of the band it is read against', () => {
    expect(formatReadingAs(3.875, ['in', 2, 5], '2–5 h')).toBe('3.88 h');
    expect(formatReadingAs(0.62, ['≥', 0.5], '≥ 50 %')).toBe('62 %');
    expect(formatReadingAs(0.12, ['<', 20], '< 20 %')).toBe('0.12 %');
    expect(formatReadingAs(31.4, ['in', 10, 40], '10–40×')).toBe('31.4×');
    expect(formatReadingAs(3, ['in', 2, 6], 'day 2–6')).toBe('day 3');
    expect(formatReadingAs(5, ['≤', 7], '≤ day 7')).toBe('day 5');
    expect(formatReadingAs(-0.05, ['in', -0.1, 0.1], '−0.1 to +0.1')).toBe('−0.05');
    expect(formatReadingAs(0.0632, ['>', 0], '> 0')).toBe('0.0632');
  });

  it('scales per cent bands so that the value and the band agree on "within"', () => {
    // For every band written in per cent: the number printed in the Model cell lies within the numbers
    // printed in the Band cell exactly when the model is within the band.
    for (const check of BANDS.filter((b) => b.bandText.endsWith('%'))) {
      const numbers = [...check.bandText.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
      const ratio = numbers[0]! / (check.band[1] as number);
      expect([1, 100]).toContain(Math.round(ratio));
      const inside =
        check.band[0] === 'in' ? check.band[1] + (check.band[2] - check.band[1]) / 2 : check.band[1];
      expect(formatReadingAs(inside, check.band, check.bandText)).toBe(
        `${formatReading(inside * Math.round(ratio))} %`,
      );
    }
  });
});
