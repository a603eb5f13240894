import { continueAs, stateAt } from '../engine/continuation';
import { ALL_MECHANISMS_OFF, challengeOf, peakPerReferenceDose, type Challenge } from './dose-response-setup';
import { normalizeScenario } from '../scenario/scenario';
import { setupRuntime } from '../engine/setup';
import type { Scenario, ScenarioInput } from '../scenario/scenario-schema';
import { summarize } from '../engine/state-readouts';
import { toReference } from '../pharmacology/units';

/**
 * Dose–response on a chosen day (issue 3, scope 11).
 * (a) Acute challenge: the analgesia of one added dose alone against that day's tolerance and masking, and
 *     the resulting pain, for the naive patient (day-0 state), the tolerance-only twin (all five mechanisms
 *     at 0 from day 0) and the scenario. It is analytic from the state (§3.1 (11)), so the ED50 ratio of
 *     scenario to naive equals that day's tolerance fold when dynorphin has not lowered efficacy.
 * (b) Maintained dose: pain after 12 more weeks at each daily dose, from the state on that day.
 */
export interface DoseCurve {
  readonly analgesia: number[];
  readonly pain: number[];
  /** Added dose giving analgesia 0.5, or null when the curve stays below 0.5 in range ("not reached"). */
  readonly ed50: number | null;
}

export interface DoseResponse {
  readonly atDay: number;
  readonly unit: string;
  readonly drug: string;
  readonly route: string;
  /** The 41 doses (acute: added dose; maintained: daily dose), log-spaced. */
  readonly doses: number[];
  readonly acute: {
    readonly naive: DoseCurve;
    readonly toleranceOnly: DoseCurve;
    readonly scenario: DoseCurve;
  };
  readonly maintained: { readonly scenario: number[]; readonly toleranceOnly: number[] };
}

export interface DoseResponseOptions {
  readonly maintained?: boolean;
  readonly maintainedDays?: number;
}

export const DOSE_COUNT = 41;
const MAINTAINED_DAYS = 84;
export const MAINTAINED_STEP_FACTOR = 2;

export function doseResponse(
  input: Scenario | ScenarioInput,
  atDay: number,
  options: DoseResponseOptions = {},
): DoseResponse {
  return doseResponseNormalized(normalizeScenario(input), atDay, options);
}

/** doseResponse of a scenario that parseScenario has already checked (the worker's case: no schema code). */
export function doseResponseNormalized(
  scenario: Scenario,
  atDay: number,
  options: DoseResponseOptions = {},
): DoseResponse {
  const twin: Scenario = { ...scenario, knockouts: [...ALL_MECHANISMS_OFF] };
  const ch = challengeOf(scenario, atDay);
  const here = stateAt(scenario, atDay);
  const twinHere = stateAt(twin, atDay);
  const naive = stateAt(scenario, 0);
  const peak = peakPerReferenceDose(here.runtime, ch);
  const ctx = {
    subject: scenario.subject,
    referenceDosePerDay: here.runtime.p.exposure.referenceDosePerDay,
    bodyWeightKg: here.runtime.p.exposure.bodyWeightKg,
    intrathecalPotency: here.runtime.p.exposure.intrathecalPotency,
  };
  const refPerUnit = toReference(ctx, ch.drug, ch.route, ch.unit, 1);
  const p = here.runtime.p;
  const perDose = peak * refPerUnit;
  const curveFor = (at: typeof here, t: number) => {
    const spec = ch.spec;
    const sum = summarize(at.runtime, at.state, t, spec);
    const emax = sum.efficacyLeft * spec.efficacy;
    const disease = sum.diseasePain;
    // The day's tolerance and masking: one added dose does not recruit the anti-opioid response (masking.ts).
    const fold = sum.receptorFold * sum.masking;
    const analgesiaAt = (dose: number) => {
      const u = (dose * perDose) / (p.exposure.ec50 * fold);
      const uh = u ** p.exposure.hill;
      return (emax * uh) / (1 + uh);
    };
    return { analgesiaAt, emax, disease, s: sum.sensitization };
  };
  const range = doseRange(ch, () => ed50Of(curveFor(naive, 0).analgesiaAt, 1e-9, 1e9) ?? 1);
  const doses = logSpace(range[0], range[1], DOSE_COUNT);
  const acute = (at: typeof here, t: number): DoseCurve => {
    const c = curveFor(at, t);
    const analgesia = doses.map(c.analgesiaAt);
    const pain = analgesia.map((e) => Math.min(10, c.disease * (1 + p.readouts.painGain * c.s) * (1 - e)));
    const ed50 = c.emax > 0.5 ? ed50Of(c.analgesiaAt, range[0] * 1e-3, range[1]) : null;
    return { analgesia, pain, ed50 };
  };
  const days = options.maintainedDays ?? MAINTAINED_DAYS;
  // Twice the subject's step when the day allows it: 82 runs of 12 weeks must fit a slider's budget
  // (issue 3, performance), and pain after 12 weeks is smooth in the step.
  const baseStepHours = here.runtime.stepDays * 24;
  const coarse = MAINTAINED_STEP_FACTOR * baseStepHours;
  const onGrid = Math.abs((atDay * 24) / coarse - Math.round((atDay * 24) / coarse)) < 1e-6;
  const stepHours = onGrid ? coarse : baseStepHours;
  const maintained = (from: typeof here, base: Scenario) => {
    if (options.maintained === false) return [];
    const reference = doses[0] ?? 1;
    const next = { ...base, durationDays: atDay + days, regimens: [ch.regimenAt(reference, atDay)] };
    const runtime = setupRuntime(next, { stepHours });
    return doses.map((dose) => continueAs(from, runtime, dose / reference));
  };
  return {
    atDay,
    unit: ch.unit,
    drug: ch.drug,
    route: ch.route,
    doses,
    acute: { naive: acute(naive, 0), toleranceOnly: acute(twinHere, atDay), scenario: acute(here, atDay) },
    maintained: { scenario: maintained(here, scenario), toleranceOnly: maintained(twinHere, twin) },
  };
}

/**
 * The added dose giving relief 0.5, found by bisection on log dose (relief rises with dose), or null when the
 * curve stays below 0.5 up to `hi` ("not reached").
 */
function ed50Of(analgesiaAt: (dose: number) => number, lo: number, hi: number): number | null {
  if (!(analgesiaAt(hi) >= 0.5)) return null;
  let a = Math.log(lo);
  let b = Math.log(hi);
  if (analgesiaAt(lo) >= 0.5) return lo;
  for (let i = 0; i < 60; i++) {
    const m = 0.5 * (a + b);
    if (analgesiaAt(Math.exp(m)) >= 0.5) b = m;
    else a = m;
  }
  return Math.exp(0.5 * (a + b));
}

function doseRange(ch: Challenge, naiveEd50: () => number): [number, number] {
  if (ch.dosePerDay > 0) return [0.1 * ch.dosePerDay, 10 * ch.dosePerDay];
  if (ch.unit === 'MME') return [5, 1000];
  const ed = naiveEd50();
  return [0.2 * ed, 200 * ed];
}

export function logSpace(from: number, to: number, count: number): number[] {
  const a = Math.log(from);
  const b = Math.log(to);
  return Array.from({ length: count }, (_, i) => Math.exp(a + ((b - a) * i) / (count - 1)));
}
