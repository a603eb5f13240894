import LZString from 'lz-string';
import * as v from 'valibot';
import { MAX_COHORT, MECHANISM_IDS, parseScenario, type Scenario } from '../model';
import { CHART_IDS, type ChartId } from '../content/charts';
import { THEMES, type ThemeId } from '../content/themes';
import { LINK_PARAM } from './link-param';

/**
 * Everything a shared link restores (step 5): the scenario, the time shown, an optional second scenario for
 * compare mode, the chart day, the selected mechanism, the chart tab shown, an optional theme for this
 * page only and the cohort's size and seed (issue 21: a lecturer's cohort is the same on every screen). Links are
 * versioned JSON, compressed into the URL fragment, and never trusted: every field is validated, and a link
 * that cannot be read gives a message and the default scenario.
 */
export const LINK_VERSION = 2;
/**
 * Link versions this app opens. Version 1 carried scenarios of version 1, whose from-now edits were written
 * out as doses; they read unchanged (scenario version 2 only adds `change` regimens), so migrating is reading.
 */
const READABLE_LINK_VERSIONS: readonly number[] = [1, 2];
const PARAM = LINK_PARAM;
/** Far above any real link; a longer fragment is refused before it is decompressed. */
const MAX_ENCODED_LENGTH = 200_000;
/**
 * Far above any real link's JSON (two full scenarios are a few kilobytes). LZ compression lets a short
 * fragment stand for a huge text (a decompression bomb), so the unpacked length is counted before any
 * text is built, and a link that would unpack to more is refused.
 */
const MAX_JSON_LENGTH = 200_000;

export interface LinkState {
  readonly scenario: Scenario;
  readonly tDays: number;
  readonly compare: Scenario | null;
  readonly chartDay: number | null;
  readonly mechanism: (typeof MECHANISM_IDS)[number] | 'tolerance' | null;
  readonly theme: ThemeId | null;
  /** Names of A and B as the learner saw them (plain text, never markup). */
  readonly titles?: { readonly a: string; readonly b: string | null };
  /** In compare mode, the side the pathway shows. */
  readonly shown?: 'a' | 'b';
  /** The lesson and step open when the link was made. */
  readonly lesson?: { readonly id: string; readonly step: string | null };
  /** The chart tab shown when the link was made (links made before it was kept open on the default tab). */
  readonly chart?: ChartId;
  /** The virtual cohort shown (issue 21): its size and seed draw the same patients on every screen. */
  readonly cohort?: CohortLink;
}

export interface CohortLink {
  readonly n: number;
  readonly seed: number;
  /**
   * A's and B's cohorts side by side (the link's compare scenario is B). Left out when off, so a link made
   * before compare mode existed reads as it always did.
   */
  readonly compare?: boolean;
}

export type LinkReadResult =
  | { readonly ok: true; readonly state: LinkState }
  | { readonly ok: false; readonly message: string }
  | { readonly ok: 'empty' };

const MAX_TITLE = 80;
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Lesson and step ids are short slugs; anything else in a link is refused. */
const LESSON_ID = /^[a-z0-9-]{1,60}$/;
const finiteDay = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(3650));

/** A field a link may leave out or set to null: null either way. */
const orNull = <S extends v.GenericSchema>(schema: S) => v.optional(v.nullable(schema), null);
const title = v.pipe(v.string(), v.maxLength(MAX_TITLE));
const lessonId = v.pipe(v.string(), v.regex(LESSON_ID));

/** A seed is a 32-bit unsigned whole number, as the model's generator reads it (src/model/runs/rng.ts). */
const MAX_SEED = 2 ** 32 - 1;
const whole = (min: number, max: number, what: string) =>
  v.pipe(
    v.number(`must be a number (${what})`),
    v.integer(`must be a whole number (${what})`),
    v.minValue(min, `must be at least ${min} (${what})`),
    v.maxValue(max, `must be at most ${max} (${what})`),
  );
const CohortSchema = v.object({
  n: whole(1, MAX_COHORT, 'patients'),
  seed: whole(0, MAX_SEED, 'seed'),
  compare: v.optional(v.boolean('must be true or false (compare)')),
});

const ViewSchema = v.object({
  v: v.number(),
  scenario: v.unknown(),
  t: v.optional(finiteDay, 0),
  compare: orNull(v.unknown()),
  chartDay: orNull(finiteDay),
  mechanism: orNull(v.picklist([...MECHANISM_IDS, 'tolerance'])),
  theme: orNull(v.picklist(THEMES)),
  titles: orNull(v.object({ a: title, b: v.nullable(title) })),
  shown: v.optional(v.picklist(['a', 'b']), 'a'),
  lesson: orNull(v.object({ id: lessonId, step: v.nullable(lessonId) })),
  chart: orNull(v.picklist(CHART_IDS)),
  cohort: orNull(CohortSchema),
});

/** What each field is called in a message to the learner. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  v: 'version',
  t: 'time',
  chartDay: 'chart day',
  mechanism: 'mechanism',
  theme: 'theme',
  titles: 'scenario names',
  'titles.a': 'scenario names',
  'titles.b': 'scenario names',
  shown: 'side shown',
  lesson: 'lesson',
  'lesson.id': 'lesson',
  'lesson.step': 'lesson step',
  chart: 'chart tab',
  cohort: 'cohort',
  'cohort.n': 'cohort size',
  'cohort.seed': 'cohort seed',
  'cohort.compare': 'cohort comparison',
};

/** The cohort's fields as a link holds them: `compare` only when on (and, read back, only with a B to compare). */
const cohortField = (
  { n, seed, compare }: { n: number; seed: number; compare?: boolean | undefined },
  hasB = true,
): CohortLink => (compare === true && hasB ? { n, seed, compare } : { n, seed });

/** The URL fragment (`#s=…`) that restores `state`. */
export function writeLink(state: LinkState): string {
  const payload = {
    v: LINK_VERSION,
    scenario: state.scenario,
    t: state.tDays,
    compare: state.compare,
    chartDay: state.chartDay,
    mechanism: state.mechanism,
    theme: state.theme,
    ...(state.titles ? { titles: state.titles } : {}),
    ...(state.shown && state.shown !== 'a' ? { shown: state.shown } : {}),
    ...(state.lesson ? { lesson: state.lesson } : {}),
    ...(state.chart ? { chart: state.chart } : {}),
    ...(state.cohort ? { cohort: cohortField(state.cohort) } : {}),
  };
  return `#${PARAM}=${LZString.compressToEncodedURIComponent(JSON.stringify(payload))}`;
}

/** Reads a URL fragment. Never throws; every failure is one sentence a learner can act on. */
export function readLink(hash: string): LinkReadResult {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment === '') return { ok: 'empty' };
  const encoded = new URLSearchParams(fragment).get(PARAM);
  if (encoded === null) return { ok: 'empty' };
  if (encoded.length > MAX_ENCODED_LENGTH) return fail('The link is too long to be a scenario link.');
  if (unpackedLength(encoded, MAX_JSON_LENGTH) > MAX_JSON_LENGTH)
    return fail('The link unpacks to far more than any scenario link holds.');
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(encoded);
  } catch {
    json = null;
  }
  if (!json) return fail('The link is damaged: it could not be unpacked. Was it copied whole?');
  let data: unknown;
  let prototypeKey: string | null = null;
  try {
    // JSON.parse keeps "__proto__" as a plain key, but a link naming one is hostile by intent: refuse it
    // rather than pass it to code that might copy it onto an object.
    data = JSON.parse(json, (key, value: unknown) => {
      if (PROTOTYPE_KEYS.has(key)) prototypeKey = key;
      return value;
    });
  } catch {
    return fail('The link is damaged: its contents are not readable.');
  }
  if (prototypeKey !== null)
    return fail(`The link holds a field named ${prototypeKey}, which no scenario link has.`);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('The link has an invalid content: it does not hold a scenario.');
  }
  const view = v.safeParse(ViewSchema, data);
  if (!view.success) {
    const issue = view.issues[0];
    const field = FIELD_NAMES[v.getDotPath(issue) ?? ''] ?? 'content';
    return fail(`The link has an invalid ${field}: ${issue.message}.`);
  }
  const { v: version } = view.output;
  if (version > LINK_VERSION) return fail('The link was made by a newer version of Opioid Paradox Lab.');
  if (!READABLE_LINK_VERSIONS.includes(version))
    return fail(`The link uses an old format (version ${version}) that is no longer supported.`);
  const scenario = parseScenario(view.output.scenario);
  if (!scenario.ok) return fail(`The link's scenario is invalid — ${scenario.error}.`);
  let compare: Scenario | null = null;
  if (view.output.compare !== null) {
    const parsed = parseScenario(view.output.compare);
    if (!parsed.ok) return fail(`The link's second scenario is invalid — ${parsed.error}.`);
    compare = parsed.scenario;
  }
  return {
    ok: true,
    state: {
      scenario: scenario.scenario,
      tDays: Math.min(view.output.t, Math.max(scenario.scenario.durationDays, compare?.durationDays ?? 0)),
      compare,
      chartDay:
        view.output.chartDay === null ? null : Math.min(view.output.chartDay, scenario.scenario.durationDays),
      mechanism: view.output.mechanism,
      theme: view.output.theme,
      ...(view.output.titles ? { titles: view.output.titles } : {}),
      ...(compare ? { shown: view.output.shown } : {}),
      ...(view.output.lesson ? { lesson: view.output.lesson } : {}),
      ...(view.output.chart ? { chart: view.output.chart } : {}),
      ...(view.output.cohort ? { cohort: cohortField(view.output.cohort, compare !== null) } : {}),
    },
  };
}

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const URI_SAFE_VALUE = new Map([...URI_SAFE].map((char, i) => [char, i]));

/**
 * The length lz-string's decompressFromEncodedURIComponent would produce, found by walking the same code
 * stream while keeping only the length of each dictionary entry, never the text; stops as soon as the
 * count passes `limit` (and then returns a number above it). Malformed input gives 0: the real decoder
 * then reports it as damaged.
 */
export function unpackedLength(encoded: string, limit: number): number {
  const input = encoded.replace(/ /g, '+');
  let index = 0;
  let value = 0;
  let position = 0;
  const readBits = (count: number): number => {
    let bits = 0;
    for (let i = 0; i < count; i++) {
      if (position === 0) {
        value = URI_SAFE_VALUE.get(input.charAt(index++)) ?? 0;
        position = 32;
      }
      if (value & position) bits |= 1 << i;
      position >>= 1;
    }
    return bits;
  };
  const first = readBits(2);
  if (first === 2) return 0;
  readBits(first === 0 ? 8 : 16);
  const lengths: number[] = [0, 0, 0, 1];
  let previous = 1;
  let total = 1;
  let enlargeIn = 4;
  let numBits = 3;
  for (;;) {
    if (index > input.length) return 0;
    let code = readBits(numBits);
    if (code === 2) return total;
    if (code < 2) {
      readBits(code === 0 ? 8 : 16);
      lengths.push(1);
      code = lengths.length - 1;
      if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
    }
    const entry = code === lengths.length ? previous + 1 : lengths[code];
    if (entry === undefined) return 0;
    total += entry;
    if (total > limit) return total;
    lengths.push(previous + 1);
    previous = entry;
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
  }
}

/** Messages may quote what the link held; a quote is cut short so a hostile link cannot flood the page. */
const MAX_MESSAGE = 240;

function fail(raw: string): LinkReadResult {
  // A schema message may end by quoting the value it refused ("… but received "<img …>""): the quote is
  // dropped, and angle brackets left in a field name are shown as look-alikes, so no markup is echoed back.
  const message = raw
    .replace(/ but received .*$/s, '')
    .replace(/</g, '‹')
    .replace(/>/g, '›');
  const short = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
  return { ok: false, message: `${short} The default scenario is shown instead.` };
}
