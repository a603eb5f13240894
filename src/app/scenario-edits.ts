import { runTimeText, timeScaleOf } from '../content/run-time';
import {
  DRUGS,
  MECHANISM_IDS,
  MECHANISM_LABELS,
  normalizeScenario,
  opioidsAt,
  TREATMENTS,
  type DrugId,
  type MechanismId,
  type Scenario,
  type TreatmentId,
} from '../model';
import type { Regimen, Treatment } from '../model';

/**
 * Scenario edits as pure functions: each takes a scenario and returns a new one (never changes its input),
 * with a sentence for the live summary. "From now on" edits are recorded as the learner asked them — a
 * `change` regimen ("from day 84: ×1.5 of the dose then given") — and the model resolves them against the
 * regimen in force at that moment (model/scenario/regimens.ts). Nothing here reads a dose back from a result,
 * so two quick clicks are two changes. Doses are MME (or mg/kg for rat experiments) of the simulated patient,
 * never an amount of a real drug to give anyone.
 */

/** The schedules the starting-regimen form offers. */
export const SCHEDULES = ['fixed', 'escalating', 'none'] as const;
export type ScheduleId = (typeof SCHEDULES)[number];

/** Adjuvants and non-drug therapies a learner can add from now on (seed: managing OIH). */
export const ADJUVANTS = [
  'ketamine',
  'gabapentinoid',
  'nsaid',
  'exercise',
  'cbt',
  'acupuncture',
  'massage',
] as const satisfies readonly TreatmentId[];
export type AdjuvantId = (typeof ADJUVANTS)[number];

export type ScenarioEdit =
  | {
      readonly type: 'regimen.set';
      readonly drug: DrugId;
      readonly dosePerDay: number;
      readonly everyHours: number;
      readonly schedule: ScheduleId;
    }
  | { readonly type: 'dose.change'; readonly atDay: number; readonly percent: number }
  | {
      readonly type: 'taper.start';
      readonly atDay: number;
      readonly percent: number;
      readonly per: 'week' | 'month';
    }
  | { readonly type: 'opioid.stop'; readonly atDay: number }
  /** A prescribed dose from `atDay` on (a lesson restarting an opioid), ending whatever was given. */
  | {
      readonly type: 'opioid.restart';
      readonly atDay: number;
      readonly dosePerDay: number;
      readonly drug?: DrugId;
    }
  | {
      readonly type: 'drug.rotate';
      readonly atDay: number;
      readonly toDrug: DrugId;
      readonly reductionPercent: number;
    }
  | { readonly type: 'adjuvant.set'; readonly kind: AdjuvantId; readonly on: boolean; readonly atDay: number }
  | { readonly type: 'mechanism.set'; readonly mechanism: MechanismId; readonly level: number }
  | { readonly type: 'patient.susceptibility'; readonly value: number }
  | { readonly type: 'patient.baseline'; readonly value: number }
  /**
   * One patient of a virtual cohort (issue 21): its own OIH susceptibility and drug clearance, as drawn,
   * unrounded, so the scenario is exactly that patient's and its run is the one the cohort computed.
   */
  | {
      readonly type: 'patient.individual';
      readonly susceptibility: number;
      readonly metabolism: number;
      /** The patient's number in the cohort (0-based), for the sentence that says what changed. */
      readonly index: number;
    }
  | { readonly type: 'duration.set'; readonly days: number };

export interface Edited {
  readonly scenario: Scenario;
  /** What changed, in one plain sentence ("Dose increased 50 %."). */
  readonly said: string;
}

/** Escalating schedule of the starting-regimen form: +25 % every two weeks, up to four times the start. */
const ESCALATION = { stepPercent: 25, stepEveryDays: 14, maxFactor: 4 } as const;
/** A taper ends one period after the dose falls below this share of where it started. */
const TAPER_FLOOR = 0.1;
/** The longest course the editor makes (two years). */
export const MAX_EDIT_DAYS = 730;
const WEEK = 7;

/** The largest daily dose an edit makes (MME/day, or mg/kg/day in rat experiments). */
export const MAX_EDIT_DOSE = 3000;
const clamp = (x: number, lo: number, hi: number) =>
  Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : lo;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
/** "week 6, day 3" in a course; "day 2, hour 5" or "hour 5" in an experiment of days or hours (its clock's words). */
const weekAndDay = (t: number, durationDays: number) => {
  if (timeScaleOf(durationDays) !== 'weeks') return runTimeText(t, durationDays).toLowerCase();
  const week = Math.floor(t / WEEK + 1e-9);
  const day = Math.round(t - week * WEEK);
  return day === 0 ? `week ${week}` : `week ${week}, day ${day}`;
};
/** Re-validates an edited scenario: an edit can never produce something the model would refuse. */
const finish = (scenario: Scenario): Scenario => normalizeScenario(scenario);

function regimenStart(r: Regimen): number {
  switch (r.kind) {
    case 'bolus':
    case 'change':
      return r.atDay;
    case 'steps':
      return r.steps[0]?.day ?? 0;
    default:
      return r.startDay;
  }
}

/**
 * A change from `atDay` on, as asked: what was listed to start later is dropped (the change supersedes it),
 * what runs at `atDay` stays for the model to continue from.
 */
function changeFrom(
  scenario: Scenario,
  change: Omit<Extract<Regimen, { kind: 'change' }>, 'kind' | 'times'> & { times?: number },
): Scenario {
  const kept = scenario.regimens.filter((r) => regimenStart(r) <= change.atDay + 1e-9);
  return finish({ ...scenario, regimens: [...kept, { kind: 'change', times: 1, ...change }] });
}

function setTreatment(scenario: Scenario, kind: AdjuvantId, on: boolean, atDay: number): Edited {
  const label = TREATMENTS[kind].label;
  const others = scenario.treatments.filter((t) => t.kind !== kind);
  const same = scenario.treatments.filter((t) => t.kind === kind);
  const activeAt = (t: Treatment) =>
    t.startDay <= atDay + 1e-9 && (t.stopDay === undefined || t.stopDay > atDay);
  if (on) {
    if (same.some(activeAt)) return { scenario, said: `${label} is already given at this time.` };
    const start = atDay;
    const next: Treatment = { kind, startDay: start, strength: 1 };
    return {
      scenario: finish({
        ...scenario,
        treatments: [...others, ...same.filter((t) => t.startDay < start), next],
      }),
      said: `${label} added from ${weekAndDay(start, scenario.durationDays)}.`,
    };
  }
  const kept = same
    .filter((t) => t.startDay < atDay - 1e-9)
    .map((t) => (t.stopDay === undefined || t.stopDay > atDay ? { ...t, stopDay: atDay } : t));
  return {
    scenario: finish({ ...scenario, treatments: [...others, ...kept] }),
    said:
      atDay > 0 ? `${label} stopped from ${weekAndDay(atDay, scenario.durationDays)}.` : `${label} removed.`,
  };
}

function setMechanism(scenario: Scenario, mechanism: MechanismId, level: number): Edited {
  const value = round(clamp(level, 0, 1), 2);
  const others = scenario.knockouts.filter((k) => k.mechanism !== mechanism);
  const knockouts = value >= 1 ? others : [...others, { mechanism, level: value, startDay: 0 }];
  const name = MECHANISM_LABELS[mechanism];
  const said =
    value >= 1
      ? `${name} switched on at full strength.`
      : value <= 0
        ? `${name} switched off.`
        : `${name} set to ${Math.round(value * 100)} %.`;
  return { scenario: finish({ ...scenario, knockouts }), said };
}

function setBaseline(scenario: Scenario, value: number): Edited {
  const baseline = round(clamp(value, 0, 10));
  const disease = scenario.patient.disease;
  const next =
    disease.kind === 'none'
      ? baseline > 0
        ? { kind: 'constant' as const, baseline, site: disease.site, areaFraction: 0.1 }
        : disease
      : { ...disease, baseline };
  return {
    scenario: finish({ ...scenario, patient: { ...scenario.patient, disease: next } }),
    said: `Baseline pain from the disease set to ${baseline}/10.`,
  };
}

function setRegimen(scenario: Scenario, edit: Extract<ScenarioEdit, { type: 'regimen.set' }>): Edited {
  const dosePerDay = round(clamp(edit.dosePerDay, 0, MAX_EDIT_DOSE), 0);
  const everyHours = clamp(edit.everyHours, 1, 24);
  const base = { drug: edit.drug, route: 'oral' as const, dosePerDay, everyHours, startDay: 0 };
  const drug = DRUGS[edit.drug].label;
  if (edit.schedule === 'none')
    return { scenario: finish({ ...scenario, regimens: [] }), said: 'No opioid from the start.' };
  if (edit.schedule === 'fixed')
    return {
      scenario: finish({ ...scenario, regimens: [{ kind: 'fixed', ...base }] }),
      said: `${drug} ${dosePerDay} MME/day every ${everyHours} h from day 0, steady.`,
    };
  const regimen: Regimen = {
    kind: 'escalation',
    ...base,
    stepPercent: ESCALATION.stepPercent,
    stepEveryDays: ESCALATION.stepEveryDays,
    maxPerDay: dosePerDay * ESCALATION.maxFactor,
    trigger: 'schedule',
    painTarget: 4,
  };
  return {
    scenario: finish({ ...scenario, regimens: [regimen] }),
    said: `${drug} ${dosePerDay} MME/day every ${everyHours} h, up ${ESCALATION.stepPercent} % every two weeks.`,
  };
}

/** Applies one edit. Never throws on a number out of range: it is clamped to what the control allows. */
export function applyEdit(scenario: Scenario, edit: ScenarioEdit): Edited {
  switch (edit.type) {
    case 'regimen.set':
      return setRegimen(scenario, edit);
    case 'dose.change': {
      const percent = round(clamp(edit.percent, -100, 400), 0);
      const atDay = clamp(edit.atDay, 0, scenario.durationDays);
      const verb = percent >= 0 ? 'increased' : 'decreased';
      return {
        scenario: changeFrom(scenario, { atDay, times: 1 + percent / 100, maxPerDay: MAX_EDIT_DOSE }),
        said: `Dose ${verb} ${Math.abs(percent)} % at ${weekAndDay(atDay, scenario.durationDays)}.`,
      };
    }
    case 'taper.start': {
      const atDay = clamp(edit.atDay, 0, scenario.durationDays);
      const percent = round(clamp(edit.percent, 1, 100), 0);
      // Let the taper run to its end and show four weeks after it, extending the course if need be.
      const periodDays = edit.per === 'week' ? WEEK : 4 * WEEK;
      const periods = percent >= 100 ? 1 : Math.ceil(Math.log(0.1) / Math.log(1 - percent / 100)) + 1;
      const needed = Math.min(MAX_EDIT_DAYS, Math.ceil(atDay + periods * periodDays + 4 * WEEK));
      const longer = needed > scenario.durationDays;
      const tapered = changeFrom(longer ? { ...scenario, durationDays: needed } : scenario, {
        atDay,
        taper: { percent, per: edit.per, floorFraction: TAPER_FLOOR },
      });
      return {
        scenario: tapered,
        said:
          `Taper started at ${weekAndDay(atDay, scenario.durationDays)}: ${percent} % of the current dose each ${edit.per}.` +
          (longer
            ? ` The course now runs to week ${Math.round(needed / WEEK)} so the taper can finish.`
            : ''),
      };
    }
    case 'opioid.stop': {
      const atDay = clamp(edit.atDay, 0, scenario.durationDays);
      return {
        scenario: changeFrom(scenario, { atDay, times: 0 }),
        said: `Opioid stopped at ${weekAndDay(atDay, scenario.durationDays)}.`,
      };
    }
    case 'opioid.restart': {
      const atDay = clamp(edit.atDay, 0, scenario.durationDays);
      const dosePerDay = round(clamp(edit.dosePerDay, 0, MAX_EDIT_DOSE));
      const drug = edit.drug ?? 'morphine';
      const stopped = changeFrom(scenario, { atDay, times: 0 });
      const fixed: Regimen = {
        kind: 'fixed',
        drug,
        route: 'oral',
        dosePerDay,
        everyHours: 4,
        startDay: atDay,
      };
      return {
        scenario: finish({ ...stopped, regimens: [...stopped.regimens, fixed] }),
        said: `${DRUGS[drug].label} restarted at ${dosePerDay} ${scenario.subject === 'rat' ? 'mg/kg/day' : 'MME/day'} at ${weekAndDay(atDay, scenario.durationDays)}.`,
      };
    }
    case 'drug.rotate': {
      const atDay = clamp(edit.atDay, 0, scenario.durationDays);
      const reductionPercent = round(clamp(edit.reductionPercent, 0, 90), 0);
      const drug = DRUGS[edit.toDrug].label;
      const given = opioidsAt(scenario, atDay);
      if (given.length > 0 && given.every((o) => o.drug === edit.toDrug))
        return { scenario, said: `${drug} is already given at ${weekAndDay(atDay, scenario.durationDays)}.` };
      return {
        scenario: changeFrom(scenario, {
          atDay,
          rotateTo: {
            drug: edit.toDrug,
            ...(edit.toDrug === 'methadone' ? { everyHours: 8 } : {}),
            reductionPercent,
          },
        }),
        said: `Rotated to ${drug} at ${weekAndDay(atDay, scenario.durationDays)} with ${scenario.subject === 'rat' ? `a ${reductionPercent} % lower dose` : `${reductionPercent} % fewer MME`} for incomplete cross-tolerance.`,
      };
    }
    case 'adjuvant.set':
      return setTreatment(scenario, edit.kind, edit.on, clamp(edit.atDay, 0, scenario.durationDays));
    case 'mechanism.set':
      return setMechanism(scenario, edit.mechanism, edit.level);
    case 'patient.susceptibility': {
      const value = round(clamp(edit.value, 0, 3), 2);
      return {
        scenario: finish({ ...scenario, patient: { ...scenario.patient, susceptibility: value } }),
        said: `OIH susceptibility set to ${value} (1 is typical, 0 none).`,
      };
    }
    case 'patient.baseline':
      return setBaseline(scenario, edit.value);
    case 'patient.individual': {
      // The scenario schema's limits (the cohort draws inside them), not the slider's.
      const susceptibility = clamp(edit.susceptibility, 0, 5);
      const metabolism = clamp(edit.metabolism, 0.25, 4);
      return {
        scenario: finish({ ...scenario, patient: { ...scenario.patient, susceptibility, metabolism } }),
        said: `Patient ${edit.index + 1} of the cohort: OIH susceptibility ${round(susceptibility, 2)}, drug clearance ×${round(metabolism, 2)} (1 is typical).`,
      };
    }
    case 'duration.set': {
      const days = round(clamp(edit.days, 1, MAX_EDIT_DAYS), 0);
      return {
        scenario: finish({ ...scenario, durationDays: days }),
        said: `The course now runs ${round(days / WEEK)} weeks.`,
      };
    }
  }
}

/** The mechanism levels a scenario sets for the whole course (1 where no knock-out applies from day 0 on). */
export function mechanismLevels(scenario: Scenario): Record<MechanismId, number> {
  const levels = Object.fromEntries(MECHANISM_IDS.map((id) => [id, 1])) as Record<MechanismId, number>;
  for (const k of scenario.knockouts)
    if (k.startDay <= 0 && k.stopDay === undefined)
      levels[k.mechanism] = Math.min(levels[k.mechanism], k.level);
  return levels;
}

/** Which adjuvants are being given at `t`. */
export function adjuvantsAt(scenario: Scenario, t: number): Set<AdjuvantId> {
  const on = new Set<AdjuvantId>();
  for (const tr of scenario.treatments)
    if (
      (ADJUVANTS as readonly string[]).includes(tr.kind) &&
      tr.startDay <= t + 1e-9 &&
      (tr.stopDay === undefined || tr.stopDay > t)
    )
      on.add(tr.kind as AdjuvantId);
  return on;
}
