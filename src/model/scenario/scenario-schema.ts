import * as v from 'valibot';
import { DRUG_IDS } from '../pharmacology/drugs';
import { MECHANISM_IDS } from '../mechanisms/ids';
import { BODY_REGIONS } from './body-regions';
import { ROUTE_IDS } from '../pharmacology/routes';
import { TREATMENT_IDS } from '../pharmacology/treatments';
import { UNIT_IDS } from '../pharmacology/units';

/**
 * The scenario schema, version 2 (valibot: declarative, no code evaluated at run time). Every message names
 * the allowed values, so a lecturer's typo in a JSON file gets one clear line, never a stack trace.
 */
const MAX_DAYS = 5 * 365;

function num(min: number, max: number, what: string) {
  return v.pipe(
    v.number(`must be a number (${what})`),
    v.finite(`must be a finite number (${what})`),
    v.minValue(min, `must be ≥ ${min} (${what})`),
    v.maxValue(max, `must be ≤ ${max} (${what})`),
  );
}

const day = num(0, MAX_DAYS, 'day');
const optionalStop = v.optional(day);
const pick = <T extends readonly [string, ...string[]]>(values: T) =>
  v.picklist(values, `must be one of: ${values.join(', ')}`);

const drugFields = {
  drug: pick(DRUG_IDS),
  route: v.optional(pick(ROUTE_IDS), 'oral'),
  unit: v.optional(pick(UNIT_IDS)),
};
const scheduled = {
  ...drugFields,
  dosePerDay: num(0, 1e5, 'dose per day'),
  everyHours: v.optional(num(0.25, 168, 'hours between doses'), 24),
  startDay: v.optional(day, 0),
  stopDay: optionalStop,
};

const FixedSchema = v.strictObject({ kind: v.literal('fixed'), ...scheduled });
const BolusSchema = v.strictObject({
  kind: v.literal('bolus'),
  ...drugFields,
  dose: num(0, 1e5, 'dose per administration'),
  atDay: day,
  count: v.optional(
    v.pipe(v.number(), v.integer('must be a whole number (count)'), v.minValue(1), v.maxValue(1000)),
    1,
  ),
  everyMinutes: v.optional(num(0, 1e4, 'minutes between doses'), 0),
});
const InfusionSchema = v.strictObject({
  kind: v.literal('infusion'),
  ...drugFields,
  ratePerDay: num(0, 1e6, 'rate per day'),
  startDay: v.optional(day, 0),
  stopDay: optionalStop,
});
const EscalationSchema = v.strictObject({
  kind: v.literal('escalation'),
  ...scheduled,
  stepPercent: v.optional(num(0, 1000, 'percent per step')),
  stepAmount: v.optional(num(0, 1e5, 'dose per day added per step')),
  stepEveryDays: num(0.5, 365, 'days between steps'),
  maxPerDay: v.optional(num(0, 1e5, 'maximum dose per day')),
  trigger: v.optional(pick(['schedule', 'pain'] as const), 'schedule'),
  painTarget: v.optional(num(0, 10, 'pain target'), 4),
});
const TaperSchema = v.strictObject({
  kind: v.literal('taper'),
  ...scheduled,
  taperStartDay: day,
  percent: num(0, 100, 'percent of the current dose per period'),
  per: v.optional(pick(['week', 'month'] as const), 'week'),
  pauses: v.optional(v.array(v.strictObject({ startDay: day, days: num(0, MAX_DAYS, 'pause length') })), []),
  floorPerDay: v.optional(num(0, 1e5, 'floor per day'), 0),
});
const StepsSchema = v.strictObject({
  kind: v.literal('steps'),
  ...drugFields,
  everyHours: v.optional(num(0.25, 168, 'hours between doses'), 24),
  steps: v.pipe(
    v.array(v.strictObject({ day, dosePerDay: num(0, 1e5, 'dose per day') })),
    v.minLength(1, 'needs at least one step'),
  ),
  stopDay: optionalStop,
});
const RotationSchema = v.strictObject({
  kind: v.literal('rotation'),
  ...scheduled,
  toDrug: pick(DRUG_IDS),
  toRoute: v.optional(pick(ROUTE_IDS)),
  toEveryHours: v.optional(num(0.25, 168, 'hours between doses after the switch')),
  switchDay: day,
  reductionPercent: num(0, 100, 'percent fewer MME after the switch'),
});

/**
 * A change "from now on" (version 2), recorded as the learner asked it: from `atDay`, whatever the regimens
 * listed before it were giving continues at `times` the dose then given — rotated to another drug with a
 * cut, tapered, or stopped (times 0) — and the model resolves it against the dose in force at that moment
 * (regimens.ts). Two changes on the same day therefore compose: ×1.5 twice is ×2.25.
 */
const ChangeSchema = v.strictObject({
  kind: v.literal('change'),
  atDay: day,
  times: v.optional(num(0, 10, 'times the dose then given'), 1),
  /** The largest daily dose the change may reach (the editor's limit; the dose then given is not known to it). */
  maxPerDay: v.optional(num(0, 1e5, 'maximum dose per day')),
  rotateTo: v.optional(
    v.strictObject({
      drug: pick(DRUG_IDS),
      route: v.optional(pick(ROUTE_IDS)),
      everyHours: v.optional(num(0.25, 168, 'hours between doses after the switch')),
      reductionPercent: num(0, 100, 'percent fewer MME after the switch'),
    }),
  ),
  taper: v.optional(
    v.strictObject({
      percent: num(0, 100, 'percent of the current dose per period'),
      per: v.optional(pick(['week', 'month'] as const), 'week'),
      floorFraction: v.optional(num(0, 1, 'fraction of the starting dose where the taper ends'), 0.1),
    }),
  ),
  stopDay: optionalStop,
});

export const RegimenSchema = v.variant(
  'kind',
  [
    FixedSchema,
    BolusSchema,
    InfusionSchema,
    EscalationSchema,
    TaperSchema,
    StepsSchema,
    RotationSchema,
    ChangeSchema,
  ],
  'must be one of: fixed, bolus, infusion, escalation, taper, steps, rotation, change',
);

const TreatmentSchema = v.strictObject({
  kind: pick(TREATMENT_IDS),
  startDay: v.optional(day, 0),
  stopDay: optionalStop,
  strength: v.optional(num(0, 1, 'strength'), 1),
});

const KnockoutSchema = v.strictObject({
  mechanism: pick(MECHANISM_IDS),
  level: v.optional(num(0, 1, 'level: 1 normal, 0 removed'), 0),
  startDay: v.optional(day, 0),
  stopDay: optionalStop,
});

const site = v.optional(pick(BODY_REGIONS), 'lower-back');
const area = v.optional(num(0, 1, 'area fraction'), 0.1);
const DiseaseSchema = v.variant(
  'kind',
  [
    v.strictObject({
      kind: v.literal('none'),
      site,
      areaFraction: v.optional(num(0, 1, 'area fraction'), 0),
    }),
    v.strictObject({
      kind: v.literal('constant'),
      baseline: num(0, 10, 'pain 0–10'),
      site,
      areaFraction: area,
    }),
    v.strictObject({
      kind: v.literal('resolving'),
      baseline: num(0, 10, 'pain 0–10'),
      halfLifeDays: num(0.1, 3650, 'half-life in days'),
      startDay: v.optional(day, 0),
      site,
      areaFraction: area,
    }),
    v.strictObject({
      kind: v.literal('progressive'),
      baseline: num(0, 10, 'pain 0–10'),
      risePerYear: num(0, 10, 'pain points per year'),
      site,
      areaFraction: area,
    }),
  ],
  'must be one of: none, constant, resolving, progressive',
);

const PatientSchema = v.strictObject({
  susceptibility: v.optional(num(0, 5, 'OIH susceptibility: 1 typical, 0 none'), 1),
  metabolism: v.optional(num(0.25, 4, 'drug clearance relative to typical'), 1),
  disease: v.optional(DiseaseSchema, { kind: 'constant', baseline: 6 }),
});

/** The scenario version this app writes. Version 1 (no `change` regimens) reads unchanged as version 2. */
export const SCENARIO_VERSION = 2;

export const ScenarioSchema = v.strictObject({
  version: v.pipe(
    v.optional(v.picklist([1, 2], 'must be 1 or 2 (the scenario versions)'), SCENARIO_VERSION),
    v.transform((): typeof SCENARIO_VERSION => SCENARIO_VERSION),
  ),
  subject: v.optional(pick(['human', 'rat'] as const), 'human'),
  durationDays: v.optional(num(0.01, MAX_DAYS, 'duration in days'), 84),
  patient: v.optional(PatientSchema, {}),
  regimens: v.optional(v.array(RegimenSchema), []),
  treatments: v.optional(v.array(TreatmentSchema), []),
  knockouts: v.optional(v.array(KnockoutSchema), []),
});

/** A scenario as written (optional fields may be left out). */
export type ScenarioInput = v.InferInput<typeof ScenarioSchema>;
/** A validated scenario with every default filled in. */
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type Regimen = Scenario['regimens'][number];
export type Treatment = Scenario['treatments'][number];
export type Knockout = Scenario['knockouts'][number];
export type Disease = Scenario['patient']['disease'];
