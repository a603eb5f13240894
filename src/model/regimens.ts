import type { DrugId } from './drugs';
import type { RouteId } from './routes';
import type { DoseUnit, Regimen } from './scenario-schema';
import { defaultUnit } from './units';

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
  for (const r of regimens) {
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
        compileEscalation(r, base, end, out);
        break;
      case 'taper':
        compileTaper(r, base, end, out.segments);
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
  }
  return { ...out, segments: out.segments.filter((s) => s.stopDay > s.startDay) };
}

type Base = Pick<Segment, 'drug' | 'route' | 'unit'>;

function compileEscalation(
  r: Extract<Regimen, { kind: 'escalation' }>,
  base: Base,
  end: number,
  out: { segments: Segment[]; escalators: Escalator[] },
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
  let dose = r.dosePerDay;
  for (let t = r.startDay; t < end; t += r.stepEveryDays) {
    const stop = Math.min(end, t + r.stepEveryDays);
    out.segments.push({ ...base, startDay: t, stopDay: stop, dosePerDay: dose, everyHours: r.everyHours });
    dose = Math.min(max, dose * (1 + stepPercent / 100) + stepAmount);
  }
}

/** A taper cuts x % of the current dose each period, skips pauses, and stops one period after the floor. */
function compileTaper(
  r: Extract<Regimen, { kind: 'taper' }>,
  base: Base,
  end: number,
  segments: Segment[],
): void {
  const period = r.per === 'week' ? WEEK : MONTH;
  const inPause = (t: number) => r.pauses.some((p) => t >= p.startDay && t < p.startDay + p.days);
  let dose = r.dosePerDay;
  let t = r.startDay;
  let next = r.taperStartDay;
  let belowFloor = false;
  while (t < end && dose > 0) {
    const stop = Math.min(end, Math.max(next, t));
    if (stop > t)
      segments.push({ ...base, startDay: t, stopDay: stop, dosePerDay: dose, everyHours: r.everyHours });
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
