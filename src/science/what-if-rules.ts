/**
 * How each experiment's "what if" control (Experiment.whatIf) changes its experiment (issue 20), keyed by
 * experiment id so the experiment files stay declarative. A dose or timing rule rewrites the scenario of the
 * preset the control applies to, from the preset's own scenario, with the same arithmetic the preset used — so
 * at the control's default the scenario is the preset's, number for number (test/science/what-if.test.ts). A
 * readDay rule changes only where a plot reads the unchanged run.
 */
import type { ScenarioInput } from '../model/index';

type RegimenInput = NonNullable<ScenarioInput['regimens']>[number];
type TreatmentInput = NonNullable<ScenarioInput['treatments']>[number];
type Of<K extends RegimenInput['kind']> = Extract<RegimenInput, { kind: K }>;

export type WhatIfRule =
  | {
      readonly kind: 'scenario';
      /** The preset's scenario with the control at `value`. */
      readonly apply: (base: ScenarioInput, value: number) => ScenarioInput;
      /** The last time (in the plot's unit) a time plot should show for `value`, when the change can move an
       * event past the plot's end (Laulin 2002's morphine dose up to 24 h). */
      readonly readTo?: (value: number) => number;
    }
  | {
      readonly kind: 'readDay';
      /** The model day a plot reads for `value`. */
      readonly day: (base: ScenarioInput, value: number) => number;
    };

const HOUR = 1 / 24;

/** The scenario with its `index`-th regimen (which must be of `kind`) changed. */
function regimen<K extends RegimenInput['kind']>(
  base: ScenarioInput,
  kind: K,
  change: (r: Of<K>) => Of<K>,
  index = 0,
): ScenarioInput {
  const regimens = base.regimens ?? [];
  const r = regimens[index];
  if (!r || r.kind !== kind) throw new Error(`regimen ${index} is not a ${kind} regimen`);
  return { ...base, regimens: regimens.map((x, i) => (i === index ? change(r as Of<K>) : x)) };
}

/** The scenario with its only treatment of `kind` changed. */
function treatment(
  base: ScenarioInput,
  kind: TreatmentInput['kind'],
  change: (t: TreatmentInput) => TreatmentInput,
): ScenarioInput {
  const treatments = base.treatments ?? [];
  if (treatments.filter((t) => t.kind === kind).length !== 1) throw new Error(`no single ${kind} treatment`);
  return { ...base, treatments: treatments.map((t) => (t.kind === kind ? change(t) : t)) };
}

const scenario = (apply: (base: ScenarioInput, value: number) => ScenarioInput): WhatIfRule => ({
  kind: 'scenario',
  apply,
});
const dosePerDay = (kind: 'fixed' | 'rotation', index = 0) =>
  scenario((base, value) => regimen(base, kind, (r) => ({ ...r, dosePerDay: value }), index));
/** An infusion's rate given in µg/kg/min, stored per day as the presets store it (rate × 1440). */
const ratePerMinute = scenario((base, value) =>
  regimen(base, 'infusion', (r) => ({ ...r, ratePerDay: value * 1440 })),
);

/**
 * Darnall 2018's taper to `target` MME/day in week 17: the preset's two 5 % cuts (weeks 1 and 3) kept, then
 * weekly cuts of one ratio from week 4 reaching the target in week 17 — the preset's own construction
 * (src/model/presets/human-experiments.ts, darnallSteps) with another target.
 */
function darnallTarget(base: ScenarioInput, target: number): ScenarioInput {
  return regimen(base, 'steps', (r) => {
    const kept = r.steps.slice(0, 3);
    let dose = kept[2]?.dosePerDay ?? NaN;
    const ratio = (target / dose) ** (1 / 14);
    const weekly = r.steps.slice(3).map((step, k) => {
      dose = k === 13 ? target : dose * ratio;
      return { ...step, dosePerDay: dose };
    });
    if (weekly.length !== 14) throw new Error('the Darnall taper has 14 weekly steps from week 4');
    return { ...r, steps: [...kept, ...weekly] };
  });
}

export const WHAT_IF_RULES: Readonly<Record<string, WhatIfRule>> = {
  // Fentanyl per bolus (µg/kg) of the 4 × 100 µg/kg series.
  'celerier-2000': scenario((base, value) => regimen(base, 'bolus', (r) => ({ ...r, dose: value }))),
  // The daily morphine dose (mg/kg).
  'laulin-1999': dosePerDay('fixed'),
  // The morphine dose's hour after the first fentanyl bolus; the run lasts to 6 h after it at least.
  'laulin-2002': {
    kind: 'scenario',
    apply: (base, value) => {
      const first = base.regimens?.[0];
      if (first?.kind !== 'bolus') throw new Error('Laulin 2002: the fentanyl series comes first');
      const atDay = first.atDay + value * HOUR;
      const changed = regimen(base, 'bolus', (r) => ({ ...r, atDay }), 1);
      return { ...changed, durationDays: Math.max(base.durationDays ?? 0, atDay + 6 * HOUR) };
    },
    readTo: (value) => value + 5,
  },
  // The continuous s.c. morphine rate (mg/kg/day).
  'vanderah-2001': scenario((base, value) => regimen(base, 'infusion', (r) => ({ ...r, ratePerDay: value }))),
  // MK-801 from day `value` to the infusion's end on day 7, or for one day when it starts then (as the
  // preset "MK-801 on day 7 only" gives it).
  'dunbar-yaksh-1996': scenario((base, value) =>
    treatment(base, 'mk-801', (t) => ({ ...t, startDay: value, stopDay: Math.max(7, value + 1) })),
  ),
  // IL-1ra from `value` hours after the 5th daily dose (day 4).
  'johnston-2004': scenario((base, value) =>
    treatment(base, 'il-1ra', (t) => ({ ...t, startDay: 4 + value * HOUR })),
  ),
  // The 5-day morphine course from `value` days after the injury.
  'grace-2016': scenario((base, value) =>
    regimen(base, 'fixed', (r) => ({ ...r, startDay: value, stopDay: value + 5 })),
  ),
  // The daily morphine dose of the 30-day course (MME/day).
  'chu-2012': dosePerDay('fixed'),
  // The remifentanil infusion rate (µg/kg/min).
  'koppert-2003': ratePerMinute,
  // The day of abstinence read, counted from the stop.
  'pud-2006': {
    kind: 'readDay',
    day: (base, value) => {
      const stop = base.regimens?.[0];
      if (stop?.kind !== 'fixed' || stop.stopDay === undefined) throw new Error('PUD 2006: no stop day');
      return stop.stopDay + value;
    },
  },
  // The dose the taper reaches in week 17 (MME/day).
  'darnall-2018': scenario(darnallTarget),
  // The increase at week 12, as a share of the 180 MME/day before it.
  'escalation-trap': scenario((base, value) =>
    regimen(base, 'steps', (r) => {
      const [first, second, ...rest] = r.steps;
      if (!first || !second) throw new Error('the escalation trap has two steps');
      return {
        ...r,
        steps: [first, { ...second, dosePerDay: first.dosePerDay * (1 + value / 100) }, ...rest],
      };
    }),
  ),
  // The day of the OIH course the maintained-dose curve starts from.
  'dose-response-shape': { kind: 'readDay', day: (_base, value) => value },
  // The MME cut at the switch to methadone (%).
  'oih-management': scenario((base, value) =>
    regimen(base, 'rotation', (r) => ({ ...r, reductionPercent: value })),
  ),
  // The daily dose of the 26-week course (MME/day).
  'knockouts-susceptibility': dosePerDay('fixed'),
  // The high-dose arm's remifentanil rate (µg/kg/min).
  'fletcher-2014': ratePerMinute,
};
