import { describe, expect, it } from 'vitest';
import { experimentSafety, safetyTagsOf } from '../../src/content/experiment-safety';
import { SAFETY_TAGS, type SafetyTag } from '../../src/content/safety';
import { findPreset, normalizeScenario, type DrugId, type Scenario } from '../../src/model';
import { compileRegimens } from '../../src/model/scenario/regimens';
import { EXPERIMENTS, type Experiment } from '../../src/science';

/**
 * Issue 20, clinical safety in the Experiments view: what each experiment's groups do to a patient's opioid is
 * read from their presets (the same reading as test/lessons/safety.test.ts gives the lessons' courses), and the
 * experiment must carry the note a clinician expects for each: a dose going up, down or to zero, a switch to
 * another opioid, added ketamine, or 50 MME/day or more (CDC 2022's threshold for offering naloxone). Rat and
 * volunteer protocols are laboratory work and carry none.
 */
type Action = 'escalate' | 'reduce' | 'stop' | 'rotate' | 'ketamine' | 'dose-50' | 'oih-state';

const NEEDS: Readonly<Record<Action, readonly SafetyTag[]>> = {
  escalate: ['overdose-dose'],
  reduce: ['taper-risk'],
  stop: ['taper-risk', 'loss-of-tolerance'],
  rotate: ['rotation'],
  ketamine: ['ketamine'],
  'dose-50': ['naloxone'],
  // The model-experiment note's words: an opioid-naive patient started on 240 MME/day at susceptibility 1.5.
  'oih-state': ['model-experiment'],
};
const DRUG_NEEDS: Partial<Record<DrugId, SafetyTag>> = {
  methadone: 'methadone',
  buprenorphine: 'buprenorphine-start',
};
const NALOXONE_MME = 50;

interface Found {
  readonly action: Action;
  readonly drug?: DrugId;
  readonly why: string;
}

/** What one preset's human course does: its dose steps, stops, switches, add-ons and its highest dose. */
function courseActions(scenario: Scenario, name: string): Found[] {
  if (scenario.subject !== 'human') return [];
  const compiled = compileRegimens(scenario.regimens, scenario.subject, scenario.durationDays);
  if (compiled.boluses.length || compiled.infusions.length) return []; // volunteer and theatre protocols
  const segments = compiled.segments;
  const found: Found[] = [];
  if (compiled.escalators.length) found.push({ action: 'escalate', why: `${name}: escalates with pain` });
  const at = (t: number) => segments.filter((s) => s.startDay <= t + 1e-9 && s.stopDay > t + 1e-9);
  const dose = (list: typeof segments) => list.reduce((sum, s) => sum + s.dosePerDay, 0);
  const times = [...new Set(segments.flatMap((s) => [s.startDay, s.stopDay]))]
    .filter((t) => t > 1e-9 && t < scenario.durationDays - 1e-9)
    .sort((a, b) => a - b);
  for (const t of times) {
    const before = at(t - 1e-6);
    const after = at(t);
    const why = `${name}, day ${Math.round(t * 10) / 10}`;
    const drugsBefore = new Set(before.map((s) => s.drug));
    const switched = after.find((s) => !drugsBefore.has(s.drug));
    if (before.length && switched) found.push({ action: 'rotate', drug: switched.drug, why });
    else if (dose(after) > dose(before) + 1e-6) found.push({ action: 'escalate', why });
    else if (dose(after) < dose(before) - 1e-6) found.push({ action: after.length ? 'reduce' : 'stop', why });
  }
  const mme = segments.filter((s) => s.unit === 'MME').map((s) => s.dosePerDay);
  if (Math.max(0, ...mme) >= NALOXONE_MME) found.push({ action: 'dose-50', why: `${name}: ≥ 50 MME/day` });
  if (dose(at(0)) >= 240 && scenario.patient.susceptibility === 1.5)
    found.push({ action: 'oih-state', why: `${name}: 240 MME/day from day 0, susceptibility 1.5` });
  for (const tr of scenario.treatments)
    if (tr.kind === 'ketamine' || tr.kind === 's-ketamine')
      found.push({ action: 'ketamine', why: `${name}: ${tr.kind}` });
  return found;
}

/** Everything an experiment's groups do; a maintained-dose curve holds every dose of its range, higher ones too. */
function experimentActions(e: Experiment): Found[] {
  const found = e.presets.flatMap(({ preset }) => {
    const p = findPreset(preset);
    if (!p) throw new Error(`${e.id}: no preset ${preset}`);
    return courseActions(normalizeScenario(p.scenario), preset);
  });
  for (const plot of e.plots)
    if (plot.kind === 'maintained-dose-response')
      found.push({ action: 'escalate', why: `${plot.id}: each dose of the curve, up to the highest` });
  return found;
}

const onPatients = (e: Experiment) => e.species === 'patient' || e.species === 'virtual-patient';

describe('clinical safety notes of the experiments', () => {
  it('every experiment on patients that raises, cuts, stops or switches an opioid carries the fitting notes', () => {
    const missing: string[] = [];
    for (const e of EXPERIMENTS.filter(onPatients)) {
      const tags = safetyTagsOf(e.id);
      for (const f of experimentActions(e)) {
        const needed = [...NEEDS[f.action], ...(f.drug && DRUG_NEEDS[f.drug] ? [DRUG_NEEDS[f.drug]!] : [])];
        for (const tag of needed) if (!tags.includes(tag)) missing.push(`${e.id} needs ${tag} (${f.why})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the reading finds what the groups do (a cut, a stop, a rise, each switch, ketamine)', () => {
    const actionsOf = (id: string) =>
      new Set(experimentActions(EXPERIMENTS.find((e) => e.id === id)!).map((f) => f.drug ?? f.action));
    expect(actionsOf('darnall-2018')).toEqual(new Set(['reduce', 'stop', 'dose-50', 'oih-state']));
    expect(actionsOf('escalation-trap')).toEqual(new Set(['escalate', 'dose-50']));
    expect(actionsOf('oih-management')).toEqual(
      new Set(['methadone', 'buprenorphine', 'ketamine', 'dose-50', 'oih-state']),
    );
    expect(actionsOf('pud-2006')).toEqual(new Set(['stop', 'dose-50']));
    expect(actionsOf('fletcher-2014')).toEqual(new Set());
  });

  it('rat and volunteer experiments carry none, and every tagged id is an experiment on patients', () => {
    for (const e of EXPERIMENTS.filter((x) => !onPatients(x))) expect(safetyTagsOf(e.id), e.id).toEqual([]);
    for (const [id, tags] of Object.entries(experimentSafety)) {
      const e = EXPERIMENTS.find((x) => x.id === id);
      expect(e && onPatients(e), id).toBe(true);
      expect(tags.length, id).toBeGreaterThan(0);
      expect(new Set(tags).size, id).toBe(tags.length);
      for (const tag of tags) expect(SAFETY_TAGS).toContain(tag);
    }
    expect(safetyTagsOf('constructor')).toEqual([]);
  });
});
