// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findPreset, SCENE_REGION_IDS, snapshotAt } from '../../src/model';
import { simulate } from '../../src/model/run';
import { setCaptions } from '../../src/scenes/captions';
import { describeScene } from '../../src/scenes/describe';
import { createFallbackDiagram } from '../../src/scenes/fallback-diagram';
import { sceneStateFromSnapshot } from '../../src/scenes/from-snapshot';
import { intersects, layoutScene, motionRegions, withAnimalClear } from '../../src/scenes/layout';
import type { ScenePalette } from '../../src/scenes/palette';
import type { SceneLabels } from '../../src/scenes/parts/labels';
import type { SceneState } from '../../src/scenes/scene-state';

/** Célèrier 2000: four fentanyl injections of 100 µg/kg in a rat, then 10 days of thresholds. */
const celerier = findPreset('celerier-2000-fentanyl-100')!.scenario;
const ratRun = simulate(celerier);
const ratAt = (t: number) =>
  sceneStateFromSnapshot(snapshotAt(ratRun, t), { subject: 'rat', durationDays: celerier.durationDays! });
const patient = simulate(findPreset('oih-escalation')!.scenario);
const patientAt = (t: number) => sceneStateFromSnapshot(snapshotAt(patient, t));

function captions(state: SceneState): Record<string, string> {
  const said: Record<string, string> = {};
  const labels = { set: (id: string, words: string) => ((said[id] = words), true) } as unknown as SceneLabels;
  setCaptions(labels, state, { muted: 0, text: 0 } as unknown as ScenePalette);
  return said;
}

describe('the scene knows its subject', () => {
  it('takes the subject and the run’s length from the run, and a patient when none is given', () => {
    expect(celerier.subject).toBe('rat');
    const rat = ratAt(1);
    expect(rat.subject).toBe('rat');
    expect(rat.durationDays).toBe(10);
    expect(rat.thresholdRelative).toBe(snapshotAt(ratRun, 1).thresholdRelative);
    expect(patientAt(56).subject).toBe('human');
  });
});

describe('a rat’s scene in words', () => {
  it('names the rat, tells the time of a 10-day experiment in days and hours, and reads its threshold', () => {
    const text = describeScene(ratAt(0.25));
    expect(text).toMatch(/^Rat \(experimental animal\), day 0, hour 6\. /);
    // Six hours after the fentanyl the model's threshold is below baseline (Célèrier's early hyperalgesia).
    const percent = Math.round(snapshotAt(ratRun, 0.25).thresholdRelative * 100);
    expect(percent).toBeLessThan(95);
    expect(text).toContain(
      `Nociceptive threshold (paw withdrawal or vocalization) ${percent} % of baseline: hyperalgesia`,
    );
    expect(text).not.toMatch(/pain felt/i);
    expect(describeScene(ratAt(2 + 5 / 24))).toMatch(/^Rat \(experimental animal\), day 2, hour 5\. /);
  });

  it('a patient’s text is as before: weeks, pain felt, no species', () => {
    const text = describeScene(patientAt(56));
    expect(text).toMatch(/^Week 8, day 0\. /);
    expect(text).toMatch(/Pain felt \d+\.\d of 10/);
    expect(text).not.toMatch(/\brat\b|threshold/i);
  });
});

describe('a rat’s captions', () => {
  it('name the species, its hind paws, its spinal cord and its response; the meter adds the threshold', () => {
    const said = captions(ratAt(0.25));
    expect(said['species']).toBe('Rat\n(experimental animal)');
    expect(said['skinPainful']).toBe('Hind paw (rat)');
    expect(said['skinRemote']).toMatch(/^Other hind paw/);
    expect(said['cord']).toBe('Rat spinal cord');
    expect(said['cortex']).toBe('Rat brain: response\n(paw withdrawal, vocalization)');
    const percent = Math.round(snapshotAt(ratRun, 0.25).thresholdRelative * 100);
    expect(said['painMeter']).toBe(`Ongoing pain\n0.0/10\nthreshold ${percent} %`);
  });

  it('a patient’s captions have no species and no rat words', () => {
    const said = captions(patientAt(56));
    expect(said['species']).toBe('');
    expect(said['cortex']).toBe('Cortex: pain felt');
    expect(said['cord']).toBe('Spinal cord');
    expect(said['skinPainful']).toBe('Lower back (painful site)');
    expect(said['painMeter']).toMatch(/^Pain felt\n\d+\.\d\/10$/);
  });
});

describe('the static diagram', () => {
  it('names the rat in its text alternative and on the drawing for a rat experiment, not for a patient', () => {
    const rat = createFallbackDiagram(document, 'rat').querySelector('svg')!;
    expect(rat.getAttribute('aria-label')).toMatch(/rat's pain pathway/);
    expect(rat.textContent).toContain('Rat (experimental animal)');
    expect(rat.textContent).toContain('Hind paw (rat)');
    const human = createFallbackDiagram(document).querySelector('svg')!;
    expect(human.getAttribute('aria-label')).not.toMatch(/\brat\b/i);
    expect(human.textContent).not.toMatch(/\brat\b/i);
    expect(human.textContent).toContain('Cortex: pain felt');
  });
});

describe('where the rat is drawn', () => {
  it('in the top-left corner, or below when the legend covers that corner; never where anything moves', () => {
    const layout = layoutScene(1280, 720);
    expect(withAnimalClear(layout, [{ x: 0, y: 0, width: 300, height: 40 }])).toBe(layout);
    const covered = withAnimalClear(layout, [{ x: 0, y: 0, width: 800, height: 200 }]);
    expect(covered.animal).not.toEqual(layout.animal);
    for (const place of [layout, covered]) {
      expect(motionRegions(place).filter((r) => intersects(r, place.animal))).toEqual([]);
      for (const id of SCENE_REGION_IDS) expect(intersects(place.regions[id], place.animal)).toBe(false);
      expect(place.animal.x + place.animal.width).toBeLessThanOrEqual(place.width);
      expect(place.animal.y + place.animal.height).toBeLessThanOrEqual(place.height);
    }
  });
});
