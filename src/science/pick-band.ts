/**
 * The experiments' plots name single bands by item and position; this returns the BandCheck object of BANDS
 * itself, so a plot's model value is the value the tests assert.
 */
import type { BandCheck } from './band';
import { BANDS } from './bands';

export function pickBand(item: number | string, index: number): BandCheck {
  const check = BANDS.filter((b) => b.item === item)[index];
  if (!check) throw new Error(`no band ${index} of item ${item}`);
  return check;
}
