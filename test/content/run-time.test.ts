import { describe, expect, it } from 'vitest';
import { runTimeText, timeScaleOf } from '../../src/content/run-time';
import { momentText, timeAxis } from '../../src/charts/time-axis';

describe('the time of a run, in its own unit', () => {
  it('a course of weeks is told in weeks and days, as before', () => {
    expect(timeScaleOf(28)).toBe('weeks');
    expect(runTimeText(45.3, 182)).toBe('Week 6, day 3');
    expect(runTimeText(0, 182)).toBe('Week 0, day 0');
  });

  it('a rat experiment of 6–15 days in days and hours', () => {
    expect(timeScaleOf(10)).toBe('days');
    expect(runTimeText(2 + 5 / 24, 10)).toBe('Day 2, hour 5');
    expect(runTimeText(0.25, 10)).toBe('Day 0, hour 6');
    expect(runTimeText(10, 10)).toBe('Day 10, hour 0');
  });

  it('a volunteer study or an acute rat experiment of a day or two in hours', () => {
    expect(timeScaleOf(1)).toBe('hours');
    expect(runTimeText(0.5, 1)).toBe('Hour 12');
    expect(runTimeText(1, 1)).toBe('Hour 24');
    // 5 h 59 min is still hour 5.
    expect(runTimeText(5.99 / 24, 2)).toBe('Hour 5');
  });
});

describe('a time axis in the run’s unit', () => {
  it('a 10-day experiment gets a tick each day or two, labelled in days', () => {
    const axis = timeAxis(10, 600, 12);
    expect(axis.ticks[0]).toBe(0);
    expect(axis.ticks.at(-1)).toBe(10);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(6);
    expect(axis.ticks.map(axis.format)).toContain('4');
  });

  it('a 1-day study is labelled in hours, and a narrow axis thins its ticks', () => {
    const wide = timeAxis(1, 800, 12);
    expect(wide.ticks.map(wide.format)).toEqual(expect.arrayContaining(['0', '6', '12', '18', '24']));
    const narrow = timeAxis(1, 150, 12);
    expect(narrow.ticks.length).toBeLessThan(wide.ticks.length);
    expect(narrow.ticks.length).toBeGreaterThanOrEqual(2);
  });

  it('a 26-week course keeps its week ticks', () => {
    const axis = timeAxis(182, 600, 12);
    expect(axis.ticks.every((d) => d % 7 === 0)).toBe(true);
    expect(axis.format(70)).toBe('10');
  });
});

describe('a moment named in a chart title', () => {
  it('is a week in a course and a day and hour in an experiment', () => {
    expect(momentText(56, 182)).toBe('Week 8');
    expect(momentText(2.25, 10)).toBe('Day 2, hour 6');
    expect(momentText(0.5, 1)).toBe('Hour 12');
  });
});
