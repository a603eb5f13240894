import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/lessons/lessons/index';
import { valueAt, type Scenario, type SimulationResult } from '../../src/model';
import { simulate } from '../../src/model/run';
import { applySetup, type Sides } from './claim-runner';

/**
 * Where a lesson's "play to" or "scrub to" task stops the clock, the charts must show the patient as the
 * step describes them (Step 12): a patient still on treatment reads the dose being given, not 0 — as the
 * dose series used to read at a scenario's last sample, where the lesson tasks ending on day 112 landed.
 */
const results = new Map<Scenario, SimulationResult>();
const resultOf = (scenario: Scenario) => {
  const hit = results.get(scenario) ?? simulate(scenario);
  results.set(scenario, hit);
  return hit;
};

const taskDays = LESSONS.flatMap((lesson) => {
  let sides: Sides = { a: null, b: null };
  return lesson.steps.flatMap((step) => {
    sides = applySetup(step.setup, sides);
    const task = step.task;
    if (task?.kind !== 'play-to' && task?.kind !== 'scrub-to') return [];
    const at = { a: sides.a, b: sides.b };
    return [{ where: `${lesson.id} › ${step.id}`, day: task.day, sides: at }];
  });
});

describe('a lesson task’s day', () => {
  it('there are tasks that move the clock', () => {
    expect(taskDays.length).toBeGreaterThan(10);
    expect(taskDays.some((t) => t.sides.a && t.day === t.sides.a.durationDays)).toBe(true);
  });

  it.each(taskDays.map((t) => [t.where, t] as const))(
    '%s: the dose on the task’s day is the dose being given',
    (_, { day, sides }) => {
      for (const scenario of [sides.a, sides.b]) {
        if (!scenario) continue;
        const result = resultOf(scenario);
        const series = scenario.subject === 'rat' ? 'dosePerKgPerDay' : 'doseMmePerDay';
        expect(day).toBeLessThanOrEqual(scenario.durationDays);
        const given = valueAt(result, series, day - result.stepDays);
        const stopsThen = result.events.some(
          (e) => e.kind === 'opioid-stop' && Math.abs(e.tDays - day) < result.stepDays,
        );
        if (given > 0 && !stopsThen) expect(valueAt(result, series, day)).toBeGreaterThan(0);
      }
    },
  );
});
