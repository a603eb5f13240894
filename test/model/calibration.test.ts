import { describe, expect, it } from 'vitest';
import { mean, run } from '../../tools/model-validation';

/**
 * Issue 3, scope 6: each rotation cut (33 % methadone, 25 % buprenorphine) is calibrated with the drug's
 * incomplete cross-tolerance so that rotation is neutral in a tolerance-only patient. (Methadone's check is
 * also §3.4 #13 in validation.test.ts.)
 */
const painOnDay28 = (name: string) => mean(run(name), 'painScore', 111, 112);

describe('rotation calibration', () => {
  // Declared miss (docs/model.md, "Where the model is weakest"): since issue 14 (P9) tolerance to the new drug
  // rebuilds after a switch, and buprenorphine is a partial agonist, so with its 25 % cut pain is higher four
  // weeks on for every χ unless buprenorphine built almost no tolerance (the sweep there). Kept, and expected to
  // fail: if the model ever meets it, this test fails and the declaration must go.
  it.fails(
    'rotation to buprenorphine with 25 % fewer MME changes tolerance-only pain by −0.1 to +0.1',
    () => {
      const change =
        painOnDay28('tolerance-only-rotate-buprenorphine') - painOnDay28('tolerance-only-maintained');
      expect(change).toBeGreaterThanOrEqual(-0.1);
      expect(change).toBeLessThanOrEqual(0.1);
    },
  );
});

describe('parameter tags', () => {
  it('a rat parameter tagged "as human" has the human value', async () => {
    const { PARAMETERS } = await import('../../src/model/index');
    const human = PARAMETERS.human as unknown as Record<string, Record<string, { value: number }>>;
    const rat = PARAMETERS.rat as unknown as Record<
      string,
      Record<string, { value: number; source: string }>
    >;
    for (const [group, entries] of Object.entries(rat)) {
      for (const [name, p] of Object.entries(entries)) {
        if (p.source === 'as human') expect(p.value, `${group}.${name}`).toBe(human[group]?.[name]?.value);
      }
    }
  });

  it('every parameter names its source or says "teaching assumption"', async () => {
    const { PARAMETERS } = await import('../../src/model/index');
    for (const subject of ['human', 'rat'] as const) {
      const table = PARAMETERS[subject] as unknown as Record<string, Record<string, { source: string }>>;
      for (const [group, entries] of Object.entries(table))
        for (const [name, p] of Object.entries(entries))
          expect(p.source, `${subject}.${group}.${name}`).toMatch(/facts|teaching assumption|as human|\d{4}/);
    }
  });
});
