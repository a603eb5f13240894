import type { ScenarioInput } from '../scenario-schema';

/** A named scenario with a one-line description. Presets choose only regimen, duration, subject,
 * susceptibility, disease course, treatments and knock-outs, never a model parameter. */
export interface Preset {
  readonly name: string;
  readonly description: string;
  readonly scenario: ScenarioInput;
}

export const ALL_FIVE_OFF = [
  { mechanism: 'nmda', level: 0 },
  { mechanism: 'rvm', level: 0 },
  { mechanism: 'glia', level: 0 },
  { mechanism: 'dynorphin', level: 0 },
  { mechanism: 'hcn2', level: 0 },
] as const;

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
