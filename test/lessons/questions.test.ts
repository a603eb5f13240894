import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/lessons/lessons/index';
import { lessonPanelText } from '../../src/content/lesson-words';
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

  it('no feedback repeats the verdict the panel puts before it (“Right. Right: …”)', () => {
    // The panel shows lessonPanelText.right or .wrong, then the feedback: a feedback that opens with a
    // verdict of its own reads twice.
    const verdicts = [
      lessonPanelText.right,
      lessonPanelText.wrong,
      'Right',
      'Correct',
      'Exactly',
      'Yes',
      'No',
    ]
      .map((v) => v.replace(/[.!]$/, ''))
      .join('|');
    const opensWithVerdict = new RegExp(`^(${verdicts})\\s*[.:,;!—–-]`, 'i');
    const doubled = questions.flatMap(({ where, q }) =>
      q.options
        .filter((o) => opensWithVerdict.test(o.feedback))
        .map((o) => `${where} › ${o.id}: ${o.feedback}`),
    );
    expect(doubled).toEqual([]);
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
