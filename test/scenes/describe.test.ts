import { describe, expect, it } from 'vitest';
import { findPreset, SCENE_REGION_IDS, snapshotAt } from '../../src/model';
import { simulate } from '../../src/model/run';
import { setCaptions } from '../../src/scenes/captions';
import { describeScene, regionWords } from '../../src/scenes/describe';
import type { ScenePalette } from '../../src/scenes/palette';
import type { SceneLabels } from '../../src/scenes/parts/labels';
import type { SceneState } from '../../src/scenes/scene-state';
import { sceneStateFromSnapshot } from '../../src/scenes/from-snapshot';
import { layoutScene } from '../../src/scenes/layout';

const escalation = simulate(findPreset('oih-escalation')!.scenario);

describe('scene state from a snapshot', () => {
  it('copies levels, trends, firing and readouts without changing them', () => {
    const snapshot = snapshotAt(escalation, 56);
    const state = sceneStateFromSnapshot(snapshot);
    expect(state.levels.nmda).toBe(snapshot.mechanisms.nmda.level);
    expect(state.trendsPerDay.glia).toBe(snapshot.mechanisms.glia.trendPerDay);
    expect(state.levels.tolerance).toBe(snapshot.tolerance.level);
    expect(state.firing).toEqual(snapshot.firing);
    expect(state.painScore).toBe(snapshot.painScore);
    expect([...state.removed]).toEqual([]);
  });

  it('marks a knocked-out mechanism as removed', () => {
    const lesioned = simulate(findPreset('knockout-rvm')!.scenario);
    expect([...sceneStateFromSnapshot(snapshotAt(lesioned, 56)).removed]).toEqual(['rvm']);
  });
});

describe('text alternative of the scene', () => {
  it('says the week and each mechanism in words at week 8 of escalation', () => {
    const text = describeScene(sceneStateFromSnapshot(snapshotAt(escalation, 56)));
    expect(text).toMatch(/^Week 8, day 0\. /);
    expect(text).toMatch(/NMDA (high|very high|moderate)/);
    expect(text).toMatch(/Pain felt \d+\.\d of 10/);
    expect(text).toContain('light touch drives the pain neuron');
  });

  it('says a lesioned RVM is removed', () => {
    const lesioned = sceneStateFromSnapshot(snapshotAt(simulate(findPreset('knockout-rvm')!.scenario), 56));
    expect(regionWords(lesioned, 'rvm')).toBe('removed (RVM lesioned)');
    expect(describeScene(lesioned)).toContain('RVM removed (RVM lesioned)');
  });

  it('describes the untreated patient as having no sensitization', () => {
    const text = describeScene(sceneStateFromSnapshot(snapshotAt(escalation, 0)));
    expect(text).toContain('NMDA absent');
    expect(text).toContain('descending signals from the RVM inhibit pain');
  });
});

/** The scene's captions for a state, as the canvas would show them (a stand-in for the pixi labels). */
function captions(state: SceneState): Record<string, string> {
  const said: Record<string, string> = {};
  const labels = { set: (id: string, words: string) => ((said[id] = words), true) } as unknown as SceneLabels;
  setCaptions(labels, state, { muted: 0, text: 0 } as unknown as ScenePalette);
  return said;
}

describe('the skin captions follow the model', () => {
  const at = (scenario: Parameters<typeof simulate>[0], t: number) =>
    sceneStateFromSnapshot(snapshotAt(simulate(scenario), t));
  const toleranceOnly = findPreset('tolerance-only')!.scenario;

  it('say pain has spread only when the model does, whatever the painful area', () => {
    // A tolerance-only patient whose disease covers 30 % of the body: a large painful area, never spread.
    const wide = at(
      { ...toleranceOnly, patient: { disease: { kind: 'constant', baseline: 6, areaFraction: 0.3 } } },
      84,
    );
    expect(wide.painAreaFraction).toBeGreaterThan(0.2);
    expect(wide.painSpread).toBe(false);
    expect(captions(wide)['skinRemote']).toBe('Skin elsewhere');
    expect(describeScene(wide)).not.toContain('spread');
    const oih = sceneStateFromSnapshot(snapshotAt(escalation, 56));
    expect(oih.painSpread).toBe(true);
    expect(captions(oih)['skinRemote']).toBe('Skin elsewhere:\npain has spread here');
    expect(describeScene(oih)).toContain('pain has spread beyond the original site');
  });

  it('name the painful site where the disease is', () => {
    expect(captions(sceneStateFromSnapshot(snapshotAt(escalation, 56)))['skinPainful']).toBe(
      'Lower back (painful site)',
    );
    const hip = at(
      { ...toleranceOnly, patient: { disease: { kind: 'constant', baseline: 6, site: 'right-hip' } } },
      84,
    );
    expect(captions(hip)['skinPainful']).toBe('Right hip (painful site)');
  });
});

describe('scene layout', () => {
  it('never distorts: one uniform scale, centred, from 4:3 to 21:9 and beyond', () => {
    for (const [w, h] of [
      [800, 600],
      [1280, 720],
      [2100, 900],
      [3000, 900],
      [390, 300],
    ] as const) {
      const layout = layoutScene(w, h);
      expect(layout.width * layout.scale).toBeLessThanOrEqual(w + 1e-6);
      expect(layout.height * layout.scale).toBeLessThanOrEqual(h + 1e-6);
      // It fills at least one dimension exactly.
      expect(Math.max(layout.width * layout.scale - w, layout.height * layout.scale - h)).toBeCloseTo(0, 6);
      expect(layout.offsetX).toBeGreaterThanOrEqual(0);
      expect(layout.offsetY).toBeGreaterThanOrEqual(0);
    }
  });

  it('keeps every region inside the drawing and apart from the others', () => {
    for (const aspect of [4 / 3, 16 / 9, 21 / 9]) {
      const layout = layoutScene(900 * aspect, 900);
      for (const id of SCENE_REGION_IDS) {
        const r = layout.regions[id];
        expect(r.x).toBeGreaterThanOrEqual(0);
        expect(r.y).toBeGreaterThanOrEqual(0);
        expect(r.x + r.width).toBeLessThanOrEqual(layout.width);
        expect(r.y + r.height).toBeLessThanOrEqual(layout.height);
        for (const other of SCENE_REGION_IDS.filter((o) => o !== id)) {
          const o = layout.regions[other];
          const overlap =
            Math.max(0, Math.min(r.x + r.width, o.x + o.width) - Math.max(r.x, o.x)) *
            Math.max(0, Math.min(r.y + r.height, o.y + o.height) - Math.max(r.y, o.y));
          expect(overlap, `${id} overlaps ${other}`).toBe(0);
        }
      }
    }
  });
});

describe('a mechanism a treatment holds back', () => {
  it('is named with the treatment on the canvas and in the text alternative', () => {
    const preset = findPreset('oih-escalation')!.scenario;
    const withKetamine = {
      ...preset,
      treatments: [...(preset.treatments ?? []), { kind: 'ketamine' as const, startDay: 0, strength: 1 }],
    };
    const state = sceneStateFromSnapshot(snapshotAt(simulate(withKetamine), 56));
    expect(state.blocks.nmda?.by).toEqual(['ketamine']);
    expect(captions(state)['nmda']).toMatch(/^NMDA (partly )?blocked by ketamine \(low dose\)$/);
    expect(describeScene(state)).toMatch(/NMDA [a-z ]+ \(NMDA (partly )?blocked by ketamine \(low dose\)\)/);
    // Without the treatment the caption only names the receptors.
    expect(captions(sceneStateFromSnapshot(snapshotAt(escalation, 56)))['nmda']).toBe('NMDA receptors');
  });
});

describe('the captions of one state', () => {
  it('set each caption once, so an unchanged state never counts as a change (and redraws nothing)', () => {
    const calls: Record<string, number> = {};
    const labels = {
      set: (id: string) => ((calls[id] = (calls[id] ?? 0) + 1), false),
    } as unknown as SceneLabels;
    const changed = setCaptions(labels, sceneStateFromSnapshot(snapshotAt(escalation, 56)), {
      muted: 0,
      text: 0,
    } as unknown as ScenePalette);
    expect(changed).toBe(false);
    expect(Object.entries(calls).filter(([, n]) => n !== 1)).toEqual([]);
    expect(calls['rvm']).toBe(1);
  });
});
