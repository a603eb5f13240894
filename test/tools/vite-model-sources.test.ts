import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripModelSources } from '../../tools/vite-model-sources';

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
