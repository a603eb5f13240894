import type { ScenarioEdit } from '../app/scenario-edits';
import type { ChartId } from '../content/charts';
import { onCurve, order, versusB } from './claims';
import { W12 } from './weeks';
import type { CohortRef, SimClaim, SimSetup } from './types';

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

/**
 * Johnston 2004 as a lecture shows it, in the glia lecture scene and the landmark experiments lecture: five daily
 * intrathecal doses (A) beside one (B), 36 hours after the fifth, on the mechanisms chart, with what its caption
 * says held to the model.
 */
export const JOHNSTON_GLIA: { readonly setup: SimSetup; readonly claims: readonly SimClaim[] } = {
  setup: {
    preset: 'johnston-2004-glia',
    // The one-dose course is followed for a week too, so both are seen at the same time.
    compare: { preset: 'johnston-2004-glia-1-dose', edits: [{ type: 'duration.set', days: 7 }] },
    shown: 'a',
    tDays: 5.5,
    chart: 'mechanisms',
    highlight: 'glia',
  },
  claims: [
    versusB('glia', '>', 5.5, 'five doses activate glia more than one'),
    order('threshold', { day: 5.5 }, '<', 1, 'the threshold is still below baseline'),
  ],
};

/**
 * The OIH patient's maintained dose–response at week 12 (pain after twelve more weeks at each daily dose), as
 * the dose–response lecture scene and the landmark lecture state it: the OIH curve has a lowest point near
 * 85 MME/day and rises beyond it; the tolerance-only twin's keeps falling.
 */
export const MAINTAINED_CURVE_TURNS: readonly SimClaim[] = [
  order(
    'pain',
    onCurve(W12, 'maintained', 85),
    '<',
    onCurve(W12, 'maintained', 1),
    'the OIH curve has a lowest point: less pain near 85 MME/day than at the lowest dose shown',
  ),
  order(
    'pain',
    onCurve(W12, 'maintained', 240),
    '>',
    onCurve(W12, 'maintained', 100),
    'the OIH curve rises beyond its lowest point',
  ),
  order(
    'pain',
    onCurve(W12, 'maintained', 240, 'tolerance-only'),
    '<',
    onCurve(W12, 'maintained', 60, 'tolerance-only'),
    'the tolerance-only curve keeps falling',
  ),
];

/**
 * The virtual cohort lessons and lecture scenes open (issue 21): 200 patients with P10's seed
 * (src/science/property-measures.ts), so on 120 and 240 MME/day they are the very patients P10 bands.
 */
export const LESSON_COHORT = { n: 200, seed: 2014 } as const satisfies CohortRef;

const TWELVE_WEEKS: readonly ScenarioEdit[] = [{ type: 'duration.set', days: W12 }];

/** A patient of typical susceptibility on morphine 120 MME/day for 12 weeks (P10's lower dose). */
export const TYPICAL_120 = {
  preset: 'chronic-120-mme-26-weeks',
  edits: TWELVE_WEEKS,
} as const satisfies SimSetup;

/** The same patient on twice the dose, 240 MME/day for 12 weeks (P10's higher dose). */
export const TYPICAL_240 = {
  preset: 'chronic-240-mme-26-weeks',
  edits: TWELVE_WEEKS,
} as const satisfies SimSetup['compare'];

/** The same patients on twice the dose, 240 MME/day from day 0 (P10's higher dose), as a claim's `after`. */
export const ON_240: readonly ScenarioEdit[] = [
  { type: 'regimen.set', drug: 'morphine', dosePerDay: 240, everyHours: 4, schedule: 'fixed' },
];
