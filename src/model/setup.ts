import { DRUGS, type DrugSpec } from './drugs';
import { MECHANISM_IDS, type MechanismId } from './mechanisms';
import type { Values } from './parameter';
import { PARAMETERS, type SubjectParameters } from './parameters';
import { propagator, type PkRates, type Propagator } from './pharmacokinetics';
import { compileRegimens, type Segment } from './regimens';
import { rateFromHalfLife } from './relax';
import { hasDepot, type RouteId } from './routes';
import type { Disease, Scenario } from './scenario-schema';
import { TREATMENTS } from './treatments';
import { defaultUnit, toMgPerKg, toMme, toReference, type UnitContext } from './units';
import { flattenParameters, type FlatParameters } from './flat-parameters';
import { substepsFor } from './substeps';
import { patientDrive, type PatientDrive } from './drive';
import { runsToEnd } from './time';

/**
 * Turns a validated scenario into what the integrator needs: drug slots with cached propagators, dose
 * events, infusions, the time table of treatment and knock-out modifiers, and per-step dosing intervals.
 */
export const MODEL_STATE_COUNT = 17;
/** Per drug slot: depot, plasma, effect site, the sub-step integral of the effect site, and the fast and slow
 * tolerance this drug built (P9: cross-tolerance is about switching). */
export const SLOT_SIZE = 6;

export interface Slot {
  readonly drug: DrugSpec;
  readonly route: RouteId;
  readonly offset: number;
  readonly depot: boolean;
  readonly rates: PkRates;
  readonly stepPropagator: Propagator;
  /** Propagator over a quarter step (the integrator's sub-steps). */
  readonly subPropagator: Propagator;
  /** Offsets of every slot of the same drug (other routes included), this one too: its own tolerance. */
  readonly sameDrugOffsets: readonly number[];
}

export interface DoseEvent {
  readonly timeDays: number;
  readonly slot: number;
  readonly amount: number;
  readonly escalator: number;
}

export interface InfusionRun {
  readonly startDay: number;
  readonly stopDay: number;
  readonly slot: number;
  readonly rate: number;
}

export interface RuntimeEscalator {
  readonly checkDays: readonly number[];
  readonly stepPercent: number;
  readonly stepAmountFactor: number;
  readonly maxFactor: number;
  readonly painTarget: number;
  readonly mmePerDay: number;
  readonly mgPerKgPerDay: number;
  readonly startDay: number;
  readonly stopDay: number;
  /** Doses that go on from this escalation's dose after a change (regimens.ts, `scaledBy`). */
  readonly followers: readonly DoseSpan[];
}

/** A daily dose from `startDay` up to `stopDay`, in MME/day and mg/kg/day. */
export interface DoseSpan {
  readonly startDay: number;
  readonly stopDay: number;
  readonly mmePerDay: number;
  readonly mgPerKgPerDay: number;
}

export interface Modifiers {
  nmdaBlock: number;
  rvmBlock: number;
  dynorphinBlock: number;
  gliaBlock: number;
  hcn2Block: number;
  painRelief: number;
  areaRelief: number;
  koNmda: number;
  koRvm: number;
  koDynorphin: number;
  koGlia: number;
  koHcn2: number;
}

/** No treatment and no knock-out: the starting point that `modifiersAt` fills in for a time. */
export function noModifiers(): Modifiers {
  return {
    nmdaBlock: 0,
    rvmBlock: 0,
    dynorphinBlock: 0,
    gliaBlock: 0,
    hcn2Block: 0,
    painRelief: 0,
    areaRelief: 0,
    koNmda: 1,
    koRvm: 1,
    koDynorphin: 1,
    koGlia: 1,
    koHcn2: 1,
  };
}

export interface Runtime {
  readonly scenario: Scenario;
  readonly parameters: SubjectParameters;
  readonly p: FlatParameters;
  readonly stepDays: number;
  readonly stepCount: number;
  /** Sub-steps per step, from the fastest kinetics on board (substeps.ts). */
  readonly substeps: number;
  readonly slots: readonly Slot[];
  /** Each slot's offset into the state array, in slot order. */
  readonly slotOffsets: readonly number[];
  readonly doses: readonly DoseEvent[];
  readonly infusions: readonly InfusionRun[];
  /** Start and stop days of the infusions (where a step must be split). */
  readonly infusionTimes: readonly number[];
  readonly escalators: readonly RuntimeEscalator[];
  /** Sorted times at which treatments or knock-outs start or stop. */
  readonly modifierTimes: readonly number[];
  readonly modifiersAt: (t: number, out: Modifiers) => void;
  /** Nominal scheduled dose per step (MME/day, mg/kg/day) and dosing interval in steps. */
  readonly doseMmePerDay: Float64Array;
  readonly doseMgPerKgPerDay: Float64Array;
  readonly intervalSteps: Int32Array;
  readonly susceptibility: number;
  /** This patient's drive: own threshold, onset width and gain (drive.ts). */
  readonly drive: PatientDrive;
  readonly disease: Disease;
}

export interface SetupOptions {
  readonly stepHours?: number;
}

export function setupRuntime(scenario: Scenario, options: SetupOptions = {}): Runtime {
  const parameters = PARAMETERS[scenario.subject];
  const p = flattenParameters(parameters);
  const stepDays = (options.stepHours ?? p.numerics.stepHours) / 24;
  const stepCount = Math.max(1, Math.round(scenario.durationDays / stepDays));
  const ctx: UnitContext = {
    subject: scenario.subject,
    referenceDosePerDay: p.exposure.referenceDosePerDay,
    bodyWeightKg: p.exposure.bodyWeightKg,
    intrathecalPotency: p.exposure.intrathecalPotency,
  };
  const compiled = compileRegimens(scenario.regimens, scenario.subject, scenario.durationDays);
  const slots: Omit<Slot, 'subPropagator' | 'sameDrugOffsets'>[] = [];
  const slotFor = (drug: DrugSpec, route: RouteId): number => {
    const found = slots.findIndex((s) => s.drug === drug && s.route === route);
    if (found >= 0) return found;
    const k = scenario.subject === 'human' ? drug.human : drug.rat;
    const absorption =
      route === 'oral' || route === 'transdermal' || route === 'subcutaneous' ? k.absorptionHours[route] : 0;
    const rates: PkRates = {
      ka: hasDepot(route) ? rateFromHalfLife(absorption / 24) : Infinity,
      ke: rateFromHalfLife(k.halfLifeHours / 24) * scenario.patient.metabolism,
      ke0: rateFromHalfLife(k.effectSiteHalfLifeHours / 24),
    };
    const offset = MODEL_STATE_COUNT + slots.length * SLOT_SIZE;
    slots.push({
      drug,
      route,
      offset,
      depot: hasDepot(route),
      rates,
      stepPropagator: propagator(rates, stepDays),
    });
    return slots.length - 1;
  };

  const doses: DoseEvent[] = [];
  const addSegmentDoses = (s: Segment, escalator: number) => {
    const slot = slotFor(DRUGS[s.drug], s.route);
    const perDose = toReference(ctx, s.drug, s.route, s.unit, (s.dosePerDay * s.everyHours) / 24);
    const every = s.everyHours / 24;
    for (let t = s.startDay; t < s.stopDay - 1e-9; t += every)
      doses.push({ timeDays: t, slot, amount: perDose, escalator });
  };
  compiled.segments.forEach((s) => addSegmentDoses(s, s.scaledBy ?? -1));
  compiled.escalators.forEach((e, i) => addSegmentDoses(e.segment, i));
  for (const b of compiled.boluses) {
    const slot = slotFor(DRUGS[b.drug], b.route);
    doses.push({
      timeDays: b.timeDays,
      slot,
      amount: toReference(ctx, b.drug, b.route, b.unit, b.dose),
      escalator: -1,
    });
  }
  doses.sort((a, b) => a.timeDays - b.timeDays);
  const infusions = compiled.infusions.map((f) => ({
    startDay: f.startDay,
    stopDay: f.stopDay,
    slot: slotFor(DRUGS[f.drug], f.route),
    rate: toReference(ctx, f.drug, f.route, f.unit, f.ratePerDay),
  }));
  const escalators = compiled.escalators.map((e, i) => {
    const s = e.segment;
    const followers = compiled.segments
      .filter((f) => f.scaledBy === i)
      .map((f) => ({
        startDay: f.startDay,
        stopDay: f.stopDay,
        mmePerDay: toMme(ctx, f.drug, f.route, f.unit, f.dosePerDay),
        mgPerKgPerDay: toMgPerKg(ctx, f.unit, f.dosePerDay),
      }));
    const mme = toMme(ctx, s.drug, s.route, s.unit, s.dosePerDay);
    return {
      checkDays: e.checkDays,
      stepPercent: e.stepPercent,
      stepAmountFactor: s.dosePerDay > 0 ? e.stepAmount / s.dosePerDay : 0,
      maxFactor: s.dosePerDay > 0 ? e.maxPerDay / s.dosePerDay : 1,
      painTarget: e.painTarget,
      mmePerDay: mme,
      mgPerKgPerDay: toMgPerKg(ctx, s.unit, s.dosePerDay),
      startDay: s.startDay,
      stopDay: s.stopDay,
      followers,
    };
  });

  const doseMmePerDay = new Float64Array(stepCount + 1);
  const doseMgPerKgPerDay = new Float64Array(stepCount + 1);
  const intervalSteps = new Int32Array(stepCount + 1).fill(1);
  // A dose is in force from its start up to its stop; one that runs to the end of the scenario is still in
  // force at the last sample (else the series would end on a dose of 0 and an undosed pain of the moment).
  const fill = (start: number, stop: number, mme: number, perKg: number, everyHours: number) => {
    const i0 = Math.max(0, Math.ceil(start / stepDays - 1e-9));
    const i1 = runsToEnd(stop, scenario.durationDays)
      ? stepCount
      : Math.min(stepCount, Math.ceil(stop / stepDays - 1e-9) - 1);
    const w = Math.max(1, Math.round(everyHours / 24 / stepDays));
    for (let i = i0; i <= i1; i++) {
      doseMmePerDay[i] = (doseMmePerDay[i] ?? 0) + mme;
      doseMgPerKgPerDay[i] = (doseMgPerKgPerDay[i] ?? 0) + perKg;
      if (everyHours > 0) intervalSteps[i] = Math.max(intervalSteps[i] ?? 1, w);
    }
  };
  for (const s of compiled.segments) {
    // A dose scaled by an escalation's factor is added as the run goes (record.ts); here only its interval.
    const known = s.scaledBy === undefined;
    fill(
      s.startDay,
      s.stopDay,
      known ? toMme(ctx, s.drug, s.route, s.unit, s.dosePerDay) : 0,
      known ? toMgPerKg(ctx, s.unit, s.dosePerDay) : 0,
      s.everyHours,
    );
  }
  for (const f of compiled.infusions) {
    fill(
      f.startDay,
      f.stopDay,
      toMme(ctx, f.drug, f.route, f.unit, f.ratePerDay),
      toMgPerKg(ctx, f.unit, f.ratePerDay),
      0,
    );
  }
  for (const e of compiled.escalators)
    fill(e.segment.startDay, e.segment.stopDay, 0, 0, e.segment.everyHours);

  const { times, at } = modifierTable(scenario);
  const substeps = substepsFor(
    slots.map((s) => s.rates),
    stepDays,
  );
  return {
    scenario,
    parameters,
    p,
    stepDays,
    stepCount,
    substeps,
    slots: slots.map((s) => ({
      ...s,
      subPropagator: propagator(s.rates, stepDays / substeps),
      sameDrugOffsets: slots.filter((o) => o.drug === s.drug).map((o) => o.offset),
    })),
    slotOffsets: slots.map((s) => s.offset),
    doses,
    infusions,
    infusionTimes: infusions.flatMap((f) => [f.startDay, f.stopDay]),
    escalators,
    modifierTimes: times,
    modifiersAt: at,
    doseMmePerDay,
    doseMgPerKgPerDay,
    intervalSteps,
    susceptibility: scenario.patient.susceptibility,
    drive: patientDrive(p, scenario.patient.susceptibility),
    disease: scenario.patient.disease,
  };
}

function active(t: number, start: number, stop: number | undefined): boolean {
  return t >= start - 1e-9 && (stop === undefined || t < stop - 1e-9);
}

function modifierTable(scenario: Scenario) {
  const human = scenario.subject === 'human';
  const times = new Set<number>();
  for (const x of [...scenario.treatments, ...scenario.knockouts]) {
    times.add(x.startDay);
    if (x.stopDay !== undefined) times.add(x.stopDay);
  }
  const at = (t: number, out: Modifiers) => {
    const keep = { nmda: 1, rvm: 1, dynorphin: 1, glia: 1, hcn2: 1, pain: 1, area: 1 };
    for (const tr of scenario.treatments) {
      if (!active(t, tr.startDay, tr.stopDay)) continue;
      const spec = TREATMENTS[tr.kind];
      const nmdaBlock = human ? (spec.nmdaRateBlockHuman ?? spec.nmdaRateBlock) : spec.nmdaRateBlock;
      keep.nmda *= 1 - tr.strength * nmdaBlock;
      keep.rvm *= 1 - tr.strength * spec.rvmLevelBlock;
      keep.dynorphin *= 1 - tr.strength * spec.dynorphinLevelBlock;
      keep.glia *= 1 - tr.strength * spec.gliaLevelBlock;
      keep.hcn2 *= 1 - tr.strength * spec.hcn2LevelBlock;
      keep.pain *= 1 - tr.strength * spec.diseasePainRelief;
      keep.area *= 1 - tr.strength * spec.areaRelief;
    }
    const ko: Record<MechanismId, number> = { nmda: 1, rvm: 1, glia: 1, dynorphin: 1, hcn2: 1 };
    for (const k of scenario.knockouts)
      if (active(t, k.startDay, k.stopDay)) ko[k.mechanism] = Math.min(ko[k.mechanism], k.level);
    out.nmdaBlock = 1 - keep.nmda;
    out.rvmBlock = 1 - keep.rvm;
    out.dynorphinBlock = 1 - keep.dynorphin;
    out.gliaBlock = 1 - keep.glia;
    out.hcn2Block = 1 - keep.hcn2;
    out.painRelief = 1 - keep.pain;
    out.areaRelief = 1 - keep.area;
    out.koNmda = ko.nmda;
    out.koRvm = ko.rvm;
    out.koDynorphin = ko.dynorphin;
    out.koGlia = ko.glia;
    out.koHcn2 = ko.hcn2;
  };
  return { times: [...times].sort((a, b) => a - b), at };
}

export function knockedOutAt(scenario: Scenario, t: number): MechanismId[] {
  return MECHANISM_IDS.filter((m) =>
    scenario.knockouts.some((k) => k.mechanism === m && k.level < 1 && active(t, k.startDay, k.stopDay)),
  );
}

export type { Values };
export { defaultUnit };
