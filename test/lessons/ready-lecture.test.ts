import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/app/scenario-edits';
import { lessonReference } from '../../src/content/lesson-references';
import { READY_LECTURE, type LectureScene } from '../../src/lessons/lectures';
import type { SimSetup } from '../../src/lessons/types';
import {
  findPreset,
  normalizeScenario,
  snapshotAt,
  type Scenario,
  type SimulationResult,
} from '../../src/model';
import { doseResponse, simulate } from '../../src/model/run';

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
  it('has 12–16 scenes with unique ids, one-line captions of at most 120 characters and notes', () => {
    expect(scenes.length).toBeGreaterThanOrEqual(12);
    expect(scenes.length).toBeLessThanOrEqual(16);
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
    for (const mechanism of ['nmda', 'rvm', 'glia', 'dynorphin', 'hcn2'] as const)
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

describe('what the ready lecture says is what the simulation shows', () => {
  it('paradox: about 2/10 on the first day, above 6 by week 2, about 9/10 at week 12 on an unchanged dose', () => {
    expect(at('paradox', 'a', 1).painScore).toBeLessThan(3);
    expect(at('paradox', 'a', 14).painScore).toBeGreaterThan(6);
    expect(at('paradox', 'a').painScore).toBeGreaterThan(8.5);
  });

  it('signs: pain reaches hips, chest and arms; allodynia by week 2 and over back, abdomen, hips and chest', () => {
    const week12 = at('signs', 'a');
    expect(at('signs', 'a', 0).painfulRegions).toEqual(['lower-back', 'abdomen']);
    expect(week12.painfulRegions).toEqual(
      expect.arrayContaining(['left-hip', 'right-hip', 'chest', 'left-arm', 'right-arm']),
    );
    expect(week12.allodynicRegions).toEqual(
      expect.arrayContaining(['lower-back', 'abdomen', 'left-hip', 'right-hip', 'chest']),
    );
    expect(at('signs', 'a', 14).allodynicRegions.length).toBeGreaterThan(0);
  });

  it('dose up: a dip the day after +50 %, then more pain than before within two weeks', () => {
    const before = at('dose-up', 'a', 84).painScore;
    expect(at('dose-up', 'a', 85).painScore).toBeLessThan(before);
    expect(at('dose-up', 'a', 98).painScore).toBeGreaterThan(before);
    expect(at('dose-up', 'a').painScore).toBeGreaterThan(before);
  });

  it('mechanisms: switching off NMDA leaves pain near 3, RVM or dynorphin near 5, HCN2 a small change', () => {
    expect(at('nmda', 'a').painScore).toBeGreaterThan(8.5);
    expect(at('nmda', 'b').painScore).toBeLessThan(3.5);
    expect(at('rvm', 'b').painScore).toBeGreaterThan(4.4);
    expect(at('rvm', 'b').painScore).toBeLessThan(5.6);
    expect(at('rvm', 'b').mechanisms.dynorphin.level).toBeLessThan(0.01);
    expect(at('dynorphin', 'b').painScore).toBeGreaterThan(4.4);
    expect(at('dynorphin', 'b').painScore).toBeLessThan(5.6);
    expect(at('dynorphin', 'b').tolerance.fold).toBeLessThan(3.8);
    expect(at('dynorphin', 'a').tolerance.fold).toBeGreaterThan(4.8);
    const hcn2Change = at('hcn2', 'a').painScore - at('hcn2', 'b').painScore;
    expect(hcn2Change).toBeGreaterThan(0);
    expect(hcn2Change).toBeLessThan(0.5);
  });

  it('glia: five daily doses activate glia more than five times as much as one, with the threshold below baseline', () => {
    const five = at('glia', 'a');
    const one = at('glia', 'b');
    expect(five.mechanisms.glia.level / one.mechanisms.glia.level).toBeGreaterThan(5);
    expect(five.thresholdRelative).toBeLessThan(1);
  });

  it('dose challenge: +50 % lowers the tolerance patient’s pain and raises the OIH patient’s', () => {
    expect(at('dose-challenge', 'b').painScore).toBeLessThan(at('dose-challenge', 'b', 84).painScore - 0.5);
    expect(at('dose-challenge', 'a').painScore).toBeGreaterThan(at('dose-challenge', 'a', 84).painScore);
    expect(at('dose-challenge', 'b', 84).painfulRegions).toEqual(['lower-back', 'abdomen']);
    expect(at('dose-challenge', 'b', 84).allodynicRegions).toEqual([]);
  });

  it('dose–response: tolerance keeps falling and shifts right; with OIH, pain rises from about 100 MME/day to about 9.5 near 200–240', () => {
    const curves = doseResponse(sides(byId('dose-response')).a.scenario, 84);
    const pain = (curve: readonly number[], dose: number) => {
      const i = curves.doses.findIndex((d) => d >= dose);
      return curve[i]!;
    };
    const tolerance = curves.maintained.toleranceOnly;
    expect(tolerance.every((p, i) => i === 0 || p <= tolerance[i - 1]! + 1e-9)).toBe(true);
    expect(curves.acute.toleranceOnly.ed50).toBeGreaterThan(1.8 * (curves.acute.naive.ed50 ?? Infinity));
    const oih = curves.maintained.scenario;
    expect(pain(oih, 240)).toBeGreaterThan(pain(oih, 100) + 1.5);
    const rising = curves.doses.flatMap((d, i) => (d >= 95 && d <= 215 ? [oih[i]!] : []));
    expect(rising.every((p, i) => i === 0 || p >= rising[i - 1]!)).toBe(true);
    expect(pain(oih, 200)).toBeGreaterThan(9.3);
    expect(Math.min(...oih)).toBeCloseTo(pain(oih, 85), 0);
    expect(curves.acute.scenario.pain[0]!).toBeGreaterThan(curves.acute.naive.pain[0]! + 3);
  });

  it('taper: 10 % a week reaches about 7.6/10 by day 240, when 10 % a month is still near 130 MME/day', () => {
    const weekly = at('taper', 'a');
    const monthly = at('taper', 'b');
    expect(weekly.painScore).toBeGreaterThan(7);
    expect(weekly.painScore).toBeLessThan(8.2);
    expect(monthly.doseMmePerDay).toBeGreaterThan(110);
    expect(monthly.doseMmePerDay).toBeLessThan(150);
    expect(Math.max(...[100, 120, 140].map((t) => at('taper', 'a', t).painScore))).toBeGreaterThan(9.5);
  });

  it('rotation: methadone about a point below continuing at week 14; buprenorphine about 3/10 by week 16', () => {
    const continuing = snapshotAt(run('oih-maintained').result, 98).painScore;
    const methadone = at('rotation', 'a', 98).painScore;
    expect(continuing - methadone).toBeGreaterThan(0.5);
    expect(continuing - methadone).toBeLessThan(1.5);
    expect(at('rotation', 'b', 112).painScore).toBeLessThan(4);
  });

  it('ketamine: NMDA near zero within a week and pain about 3/10 by week 16 against about 9.6', () => {
    expect(at('ketamine', 'a', 91).mechanisms.nmda.level).toBeLessThan(0.05);
    expect(at('ketamine', 'a').painScore).toBeLessThan(4);
    expect(at('ketamine', 'b').painScore).toBeGreaterThan(9.3);
  });

  it('support: with adjuvants during the monthly taper, pain is about 6/10 at week 24 against 10/10', () => {
    expect(at('support', 'a').painScore).toBeLessThan(6.8);
    expect(at('support', 'b').painScore).toBeGreaterThan(9.5);
  });

  it('education: continuing reaches 10/10; the weekly taper is near 7.6/10 with no allodynia at day 240', () => {
    expect(at('education', 'a').painScore).toBeGreaterThan(9.9);
    expect(at('education', 'b').painScore).toBeLessThan(8.2);
    expect(at('education', 'b').allodynicRegions).toEqual([]);
  });
});
