import LZString from 'lz-string';
import * as v from 'valibot';
import { CLINICAL_DRUGS, MECHANISMS, PRESET_ENTRIES } from '../app/catalogue';
import { ADJUVANTS, SCHEDULES } from '../app/scenario-edits';
import { CHART_IDS } from '../content/charts';
import { lectureFileText as say } from '../content/lecture-words';
import { SAFETY_TAGS } from '../content/safety';
import { MAX_SCENES, MAX_TITLE_LENGTH } from './lecture-machine';
import type { Lecture } from './lectures';
import { MAX_COHORT, SCENE_REGION_IDS } from '../model';

/**
 * Lecture files and links: what "Save lecture file" writes, "Open lecture file" reads and "Copy lecture link"
 * packs into a URL. A lecture is versioned JSON. Nothing in it is trusted: every field is checked by shape and
 * size here; a scenario carried by a scene is checked by the model's parser when the app applies the scene.
 * Every failure is one sentence a lecturer can act on; nothing here throws.
 */
export const LECTURE_FORMAT = 'opioid-paradox-lab/lecture';
export const LECTURE_VERSION = 1;
/** A lecture of a hundred captured scenes is a few hundred kB; anything larger is refused unread. */
export const MAX_LECTURE_CHARS = 1_000_000;
/** Far above any real lecture link; a longer one is refused before it is unpacked. */
export const MAX_ENCODED_LENGTH = 200_000;
export const MAX_CAPTION_LENGTH = 160;
export const MAX_NOTES_LENGTH = 4000;
const MAX_ID_LENGTH = 80;
const MAX_NAME_LENGTH = 80;
const MAX_EDITS = 30;
const MAX_REFERENCES = 60;
/** Keys that could reach an object's prototype if some later code merged the data: refused anywhere. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type LectureReadResult =
  { readonly ok: true; readonly lecture: Lecture } | { readonly ok: false; readonly message: string };

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
const filled = (max: number) => v.pipe(text(max), v.trim(), v.minLength(1, 'empty'));
const number = v.pipe(v.number(), v.finite(), v.minValue(-1e6), v.maxValue(1e6));
const day = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(3650));
const ids = <T extends string>(list: readonly { readonly id: T }[]) => list.map((x) => x.id);

const EditSchema = v.variant(
  'type',
  [
    v.object({
      type: v.literal('regimen.set'),
      drug: v.picklist(ids(CLINICAL_DRUGS)),
      dosePerDay: number,
      everyHours: number,
      schedule: v.picklist(SCHEDULES),
    }),
    // A lecture file written before scenario version 2 also gives the dose the app read back from a result
    // for a from-now edit: it is dropped (v.object strips unknown keys) and the model resolves the change.
    v.object({ type: v.literal('dose.change'), atDay: day, percent: number }),
    v.object({
      type: v.literal('taper.start'),
      atDay: day,
      percent: number,
      per: v.picklist(['week', 'month']),
    }),
    v.object({ type: v.literal('opioid.stop'), atDay: day }),
    v.object({
      type: v.literal('opioid.restart'),
      atDay: day,
      dosePerDay: number,
      drug: v.optional(v.picklist(ids(CLINICAL_DRUGS))),
    }),
    v.object({
      type: v.literal('drug.rotate'),
      atDay: day,
      toDrug: v.picklist(ids(CLINICAL_DRUGS)),
      reductionPercent: number,
    }),
    v.object({ type: v.literal('adjuvant.set'), kind: v.picklist(ADJUVANTS), on: v.boolean(), atDay: day }),
    v.object({ type: v.literal('mechanism.set'), mechanism: v.picklist(ids(MECHANISMS)), level: number }),
    v.object({ type: v.literal('patient.susceptibility'), value: number }),
    v.object({ type: v.literal('patient.baseline'), value: number }),
    v.object({ type: v.literal('duration.set'), days: number }),
  ],
  'not an edit the app knows',
);

const Edits = v.pipe(v.array(EditSchema), v.maxLength(MAX_EDITS, `more than ${MAX_EDITS} edits`));
/** A scenario as it stands; its content is the model's to check (the app's editor does, on use). */
const ScenarioSchema = v.object({
  title: text(MAX_NAME_LENGTH),
  scenario: v.custom<object>(
    (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
    'not a scenario object',
  ),
});

const SetupSchema = v.object({
  preset: v.optional(filled(MAX_NAME_LENGTH)),
  scenario: v.optional(ScenarioSchema),
  edits: v.optional(Edits),
  compare: v.optional(
    v.nullable(
      v.union(
        [
          v.object({ preset: filled(MAX_NAME_LENGTH), edits: v.optional(Edits) }),
          v.object({ scenario: ScenarioSchema }),
        ],
        'neither a preset nor a scenario',
      ),
    ),
  ),
  shown: v.optional(v.picklist(['a', 'b'])),
  tDays: v.optional(day),
  play: v.optional(v.boolean()),
  highlight: v.optional(v.nullable(v.picklist(SCENE_REGION_IDS))),
  chart: v.optional(v.picklist(CHART_IDS)),
});

const CLAIM_READOUTS = [
  'pain',
  'threshold',
  'allodynia',
  'painArea',
  'withdrawal',
  'toleranceFold',
  'coldPressor',
  'dose',
  ...ids(MECHANISMS),
] as const;

const ClaimPointSchema = v.object({
  side: v.optional(v.picklist(['a', 'b'])),
  day,
  window: v.optional(v.picklist(['day', 'week'])),
  curve: v.optional(
    v.object({
      panel: v.picklist(['maintained', 'acute']),
      dose: number,
      twin: v.optional(v.picklist(['patient', 'tolerance-only', 'naive'])),
    }),
  ),
});

/** What a scene's words state about its course (checked by the app's tests, carried along unchanged). */
const ClaimSchema = v.variant('kind', [
  v.object({
    kind: v.literal('value'),
    readout: v.picklist(CLAIM_READOUTS),
    quoted: text(MAX_CAPTION_LENGTH),
    at: v.pipe(v.array(ClaimPointSchema), v.maxLength(MAX_EDITS, 'too many points')),
    after: v.optional(Edits),
  }),
  v.object({
    kind: v.literal('order'),
    readout: v.picklist(CLAIM_READOUTS),
    left: ClaimPointSchema,
    op: v.picklist(['<', '>']),
    right: v.union([ClaimPointSchema, number]),
    says: text(MAX_CAPTION_LENGTH),
    after: v.optional(Edits),
    rightAfter: v.optional(Edits),
    plus: v.optional(number),
  }),
  v.object({
    kind: v.literal('cohort'),
    measure: v.picklist(['worse', 'hyperalgesia', 'tolerance-only', 'allodynia', 'below-this-patient']),
    day,
    side: v.optional(v.picklist(['a', 'b'])),
    share: filled(MAX_NAME_LENGTH),
    quoted: text(MAX_CAPTION_LENGTH),
    after: v.optional(Edits),
  }),
]);

const whole = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
/** The virtual cohort a scene opens (issue 21): its size and seed, as a link carries them. */
const CohortRefSchema = v.object({ n: whole(1, MAX_COHORT), seed: whole(0, 2 ** 32 - 1) });

/** The experiment a scene links to (#experiment=<id>): an id of the link's shape; an unknown one is said by the view. */
const ExperimentSchema = v.object({
  id: v.pipe(text(MAX_ID_LENGTH), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not an experiment id')),
  title: filled(MAX_CAPTION_LENGTH),
});

const SceneSchema = v.object({
  id: filled(MAX_ID_LENGTH),
  caption: filled(MAX_CAPTION_LENGTH),
  notes: v.optional(text(MAX_NOTES_LENGTH), ''),
  setup: SetupSchema,
  claims: v.optional(v.pipe(v.array(ClaimSchema), v.maxLength(MAX_EDITS, 'too many claims'))),
  safety: v.optional(
    v.pipe(v.array(v.picklist(SAFETY_TAGS)), v.maxLength(MAX_EDITS, 'too many safety notes')),
  ),
  experiment: v.optional(ExperimentSchema),
  cohort: v.optional(CohortRefSchema),
});

const LectureSchema = v.object({
  id: filled(MAX_ID_LENGTH),
  title: filled(MAX_TITLE_LENGTH),
  scenes: v.pipe(
    v.array(SceneSchema),
    v.minLength(1, 'no scenes'),
    v.maxLength(MAX_SCENES, `more than ${MAX_SCENES} scenes`),
  ),
  referenceIds: v.optional(
    v.pipe(v.array(filled(MAX_ID_LENGTH)), v.maxLength(MAX_REFERENCES, 'too many references')),
  ),
});

const HeaderSchema = v.object({ format: v.string(), version: v.pipe(v.number(), v.finite()) });

const PRESET_NAMES: ReadonlySet<string> = new Set(PRESET_ENTRIES.map((p) => p.name));

/** The file's text: the format tag, the version and the lecture, readable by a person. */
export function lectureToJson(lecture: Lecture): string {
  return `${JSON.stringify(payload(lecture), null, 2)}\n`;
}

/** A file name from the lecture's title: letters, digits and dashes only. */
export function lectureFileName(lecture: Lecture): string {
  const slug = lecture.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'lecture'}.lecture.json`;
}

/** Reads a lecture file's text. */
export function readLecture(json: string): LectureReadResult {
  if (json.length > MAX_LECTURE_CHARS) return fail(say.tooLarge);
  let forbidden: string | null = null;
  let data: unknown;
  try {
    data = JSON.parse(json, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return value;
    });
  } catch {
    return fail(say.notJson);
  }
  if (forbidden !== null) return fail(say.forbiddenKey(forbidden));
  return fromData(data);
}

/** The lecture packed for a URL (lz-string, URL-safe). */
export function encodeLecture(lecture: Lecture): string {
  return LZString.compressToEncodedURIComponent(JSON.stringify(payload(lecture)));
}

/** Unpacks a lecture from a URL; the same checks as a file. */
export function decodeLecture(encoded: string): LectureReadResult {
  if (encoded.length > MAX_ENCODED_LENGTH) return fail(say.linkTooLong);
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(encoded);
  } catch {
    json = null;
  }
  if (!json) return fail(say.linkDamaged);
  return readLecture(json);
}

function payload(lecture: Lecture) {
  return { format: LECTURE_FORMAT, version: LECTURE_VERSION, ...lecture };
}

function fromData(data: unknown): LectureReadResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail(say.notLecture);
  const header = v.safeParse(HeaderSchema, data);
  if (!header.success || header.output.format !== LECTURE_FORMAT) return fail(say.wrongFormat);
  const { version } = header.output;
  if (version > LECTURE_VERSION) return fail(say.newer);
  if (version !== LECTURE_VERSION) return fail(say.older(version));
  const parsed = v.safeParse(LectureSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return fail(say.invalid(where(v.getDotPath(issue)), issue.message));
  }
  const lecture = parsed.output as Lecture;
  const seen = new Set<string>();
  for (const [i, scene] of lecture.scenes.entries()) {
    if (seen.has(scene.id)) return fail(say.invalid(`scene ${i + 1}`, `its id “${scene.id}” is used twice`));
    seen.add(scene.id);
    for (const name of [scene.setup.preset, presetOf(scene.setup.compare)])
      if (name !== undefined && !PRESET_NAMES.has(name)) return fail(say.unknownPreset(i + 1, name));
  }
  return { ok: true, lecture };
}

const presetOf = (compare: Lecture['scenes'][number]['setup']['compare']): string | undefined =>
  compare && 'preset' in compare ? compare.preset : undefined;

/** "scenes.2.setup.tDays" → "time of scene 3". */
function where(path: string | null): string {
  if (!path) return 'content';
  const parts = path.split('.');
  if (parts[0] !== 'scenes' || parts[1] === undefined) return FIELD_NAMES[parts[0] ?? ''] ?? 'content';
  const scene = Number(parts[1]) + 1;
  const field = parts.slice(2).find((p) => FIELD_NAMES[p]) ?? '';
  return FIELD_NAMES[field] ? `${FIELD_NAMES[field]} of scene ${scene}` : `scene ${scene}`;
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  id: 'id',
  title: 'title',
  scenes: 'list of scenes',
  referenceIds: 'list of references',
  caption: 'caption',
  notes: 'presenter notes',
  preset: 'preset',
  scenario: 'scenario',
  edits: 'edit',
  compare: 'comparison',
  shown: 'side shown',
  tDays: 'time',
  play: 'play setting',
  highlight: 'highlighted region',
  chart: 'chart',
  experiment: 'experiment',
};

/** Messages may quote what the input held; a quote is cut short so hostile input cannot flood the page. */
const MAX_MESSAGE = 240;

function fail(message: string): LectureReadResult {
  return {
    ok: false,
    message: message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message,
  };
}

/**
 * Everything lecture mode's UI needs from this file, in one object: the UI may import lesson types only
 * (docs/architecture.md), so the composition root passes this in (`mountLectureMode(…, { files: lectureFiles })`).
 */
export const lectureFiles = {
  toJson: lectureToJson,
  fileName: lectureFileName,
  read: readLecture,
  encode: encodeLecture,
  maxChars: MAX_LECTURE_CHARS,
  maxCaption: MAX_CAPTION_LENGTH,
  maxNotes: MAX_NOTES_LENGTH,
} as const;

export type LectureFiles = typeof lectureFiles;
