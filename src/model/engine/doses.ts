import { DRUGS, type DrugSpec } from '../pharmacology/drugs';
import type { RouteId } from '../pharmacology/routes';
import { toMgPerKg, toMme, toReference, type UnitContext } from '../pharmacology/units';
import type { CompiledRegimens, Segment } from '../scenario/regimens';
import { runsToEnd } from '../scenario/time';

/** The compiled regimens as the integrator gives them: dose events, infusion runs, escalators, and per step
 * the nominal daily dose and the dosing interval (for the readouts and the pain average). */
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

/** A daily dose from `startDay` up to `stopDay`, in MME/day and mg/kg/day. */
export interface DoseSpan {
  readonly startDay: number;
  readonly stopDay: number;
  readonly mmePerDay: number;
  readonly mgPerKgPerDay: number;
}

export interface RuntimeEscalator extends DoseSpan {
  readonly checkDays: readonly number[];
  readonly stepPercent: number;
  readonly stepAmountFactor: number;
  readonly maxFactor: number;
  readonly painTarget: number;
  /** Doses that go on from this escalation's dose after a change (regimens.ts, `scaledBy`). */
  readonly followers: readonly DoseSpan[];
}

type SlotFor = (drug: DrugSpec, route: RouteId) => number;

/** Every administration of the segments, the escalations' segments and the boluses, sorted by time. */
export function doseEvents(compiled: CompiledRegimens, ctx: UnitContext, slotFor: SlotFor): DoseEvent[] {
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
  return doses.sort((a, b) => a.timeDays - b.timeDays);
}

export function infusionRuns(compiled: CompiledRegimens, ctx: UnitContext, slotFor: SlotFor): InfusionRun[] {
  return compiled.infusions.map((f) => ({
    startDay: f.startDay,
    stopDay: f.stopDay,
    slot: slotFor(DRUGS[f.drug], f.route),
    rate: toReference(ctx, f.drug, f.route, f.unit, f.ratePerDay),
  }));
}

export function runtimeEscalators(compiled: CompiledRegimens, ctx: UnitContext): RuntimeEscalator[] {
  return compiled.escalators.map((e, i) => {
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
}

/** Per step: the nominal scheduled daily dose (MME, mg/kg) and the dosing interval in steps. */
export interface DoseSchedule {
  readonly doseMmePerDay: Float64Array;
  readonly doseMgPerKgPerDay: Float64Array;
  readonly intervalSteps: Int32Array;
}

export function doseSchedule(
  compiled: CompiledRegimens,
  ctx: UnitContext,
  durationDays: number,
  stepDays: number,
  stepCount: number,
): DoseSchedule {
  const doseMmePerDay = new Float64Array(stepCount + 1);
  const doseMgPerKgPerDay = new Float64Array(stepCount + 1);
  const intervalSteps = new Int32Array(stepCount + 1).fill(1);
  // A dose is in force from its start up to its stop; one that runs to the end of the scenario is still in
  // force at the last sample (else the series would end on a dose of 0 and an undosed pain of the moment).
  const fill = (start: number, stop: number, mme: number, perKg: number, everyHours: number) => {
    const i0 = Math.max(0, Math.ceil(start / stepDays - 1e-9));
    const i1 = runsToEnd(stop, durationDays)
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
  return { doseMmePerDay, doseMgPerKgPerDay, intervalSteps };
}
