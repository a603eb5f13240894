import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/lessons/lessons/index';
import { seedMap } from '../../src/lessons/seed-map';
import type { LessonStep } from '../../src/lessons/types';
import {
  FIXTURE,
  fixture,
  readSeed,
  SEED_COPY,
  SEED_ORIGINAL,
  stem,
  words,
  type Claim,
} from '../../tools/seed-claims';

/**
 * Issue 7, acceptance "Seed coverage": every claim of the seed (each sentence, bullet and table cell) is
 * taught by a lesson step that contains all of its key terms and makes the learner act in the simulation.
 * Matching is case-insensitive on whole words; the only stemming is English plurals (tools/seed-claims.ts
 * `stem`), so "receptor" matches "receptors".
 */
const claims: readonly Claim[] = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { claims: Claim[] }).claims;

const steps = new Map<string, LessonStep>(
  LESSONS.flatMap((lesson) => lesson.steps.map((step) => [`${lesson.id}/${step.id}`, step] as const)),
);

function stepText(step: LessonStep): string {
  const q = step.question;
  return [
    step.title,
    step.text,
    step.explain ?? '',
    q?.prompt ?? '',
    ...(q?.options.flatMap((o) => [o.text, o.feedback]) ?? []),
  ].join(' ');
}

describe('seed coverage', () => {
  it('the fixture is rebuilt from the seed unchanged (run npx tsx tools/seed-claims.ts after a seed change)', () => {
    expect(claims).toEqual(fixture(readSeed()).claims);
    if (existsSync(SEED_ORIGINAL))
      expect(readFileSync(SEED_COPY, 'utf8')).toBe(readFileSync(SEED_ORIGINAL, 'utf8'));
  });

  it('every claim is mapped, and the map names only claims that exist', () => {
    const unmapped = claims.filter((c) => !(seedMap[c.id]?.length ?? 0)).map((c) => `${c.id}: ${c.text}`);
    expect(unmapped).toEqual([]);
    const ids = new Set(claims.map((c) => c.id));
    expect(Object.keys(seedMap).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('every mapped step exists, has a task in the simulation and contains the claim’s key terms', () => {
    const problems: string[] = [];
    for (const claim of claims) {
      for (const ref of seedMap[claim.id] ?? []) {
        const step = steps.get(ref);
        if (!step) {
          problems.push(`${claim.id} → ${ref}: no such step`);
          continue;
        }
        if (!step.task) problems.push(`${claim.id} → ${ref}: the step has no task`);
        const have = new Set(words(stepText(step)).map(stem));
        const missing = claim.terms.filter((t) => !have.has(stem(t)));
        if (missing.length) problems.push(`${claim.id} → ${ref}: missing ${missing.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
