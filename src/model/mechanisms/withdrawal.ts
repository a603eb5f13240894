import { relaxToward } from './relax';

/**
 * Adaptation and withdrawal (§3.1 (7)): the system adapts to the occupancy it has seen, A' = (O − A)/τA;
 * withdrawal is the shortfall Wd = max(0, A − O), seen through an output lag, so withdrawal pain after an
 * abrupt stop peaks within days and resolves in about two weeks (facts #24, Rieb 2016: median 14 days).
 */
export function nextAdaptation(level: number, occupancy: number, decay: number): number {
  return relaxToward(level, occupancy, decay);
}

/** `shortfall` is max(0, A − O) averaged over the step. */
export function nextWithdrawal(level: number, shortfall: number, lagDecay: number): number {
  return relaxToward(level, shortfall, lagDecay);
}
