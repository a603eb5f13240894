import type { ChartId } from '../content/charts';
import type { SimSetup } from './types';

/**
 * Side A: a patient of typical susceptibility who develops OIH on 180 MME/day (escalation-trap); side B: the
 * same patient with tolerance only (the five OIH mechanisms switched off). Both get +50 % at week 12.
 */
export const twins = (tDays: number, chart: ChartId): SimSetup => ({
  preset: 'escalation-trap',
  compare: { preset: 'tolerance-only' },
  tDays,
  chart,
  highlight: null,
});

/** Side A: the same patient, whose dose is raised by 50 % at week 12; side B: the same patient kept at 180. */
export const RAISED_OR_KEPT = {
  preset: 'escalation-trap',
  compare: {
    preset: 'escalation-trap',
    edits: [{ type: 'regimen.set', drug: 'morphine', dosePerDay: 180, everyHours: 4, schedule: 'fixed' }],
  },
} as const satisfies SimSetup;
