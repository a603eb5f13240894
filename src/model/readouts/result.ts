import type { ModelEvent } from '../scenario/events';
import type { Scenario } from '../scenario/scenario-schema';
import type { SeriesSet } from './series';

/** Everything `simulate` returns: the normalized scenario, sample times (days) and the series. */
export interface SimulationResult {
  readonly scenario: Scenario;
  readonly stepDays: number;
  readonly tDays: Float64Array;
  readonly series: SeriesSet;
  readonly events: readonly ModelEvent[];
  /** The model state at the end (for dose–response and continuation), not for views. */
  readonly finalState: Float64Array;
}
