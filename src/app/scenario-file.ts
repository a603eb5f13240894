import { parseScenario, type Scenario } from '../model';

/**
 * Scenario files: what "Save scenario file" writes and "Open scenario file" reads. A file is JSON with a
 * format tag, a version, a title and the scenario; a bare scenario (as docs/scenario.md shows) opens too.
 * Nothing from a file is trusted: the scenario is validated by the model's schema like a link's.
 */
export const FILE_FORMAT = 'opioid-paradox-lab/scenario';
export const FILE_VERSION = 2;
/** File version 1 holds a version-1 scenario, which reads unchanged as version 2
 * (model/scenario/scenario-schema.ts). */
const READABLE_FILE_VERSIONS: readonly unknown[] = [1, 2];
/** A scenario file is a few kB; anything far larger is refused before it is read. */
export const MAX_FILE_BYTES = 1_000_000;

export function scenarioFile(scenario: Scenario, title: string): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, title, scenario }, null, 2)}\n`;
}

/** A file name from a title: letters, digits and dashes only. */
export function fileNameFor(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'scenario'}.oih.json`;
}

export type FileReadResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly title: string }
  | { readonly ok: false; readonly message: string };

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads a file's text. Never throws; every failure is one sentence a learner can act on. */
export function readScenarioFile(text: string, fallbackTitle: string): FileReadResult {
  if (text.length > MAX_FILE_BYTES)
    return { ok: false, message: 'The file is larger than 1 MB; a scenario file is a few kB.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'It is not a JSON file.' };
  }
  if (!isRecord(data)) return { ok: false, message: 'It holds no scenario.' };
  const wrapped = data['format'] === FILE_FORMAT;
  if (wrapped && !READABLE_FILE_VERSIONS.includes(data['version']))
    return {
      ok: false,
      message: `It was saved by a newer version of this app (file version ${String(data['version'])}; this app reads ${FILE_VERSION}).`,
    };
  const parsed = parseScenario(wrapped ? data['scenario'] : data);
  if (!parsed.ok) return { ok: false, message: `Its scenario is not valid: ${parsed.error}` };
  const title = wrapped && typeof data['title'] === 'string' ? data['title'].slice(0, 80) : fallbackTitle;
  return { ok: true, scenario: parsed.scenario, title: title.trim() || fallbackTitle };
}
