import { appStrings } from './strings';

/**
 * How the time of a run is told. A course of treatment lasts weeks to months and is told in weeks and days;
 * an experiment lasts hours to days (a rat's fentanyl series, a volunteer's remifentanil infusion), and in
 * weeks it would read "week 0" throughout: it is told in days and hours, or in hours alone.
 */
export type TimeScale = 'hours' | 'days' | 'weeks';

/** Runs up to 2 days are told in hours ("Hour 5"): a volunteer study, an acute rat experiment. */
const HOURS_UP_TO_DAYS = 2;
/** Runs up to 3 weeks in days and hours ("Day 2, hour 5"): the rat experiments of 6–15 days. */
const DAYS_UP_TO_DAYS = 21;

export function timeScaleOf(durationDays: number): TimeScale {
  if (durationDays <= HOURS_UP_TO_DAYS) return 'hours';
  return durationDays <= DAYS_UP_TO_DAYS ? 'days' : 'weeks';
}

/** Whole hours since the start (rounded down, so 5 h 59 min is hour 5). */
const wholeHours = (tDays: number) => Math.floor(Math.max(0, tDays) * 24 + 1e-6);

/** "Week 6, day 3", "Day 2, hour 5" or "Hour 5": the time of a run of `durationDays`, counted from 0. */
export function runTimeText(tDays: number, durationDays: number): string {
  const scale = timeScaleOf(durationDays);
  const hours = wholeHours(tDays);
  if (scale === 'hours') return `Hour ${hours}`;
  if (scale === 'days') return `Day ${Math.floor(hours / 24)}, hour ${hours % 24}`;
  const days = Math.max(0, Math.floor(tDays + 1e-9));
  return `${appStrings.week} ${Math.floor(days / 7)}, ${appStrings.day} ${days % 7}`;
}

/** The unit of a time axis and its title. */
export const timeAxisWords: Readonly<Record<TimeScale, { readonly unit: string; readonly title: string }>> = {
  hours: { unit: 'hours', title: 'Time (hours)' },
  days: { unit: 'days', title: 'Time (days)' },
  weeks: { unit: 'weeks', title: 'Time (weeks)' },
};
