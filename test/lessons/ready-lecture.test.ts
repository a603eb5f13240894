import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/app/scenario-edits';
import { lessonReference } from '../../src/content/lesson-references';
import { READY_LECTURE, type LectureScene } from '../../src/lessons/lectures';
import type { SimSetup } from '../../src/lessons/types';
import {
  findPreset,
  MECHANISM_IDS,
  normalizeScenario,
  snapshotAt,
  type Scenario,
  type SimulationResult,
} from '../../src/model';
import { simulate } from '../../src/model/run';

const { scenes } = READY_LECTURE;

/** Runs one side the way the app does: the preset, then each edit in order. */
function run(
  preset: string,
  edits: SimSetup['edits'] = [],
): { scenario: Scenario; result: SimulationResult } {
  const found = findPreset(preset);
  expect(found, `preset ${preset}`).toBeDefined();
  let scenario = normalizeScenario(found!.scenario);
  for (const edit of edits) scenario = applyEdit(scenario, edit).scenario;
  return { scenario, result: simulate(scenario) };
}

/** Side A and, in compare mode, side B of a scene. */
function sides(scene: LectureScene) {
  const { setup } = scene;
  const a = run(setup.preset!, setup.edits);
  const b =
    setup.compare && 'preset' in setup.compare ? run(setup.compare.preset, setup.compare.edits) : null;
  return { a, b };
}

const byId = (id: string): LectureScene => {
  const scene = scenes.find((s) => s.id === id);
  expect(scene, id).toBeDefined();
  return scene!;
};
/** The snapshot of one side of a scene at a time (the scene's own time by default). */
const at = (id: string, side: 'a' | 'b', t?: number) => {
  const scene = byId(id);
  const run = sides(scene)[side];
  expect(run, `${id} side ${side}`).not.toBeNull();
  return snapshotAt(run!.result, t ?? scene.setup.tDays ?? 0);
};
const allText = scenes.map((s) => `${s.caption}\n${s.notes}`).join('\n');

describe('the ready lecture', () => {
  it('has 12–17 scenes with unique ids, one-line captions of at most 120 characters and notes', () => {
    expect(scenes.length).toBeGreaterThanOrEqual(12);
    expect(scenes.length).toBeLessThanOrEqual(17);
    expect(new Set(scenes.map((s) => s.id)).size).toBe(scenes.length);
    for (const scene of scenes) {
      expect(scene.caption.length, scene.id).toBeLessThanOrEqual(120);
      expect(scene.caption, scene.id).not.toMatch(/\n/);
      expect(scene.notes.length, scene.id).toBeGreaterThan(100);
    }
  });

  it('sets every scene fully (preset, compare, time, chart, highlight), so scenes can be shown in any order', () => {
    for (const { id, setup } of scenes) {
      expect(setup.preset, id).toBeDefined();
      expect(setup.compare, id).not.toBeUndefined();
      expect(setup.tDays, id).toBeDefined();
      expect(setup.chart, id).toBeDefined();
      expect(setup.highlight, id).not.toBeUndefined();
      if (setup.compare) expect(setup.shown, id).toBe('a');
    }
  });

  it('uses presets that exist; every edit applies and every side simulates to the scene’s time', () => {
    for (const scene of scenes) {
      const { a, b } = sides(scene);
      for (const side of [a, b]) {
        if (!side) continue;
        expect(side.result.tDays.length, scene.id).toBeGreaterThan(1);
        expect(side.scenario.durationDays, scene.id).toBeGreaterThanOrEqual(scene.setup.tDays ?? 0);
      }
    }
  });

  it('cites only references that exist', () => {
    for (const id of READY_LECTURE.referenceIds ?? []) expect(lessonReference(id), id).toBeDefined();
  });

  it('covers the paradox and its signs', () => {
    for (const term of ['paradox', 'more sensitive', 'spread', 'allodynia', 'dose is increased'])
      expect(allText.toLowerCase(), term).toContain(term);
  });

  it('covers each of the five mechanisms with its region highlighted, and calls HCN2 evidence emerging', () => {
    for (const mechanism of MECHANISM_IDS)
      expect(
        scenes.some(
          (s) => s.setup.highlight === mechanism && s.caption.toLowerCase().includes(mechanism.slice(0, 4)),
        ),
        mechanism,
      ).toBe(true);
    expect(byId('hcn2').caption).toMatch(/recent|emerging/);
  });

  it('covers OIH against tolerance: the tolerance-only comparison, the dose challenge and the dose–response chart', () => {
    const twins = scenes.filter(
      (s) => s.setup.compare && 'preset' in s.setup.compare && s.setup.compare.preset === 'tolerance-only',
    );
    expect(twins.map((s) => s.setup.chart)).toEqual(expect.arrayContaining(['time-course', 'dose-response']));
    expect(allText).toMatch(/dose challenge/);
  });

  it('covers management: taper with the guideline correction, rotation, ketamine, adjuvants, non-drug therapy, education', () => {
    for (const term of [
      '10–20 %',
      'CDC 2022',
      'supervis',
      'methadone',
      'buprenorphine',
      'cross-tolerance',
      'ketamine',
      'gabapentin',
      'NSAID',
      'acetaminophen',
      'exercise',
      'CBT',
      'acupuncture and massage',
      'education',
    ])
      expect(allText, term).toContain(term);
  });
});

/**
 * What the captions and notes say about the simulation is held to the model by their claims
 * (test/lessons/claims.test.ts). Only what a claim cannot express — which body regions the body map marks —
 * is checked here.
 */
describe('what the ready lecture says is what the simulation shows', () => {
  it('every scene that states a course carries claims', () => {
    const withoutClaims = scenes.filter((s) => !s.claims?.length).map((s) => s.id);
    expect(withoutClaims).toEqual([]);
  });

  it('signs: pain reaches both hips and the chest; allodynia appears within the first month', () => {
    const week12 = at('signs', 'a');
    expect(at('signs', 'a', 0).painfulRegions).toEqual(['lower-back', 'abdomen']);
    expect(week12.painfulRegions).toEqual(expect.arrayContaining(['left-hip', 'right-hip', 'chest']));
    expect(at('signs', 'a', 14).allodynicRegions).toEqual([]);
    expect(at('signs', 'a', 28).allodynicRegions.length).toBeGreaterThan(0);
  });
});
