/**
 * Where the source review ("the seed") lives, and the word helpers test/lessons/language.test.ts uses to check
 * that no student-facing string repeats a long run of its words. The review's claims and where the app teaches
 * them are data: src/content/seed-claims.ts and src/lessons/seed-map.ts, checked by
 * test/lessons/seed-coverage.test.ts (issue 16).
 *
 * The seed lives outside the repository (../shared/seeds); a byte-for-byte copy is committed as
 * test/fixtures/seed.txt so that the checks run anywhere, and the coverage test fails if the two differ
 * (refresh the copy with `cp ../shared/seeds/000_5fdfe9290f1d1d34.txt test/fixtures/seed.txt`).
 */
import { fileURLToPath } from 'node:url';

export const SEED_ORIGINAL = fileURLToPath(
  new URL('../../../shared/seeds/000_5fdfe9290f1d1d34.txt', import.meta.url),
);
export const SEED_COPY = fileURLToPath(new URL('../fixtures/seed.txt', import.meta.url));

/** The seed's citation brackets, e.g. " [1.2.3, 1.7.2]". */
const CITATION = /\s*\[\d+(?:\.\d+)*(?:,\s*\d+(?:\.\d+)*)*\]/g;

export const stripCitations = (text: string): string =>
  text
    .replace(CITATION, '')
    .replace(/\s+([.,;:])/g, '$1')
    .trim();

/** Lower-case words without diacritics, split at anything that is not a letter or digit. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
