import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/app/scenario-edits';
import { findPreset, normalizeScenario } from '../../src/model';
import { roundDose, scenarioEvents } from '../../src/model/scenario/events';

const preset = (name: string) => normalizeScenario(findPreset(name)!.scenario);

describe('the events of a scenario', () => {
  it('round doses as a person writes them', () => {
    expect([174.96, 61.0, 9.84, 2.25, 0.0512, 0.5].map(roundDose)).toEqual([175, 61, 9.8, 2.3, 0.051, 0.5]);
  });

  it('give each step of a taper its course, named with the doses it goes between', () => {
    const events = scenarioEvents(preset('taper-10-per-week'));
    const steps = events.filter((e) => e.course);
    expect(steps).toHaveLength(20);
    expect(new Set(steps.map((e) => e.course?.label))).toEqual(
      new Set(['Taper 10 %/week: morphine 216 → 29 MME/day']),
    );
    // The starting dose and the stop are events of their own.
    expect(events.filter((e) => !e.course).map((e) => e.label)).toEqual([
      'Morphine 240 MME/day (oral, every 4 h)',
      'Opioid stopped',
    ]);
    expect(events.map((e) => e.label).join(' ')).not.toMatch(/\d\.\d/);
  });

  it('a taper started from now on is a course of its own; the dose before it is not part of it', () => {
    const tapered = applyEdit(preset('oih-escalation'), {
      type: 'taper.start',
      atDay: 84,
      percent: 20,
      per: 'week',
    }).scenario;
    const events = scenarioEvents(tapered);
    const courses = new Set(events.flatMap((e) => (e.course ? [e.course.key] : [])));
    expect(courses.size).toBe(2);
    const taper = events.filter((e) => e.course?.label.startsWith('Taper 20 %/week'));
    expect(taper[0]?.tDays).toBe(84);
    expect(taper[0]?.course?.label).toBe('Taper 20 %/week: morphine 192 → 21 MME/day');
    expect(events.find((e) => e.tDays === 42)?.course?.label).toBe(
      'Escalation +60 MME/day every 2 weeks: morphine 60 → 240 MME/day',
    );
  });
});
