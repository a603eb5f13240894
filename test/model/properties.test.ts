import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DRUG_IDS,
  MECHANISM_IDS,
  ROUTE_IDS,
  TREATMENT_IDS,
  UNIT_INTERVAL_SERIES,
  SERIES_NAMES,
  parseScenario,
  snapshotAt,
  type ScenarioInput,
} from '../../src/model/index';
import { simulate } from '../../src/model/run';

/**
 * Issue 3, numerics: no NaN or Infinity and states in range for any valid scenario — 1 000 random scenarios
 * in `npm test`, 10 000 with `npm run fuzz:model` (FUZZ_RUNS).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

const drug = fc.constantFrom(...DRUG_IDS);
const route = fc.constantFrom(...ROUTE_IDS);
const day = fc.double({ min: 0, max: 40, noNaN: true });
const dose = fc.double({ min: 0, max: 2000, noNaN: true });
const every = fc.constantFrom(2, 4, 6, 8, 12, 24);

const regimen = fc.oneof(
  fc.record({ kind: fc.constant('fixed'), drug, route, dosePerDay: dose, everyHours: every, startDay: day }),
  fc.record({
    kind: fc.constant('bolus'),
    drug,
    route,
    dose,
    atDay: day,
    count: fc.integer({ min: 1, max: 6 }),
    everyMinutes: fc.integer({ min: 0, max: 240 }),
  }),
  fc.record({
    kind: fc.constant('infusion'),
    drug,
    route,
    ratePerDay: dose,
    startDay: day,
    stopDay: fc.double({ min: 0, max: 60, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('escalation'),
    drug,
    route,
    dosePerDay: dose,
    everyHours: every,
    stepPercent: fc.double({ min: 0, max: 100, noNaN: true }),
    stepEveryDays: fc.double({ min: 0.5, max: 14, noNaN: true }),
    trigger: fc.constantFrom('schedule', 'pain'),
  }),
  fc.record({
    kind: fc.constant('taper'),
    drug,
    route,
    dosePerDay: dose,
    everyHours: every,
    taperStartDay: day,
    percent: fc.double({ min: 0, max: 100, noNaN: true }),
    floorPerDay: fc.double({ min: 0, max: 100, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('rotation'),
    drug,
    route,
    dosePerDay: dose,
    everyHours: every,
    toDrug: drug,
    switchDay: day,
    reductionPercent: fc.double({ min: 0, max: 100, noNaN: true }),
  }),
);

const disease = fc.oneof(
  fc.record({ kind: fc.constant('none') }),
  fc.record({ kind: fc.constant('constant'), baseline: fc.double({ min: 0, max: 10, noNaN: true }) }),
  fc.record({
    kind: fc.constant('resolving'),
    baseline: fc.double({ min: 0, max: 10, noNaN: true }),
    halfLifeDays: fc.double({ min: 0.1, max: 100, noNaN: true }),
    startDay: day,
  }),
  fc.record({
    kind: fc.constant('progressive'),
    baseline: fc.double({ min: 0, max: 10, noNaN: true }),
    risePerYear: fc.double({ min: 0, max: 10, noNaN: true }),
  }),
);

const scenario = fc.record({
  subject: fc.constantFrom('human', 'rat'),
  durationDays: fc.double({ min: 0.5, max: 45, noNaN: true }),
  patient: fc.record({
    susceptibility: fc.double({ min: 0, max: 5, noNaN: true }),
    metabolism: fc.double({ min: 0.25, max: 4, noNaN: true }),
    disease,
  }),
  regimens: fc.array(regimen, { maxLength: 3 }),
  treatments: fc.array(
    fc.record({
      kind: fc.constantFrom(...TREATMENT_IDS),
      startDay: day,
      strength: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { maxLength: 2 },
  ),
  knockouts: fc.array(
    fc.record({
      mechanism: fc.constantFrom(...MECHANISM_IDS),
      level: fc.double({ min: 0, max: 1, noNaN: true }),
      startDay: day,
    }),
    { maxLength: 2 },
  ),
});

describe('model properties', () => {
  it(`${RUNS} random valid scenarios give finite readouts with every state in range`, () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const subject = input.subject;
        const withUnits = {
          ...input,
          regimens: input.regimens.map((r) => ({ ...r, unit: subject === 'rat' ? 'mg/kg' : 'MME' })),
        };
        const parsed = parseScenario(withUnits);
        if (!parsed.ok) throw new Error(parsed.error);
        const r = simulate(parsed.scenario);
        for (const name of SERIES_NAMES) {
          for (const x of r.series[name]) if (!Number.isFinite(x)) throw new Error(`${name} is ${x}`);
        }
        for (const name of UNIT_INTERVAL_SERIES) {
          for (const x of r.series[name])
            if (x < -1e-12 || x > 1 + 1e-12) throw new Error(`${name} = ${x} outside [0, 1]`);
        }
        for (const x of r.series.painScore) if (x < 0 || x > 10) throw new Error(`painScore ${x}`);
        for (const x of r.series.toleranceFold) if (x < 1) throw new Error(`toleranceFold ${x}`);
        for (const x of r.series.thresholdRelative) if (x <= 0) throw new Error(`threshold ${x}`);
        const snap = snapshotAt(r, parsed.scenario.durationDays / 2);
        if (!Object.values(snap.firing).every(Number.isFinite)) throw new Error('firing');
      }),
      { numRuns: RUNS, seed: 20261124 },
    );
  }, 600_000);

  it('the same scenario gives the same numbers (deterministic)', () => {
    const input: ScenarioInput = {
      regimens: [{ kind: 'fixed', drug: 'morphine', dosePerDay: 120, everyHours: 4 }],
    };
    expect(Array.from(simulate(input).series.painScore)).toEqual(
      Array.from(simulate(input).series.painScore),
    );
  });
});
