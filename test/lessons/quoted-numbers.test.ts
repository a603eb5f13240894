import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/lessons/lessons/index';
import type { SimClaim, SimSetup } from '../../src/lessons/types';
import { EXPERIMENTS } from '../../src/science';
import { applySetup, type Sides } from './claim-runner';
import { LECTURES, sceneWhere } from './ready-lectures';

/**
 * Issue 14, build 3: no lesson, case or lecture text quotes a number about the simulation that a test does
 * not hold to the model. Every pain score ("x/10"), decimal, fold ("×3", "31-fold") in the words a learner
 * reads must be one of:
 *  - inside the quoted fragment of one of the host's value claims (claims.test.ts checks it against the model);
 *  - the setup's own input: the disease pain (x/10) or the susceptibility (the model's scale) it sets;
 *  - a published number, in a sentence that names its source (a year);
 *  - one of the few fragments listed below, each with why it is not a simulated number.
 */
const NOT_SIMULATED: readonly { fragment: string; why: string }[] = [
  { fragment: 'her pain is 10/10', why: 'a patient’s own report in a case history, not the model' },
  {
    fragment: 'At day 5.5',
    why: 'the time the experiment reads, a setup input (Johnston 2004: 36 h after dose 5)',
  },
  {
    fragment: 'disease pain is raised from 6 to 9',
    why: 'the case’s setup: the disease pain it sets (an input)',
  },
];

const CANDIDATE = new RegExp(
  [
    String.raw`\d+(?:\.\d+)?(?:\s*[–-]\s*\d+(?:\.\d+)?)?\s*\/\s*10\b`, // pain scores, 6/10
    String.raw`\b\d+\.\d+\b`, // decimals
    String.raw`×\s?\d+(?:\.\d+)?`, // folds, ×3
    String.raw`\b\d+(?:\.\d+)?-fold`,
    String.raw`\b\d+(?:\.\d+)?\s+points?\b`, // "two points" in figures
    // a bare number after a readout: "pain from about 9 to about 4", "threshold near 0.8"
    String.raw`\b(?:pain|relief|threshold|allodynia|score)\b[^.;:]{0,40}?\b(?:from|to|of|at|near|about|around|below|above)\s+(?:about\s+)?\d+(?:\.\d+)?\b`,
  ].join('|'),
  'gi',
);
/** A citation in the sentence: "Chu 2012", "Agnoli et al. 2021", "(CDC 2016)". */
const CITATION = /[A-Z][A-Za-z&]+(?: et al\.)?,? (19[5-9]\d|20[0-3]\d)\b/;

interface Host {
  readonly where: string;
  readonly words: readonly string[];
  readonly claims: readonly SimClaim[];
  readonly sides: Sides;
}

function hosts(): Host[] {
  const out: Host[] = [];
  for (const lesson of LESSONS) {
    let sides: Sides = { a: null, b: null };
    for (const step of lesson.steps) {
      sides = applySetup(step.setup, sides);
      out.push({
        where: `${lesson.id} › ${step.id}`,
        words: [
          step.text,
          step.explain ?? '',
          step.prediction?.prompt ?? '',
          ...(step.prediction?.options.map((o) => o.text) ?? []),
          step.question?.prompt ?? '',
          ...(step.question?.options.map((o) => o.text) ?? []),
        ],
        claims: step.claims ?? [],
        sides,
      });
      for (const option of step.question?.options ?? [])
        out.push({
          where: `${lesson.id} › ${step.id} › ${option.id}`,
          words: [option.feedback],
          claims: [...(option.claims ?? []), ...(step.claims ?? [])],
          sides: applySetup(option.setup as SimSetup | undefined, sides),
        });
    }
  }
  for (const lecture of LECTURES) {
    let sides: Sides = { a: null, b: null };
    for (const scene of lecture.scenes) {
      sides = applySetup(scene.setup, sides);
      out.push({
        where: sceneWhere(lecture, scene.id),
        words: [scene.caption, withoutExperimentWords(scene.notes, scene.experiment?.id)],
        claims: scene.claims ?? [],
        sides,
      });
    }
  }
  return out;
}

/**
 * A landmark-experiment scene quotes its experiment's why-it-mattered, honest line and basis word for word from
 * the science module (test/lessons/landmark-lecture.test.ts checks they are there). Their numbers are the papers'
 * and the model's bands, held by the validation tests of test/science, so they are not scanned here; the rest
 * of the notes (what the scene's model shows) is.
 */
function withoutExperimentWords(notes: string, experimentId: string | undefined): string {
  const experiment = EXPERIMENTS.find((e) => e.id === experimentId);
  if (!experiment) return notes;
  return [experiment.whyItMattered, experiment.honestLine, experiment.basis ?? ''].reduce(
    (text, quoted) => text.replace(quoted, ''),
    notes,
  );
}

/** The sentence around a match. */
function sentenceAt(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index) + 1, text.lastIndexOf('(', index), 0);
  const stops = ['. ', ')', '\n'].map((s) => text.indexOf(s, index)).filter((i) => i >= 0);
  const end = stops.length ? Math.min(...stops) : text.length;
  return text.slice(start, end + 1);
}

/** Every number the setup itself sets (doses, percentages, disease pain, susceptibility, edit values). */
function inputNumbers(sides: Sides): Set<number> {
  const out = new Set<number>();
  const walk = (x: unknown): void => {
    if (typeof x === 'number') out.add(Math.round(x * 1000) / 1000);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') Object.values(x).forEach(walk);
  };
  for (const s of [sides.a, sides.b]) if (s) walk({ patient: s.patient, regimens: s.regimens });
  return out;
}

/** Whether a quoted number is one of the setup's own inputs (a dose, the disease pain, the susceptibility). */
function isInput(sides: Sides, value: number): boolean {
  return inputNumbers(sides).has(Math.round(value * 1000) / 1000);
}

function unheld(host: Host): string[] {
  const quoted = host.claims.flatMap((c) => (c.kind === 'value' ? [c.quoted] : []));
  const problems: string[] = [];
  for (const text of host.words) {
    for (const m of text.matchAll(CANDIDATE)) {
      const index = m.index ?? 0;
      const sentence = sentenceAt(text, index);
      // The number itself: the last one of the match ("from about 9" → 9, "6/10" → 6, "×3" → 3).
      const numbers = [...m[0].replace(/\s*\/\s*10\b/, '').matchAll(/\d+(?:\.\d+)?/g)];
      const digits = numbers[numbers.length - 1]?.[0] ?? m[0];
      const held =
        quoted.some((q) => text.includes(q) && q.includes(digits)) ||
        isInput(host.sides, Number(digits)) ||
        CITATION.test(sentence) ||
        NOT_SIMULATED.some((n) => text.includes(n.fragment) && n.fragment.includes(digits));
      if (!held) problems.push(`“${m[0]}” in “…${text.slice(Math.max(0, index - 60), index + 40)}…”`);
    }
  }
  return problems;
}

describe('numbers the lessons quote about the simulation', () => {
  const all = hosts();
  it('covers every lesson step, case option and lecture scene', () => {
    expect(all.length).toBeGreaterThan(100);
  });
  it('every quoted simulation number is held to the model by a claim, or is an input or a cited fact', () => {
    const problems = all.flatMap((h) => unheld(h).map((p) => `${h.where}: ${p}`));
    expect(problems).toEqual([]);
  });
  it('the check finds unheld numbers (the rule can fail)', () => {
    const fake = (words: string): Host => ({
      where: 'fake',
      words: [words],
      claims: [],
      sides: { a: null, b: null },
    });
    for (const words of [
      'After the taper pain fell to about 4.2/10.',
      'Pain went from about 9 to about 4 in the model.',
      'The threshold fell to 0.8 by week 12.',
      'Tolerance shifted the curve ×3 in the model.',
      'Pain fell by two points, from 8 to 6 (the year 2020 of the model).',
    ])
      expect(unheld(fake(words)).length, words).toBeGreaterThan(0);
    expect(unheld(fake('Overdose risk was 1.9–4.6 times higher (Dowell 2016).'))).toEqual([]);
  });
});
