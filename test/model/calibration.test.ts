import { describe, expect, it } from 'vitest';
import { mean, run } from '../../tools/model-validation';

/**
 * Issue 3, scope 6: each rotation cut (33 % methadone, 25 % buprenorphine) is calibrated with the drug's
 * incomplete cross-tolerance so that rotation is neutral in a tolerance-only patient. (Methadone's check is
 * also §3.4 #13 in validation.test.ts.)
 */
const painOnDay28 = (name: string) => mean(run(name), 'painScore', 111, 112);

describe('rotation calibration', () => {
  it('rotation to buprenorphine with 25 % fewer MME changes tolerance-only pain by −0.1 to +0.1', () => {
    const change =
      painOnDay28('tolerance-only-rotate-buprenorphine') - painOnDay28('tolerance-only-maintained');
    expect(change).toBeGreaterThanOrEqual(-0.1);
    expect(change).toBeLessThanOrEqual(0.1);
  });
});
