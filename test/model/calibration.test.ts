import { describe, expect, it } from 'vitest';
import { mean, run } from '../../src/science/index';

/**
 * Issue 3, scope 6: each rotation cut (33 % methadone, 25 % buprenorphine) is calibrated with the drug's
 * incomplete cross-tolerance so that rotation is neutral in a tolerance-only patient. (Methadone's check is
 * also §3.4 #13 in test/science/bands.test.ts.)
 */
const painOnDay28 = (name: string) => mean(run(name), 'painScore', 111, 112);

describe('rotation calibration', () => {
  // Since issue 14 (P9) tolerance to the new drug rebuilds after a switch; buprenorphine's tolerance induction is
  // calibrated with this cut (src/model/pharmacology/drugs.ts), as methadone's is with §3.4 #13.
  it('rotation to buprenorphine with 25 % fewer MME changes tolerance-only pain by −0.1 to +0.1', () => {
    const change =
      painOnDay28('tolerance-only-rotate-buprenorphine') - painOnDay28('tolerance-only-maintained');
    expect(change).toBeGreaterThanOrEqual(-0.1);
    expect(change).toBeLessThanOrEqual(0.1);
  });
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
          expect(p.source, `${subject}.${group}.${name}`).toMatch(
            /facts|teaching assumption|as human|\b(19[5-9]\d|20[0-3]\d)\b/,
          );
    }
  });

  it('every drug and treatment names its source or says "teaching assumption"', async () => {
    const { DRUGS, TREATMENTS } = await import('../../src/model/index');
    for (const d of Object.values(DRUGS))
      expect(d.source, d.id).toMatch(/facts|teaching assumption|CDC \d{4}/);
    for (const [id, t] of Object.entries(TREATMENTS))
      expect(t.source, id).toMatch(/facts|teaching assumption|source text/);
  });
});
