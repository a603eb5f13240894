/**
 * Every band of facts §3.4 items 1–14 and of the experiments added since (Laulin 2002, Fletcher 2014), each
 * measured on its preset exactly as set up there: the rat experiments in bands-rat.ts, the human ones in
 * bands-human.ts. test/science/bands.test.ts asserts each band, tools/model-table.ts prints them into
 * docs/model.md and `npm run model:check` lists them.
 */
import { HUMAN_BANDS } from './bands-human';
import { RAT_BANDS } from './bands-rat';
import type { BandCheck } from './band';

export const BANDS: readonly BandCheck[] = [...RAT_BANDS, ...HUMAN_BANDS];
