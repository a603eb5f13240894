import { describe, expect, it } from 'vitest';
import { READY_LECTURE } from '../../src/lessons/lectures';
import { LESSONS } from '../../src/lessons/lessons/index';
import type { SimClaim, SimSetup } from '../../src/lessons/types';
import { applySetup, type Sides } from './claim-runner';

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
];

const CANDIDATE =
  /(\d+(?:\.\d+)?(?:\s*[–-]\s*\d+(?:\.\d+)?)?\s*\/\s*10\b)|(\b\d+\.\d+\b)|(×\s?\d+(?:\.\d+)?)|(\b\d+(?:\.\d+)?-fold)/g;

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
  let sides: Sides = { a: null, b: null };
  for (const scene of READY_LECTURE.scenes) {
    sides = applySetup(scene.setup, sides);
    out.push({
      where: `lecture › ${scene.id}`,
      words: [scene.caption, scene.notes],
      claims: scene.claims ?? [],
      sides,
    });
  }
  return out;
}

/** The sentence around a match. */
function sentenceAt(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index) + 1, text.lastIndexOf('(', index), 0);
  const stops = ['. ', ')', '\n'].map((s) => text.indexOf(s, index)).filter((i) => i >= 0);
  const end = stops.length ? Math.min(...stops) : text.length;
  return text.slice(start, end + 1);
}

function inputs(sides: Sides): string[] {
  const out: string[] = [];
  for (const s of [sides.a, sides.b]) {
    if (!s) continue;
    const d = s.patient.disease;
    if (d.kind !== 'none') out.push(`${d.baseline}/10`);
    out.push(String(s.patient.susceptibility));
  }
  return out;
}

function unheld(host: Host): string[] {
  const quoted = host.claims.flatMap((c) => (c.kind === 'value' ? [c.quoted] : []));
  const problems: string[] = [];
  for (const text of host.words) {
    for (const m of text.matchAll(CANDIDATE)) {
      const index = m.index ?? 0;
      const number = m[0].replace(/\s+/g, '');
      const sentence = sentenceAt(text, index);
      const held =
        quoted.some((q) => q.includes(m[0]) && text.includes(q)) ||
        inputs(host.sides).some((x) => number === x.replace(/\s+/g, '')) ||
        /\b(19|20)\d\d\b/.test(sentence) ||
        NOT_SIMULATED.some((n) => text.includes(n.fragment) && n.fragment.includes(m[0]));
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
  it('the check finds an unheld number (the rule can fail)', () => {
    const fake: Host = {
      where: 'fake',
      words: ['After the taper pain fell to about 4.2/10.'],
      claims: [],
      sides: { a: null, b: null },
    };
    expect(unheld(fake).length).toBeGreaterThan(0);
  });
});
