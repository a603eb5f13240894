/**
 * Splits the seed text into claims (issue 7, "Seed coverage"): every sentence of a paragraph or bullet, and
 * every cell of the comparison table, each with its key terms (content words minus the stop words below).
 * `npx tsx tools/seed-claims.ts` writes test/fixtures/seed-claims.json; `--check` changes nothing and exits 1
 * when the committed fixture differs. test/lessons/seed-coverage.test.ts rebuilds the fixture with the same
 * functions and checks that every claim is taught by a lesson step that contains its key terms.
 *
 * The seed lives outside the repository (../shared/seeds); a byte-for-byte copy is committed as
 * test/fixtures/seed.txt so that the check runs anywhere, and the test fails if the two differ.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

export const SEED_ORIGINAL = fileURLToPath(
  new URL('../../shared/seeds/000_5fdfe9290f1d1d34.txt', import.meta.url),
);
export const SEED_COPY = fileURLToPath(new URL('../test/fixtures/seed.txt', import.meta.url));
export const FIXTURE = fileURLToPath(new URL('../test/fixtures/seed-claims.json', import.meta.url));

export type ClaimKind = 'heading' | 'sentence' | 'bullet' | 'cell';

export interface Claim {
  /** `L<line>` for a whole line, `L<line>.<n>` for its n-th sentence, `L<line>c<n>` for a table cell. */
  readonly id: string;
  readonly kind: ClaimKind;
  /** The claim's words, with the seed's citation brackets ([1.2.3, 1.7.2]) removed. */
  readonly text: string;
  /** Content words, lower case, in order of first appearance. */
  readonly terms: readonly string[];
}

/**
 * Function words and fillers that carry no claim. Everything else — nouns, verbs, adjectives, numbers — is a
 * key term a teaching step must contain.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also an and any are as at be because been before being below between
both but by can could did do does doing down during each either even every few for from further had has have
having he her here hers him his how however i if in into is it its itself just many may me might more most must
my no nor not now of off often on once one only or other our out over own rather same she should so some such
than that the their theirs them then there these they this those through thus to too under until up upon us very
was we were what when where whether which while who whom why will with within would yet you your
e g i e etc via vs`.split(/\s+/),
);

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

/**
 * The only stemming the coverage check allows: English plurals (receptors → receptor, therapies → therapy,
 * approaches → approach), so a step may say "an NMDA receptor" for the seed's "NMDA receptors".
 */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us'))
    return word.slice(0, -1);
  return word;
}

export function keyTerms(text: string): string[] {
  const terms: string[] = [];
  for (const w of words(text)) if (w.length > 1 && !STOP_WORDS.has(w) && !terms.includes(w)) terms.push(w);
  return terms;
}

/** Sentences of one line: a split after . ? or ! followed by a space and a capital letter (not after "vs."). */
export function sentences(line: string): string[] {
  return line
    .split(/(?<=[.?!])(?<!\bvs\.)\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const isTableSeparator = (line: string) => /^[\s|:-]+$/.test(line) && line.includes('-');

export function splitClaims(seed: string): Claim[] {
  const claims: Claim[] = [];
  const add = (id: string, kind: ClaimKind, raw: string) => {
    const text = stripCitations(raw);
    if (text) claims.push({ id, kind, text, terms: keyTerms(text) });
  };
  seed.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    const n = index + 1;
    if (!line || isTableSeparator(line)) return;
    if (line.includes('|')) {
      line
        .split('|')
        .map((cell) => cell.trim())
        .forEach((cell, c) => {
          if (cell) add(`L${n}c${c + 1}`, 'cell', cell);
        });
      return;
    }
    const bullet = line.startsWith('- ');
    const body = bullet ? line.slice(2) : line;
    const parts = sentences(stripCitations(body));
    const only = parts.length === 1 ? (parts[0] ?? '') : '';
    if (!bullet && only && !/[.!]$/.test(only) && words(only).length <= 10) {
      add(`L${n}`, 'heading', body);
      return;
    }
    if (parts.length === 1) add(`L${n}`, bullet ? 'bullet' : 'sentence', body);
    else parts.forEach((part, k) => add(`L${n}.${k + 1}`, bullet ? 'bullet' : 'sentence', part));
  });
  return claims;
}

/** The seed: the shared original when it is there, else the committed copy. */
export function readSeed(): string {
  return readFileSync(existsSync(SEED_ORIGINAL) ? SEED_ORIGINAL : SEED_COPY, 'utf8');
}

/** The fixture's content; compared as parsed JSON, so its layout is prettier's business. */
export function fixture(seed: string): { claims: Claim[] } {
  return { claims: splitClaims(seed) };
}

async function fixtureText(seed: string): Promise<string> {
  const options = (await prettier.resolveConfig(FIXTURE)) ?? {};
  return prettier.format(JSON.stringify(fixture(seed)), { ...options, parser: 'json' });
}

async function main() {
  const seed = readSeed();
  if (process.argv.includes('--check')) {
    const committed = existsSync(FIXTURE) ? readFileSync(FIXTURE, 'utf8') : 'null';
    const copy = existsSync(SEED_COPY) ? readFileSync(SEED_COPY, 'utf8') : '';
    if (JSON.stringify(JSON.parse(committed)) !== JSON.stringify(fixture(seed)) || copy !== seed) {
      console.error(
        'test/fixtures/seed-claims.json or seed.txt is out of date: run npx tsx tools/seed-claims.ts',
      );
      process.exit(1);
    }
    console.log(`${splitClaims(seed).length} claims, fixture up to date.`);
    return;
  }
  writeFileSync(SEED_COPY, seed);
  writeFileSync(FIXTURE, await fixtureText(seed));
  console.log(`Wrote ${splitClaims(seed).length} claims to test/fixtures/seed-claims.json.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
