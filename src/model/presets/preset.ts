import { MECHANISM_IDS } from '../mechanisms/ids';
import type { ScenarioInput } from '../scenario/scenario-schema';

/** A named scenario with a one-line description. Presets choose only regimen, duration, subject,
 * susceptibility, disease course, treatments and knock-outs, never a model parameter. */
export interface Preset {
  readonly name: string;
  readonly description: string;
  readonly scenario: ScenarioInput;
}

/** All five mechanisms knocked out: tolerance without OIH. */
export const ALL_FIVE_OFF = MECHANISM_IDS.map((mechanism) => ({ mechanism, level: 0 }));

export const WEEK = 7;
/** Clinical presets give immediate-release oral morphine every 4 hours. */
export const EVERY_HOURS = 4;

export function morphine(dosePerDay: number, startDay = 0, stopDay?: number) {
  return {
    kind: 'fixed' as const,
    drug: 'morphine' as const,
    route: 'oral' as const,
    dosePerDay,
    everyHours: EVERY_HOURS,
    startDay,
    ...(stopDay === undefined ? {} : { stopDay }),
  };
}
