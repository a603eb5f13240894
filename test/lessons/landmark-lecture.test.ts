import { describe, expect, it } from 'vitest';
import { lessonReference } from '../../src/content/lesson-references';
import { LANDMARK_LECTURE } from '../../src/lessons/landmark-lecture';
import { readLecture, lectureToJson, MAX_CAPTION_LENGTH } from '../../src/lessons/lecture-file';
import type { LectureScene } from '../../src/lessons/lectures';
import { findPreset, normalizeScenario } from '../../src/model';
import { EXPERIMENTS, type Experiment } from '../../src/science';
import { applySetup } from './claim-runner';

/**
 * The "Landmark experiments" lecture (issue 20) against the Experiments view's one source of truth: a scene for
 * every experiment and none for anything else, each setting the simulation to groups of its own experiment,
 * and notes that quote the experiment's words and its source. (The claims of its captions are held to the
 * model by claims.test.ts, with every other lecture's.)
 */
const { scenes } = LANDMARK_LECTURE;

const experimentOf = (scene: LectureScene): Experiment => {
  const experiment = EXPERIMENTS.find((e) => e.id === scene.experiment?.id);
  expect(experiment, `${scene.id}: its experiment`).toBeDefined();
  return experiment!;
};

const presetsOf = (scene: LectureScene): string[] => {
  const { preset, compare } = scene.setup;
  return [preset, compare && 'preset' in compare ? compare.preset : undefined].filter(
    (p): p is string => p !== undefined,
  );
};

describe('the landmark experiments lecture', () => {
  it('has exactly one scene per experiment of the Experiments view, in the view’s order', () => {
    expect(scenes.map((s) => s.experiment?.id)).toEqual(EXPERIMENTS.map((e) => e.id));
    expect(new Set(scenes.map((s) => s.id)).size).toBe(scenes.length);
  });

  it('names each experiment by its title in the science module', () => {
    for (const scene of scenes) expect(scene.experiment?.title, scene.id).toBe(experimentOf(scene).title);
  });

  it('sets the simulation only to groups of its own experiment, with compare mode where it has two', () => {
    for (const scene of scenes) {
      const own = experimentOf(scene).presets.map((g) => g.preset);
      const used = presetsOf(scene);
      expect(used.length, scene.id).toBeGreaterThan(0);
      for (const preset of used) expect(own, `${scene.id}: ${preset}`).toContain(preset);
      if (scene.setup.compare) expect(scene.setup.shown, scene.id).toBe('a');
    }
    // The contrasts the papers made are side by side (a group against its antagonist, a taper against continuing).
    const compared = scenes.filter((s) => presetsOf(s).length === 2).map((s) => s.id);
    expect(compared).toEqual(
      expect.arrayContaining(['celerier-2000', 'laulin-1999', 'dunbar-yaksh-1996', 'darnall-2018']),
    );
  });

  it('sets every scene fully, each side simulating as far as the scene’s time', () => {
    for (const { id, setup } of scenes) {
      expect(setup.compare, id).not.toBeUndefined();
      expect(setup.tDays, id).toBeDefined();
      expect(setup.chart, id).toBeDefined();
      expect(setup.highlight, id).not.toBeUndefined();
      // As the app runs them: the preset, then the scene's edits (a short group followed for longer).
      const { a, b } = applySetup(setup, { a: null, b: null });
      for (const side of [a, b]) if (side) expect(side.durationDays, id).toBeGreaterThanOrEqual(setup.tDays!);
    }
  });

  it('shows a rat experiment on a rat, and a human study on a person', () => {
    for (const scene of scenes) {
      const subject = normalizeScenario(findPreset(scene.setup.preset!)!.scenario).subject;
      expect(subject, scene.id).toBe(experimentOf(scene).species === 'rat' ? 'rat' : 'human');
    }
  });

  it('has one-line captions of at most 120 characters, and claims for what they say', () => {
    for (const scene of scenes) {
      expect(scene.caption.length, scene.id).toBeLessThanOrEqual(Math.min(120, MAX_CAPTION_LENGTH));
      expect(scene.caption, scene.id).not.toMatch(/\n/);
      expect(scene.claims?.length ?? 0, scene.id).toBeGreaterThan(0);
    }
  });

  it('quotes the question, why it mattered and where the model differs in the notes, word for word', () => {
    for (const scene of scenes) {
      const e = experimentOf(scene);
      for (const words of [e.question, e.whyItMattered, e.honestLine])
        expect(scene.notes, scene.id).toContain(words);
    }
  });

  it('gives the source in the notes: the citation’s authors and year, or the basis of a composed check', () => {
    for (const scene of scenes) {
      const { citation, basis } = experimentOf(scene);
      if (citation) expect(scene.notes, scene.id).toContain(`${citation.authors} (${citation.year})`);
      else expect(scene.notes, scene.id).toContain(`Basis: ${basis}`);
    }
  });

  it('lists the references of its cited experiments, and only references that exist', () => {
    const ids = LANDMARK_LECTURE.referenceIds ?? [];
    for (const id of ids) expect(lessonReference(id), id).toBeDefined();
    for (const e of EXPERIMENTS)
      if (e.citation?.referenceId) expect(ids, e.id).toContain(e.citation.referenceId);
  });

  it('keeps each scene’s experiment through a lecture file', () => {
    const read = readLecture(lectureToJson(LANDMARK_LECTURE));
    expect(read.ok).toBe(true);
    if (read.ok)
      expect(read.lecture.scenes.map((s) => s.experiment)).toEqual(scenes.map((s) => s.experiment));
  });
});

describe('a lecture file’s experiment link', () => {
  const withExperiment = (id: unknown) => {
    const [first] = scenes;
    return lectureToJson({
      ...LANDMARK_LECTURE,
      scenes: [{ ...first!, experiment: { id, title: 'x' } as never }],
    });
  };
  it('refuses an id that is not of a link’s shape, saying where', () => {
    for (const id of ['', 'a b', '../x', '<script>', 'x'.repeat(200), 42]) {
      const read = readLecture(withExperiment(id));
      expect(read.ok, String(id)).toBe(false);
      if (!read.ok) expect(read.message).toMatch(/experiment of scene 1/);
    }
  });
  it('reads an id of a link’s shape (whether it is known is for the Experiments view to say)', () => {
    expect(readLecture(withExperiment('not-an-experiment-yet')).ok).toBe(true);
  });
});
