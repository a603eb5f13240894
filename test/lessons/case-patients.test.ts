import { describe, expect, it } from 'vitest';
import { casesLesson } from '../../src/lessons/lessons/cases';
import { snapshotAt } from '../../src/model';
import { simulate } from '../../src/model/run';
import { W12 } from '../../src/lessons/weeks';
import { applySetup, type Sides } from './claim-runner';

/**
 * The clinical cases show each patient's own body (Step 12): the body map and the scene draw the pain where
 * the case says it is, and show a mechanism switched off only if the case does switch one off. Ms B's
 * osteoarthritis and Mr C's metastasis are in the right hip; neither has a treatment that blocks a mechanism.
 */
const HIP_STEPS = ['tolerance-workup', 'tolerance-plan', 'progression-workup', 'progression-plan'];

/** Every setup the hip cases show: each step's own, and each option's course, side A and B. */
function hipSetups(): { where: string; sides: Sides }[] {
  let sides: Sides = { a: null, b: null };
  const out: { where: string; sides: Sides }[] = [];
  for (const step of casesLesson.steps) {
    sides = applySetup(step.setup, sides);
    if (!HIP_STEPS.includes(step.id)) continue;
    out.push({ where: step.id, sides });
    for (const option of step.question?.options ?? [])
      if (option.setup)
        out.push({ where: `${step.id} › ${option.id}`, sides: applySetup(option.setup, sides) });
  }
  return out;
}

describe('the hip cases', () => {
  const setups = hipSetups();

  it('cover the steps and the plans of Ms B and Mr C', () => {
    expect(setups.length).toBeGreaterThanOrEqual(HIP_STEPS.length + 7);
    for (const id of ['tolerance-workup', 'progression-workup'])
      expect(casesLesson.steps.find((s) => s.id === id)?.text).toMatch(/right hip/);
  });

  it.each(setups.map((s) => [s.where, s] as const))(
    '%s: pain in the right hip alone, no mechanism switched off',
    (_, { sides }) => {
      for (const scenario of [sides.a, sides.b]) {
        if (!scenario) continue;
        expect(scenario.patient.disease.site).toBe('right-hip');
        expect(scenario.knockouts).toEqual([]);
        const now = snapshotAt(simulate(scenario), W12);
        expect(now.originalRegions).toEqual(['right-hip']);
        expect(now.painfulRegions).toEqual(['right-hip']);
        expect(now.spreadRegions).toEqual([]);
        expect(now.knockedOut).toEqual([]);
      }
    },
  );
});
