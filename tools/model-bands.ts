/**
 * Every band of facts §3.4 items 1–14 and of the experiments added since (Laulin 2002, Fletcher 2014), each
 * measured on its preset exactly as set up there: the rat experiments in model-bands-rat.ts, the human ones in
 * model-bands-human.ts. test/model/validation.test.ts asserts each band and tools/model-table.ts prints them
 * into docs/model.md.
 */
import { HUMAN_BANDS } from './model-bands-human';
import { RAT_BANDS } from './model-bands-rat';
import type { BandCheck } from './model-band';

export { withinBand, type Band, type BandCheck } from './model-band';

export const BANDS: readonly BandCheck[] = [...RAT_BANDS, ...HUMAN_BANDS];
