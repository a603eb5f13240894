import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedClaims, seedNonClaims } from '../../src/content/seed-claims';
import { resolveSeedTarget, seedMap } from '../../src/lessons/seed-map';
import { SEED_COPY, SEED_ORIGINAL } from './seed-text';

/**
 * Issue 16 (step 11), "The seed-coverage test checks claims, not words": every claim of the source review is
 * listed (src/content/seed-claims.ts), the list covers the whole review, and each claim names where the app
 * teaches it (src/lessons/seed-map.ts), each place real. Whether a place teaches its claim well, and in our own
 * words, is for review: no word of a lesson is compared with the review here (test/lessons/language.test.ts
 * keeps lessons from copying it).
 */
const seed = readFileSync(SEED_COPY, 'utf8');

/** An anchor is a quote to find, not a copy: at most this many words. */
const ANCHOR_WORDS = 10;

interface Passage {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The review's passages: each sentence of a line (a heading, a paragraph, a list item) and each cell of a
 * table row. Lines without a letter (the table's `---|---|` rule) are layout. A sentence ends at . ? or !
 * before a space and a capital letter, except after "vs.".
 */
function passages(text: string): Passage[] {
  const out: Passage[] = [];
  let offset = 0;
  text.split('\n').forEach((line, index) => {
    const cuts = line.includes('|')
      ? [...line.matchAll(/\|/g)].map((m) => [m.index, m.index + 1] as const)
      : [...line.matchAll(/(?<=[.?!])(?<!\bvs\.)\s+(?=[A-Z])/g)].map(
          (m) => [m.index, m.index + m[0].length] as const,
        );
    let from = 0;
    for (const [cutStart, cutEnd] of [...cuts, [line.length, line.length] as const]) {
      const piece = line.slice(from, cutStart);
      if (/\p{L}/u.test(piece))
        out.push({ line: index + 1, start: offset + from, end: offset + cutStart, text: piece.trim() });
      from = cutEnd;
    }
    offset += line.length + 1;
  });
  return out;
}

const anchors = [
  ...Object.entries(seedClaims).flatMap(([id, claim]) => claim.anchors.map((anchor) => ({ anchor, of: id }))),
  ...seedNonClaims.map(({ anchor }) => ({ anchor, of: 'not a claim' })),
];

describe('seed coverage: the review’s claims and where they are taught', () => {
  it('the committed copy of the review is the review', () => {
    if (existsSync(SEED_ORIGINAL)) expect(seed).toBe(readFileSync(SEED_ORIGINAL, 'utf8'));
  });

  it('every anchor is a short quote found exactly once in the review', () => {
    const problems = anchors.flatMap(({ anchor, of }) => {
      const found = seed.split(anchor).length - 1;
      const length = anchor.split(/\s+/).length;
      return [
        ...(found === 1 ? [] : [`${of}: “${anchor}” found ${found} times`]),
        ...(length <= ANCHOR_WORDS ? [] : [`${of}: “${anchor}” has ${length} words`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('every sentence and table cell of the review holds a claim’s anchor or is marked as no claim', () => {
    const spans = anchors.map(({ anchor }) => {
      const start = seed.indexOf(anchor);
      return { start, end: start + anchor.length };
    });
    const all = passages(seed);
    // Guards the splitter: 36 lines give this many sentences and cells (checked by hand against the review).
    expect(all.length).toBe(70);
    const uncovered = all
      .filter((p) => !spans.some((s) => s.start >= 0 && s.start < p.end && s.end > p.start))
      .map((p) => `line ${p.line}: ${p.text}`);
    expect(uncovered).toEqual([]);
  });

  it('every non-claim says why', () => {
    expect(seedNonClaims.filter((n) => n.why.trim().length < 7).map((n) => n.anchor)).toEqual([]);
  });

  it('the map names every claim, and only claims', () => {
    expect(Object.keys(seedMap).sort()).toEqual(Object.keys(seedClaims).sort());
  });

  it('every claim has at least one target, each named once', () => {
    const problems = Object.entries(seedMap).flatMap(([id, targets]) =>
      targets.length === 0
        ? [`${id}: no target`]
        : new Set(targets).size < targets.length
          ? [`${id}: a target named twice`]
          : [],
    );
    expect(problems).toEqual([]);
  });

  it('every target exists in the app’s lessons, lecture, glossary, mechanism cards, safety notes or references', () => {
    const missing = Object.entries(seedMap).flatMap(([id, targets]) =>
      targets.filter((t) => resolveSeedTarget(t) === undefined).map((t) => `${id} → ${t}`),
    );
    expect(missing).toEqual([]);
  });
});
