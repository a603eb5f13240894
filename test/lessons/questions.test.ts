import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/lessons/lessons/index';
import type { Question } from '../../src/lessons/types';

/**
 * Issue 15, "Question writing": the right answer is not given away by its form. Across all questions the
 * right option is the longest in at most 40 % of them, its place in the list varies, and it is not the one
 * hedged option; every option explains itself in its feedback (test/lessons/lessons.test.ts).
 */
const questions: { where: string; q: Question }[] = LESSONS.flatMap((l) =>
  l.steps.flatMap((s) => (s.question ? [{ where: `${l.id} › ${s.id}`, q: s.question }] : [])),
);

const longestIsRight = (q: Question) => {
  const max = Math.max(...q.options.map((o) => o.text.length));
  return q.options.some((o) => o.correct && o.text.length === max);
};

describe('question writing', () => {
  it('there are questions to check', () => {
    expect(questions.length).toBeGreaterThan(30);
  });

  it('the right option is the longest in at most 40 % of the questions', () => {
    const giveaways = questions.filter(({ q }) => longestIsRight(q)).map(({ where }) => where);
    expect(giveaways.length / questions.length, giveaways.join('\n')).toBeLessThanOrEqual(0.4);
  });

  it('the right option’s place is no cue: first in at most half, and first and last each in at least 15 %', () => {
    const place = (q: Question) => {
      const i = q.options.findIndex((o) => o.correct);
      return i === 0 ? 'first' : i === q.options.length - 1 ? 'last' : 'middle';
    };
    const share = (where: string) =>
      questions.filter(({ q }) => place(q) === where).length / questions.length;
    expect(share('first')).toBeLessThanOrEqual(0.5);
    expect(share('first')).toBeGreaterThanOrEqual(0.15);
    expect(share('last')).toBeGreaterThanOrEqual(0.15);
  });

  it('right answers are not marked by hedging words that the wrong ones lack', () => {
    const hedge = /\b(may|might|can|usually|often|some|partly|somewhat|likely)\b/i;
    const hedgedRight = questions.filter(
      ({ q }) =>
        q.options.some((o) => o.correct && hedge.test(o.text)) &&
        !q.options.some((o) => !o.correct && hedge.test(o.text)),
    );
    expect(hedgedRight.length / questions.length).toBeLessThanOrEqual(0.25);
  });
});
