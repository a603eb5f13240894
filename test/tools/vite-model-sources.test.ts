import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/model';
import { stripModelSources, stripPresetDescriptions } from '../../tools/vite-model-sources';

/**
 * The build drops the model's documentation strings (tools/vite-model-sources.ts). The stripped tables, imported
 * as modules, hold the same numbers and words as the originals, with every source and evidence emptied.
 */
const MODEL = new URL('../../src/model/', import.meta.url);
const KEPT = new Set(['teaching assumption', 'as human']);
const TABLES = {
  'parameters/parameters-human': 'HUMAN_PARAMETERS',
  'parameters/parameters-rat': 'RAT_PARAMETERS',
  'pharmacology/drugs': 'DRUGS',
  'pharmacology/treatments': 'TREATMENTS',
} as const;

/** The value with every `source` and `evidence` string set to '' (the shared constants TA and SAME stay). */
function withoutSources(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSources);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        (k === 'source' || k === 'evidence') && typeof v === 'string' && !KEPT.has(v)
          ? ''
          : withoutSources(v),
      ]),
    );
  return value;
}

describe('the build leaves the model its numbers and drops its sources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'model-sources-'));
  copyFileSync(new URL('parameters/parameter.ts', MODEL), join(dir, 'parameter.ts'));
  for (const [name, exported] of Object.entries(TABLES)) {
    it(`${name}: the same table, its sources emptied`, async () => {
      const code = readFileSync(new URL(`${name}.ts`, MODEL), 'utf8');
      const stripped = stripModelSources(code);
      expect(stripped.length).toBeLessThan(code.length * 0.9);
      const file = join(dir, `${basename(name)}.ts`);
      writeFileSync(file, stripped);
      const original = (await import(new URL(`${name}.ts`, MODEL).href)) as Record<string, unknown>;
      const built = (await import(file)) as Record<string, unknown>;
      const a = withoutSources(original[exported]);
      const b = built[exported];
      expect(b).toEqual(a);
      expect(JSON.stringify(b)).not.toMatch(/facts #|issue 14|calibrated/);
    });
  }
});

describe('the build leaves the presets their names and scenarios and drops their descriptions', () => {
  it('the same presets, every description emptied (a learner reads src/content/preset-descriptions.ts)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-presets-'));
    // The model's own tsconfig extends one two folders up, which the copy has not.
    cpSync(MODEL, dir, { recursive: true, filter: (from) => !from.endsWith('tsconfig.json') });
    for (const name of ['clinical', 'human-experiments', 'rat']) {
      const code = readFileSync(new URL(`presets/${name}.ts`, MODEL), 'utf8');
      const stripped = stripPresetDescriptions(code);
      writeFileSync(join(dir, 'presets', `${name}.ts`), stripped);
    }
    const built = (await import(join(dir, 'presets', 'index.ts'))) as { PRESETS: typeof PRESETS };
    expect(built.PRESETS).toEqual(PRESETS.map((p) => ({ ...p, description: '' })));
  });
});
