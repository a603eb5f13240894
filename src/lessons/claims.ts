import type { ScenarioEdit } from '../app/scenario-edits';
import type { ClaimReadout, SimClaim } from './types';

/**
 * The commonest claim: side A against side B of the compare mode, read on the same day over the same window
 * ("more allodynia than carrying on at week 16"). `more` carries the learner's action (`after`), the edits for
 * side B's reading instead (`rightAfter`) and a margin (`plus`), as in SimClaim.
 */
export function versusB(
  readout: ClaimReadout,
  op: '<' | '>',
  day: number,
  says: string,
  more: {
    readonly window?: 'day' | 'week';
    readonly after?: readonly ScenarioEdit[];
    readonly rightAfter?: readonly ScenarioEdit[];
    readonly plus?: number;
  } = {},
): SimClaim {
  const { window, ...edits } = more;
  const at = window ? { day, window } : { day };
  return { kind: 'order', readout, says, left: at, op, right: { side: 'b', ...at }, ...edits };
}
