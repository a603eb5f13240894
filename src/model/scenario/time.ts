/**
 * Model time is measured in days (architecture.md, "Time"); wall-clock time never enters the model.
 */

/** Whether something that stops on `stopDay` runs to the end of a scenario `durationDays` long. */
export function runsToEnd(stopDay: number, durationDays: number): boolean {
  return stopDay >= durationDays - 1e-9;
}

/** Tolerance on event times (days): events closer than this to a step boundary fall on it. */
export const EPS = 1e-7;
