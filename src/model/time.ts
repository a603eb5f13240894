/**
 * Model time is measured in days (architecture.md, "Time"); these helpers convert the other units the
 * regimens and readouts are written in. Wall-clock time never enters the model.
 */
export const HOURS_PER_DAY = 24;
export const MINUTES_PER_DAY = 24 * 60;
export const DAYS_PER_WEEK = 7;

export function hoursToDays(hours: number): number {
  return hours / HOURS_PER_DAY;
}

export function minutesToDays(minutes: number): number {
  return minutes / MINUTES_PER_DAY;
}

export function weeksToDays(weeks: number): number {
  return weeks * DAYS_PER_WEEK;
}

export function daysToHours(days: number): number {
  return days * HOURS_PER_DAY;
}

/** Whether something that stops on `stopDay` runs to the end of a scenario `durationDays` long. */
export function runsToEnd(stopDay: number, durationDays: number): boolean {
  return stopDay >= durationDays - 1e-9;
}
