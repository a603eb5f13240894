import { describe, expect, it } from 'vitest';
import { dipThenRise, onCurve, order } from '../../src/lessons/claims';
import { choices } from '../../src/lessons/choices';
import { add, rotate, switchOff, taper } from '../../src/lessons/edits';
import { RAISED_OR_KEPT, twins } from '../../src/lessons/setups';

// The helpers write lesson data; these tests pin that each builds exactly the object it replaced.
describe('lesson data helpers', () => {
  it('order reads as written: readout, left point, op, right point or number, words, edits', () => {
    expect(order('pain', { day: 14 }, '>', 6, 'back above 6/10')).toEqual({
      kind: 'order',
      readout: 'pain',
      says: 'back above 6/10',
      left: { day: 14 },
      op: '>',
      right: 6,
    });
    const after = [taper(84)];
    expect(order('pain', { day: 98 }, '<', { day: 84 }, 'holds', { after, plus: 0.5 })).toEqual({
      kind: 'order',
      readout: 'pain',
      says: 'holds',
      left: { day: 98 },
      op: '<',
      right: { day: 84 },
      after: [{ type: 'taper.start', atDay: 84, percent: 10, per: 'week' }],
      plus: 0.5,
    });
  });

  it('onCurve leaves the twin out for the patient’s own curve', () => {
    expect(onCurve(84, 'maintained', 240)).toEqual({ day: 84, curve: { panel: 'maintained', dose: 240 } });
    expect(onCurve(84, 'acute', 0.001, 'naive')).toEqual({
      day: 84,
      curve: { panel: 'acute', dose: 0.001, twin: 'naive' },
    });
  });

  it('dipThenRise: the day after below the day of the increase, two weeks on above it', () => {
    expect(dipThenRise(84, 'dips', 'rises')).toEqual([
      { kind: 'order', readout: 'pain', says: 'dips', left: { day: 85 }, op: '<', right: { day: 84 } },
      { kind: 'order', readout: 'pain', says: 'rises', left: { day: 98 }, op: '>', right: { day: 84 } },
    ]);
  });

  it('choices keeps the order written and refuses ids JavaScript would reorder', () => {
    expect(choices({ lower: 'Lower', 'oih-worse': 'Worse' })).toEqual([
      { id: 'lower', text: 'Lower' },
      { id: 'oih-worse', text: 'Worse' },
    ]);
    expect(() => choices({ 2: 'two', 1: 'one' })).toThrow(/reordered/);
  });

  it('edits are the learner’s requests, with the rotation cut the lessons teach', () => {
    expect(add('ketamine', 84)).toEqual({ type: 'adjuvant.set', kind: 'ketamine', on: true, atDay: 84 });
    expect(rotate(84, 'methadone')).toMatchObject({ toDrug: 'methadone', reductionPercent: 33 });
    expect(rotate(84, 'buprenorphine')).toMatchObject({ toDrug: 'buprenorphine', reductionPercent: 25 });
    expect(switchOff('glia')).toEqual([{ type: 'mechanism.set', mechanism: 'glia', level: 0 }]);
  });

  it('the shared setups name their two sides', () => {
    expect(twins(84, 'time-course')).toEqual({
      preset: 'escalation-trap',
      compare: { preset: 'tolerance-only' },
      tDays: 84,
      chart: 'time-course',
      highlight: null,
    });
    expect(RAISED_OR_KEPT.compare.edits[0]).toMatchObject({ type: 'regimen.set', dosePerDay: 180 });
  });
});
