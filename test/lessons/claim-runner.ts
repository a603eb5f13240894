import { applyEdit } from '../../src/app/scenario-edits';
import { LESSONS } from '../../src/lessons/lessons/index';
import { COHORT_SHARE_WORDS } from '../../src/lessons/claims';
import type {
  ClaimPoint,
  ClaimReadout,
  CohortClaim,
  CohortRef,
  SimClaim,
  SimSetup,
} from '../../src/lessons/types';
import {
  findPreset,
  normalizeScenario,
  summarizeCohort,
  parseScenario,
  type Scenario,
  type SeriesName,
  type SimulationResult,
} from '../../src/model';
import {
  cohortOutcomes,
  doseResponse,
  patientOutcome,
  simulate,
  untreatedOutcome,
} from '../../src/model/run';
import { LECTURES, sceneWhere } from './ready-lectures';

/**
 * Runs what a lesson step, a case option or a lecture scene sets up, the way the app does (the preset or the
 * scenario, then each edit in order; a step that leaves the scenario out keeps the previous step's), and
 * reads the readouts its claims name (issue 14, build 3).
 */
export interface ClaimHost {
  /** "lesson › step" or "lecture › scene", for the test's name. */
  readonly where: string;
  /** The words the claims must be found in. */
  readonly words: string;
  readonly setup: Sides;
  readonly claims: readonly SimClaim[];
  /** The virtual cohort the step or scene opens (its cohort claims are read on it). */
  readonly cohort?: CohortRef | undefined;
}

export interface Sides {
  readonly a: Scenario | null;
  readonly b: Scenario | null;
}

const SERIES: Readonly<Record<ClaimReadout, SeriesName>> = {
  pain: 'painScore',
  threshold: 'thresholdRelative',
  allodynia: 'allodynia',
  painArea: 'painAreaFraction',
  withdrawal: 'withdrawal',
  toleranceFold: 'toleranceFold',
  coldPressor: 'coldPressorRelative',
  dose: 'doseMmePerDay',
  nmda: 'nmda',
  rvm: 'rvm',
  glia: 'glia',
  dynorphin: 'dynorphin',
  hcn2: 'hcn2',
};

function side(
  preset: string | undefined,
  scenario: { scenario: unknown } | undefined,
  edits: SimSetup['edits'],
  before: Scenario | null,
): Scenario | null {
  let out = before;
  if (preset !== undefined) {
    const found = findPreset(preset);
    if (!found) throw new Error(`no preset ${preset}`);
    out = normalizeScenario(found.scenario);
  } else if (scenario) {
    const parsed = parseScenario(scenario.scenario);
    if (!parsed.ok) throw new Error(parsed.error);
    out = parsed.scenario;
  }
  for (const edit of edits ?? []) {
    if (!out) throw new Error('an edit before any scenario');
    out = applyEdit(out, edit).scenario;
  }
  return out;
}

/** The sides a setup leaves, starting from `before` (what the previous step left). */
export function applySetup(setup: SimSetup | undefined, before: Sides): Sides {
  if (!setup) return before;
  const a = side(setup.preset, setup.scenario, setup.edits, before.a);
  let b = before.b;
  if (setup.compare === null) b = null;
  else if (setup.compare) {
    b =
      'preset' in setup.compare
        ? side(setup.compare.preset, undefined, setup.compare.edits, null)
        : side(undefined, setup.compare.scenario, undefined, null);
  }
  return { a, b };
}

/** Every claim of every lesson, case option and lecture scene, with its setup and words. */
export function claimHosts(): ClaimHost[] {
  const hosts: ClaimHost[] = [];
  for (const lesson of LESSONS) {
    let sides: Sides = { a: null, b: null };
    for (const step of lesson.steps) {
      sides = applySetup(step.setup, sides);
      const words = [
        step.text,
        step.explain ?? '',
        step.prediction?.prompt ?? '',
        ...(step.prediction?.options.map((o) => o.text) ?? []),
        step.question?.prompt ?? '',
        ...(step.question?.options.flatMap((o) => [o.text, o.feedback]) ?? []),
      ].join('\n');
      if (step.claims?.length)
        hosts.push({
          where: `${lesson.id} › ${step.id}`,
          words,
          setup: sides,
          claims: step.claims,
          cohort: step.cohort,
        });
      for (const option of step.question?.options ?? []) {
        if (!option.claims?.length) continue;
        hosts.push({
          where: `${lesson.id} › ${step.id} › ${option.id}`,
          words: `${option.text}\n${option.feedback}`,
          setup: applySetup(option.setup, sides),
          claims: option.claims,
        });
      }
    }
  }
  for (const lecture of LECTURES) {
    let sides: Sides = { a: null, b: null };
    for (const scene of lecture.scenes) {
      sides = applySetup(scene.setup, sides);
      if (scene.claims?.length)
        hosts.push({
          where: sceneWhere(lecture, scene.id),
          words: `${scene.caption}\n${scene.notes}`,
          setup: sides,
          claims: scene.claims,
          cohort: scene.cohort,
        });
    }
  }
  return hosts;
}

const cache = new Map<string, SimulationResult>();

function resultOf(scenario: Scenario): SimulationResult {
  const key = JSON.stringify(scenario);
  const hit = cache.get(key);
  if (hit) return hit;
  const result = simulate(scenario);
  cache.set(key, result);
  return result;
}

const curves = new Map<string, ReturnType<typeof doseResponse>>();

/** The pain a dose–response curve shows at the chart's dose nearest `point.curve.dose`. */
function curveAt(
  scenario: Scenario,
  point: ClaimPoint & { curve: NonNullable<ClaimPoint['curve']> },
): number {
  const key = `${JSON.stringify(scenario)}@${point.day}`;
  let dr = curves.get(key);
  if (!dr) {
    dr = doseResponse(scenario, point.day);
    curves.set(key, dr);
  }
  const { panel, dose, twin = 'patient' } = point.curve;
  let i = 0;
  dr.doses.forEach((d, k) => {
    if (Math.abs(Math.log(d / dose)) < Math.abs(Math.log((dr.doses[i] ?? d) / dose))) i = k;
  });
  if (panel === 'maintained') {
    if (twin === 'naive') throw new Error('the maintained panel has no naive curve');
    const list = twin === 'patient' ? dr.maintained.scenario : dr.maintained.toleranceOnly;
    return list[i] ?? NaN;
  }
  const curve =
    twin === 'patient' ? dr.acute.scenario : twin === 'naive' ? dr.acute.naive : dr.acute.toleranceOnly;
  return curve.pain[i] ?? NaN;
}

/** The readout at a point: its mean over the day (or week) that ends on `point.day`, or a dose–response curve's value. */
export function readAt(
  host: ClaimHost,
  readout: ClaimReadout,
  point: ClaimPoint,
  after: SimClaim['after'] = [],
): number {
  const which = point.side ?? 'a';
  let scenario = host.setup[which];
  if (!scenario) throw new Error(`${host.where}: side ${which} has no scenario`);
  if (which === 'a') for (const edit of after ?? []) scenario = applyEdit(scenario, edit).scenario;
  if (point.curve) {
    if (readout !== 'pain') throw new Error(`${host.where}: a dose–response curve is read as pain only`);
    return curveAt(scenario, { ...point, curve: point.curve });
  }
  const r = resultOf(scenario);
  const length = point.window === 'week' ? 7 : 1;
  const to = Math.min(point.day, scenario.durationDays);
  const from = Math.max(0, to - length);
  const i0 = Math.round(from / r.stepDays);
  const i1 = Math.max(i0 + 1, Math.round(to / r.stepDays));
  const series = r.series[SERIES[readout]];
  let sum = 0;
  for (let i = i0; i < i1; i++) sum += series[i] ?? NaN;
  return sum / (i1 - i0);
}

/** The numbers of a quoted fragment, in order; "4–5" is one range, and the "/10" of a pain score is not one. */
export function quotedNumbers(quoted: string): { lo: number; hi: number }[] {
  const out: { lo: number; hi: number }[] = [];
  const re = /(\d+(?:\.\d+)?)(?:\s*[–-]\s*(\d+(?:\.\d+)?))?/g;
  for (const m of quoted.replace(/\/\s*10\b/g, '').matchAll(re)) {
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    out.push({ lo, hi });
  }
  return out;
}

/** Whether the model's value matches a quoted number: ±0.3 on pain (0–10), ±10 % otherwise. */
export function matches(readout: ClaimReadout, value: number, quoted: { lo: number; hi: number }): boolean {
  const slack = (x: number) => (readout === 'pain' ? 0.3 : 0.1 * Math.abs(x));
  return value >= quoted.lo - slack(quoted.lo) && value <= quoted.hi + slack(quoted.hi);
}

const cohorts = new Map<string, ReturnType<typeof summarizeCohort>>();

/**
 * A cohort claim's share, read as the cohort view reads it: the host's cohort (its size and seed) of the side's
 * scenario (after the claim's edits), summarized at the claim's day by the model's summarizeCohort. For
 * 'below-this-patient', the share of patients whose pain is below the side's own patient's (the fan's
 * "this patient" line, whose susceptibility and clearance are the scenario's).
 */
export function cohortShareAt(host: ClaimHost, claim: CohortClaim): number {
  if (!host.cohort) throw new Error(`${host.where}: a cohort claim on a host without a cohort`);
  const { n, seed } = host.cohort;
  let scenario = host.setup[claim.side ?? 'a'];
  if (!scenario) throw new Error(`${host.where}: side ${claim.side ?? 'a'} has no scenario`);
  for (const edit of claim.after ?? []) scenario = applyEdit(scenario, edit).scenario;
  const key = `${JSON.stringify(scenario)}|${n}|${seed}|${claim.day}`;
  let summary = cohorts.get(key);
  if (!summary) {
    summary = summarizeCohort(cohortOutcomes(scenario, n, seed), untreatedOutcome(scenario), claim.day);
    cohorts.set(key, summary);
  }
  switch (claim.measure) {
    case 'worse':
      return summary.worse.share;
    case 'allodynia':
      return summary.allodynia.share;
    case 'tolerance-only':
      return summary.toleranceOnly.share;
    case 'hyperalgesia':
      return summary.byClass.hyperalgesia / summary.patients;
    case 'below-this-patient': {
      const { susceptibility, metabolism } = scenario.patient;
      const own = patientOutcome(scenario, { index: -1, susceptibility, metabolism });
      const mine = summarizeCohort([own], untreatedOutcome(scenario), claim.day).each[0]?.pain ?? NaN;
      return summary.each.filter((p) => p.pain < mine).length / summary.patients;
    }
  }
}

/** The band of a share's words ("about a third": 0.25–0.40); undefined for words the list does not hold. */
export const shareBand = (share: string): readonly [number, number] | undefined =>
  (COHORT_SHARE_WORDS as Readonly<Record<string, readonly [number, number]>>)[share];
