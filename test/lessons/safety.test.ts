import { describe, expect, it } from 'vitest';
import type { ScenarioEdit } from '../../src/app/scenario-edits';
import { lessonReference } from '../../src/content/lesson-references';
import { safetyNotes, type SafetyTag } from '../../src/content/safety';
import { LESSONS } from '../../src/lessons/lessons/index';
import type { DrugId, Scenario } from '../../src/model';
import { compileRegimens } from '../../src/model/scenario/regimens';
import { contentHosts, type ContentHost } from './content-hosts';

/**
 * Issue 15, "Safety points where a clinician expects them": every lesson step, case option and lecture scene
 * that raises, lowers, stops, restarts or switches an opioid, or adds a gabapentinoid, a benzodiazepine or
 * ketamine, carries the fitting safety note (src/content/safety.ts), and the note's words are shown there.
 *
 * What a host does is read three ways: the edits of its own setup (and the learner's task), the course of the
 * human patients it shows up to the last day it shows (a dose going up, down, to zero, back up from zero, or
 * to another drug; an added gabapentinoid or ketamine), and the words that say what it does (a step's title
 * and task, an option's text, a scene's caption). Rat and volunteer protocols are laboratory work: no notes.
 */
type Action = 'escalate' | 'reduce' | 'stop' | 'restart' | 'rotate' | 'sedative' | 'ketamine';

const NEEDS: Readonly<Record<Action, readonly SafetyTag[]>> = {
  escalate: ['overdose-dose'],
  reduce: ['taper-risk'],
  stop: ['taper-risk', 'loss-of-tolerance'],
  restart: ['loss-of-tolerance'],
  rotate: ['rotation'],
  sedative: ['sedatives'],
  ketamine: ['ketamine'],
};
const DRUG_NEEDS: Partial<Record<DrugId, SafetyTag>> = {
  methadone: 'methadone',
  buprenorphine: 'buprenorphine-start',
};

const DOSE = String.raw`\b(dose|doses|MME|morphine|opioid)\b`;
/** Ketamine is found from setups and tasks only: naming it (in a question about rats, say) adds nothing. */
const WORDS: Readonly<Partial<Record<Action, RegExp>>> = {
  escalate: new RegExp(
    String.raw`\b(rais\w*|increas\w*|escalat\w*|doubl\w*)\b[^.;:]{0,40}${DOSE}|${DOSE}[^.;:]{0,25}\b(rais\w*|increas\w*|goes up|went up)\b|\b\d+ % more\b|\bkeep escalating\b`,
    'i',
  ),
  reduce: new RegExp(
    String.raw`\btaper\w*\b|\b(reduc\w*|cut|cuts|cutting|lowering|lowered|decreas\w*)\b[^.;:]{0,30}${DOSE}|\bdose\b[^.;:]{0,20}\b(reduc\w*|cut|comes down|down)\b`,
    'i',
  ),
  stop: new RegExp(
    String.raw`\b(stop\w*|discontinu\w*|abrupt\w*|cessation)\b[^.;:]{0,30}${DOSE}|${DOSE}[^.;:]{0,20}\bstop\w*`,
    'i',
  ),
  restart: /\b(restart\w*|resum\w*)\b/i,
  rotate: /\brotat\w*\b|\bswitch\w*\s+(to|from|between)\b/i,
  sedative:
    /\b(add\w*|start\w*|give|giving|prescrib\w*|combin\w*|plus)\b[^.;:]{0,30}\b(gabapentin\w*|pregabalin|benzodiazepine\w*)/i,
};

interface Found {
  readonly action: Action;
  readonly drug?: DrugId;
  readonly why: string;
}

function fromEdit(edit: ScenarioEdit, why: string): Found[] {
  switch (edit.type) {
    case 'dose.change':
      if (edit.percent > 0) return [{ action: 'escalate', why }];
      if (edit.percent <= -100) return [{ action: 'stop', why }];
      return edit.percent < 0 ? [{ action: 'reduce', why }] : [];
    case 'taper.start':
      return [{ action: 'reduce', why }];
    case 'opioid.stop':
      return [{ action: 'stop', why }];
    case 'drug.rotate':
      return [{ action: 'rotate', drug: edit.toDrug, why }];
    case 'adjuvant.set':
      if (!edit.on) return [];
      if (edit.kind === 'gabapentinoid') return [{ action: 'sedative', why }];
      return edit.kind === 'ketamine' ? [{ action: 'ketamine', why }] : [];
    default:
      return [];
  }
}

/** What a human patient's course does from `fromDays` to `horizonDays`: dose steps, stops, restarts, switches, add-ons. */
function courseActions(scenario: Scenario, fromDays: number, horizonDays: number, side: string): Found[] {
  if (scenario.subject !== 'human') return [];
  const found: Found[] = [];
  const compiled = compileRegimens(scenario.regimens, scenario.subject, scenario.durationDays);
  if (compiled.boluses.length || compiled.infusions.length) return []; // volunteer protocols
  const segments = compiled.segments;
  if (compiled.escalators.some((e) => (e.checkDays[0] ?? Infinity) < horizonDays))
    found.push({ action: 'escalate', why: `side ${side}: escalates with pain` });
  const times = [...new Set(segments.flatMap((s) => [s.startDay, s.stopDay]))]
    .filter(
      (t) =>
        t > Math.max(1e-9, fromDays - 1e-9) && t < horizonDays - 1e-9 && t < scenario.durationDays - 1e-9,
    )
    .sort((a, b) => a - b);
  const at = (t: number) => segments.filter((s) => s.startDay <= t + 1e-9 && s.stopDay > t + 1e-9);
  let everGiven = segments.some((s) => s.startDay <= 1e-9 || s.startDay < fromDays);
  for (const t of times) {
    const before = at(t - 1e-6);
    const after = at(t);
    const dose = (list: typeof segments) => list.reduce((sum, s) => sum + s.dosePerDay, 0);
    const drugsBefore = new Set(before.map((s) => s.drug));
    const why = `side ${side}, day ${Math.round(t * 10) / 10}`;
    const switched = after.find((s) => !drugsBefore.has(s.drug));
    if (before.length && switched) found.push({ action: 'rotate', drug: switched.drug, why });
    else if (dose(after) > dose(before) + 1e-6)
      found.push({ action: before.length || !everGiven ? 'escalate' : 'restart', why });
    else if (dose(after) < dose(before) - 1e-6) found.push({ action: after.length ? 'reduce' : 'stop', why });
    if (!before.length && after.length && everGiven) found.push({ action: 'restart', why });
    if (after.length) everGiven = true;
  }
  for (const tr of scenario.treatments) {
    if (tr.startDay >= horizonDays || tr.startDay < fromDays - 1e-9) continue;
    if (tr.kind === 'gabapentinoid') found.push({ action: 'sedative', why: `side ${side}: gabapentinoid` });
    if (tr.kind === 'ketamine' || tr.kind === 's-ketamine')
      found.push({ action: 'ketamine', why: `side ${side}: ${tr.kind}` });
  }
  return found;
}

function actionsOf(host: ContentHost): Found[] {
  const found: Found[] = [];
  const setup = host.setup;
  for (const edit of setup?.edits ?? []) found.push(...fromEdit(edit, `edit ${edit.type}`));
  if (setup?.compare && 'edits' in setup.compare)
    for (const edit of setup.compare.edits ?? []) found.push(...fromEdit(edit, `side B edit ${edit.type}`));
  const task = host.task;
  if (task?.kind === 'edit') {
    const why = `task ${task.edit}`;
    if (task.edit === 'dose.change')
      found.push({ action: task.direction === 'down' ? 'reduce' : 'escalate', why });
    if (task.edit === 'taper.start') found.push({ action: 'reduce', why });
    if (task.edit === 'opioid.stop') found.push({ action: 'stop', why });
    if (task.edit === 'drug.rotate')
      found.push({ action: 'rotate', ...(task.toDrug ? { drug: task.toDrug } : {}), why });
    if (task.edit === 'adjuvant.set' && task.adjuvant === 'gabapentinoid')
      found.push({ action: 'sedative', why });
    if (task.edit === 'adjuvant.set' && task.adjuvant === 'ketamine') found.push({ action: 'ketamine', why });
  }
  for (const [name, side] of [
    ['A', host.sides.a],
    ['B', host.sides.b],
  ] as const)
    if (side) found.push(...courseActions(side, host.fromDays, host.horizonDays, name));
  const human = host.sides.a?.subject !== 'rat';
  if (human)
    for (const action of Object.keys(WORDS) as Action[]) {
      const m = WORDS[action]?.exec(host.action);
      if (!m) continue;
      found.push({ action, why: `words “${m[0]}”` });
      if (action === 'rotate') {
        if (/methadone/i.test(host.action)) found.push({ action, drug: 'methadone', why: 'words' });
        if (/buprenorphine/i.test(host.action)) found.push({ action, drug: 'buprenorphine', why: 'words' });
      }
    }
  return found;
}

function needed(found: readonly Found[]): Map<SafetyTag, string> {
  const out = new Map<SafetyTag, string>();
  for (const f of found) {
    for (const tag of NEEDS[f.action]) if (!out.has(tag)) out.set(tag, `${f.action} (${f.why})`);
    const drugTag = f.drug ? DRUG_NEEDS[f.drug] : undefined;
    if (drugTag && !out.has(drugTag)) out.set(drugTag, `switch to ${f.drug} (${f.why})`);
  }
  return out;
}

const hosts = contentHosts();

describe('safety notes', () => {
  it('every note has words, a label and sources that exist', () => {
    for (const [tag, note] of Object.entries(safetyNotes)) {
      expect(note.text.length, tag).toBeGreaterThan(80);
      expect(note.sourceIds.length, tag).toBeGreaterThan(0);
      for (const id of note.sourceIds) expect(lessonReference(id), `${tag}: ${id}`).toBeDefined();
    }
  });

  it('every step, option and scene that changes an opioid or adds a sedating drug carries the fitting notes', () => {
    const missing: string[] = [];
    for (const host of hosts)
      for (const [tag, why] of needed(actionsOf(host)))
        if (!host.safety.includes(tag)) missing.push(`${host.where}: needs “${tag}” — ${why}`);
    expect(missing).toEqual([]);
  });

  it('the words of every note a host carries are shown there', () => {
    const unshown: string[] = [];
    for (const host of hosts)
      for (const tag of host.safety)
        if (!host.shown.includes(safetyNotes[tag].text)) unshown.push(`${host.where}: “${tag}”`);
    expect(unshown).toEqual([]);
  });

  it('finds what it should: the detector sees a taper, a switch, an increase, a restart and a gabapentinoid', () => {
    const kinds = new Set(hosts.flatMap((h) => actionsOf(h).map((f) => f.action)));
    for (const action of Object.keys(NEEDS)) expect(kinds, action).toContain(action);
  });

  it('the plan a case marks right includes naloxone and follow-up', () => {
    const cases = LESSONS.find((l) => l.id === 'clinical-cases')!;
    const problems: string[] = [];
    for (const step of cases.steps)
      for (const o of step.question?.options ?? []) {
        if (!o.correct || !o.setup) continue;
        const words = `${o.text} ${o.feedback}`;
        if (!/naloxone/i.test(words)) problems.push(`${step.id} › ${o.id}: no naloxone`);
        if (!/follow-up|review/i.test(words)) problems.push(`${step.id} › ${o.id}: no follow-up`);
      }
    expect(problems).toEqual([]);
  });

  it('a patient set more susceptible than typical is said to be so where a lesson first shows him', () => {
    const problems: string[] = [];
    for (const lesson of LESSONS) {
      const first = hosts.find(
        (h) =>
          h.kind === 'step' &&
          h.where.startsWith(`${lesson.id} ›`) &&
          (h.sides.a?.patient.susceptibility ?? 1) > 1,
      );
      if (first && !/susceptib/i.test(first.shown)) problems.push(first.where);
    }
    const scene = hosts.find((h) => h.kind === 'scene' && (h.sides.a?.patient.susceptibility ?? 1) > 1);
    if (scene && !/susceptib/i.test(scene.shown)) problems.push(scene.where);
    expect(problems).toEqual([]);
  });

  it('the paradox patient’s start on 240 MME/day is called a model experiment where he first appears', () => {
    const first = hosts.find((h) => h.where === `${LESSONS[0]!.id} › ${LESSONS[0]!.steps[0]!.id}`)!;
    expect(first.safety).toContain('model-experiment');
    const scene = hosts.find((h) => h.kind === 'scene')!;
    expect(scene.safety).toContain('model-experiment');
  });
});
