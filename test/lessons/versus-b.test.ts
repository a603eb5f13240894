import { describe, expect, it } from 'vitest';
import { versusB } from '../../src/lessons/claims';

describe('versusB', () => {
  it('reads both sides on the same day, over the same window, with the edits on side A', () => {
    const after = [{ type: 'adjuvant.set', kind: 'ketamine', on: true, atDay: 84 }] as const;
    expect(
      versusB('pain', '<', 112, 'pain eases', { window: 'week', after: [...after], plus: -0.1 }),
    ).toEqual({
      kind: 'order',
      readout: 'pain',
      says: 'pain eases',
      left: { day: 112, window: 'week' },
      op: '<',
      right: { side: 'b', day: 112, window: 'week' },
      after: [...after],
      plus: -0.1,
    });
  });
  it('leaves the window out when none is given (the day before, as ClaimPoint defaults)', () => {
    const c = versusB('allodynia', '>', 84, 'more allodynia');
    expect(c).toEqual({
      kind: 'order',
      readout: 'allodynia',
      says: 'more allodynia',
      left: { day: 84 },
      op: '>',
      right: { side: 'b', day: 84 },
    });
  });
});
