/**
 * Whole-range properties of the model (issue 14, P1–P10): what a learner sees anywhere in the input space, not
 * only at the presets. Each is measured through the public API on grids and fixed setups (human, disease pain
 * 6 constant, oral morphine every 4 h unless said; "pain" is the weekly mean of painScore) and carries its
 * band (the list is properties.ts). test/science/properties.test.ts asserts them; tools/model-table.ts prints
 * them into docs/model.md.
 */
import { ALL_FIVE_OFF } from '../model/presets/preset';
import { DRUGS, PRESETS, type ScenarioInput, type SimulationResult } from '../model/index';
import { cohort, doseResponse, simulate } from '../model/run';
import type { Band } from './band';
import { at, extreme, mean } from './measure';

export interface PropertyCheck {
  readonly id: string;
  readonly behaviour: string;
  readonly band: Band;
  readonly bandText: string;
  readonly measure: () => number;
}

type Drug = 'morphine' | 'methadone' | 'buprenorphine';
const WEEK = 7;
export const OIH_DAY = 84;

const cache = new Map<string, SimulationResult>();
const memos: (() => void)[] = [];

/** Forgets every run and measurement (tools/model-calibrate.ts changes parameters between measurements). */
export function clearPropertyRuns(): void {
  cache.clear();
  for (const forget of memos) forget();
}
function runScenario(input: ScenarioInput): SimulationResult {
  const key = JSON.stringify(input);
  const hit = cache.get(key);
  if (hit) return hit;
  const result = simulate(input);
  cache.set(key, result);
  return result;
}

const oral = (dosePerDay: number, drug: Drug = 'morphine', everyHours = drug === 'morphine' ? 4 : 8) => ({
  kind: 'fixed' as const,
  drug,
  route: 'oral' as const,
  dosePerDay,
  everyHours,
});

/** One daily dose of oral morphine for `weeks` (susceptibility s). */
export function onDose(dose: number, weeks: number, s: number, drug: Drug = 'morphine'): SimulationResult {
  return runScenario({
    durationDays: weeks * WEEK,
    patient: { susceptibility: s },
    regimens: dose > 0 ? [oral(dose, drug)] : [],
  });
}

export const weekMean = (
  r: SimulationResult,
  series: 'painScore' | 'thresholdRelative' | 'allodynia',
  end: number,
) => mean(r, series, end - WEEK, end);
export const dayMean = (r: SimulationResult, day: number) => mean(r, 'painScore', day - 1, day);

/** Largest fall of a curve anywhere between its least value and its end (0 when it never falls). */
export function largestFallPastMinimum(values: readonly number[]): number {
  let iMin = 0;
  values.forEach((v, i) => {
    if (v < (values[iMin] ?? Infinity)) iMin = i;
  });
  let peak = -Infinity;
  let fall = 0;
  for (let i = iMin; i < values.length; i++) {
    const v = values[i] ?? NaN;
    peak = Math.max(peak, v);
    fall = Math.max(fall, peak - v);
  }
  return fall;
}

function logGrid(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from * (to / from) ** (i / (count - 1)));
}

/** P1: pain after `weeks` on one daily dose, over 5–3000 MME/day. */
export function maintainedCurve(s: number, weeks: number): { doses: number[]; pain: number[] } {
  const doses = logGrid(5, 3000, 36);
  return { doses, pain: doses.map((d) => weekMean(onDose(d, weeks, s), 'painScore', weeks * WEEK)) };
}

/** P1 (chart): the app's maintained dose–response from morphine `dose` MME/day on `day`. */
export function chartCurve(s: number, dose: number, day: number): number[] {
  const dr = doseResponse({ durationDays: day, patient: { susceptibility: s }, regimens: [oral(dose)] }, day);
  return dr.maintained.scenario;
}

/** P2: the neighbours grid 30·1.25^k up to 2000 MME/day (26 weeks), for susceptibility s. */
export function neighbourSteps(s = 1): { pain: number; threshold: number } {
  const doses: number[] = [];
  for (let d = 30; d <= 2000; d *= 1.25) doses.push(d);
  const rows = doses.map((d) => {
    const r = onDose(d, 26, s);
    return { pain: weekMean(r, 'painScore', 182), threshold: at(r, 'thresholdRelative', 182) };
  });
  let pain = 0;
  let threshold = 0;
  rows.reduce((previous, row) => {
    pain = Math.max(pain, Math.abs(row.pain - previous.pain));
    threshold = Math.max(threshold, Math.abs(row.threshold - previous.threshold));
    return row;
  });
  return { pain, threshold };
}

/** The OIH state (s = 1.5, 240 MME/day to week 12), then `after` from day 84. */
export function fromOihState(
  after: 'steps' | 'none',
  factor: number,
  extra: Partial<ScenarioInput> = {},
  days = 28,
  s = 1.5,
): SimulationResult {
  return runScenario({
    durationDays: OIH_DAY + days,
    patient: { susceptibility: s },
    regimens: [
      {
        kind: 'steps',
        drug: 'morphine',
        route: 'oral',
        everyHours: 4,
        steps: [
          { day: 0, dosePerDay: 240 },
          { day: OIH_DAY, dosePerDay: after === 'none' ? 240 : 240 * factor },
        ],
      },
    ],
    ...extra,
  });
}

/** P4: pain k days after the step minus the day before (the OIH state; with `twin`, all five knocked out). */
export function afterStep(factor: number, k: number, twin = false): number {
  const r = fromOihState('steps', factor, twin ? { knockouts: ALL_FIVE_OFF } : {});
  return dayMean(r, OIH_DAY + k) - dayMean(r, OIH_DAY);
}

/** Days a preset-like run sits at ≥ 9.8/10 (daily means). */
function daysAtCeiling(r: SimulationResult): number {
  let days = 0;
  for (let d = 1; d <= Math.floor(r.scenario.durationDays); d++) if (dayMean(r, d) >= 9.8) days++;
  return days;
}

/** P6: the OIH state continued at 240 MME/day with `treatment` from day 84 to `stop`. */
function withTreatment(kind: 'ketamine' | 'gabapentinoid', stop: number, days: number, s = 1.5) {
  return fromOihState('none', 1, { treatments: [{ kind, startDay: OIH_DAY, stopDay: stop }] }, days, s);
}

/** P6: gain of ketamine for 4 weeks (continuing minus ketamine) at its end and 4 weeks after it stops. */
export function ketamineGain(): { atEnd: number; fourWeeksLater: number } {
  const cont = fromOihState('none', 1, {}, 56);
  const ket = withTreatment('ketamine', OIH_DAY + 28, 56);
  return {
    atEnd: weekMean(cont, 'painScore', OIH_DAY + 28) - weekMean(ket, 'painScore', OIH_DAY + 28),
    fourWeeksLater: weekMean(cont, 'painScore', OIH_DAY + 56) - weekMean(ket, 'painScore', OIH_DAY + 56),
  };
}

/** The single changes of P6, from the OIH state at week 12, as scenarios of susceptibility s. */
function singleChanges(s: number): Record<string, ScenarioInput> {
  const base = { durationDays: OIH_DAY + 35, patient: { susceptibility: s } };
  const rotation = (toDrug: 'methadone' | 'buprenorphine', reductionPercent: number) => ({
    ...base,
    regimens: [
      {
        kind: 'rotation' as const,
        drug: 'morphine' as const,
        route: 'oral' as const,
        dosePerDay: 240,
        everyHours: 4,
        toDrug,
        toEveryHours: 8,
        switchDay: OIH_DAY,
        reductionPercent,
      },
    ],
  });
  return {
    'rotation to methadone': rotation('methadone', 33),
    'rotation to buprenorphine': rotation('buprenorphine', 25),
    ketamine: {
      ...base,
      regimens: [oral(240)],
      treatments: [{ kind: 'ketamine', startDay: OIH_DAY }],
    },
    gabapentinoid: {
      ...base,
      regimens: [oral(240)],
      treatments: [{ kind: 'gabapentinoid', startDay: OIH_DAY }],
    },
    stop: { ...base, regimens: [{ ...oral(240), stopDay: OIH_DAY }] },
    'taper 10 %/week': {
      ...base,
      regimens: [{ ...oral(240), kind: 'taper', taperStartDay: OIH_DAY, percent: 10, floorPerDay: 30 }],
    },
  };
}

/** P6: the least (pain − pain of the never-sensitized twin, s = 0) over the 4 weeks after each change. */
export function belowNeverSensitized(): number {
  const changes = singleChanges(1.5);
  const twins = singleChanges(0);
  let least = Infinity;
  for (const [name, scenario] of Object.entries(changes)) {
    const twin = twins[name];
    if (!twin) throw new Error(`no never-sensitized twin of ${name}`);
    const r = runScenario(scenario);
    const t = runScenario(twin);
    for (let d = OIH_DAY + 1; d <= OIH_DAY + 28; d++) least = Math.min(least, dayMean(r, d) - dayMean(t, d));
  }
  return least;
}

/** P7: tapers of x % per week from the OIH state (0 = abrupt stop), to 6 months after the opioid stops. */
function taper(percent: number): {
  result: SimulationResult;
  stopDay: number;
  halvedDay: number;
} {
  const long = 84 + 60 * WEEK + 200;
  const regimen =
    percent === 0
      ? { ...oral(240), stopDay: OIH_DAY }
      : { ...oral(240), kind: 'taper' as const, taperStartDay: OIH_DAY, percent, floorPerDay: 30 };
  const result = runScenario({ durationDays: long, patient: { susceptibility: 1.5 }, regimens: [regimen] });
  const dose = result.series.doseMmePerDay;
  let stop = NaN;
  let halved = NaN;
  for (let i = Math.round(OIH_DAY / result.stepDays); i < dose.length; i++) {
    const t = result.tDays[i] ?? NaN;
    if (Number.isNaN(halved) && (dose[i] ?? 0) <= 120 + 1e-9) halved = t;
    if ((dose[i] ?? 0) === 0) {
      stop = t;
      break;
    }
  }
  return { result, stopDay: stop, halvedDay: halved };
}

export const TAPERS = [5, 10, 20] as const;

export function peakWithdrawal(percent: number, beforeStop: boolean): number {
  const t = taper(percent);
  const end = beforeStop ? t.stopDay : t.stopDay + 60;
  return extreme(t.result, 'withdrawal', OIH_DAY, end, 'max').value;
}

/** P7: worst weekly pain above the pre-taper week during the taper, and the least margin below it once due. */
export function taperPain(percent: number): { worstRise: number; leastMarginBelow: number } {
  const t = taper(percent);
  const before = weekMean(t.result, 'painScore', OIH_DAY);
  const due = Math.max(t.halvedDay + WEEK, OIH_DAY + 4 * WEEK);
  let worstRise = -Infinity;
  let leastMarginBelow = Infinity;
  for (let end = OIH_DAY + WEEK; end <= t.stopDay; end += WEEK) {
    const p = weekMean(t.result, 'painScore', end);
    worstRise = Math.max(worstRise, p - before);
    if (end >= due) leastMarginBelow = Math.min(leastMarginBelow, before - p);
  }
  return { worstRise, leastMarginBelow };
}

/** P7: weekly pain 6 months after the opioid stops, and continuing 240 MME/day on that day. */
export function sixMonthsAfter(percent: number): { pain: number; continuing: number } {
  const t = taper(percent);
  const end = t.stopDay + 26 * WEEK;
  const cont = onDoseDays(240, end, 1.5);
  return { pain: weekMean(t.result, 'painScore', end), continuing: weekMean(cont, 'painScore', end) };
}

function onDoseDays(dose: number, days: number, s: number): SimulationResult {
  return runScenario({ durationDays: days, patient: { susceptibility: s }, regimens: [oral(dose)] });
}

/** P8: trough cold-pressor tolerance at week 26 on 240 MME/day of the drug, s = 1.5. */
export const maintainedCold = (drug: Drug) => at(onDose(240, 26, 1.5, drug), 'coldPressorRelative', 182);

/** P9: every drug by its usual route, for a tolerance-only patient (s = 0) over 4 weeks. */
export const P9_REGIMENS: Record<string, ScenarioInput['regimens']> = {
  morphine: [oral(180)],
  oxycodone: [{ kind: 'fixed', drug: 'oxycodone', route: 'oral', dosePerDay: 180, everyHours: 6 }],
  hydromorphone: [{ kind: 'fixed', drug: 'hydromorphone', route: 'oral', dosePerDay: 180, everyHours: 4 }],
  fentanyl: [{ kind: 'fixed', drug: 'fentanyl', route: 'transdermal', dosePerDay: 180, everyHours: 72 }],
  methadone: [oral(180, 'methadone')],
  buprenorphine: [oral(180, 'buprenorphine')],
  remifentanil: [
    { kind: 'infusion', drug: 'remifentanil', route: 'intravenous', unit: 'ug/kg', ratePerDay: 0.05 * 1440 },
  ],
};

/** P9: shown toleranceFold ÷ the ED50 ratio of the dose–response for the drug the patient is on, on day 28. */
export function foldAgreement(drug: string): number {
  const scenario = { durationDays: 28, patient: { susceptibility: 0 }, regimens: P9_REGIMENS[drug] ?? [] };
  const shown = at(runScenario(scenario), 'toleranceFold', 28);
  const dr = doseResponse(scenario, 28, { maintained: false });
  const ratio = (dr.acute.scenario.ed50 ?? NaN) / (dr.acute.naive.ed50 ?? NaN);
  return shown / ratio;
}

/** P9: right after a switch from morphine (4 weeks) to methadone, the fold methadone sees ÷ 1 + χ·(fold − 1). */
export function switchCrossTolerance(): number {
  const before = { durationDays: 28, patient: { susceptibility: 0 }, regimens: [oral(180)] };
  const morphineFold = at(runScenario(before), 'toleranceFold', 28);
  const switched = {
    durationDays: 28.25,
    patient: { susceptibility: 0 },
    regimens: [
      {
        kind: 'rotation' as const,
        drug: 'morphine' as const,
        route: 'oral' as const,
        dosePerDay: 180,
        everyHours: 4,
        toDrug: 'methadone' as const,
        toEveryHours: 8,
        switchDay: 28,
        reductionPercent: 0,
      },
    ],
  };
  const dr = doseResponse(switched, 28.25, { maintained: false });
  const ratio = (dr.acute.scenario.ed50 ?? NaN) / (dr.acute.naive.ed50 ?? NaN);
  const chi = DRUGS.methadone.crossTolerance;
  return ratio / (1 + chi * (morphineFold - 1));
}

/** P5: the most days any human preset spends at ≥ 9.8/10 (daily means), unless its description says why. */
export function longestAtCeiling(): number {
  let most = 0;
  for (const p of PRESETS) {
    if ((p.scenario.subject ?? 'human') !== 'human' || /ceiling/i.test(p.description)) continue;
    most = Math.max(most, daysAtCeiling(runScenario(p.scenario)));
  }
  return most;
}

/** P10: shares of a cohort of 200 (seed 2014) at week 12 on a daily dose. */
export function prevalence(dose: number): { worse: number; allodynia: number } {
  const patients = cohort({ durationDays: 84, regimens: [oral(dose)] }, 200, 2014);
  let worse = 0;
  let allodynia = 0;
  for (const p of patients) {
    if (weekMean(p.result, 'painScore', 84) > 6) worse++;
    if (weekMean(p.result, 'allodynia', 84) > 0.5) allodynia++;
  }
  return { worse: worse / patients.length, allodynia: allodynia / patients.length };
}

/** A measurement computed once until the runs are cleared (clearPropertyRuns). */
export const memo = <T>(f: () => T): (() => T) => {
  let value: { v: T } | null = null;
  memos.push(() => (value = null));
  return () => (value ??= { v: f() }).v;
};
