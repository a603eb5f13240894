import type { DrugId } from '../pharmacology/drugs';
import type { RouteId } from '../pharmacology/routes';
import type { Regimen, Scenario } from './scenario-schema';
import type { DoseUnit } from '../pharmacology/units';
import { defaultUnit } from '../pharmacology/units';

/**
 * Regimens compiled into piecewise-constant dosing segments (issue 3, scope 6). A segment gives a daily
 * dose split into administrations every `everyHours`; boluses and infusions are kept as such. An escalation
 * triggered by pain cannot be compiled in advance: its segments carry an `escalator` whose factor the
 * integrator raises at each check while the pain exceeds the target.
 */
export interface Segment {
  readonly drug: DrugId;
  readonly route: RouteId;
  readonly unit: DoseUnit;
  readonly startDay: number;
  readonly stopDay: number;
  readonly dosePerDay: number;
  readonly everyHours: number;
  /**
   * A change made while a pain-triggered escalation was running continues from the dose it had reached,
   * known only as the run goes: this segment's doses are scaled by that escalator's factor (frozen from
   * the change on, since the escalation ends there).
   */
  readonly scaledBy?: number;
  /** Made by a change: its day, and the dose before that change's taper cut (what a change on the same day acts on). */
  readonly changed?: { readonly atDay: number; readonly untapered: number };
  /** One step of a taper or a scheduled escalation: the timeline shows its steps as one course. */
  readonly course?: DoseCourse;
}

/** A taper or an escalation whose steps the timeline shows as one: its key (unique in a scenario) and name. */
export interface DoseCourse {
  readonly key: string;
  /** "Taper 10 %/week", "Escalation +60 MME/day every 2 weeks". */
  readonly label: string;
}

export interface Bolus {
  readonly drug: DrugId;
  readonly route: RouteId;
  readonly unit: DoseUnit;
  readonly timeDays: number;
  readonly dose: number;
}

export interface Infusion {
  readonly drug: DrugId;
  readonly route: RouteId;
  readonly unit: DoseUnit;
  readonly startDay: number;
  readonly stopDay: number;
  readonly ratePerDay: number;
  /** As Segment's `changed`. */
  readonly changed?: { readonly atDay: number; readonly untapered: number };
}

export interface Escalator {
  readonly segment: Segment;
  readonly checkDays: readonly number[];
  readonly stepPercent: number;
  readonly stepAmount: number;
  readonly maxPerDay: number;
  readonly painTarget: number;
}

export interface CompiledRegimens {
  readonly segments: readonly Segment[];
  readonly boluses: readonly Bolus[];
  readonly infusions: readonly Infusion[];
  readonly escalators: readonly Escalator[];
}

const WEEK = 7;
const MONTH = 28;

export function compileRegimens(
  regimens: readonly Regimen[],
  subject: 'human' | 'rat',
  durationDays: number,
): CompiledRegimens {
  const out = {
    segments: [] as Segment[],
    boluses: [] as Bolus[],
    infusions: [] as Infusion[],
    escalators: [] as Escalator[],
  };
  regimens.forEach((r, index) => {
    if (r.kind === 'change') {
      compileChange(r, durationDays, out, `change-${index}`);
      return;
    }
    const unit = r.unit ?? defaultUnit(subject);
    const end = Math.min(durationDays, 'stopDay' in r && r.stopDay !== undefined ? r.stopDay : durationDays);
    const base = { drug: r.drug, route: r.route, unit };
    switch (r.kind) {
      case 'fixed':
        out.segments.push({
          ...base,
          startDay: r.startDay,
          stopDay: end,
          dosePerDay: r.dosePerDay,
          everyHours: r.everyHours,
        });
        break;
      case 'bolus':
        for (let k = 0; k < r.count; k++) {
          out.boluses.push({ ...base, timeDays: r.atDay + (k * r.everyMinutes) / 1440, dose: r.dose });
        }
        break;
      case 'infusion':
        out.infusions.push({ ...base, startDay: r.startDay, stopDay: end, ratePerDay: r.ratePerDay });
        break;
      case 'escalation':
        compileEscalation(r, base, end, out, `escalation-${index}`);
        break;
      case 'taper':
        compileTaper(r, base, end, out.segments, {
          key: `taper-${index}`,
          label: taperLabel(r.percent, r.per),
        });
        break;
      case 'steps': {
        const steps = [...r.steps].sort((a, b) => a.day - b.day);
        steps.forEach((s, i) => {
          const stop = Math.min(end, steps[i + 1]?.day ?? end);
          if (stop > s.day)
            out.segments.push({
              ...base,
              startDay: s.day,
              stopDay: stop,
              dosePerDay: s.dosePerDay,
              everyHours: r.everyHours,
            });
        });
        break;
      }
      case 'rotation': {
        const switchDay = Math.min(r.switchDay, end);
        out.segments.push({
          ...base,
          startDay: r.startDay,
          stopDay: switchDay,
          dosePerDay: r.dosePerDay,
          everyHours: r.everyHours,
        });
        out.segments.push({
          drug: r.toDrug,
          route: r.toRoute ?? r.route,
          unit,
          startDay: switchDay,
          stopDay: end,
          dosePerDay: r.dosePerDay * (1 - r.reductionPercent / 100),
          everyHours: r.toEveryHours ?? r.everyHours,
        });
        break;
      }
    }
  });
  return { ...out, segments: out.segments.filter((s) => s.stopDay > s.startDay) };
}

type Base = Pick<Segment, 'drug' | 'route' | 'unit'>;
interface Out {
  segments: Segment[];
  boluses: Bolus[];
  infusions: Infusion[];
  escalators: Escalator[];
}
type Change = Extract<Regimen, { kind: 'change' }>;

const EPS = 1e-9;
const inForceAt = (x: { startDay: number; stopDay: number }, t: number) =>
  x.startDay <= t + EPS && x.stopDay > t + EPS;

/**
 * A change from now on (schema version 2): everything compiled so far ends at `atDay` (what starts later is
 * dropped), and every dose then in force goes on at `times` its size — rotated, tapered — from `atDay`. A
 * dose of a pain-triggered escalation goes on scaled by the factor the escalation had reached.
 */
function compileChange(r: Change, durationDays: number, out: Out, key: string): void {
  const t = r.atDay;
  const end = Math.min(durationDays, r.stopDay ?? durationDays);
  const sources = {
    segments: out.segments.filter((s) => inForceAt(s, t)),
    infusions: out.infusions.filter((f) => inForceAt(f, t)),
    escalators: out.escalators.map((e, i) => ({ e, i })).filter(({ e }) => inForceAt(e.segment, t)),
  };
  const cut = <T extends { startDay: number; stopDay: number }>(x: T): T => ({
    ...x,
    stopDay: Math.min(x.stopDay, t),
  });
  out.segments = out.segments.filter((s) => s.startDay < t - EPS).map(cut);
  out.infusions = out.infusions.filter((f) => f.startDay < t - EPS).map(cut);
  out.boluses = out.boluses.filter((b) => b.timeDays < t - EPS);
  // Escalators keep their index (the runtime's factors are indexed by it): one that has not begun is emptied.
  out.escalators = out.escalators.map((e) => ({
    ...e,
    segment: { ...e.segment, stopDay: Math.max(e.segment.startDay, Math.min(e.segment.stopDay, t)) },
    checkDays: e.checkDays.filter((d) => d < t - EPS),
  }));
  // A change on the same day as an earlier one acts on the dose before that one's taper cut: a taper asked
  // twice is one taper.
  const given = (x: { changed?: Segment['changed'] }, amount: number) =>
    x.changed && Math.abs(x.changed.atDay - t) < EPS ? x.changed.untapered : amount;
  const pieces = changePieces(r, t, end);
  const rotate = r.rotateTo;
  const asked = r.times * (rotate ? 1 - rotate.reductionPercent / 100 : 1);
  // The cap applies to the doses known here (an escalation's reached dose is known only as the run goes).
  const known = [
    ...sources.segments.filter((s) => s.scaledBy === undefined).map((s) => given(s, s.dosePerDay)),
    ...sources.infusions.map((f) => given(f, f.ratePerDay)),
  ].reduce((sum, x) => sum + x, 0);
  const keep = r.maxPerDay !== undefined && known * asked > r.maxPerDay ? r.maxPerDay / known : asked;
  const moved = <T extends { drug: DrugId; route: RouteId }>(x: T): T =>
    rotate ? { ...x, drug: rotate.drug, route: rotate.route ?? x.route } : x;
  // A taper from now on is a course of its own; what went on unchanged is no longer part of an older one.
  const course = r.taper ? { key, label: taperLabel(r.taper.percent, r.taper.per) } : undefined;
  const goOn = (source: Segment, scaledBy: number | undefined) => {
    const s: Segment = { ...source };
    delete (s as { course?: DoseCourse }).course;
    const untapered = given(s, s.dosePerDay) * keep;
    for (const p of pieces)
      out.segments.push({
        ...moved(s),
        startDay: p.startDay,
        stopDay: p.stopDay,
        dosePerDay: untapered * p.factor,
        everyHours: rotate?.everyHours ?? s.everyHours,
        ...(scaledBy === undefined ? {} : { scaledBy }),
        changed: { atDay: t, untapered },
        ...(course ? { course } : {}),
      });
  };
  for (const s of sources.segments) goOn(s, s.scaledBy);
  for (const { e, i } of sources.escalators) goOn(e.segment, i);
  for (const f of sources.infusions) {
    const untapered = given(f, f.ratePerDay) * keep;
    for (const p of pieces)
      out.infusions.push({
        ...moved(f),
        startDay: p.startDay,
        stopDay: p.stopDay,
        ratePerDay: untapered * p.factor,
        changed: { atDay: t, untapered },
      });
  }
}

/** The steps of a change: one from `t` to `end`, or a taper's (x % of the current dose each period). */
function changePieces(
  r: Change,
  t: number,
  end: number,
): { startDay: number; stopDay: number; factor: number }[] {
  if (r.times <= 0 || end <= t) return [];
  const taper = r.taper;
  if (!taper) return [{ startDay: t, stopDay: end, factor: 1 }];
  const period = taper.per === 'week' ? WEEK : MONTH;
  const pieces: { startDay: number; stopDay: number; factor: number }[] = [];
  // Like compileTaper: the first cut on the day it starts, one each period, and one more period at the
  // dose that fell below the floor.
  let factor = 1 - taper.percent / 100;
  for (let start = t; start < end && factor > 0; start += period) {
    pieces.push({ startDay: start, stopDay: Math.min(end, start + period), factor });
    if (factor < taper.floorFraction) break;
    factor *= 1 - taper.percent / 100;
  }
  return pieces;
}

function compileEscalation(
  r: Extract<Regimen, { kind: 'escalation' }>,
  base: Base,
  end: number,
  out: { segments: Segment[]; escalators: Escalator[] },
  key: string,
): void {
  const max = r.maxPerDay ?? Infinity;
  const stepPercent = r.stepPercent ?? (r.stepAmount === undefined ? 0 : 0);
  const stepAmount = r.stepAmount ?? 0;
  if (r.trigger === 'pain') {
    const segment = {
      ...base,
      startDay: r.startDay,
      stopDay: end,
      dosePerDay: r.dosePerDay,
      everyHours: r.everyHours,
    };
    const checkDays: number[] = [];
    for (let t = r.startDay + r.stepEveryDays; t < end; t += r.stepEveryDays) checkDays.push(t);
    out.escalators.push({
      segment,
      checkDays,
      stepPercent,
      stepAmount,
      maxPerDay: max,
      painTarget: r.painTarget,
    });
    return;
  }
  const step = [
    stepPercent > 0 ? `+${stepPercent} %` : '',
    stepAmount > 0 ? `+${stepAmount} ${base.unit}/day` : '',
  ].filter(Boolean);
  const course = { key, label: `Escalation ${step.join(' ')} every ${periodWords(r.stepEveryDays)}` };
  let dose = r.dosePerDay;
  for (let t = r.startDay; t < end; t += r.stepEveryDays) {
    const stop = Math.min(end, t + r.stepEveryDays);
    out.segments.push({
      ...base,
      startDay: t,
      stopDay: stop,
      dosePerDay: dose,
      everyHours: r.everyHours,
      course,
    });
    dose = Math.min(max, dose * (1 + stepPercent / 100) + stepAmount);
  }
}

/** A taper cuts x % of the current dose each period, skips pauses, and stops one period after the floor. */
function compileTaper(
  r: Extract<Regimen, { kind: 'taper' }>,
  base: Base,
  end: number,
  segments: Segment[],
  course: DoseCourse,
): void {
  const period = r.per === 'week' ? WEEK : MONTH;
  const inPause = (t: number) => r.pauses.some((p) => t >= p.startDay && t < p.startDay + p.days);
  let dose = r.dosePerDay;
  let t = r.startDay;
  let next = r.taperStartDay;
  let belowFloor = false;
  while (t < end && dose > 0) {
    const stop = Math.min(end, Math.max(next, t));
    // The dose before the first cut is where the taper starts from, not one of its steps.
    if (stop > t)
      segments.push({
        ...base,
        startDay: t,
        stopDay: stop,
        dosePerDay: dose,
        everyHours: r.everyHours,
        ...(t >= r.taperStartDay - EPS ? { course } : {}),
      });
    t = stop;
    if (belowFloor) break;
    if (t >= next) {
      if (!inPause(next)) {
        dose *= 1 - r.percent / 100;
        if (dose < r.floorPerDay) belowFloor = true;
      }
      next += period;
    }
  }
}

const taperLabel = (percent: number, per: 'week' | 'month') => `Taper ${percent} %/${per}`;

/** "2 weeks", "week", "10 days". */
function periodWords(days: number): string {
  if (days === WEEK) return 'week';
  if (days % WEEK === 0) return `${days / WEEK} weeks`;
  return days === 1 ? 'day' : `${days} days`;
}

/** An opioid being given at a moment, as the model resolves the regimens (changes from now on included). */
export interface OpioidGiven {
  readonly drug: DrugId;
  readonly route: RouteId;
  readonly unit: DoseUnit;
  /** Hours between doses; 24 for an infusion. */
  readonly everyHours: number;
}

/** The opioids given at `t`: every segment, infusion and escalation in force then (none between doses of a bolus). */
export function opioidsAt(
  scenario: Pick<Scenario, 'regimens' | 'subject' | 'durationDays'>,
  t: number,
): OpioidGiven[] {
  const c = compileRegimens(scenario.regimens, scenario.subject, Math.max(scenario.durationDays, t + 1e-6));
  const scheduled = [...c.segments, ...c.escalators.map((e) => e.segment)].filter((s) => inForceAt(s, t));
  return [
    ...scheduled.map(({ drug, route, unit, everyHours }) => ({ drug, route, unit, everyHours })),
    ...c.infusions
      .filter((f) => inForceAt(f, t))
      .map(({ drug, route, unit }) => ({ drug, route, unit, everyHours: 24 })),
  ];
}
