import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { rulesFromTable, parseMayImport } = require('../../tools/architecture-rules.cjs') as {
  rulesFromTable: (markdown?: string) => unknown[];
  parseMayImport: (cell: string, own: string[]) => unknown;
};
const config = require('../../.dependency-cruiser.cjs') as { forbidden: unknown[] };

const fixtureRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'import-rule');

async function violationsIn(dir: string): Promise<{ from: string; to: string; rule: string }[]> {
  const { output } = await cruise(['src'], {
    baseDir: dir,
    validate: true,
    ruleSet: { forbidden: config.forbidden } as never,
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    // The project's tsconfig (its `pixi-lib/*` path); fixtures have none.
    ...(existsSync(path.join(dir, 'tsconfig.json')) ? { tsConfig: { fileName: 'tsconfig.json' } } : {}),
  });
  return (output as ICruiseResult).summary.violations.map((v) => ({
    from: v.from,
    to: v.to.replace(/^.*node_modules\//, 'node_modules/'),
    rule: v.rule.name,
  }));
}

describe('the import rule (docs/architecture.md, "Folders")', () => {
  it('rejects a model file that imports another src folder, pixi.js, d3 or xstate', async () => {
    const found = (await violationsIn(fixtureRoot)).filter((v) => v.from === 'src/model/reaches-out.ts');
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ to: 'src/app/clock.ts', rule: 'architecture-folder' }),
        expect.objectContaining({
          to: expect.stringMatching(/^node_modules\/pixi\.js\//),
          rule: 'architecture-no-packages',
        }),
        expect.objectContaining({
          to: expect.stringMatching(/^node_modules\/d3\//),
          rule: 'architecture-no-packages',
        }),
        expect.objectContaining({
          to: expect.stringMatching(/^node_modules\/xstate\//),
          rule: 'architecture-no-packages',
        }),
      ]),
    );
    expect(found).toHaveLength(4);
  });

  it('lets the model use its schema library, and the app use the model', async () => {
    const found = await violationsIn(fixtureRoot);
    expect(found.filter((v) => v.from === 'src/model/pure.ts' || v.from === 'src/app/clock.ts')).toEqual([]);
  });

  it('lets ui import model types and the values of src/model/index.ts, but no other model values', async () => {
    const found = await violationsIn(fixtureRoot);
    expect(found.filter((v) => v.from === 'src/ui/type-import.ts')).toEqual([]);
    expect(found.filter((v) => v.from === 'src/ui/index-import.ts')).toEqual([]);
    expect(found.filter((v) => v.from === 'src/ui/value-import.ts')).toEqual([
      { from: 'src/ui/value-import.ts', to: 'src/model/pure.ts', rule: 'architecture-types-only' },
    ]);
  });

  it('rejects a package in content and a ui import in scenes', async () => {
    const found = await violationsIn(fixtureRoot);
    expect(found.filter((v) => v.from === 'src/content/uses-package.ts').map((v) => v.rule)).toEqual([
      'architecture-no-packages',
    ]);
    expect(found.filter((v) => v.from === 'src/scenes/imports-ui.ts')).toEqual([
      expect.objectContaining({ to: 'src/ui/value-import.ts', rule: 'architecture-folder' }),
    ]);
  });

  it("keeps the model's folders in layers: the engine uses a mechanism, not the reverse", async () => {
    const found = await violationsIn(fixtureRoot);
    expect(found.filter((v) => v.from.startsWith('src/model/') && v.rule === 'model-layers')).toEqual([
      { from: 'src/model/mechanisms/reaches-up.ts', to: 'src/model/engine/step.ts', rule: 'model-layers' },
    ]);
  });

  it('passes on the real src/ tree', async () => {
    expect(await violationsIn(path.resolve(fixtureRoot, '../../../..'))).toEqual([]);
  });

  it('is generated from the table, and refuses words it cannot read', () => {
    const table = (mayImport: string) =>
      `## Folders\n| Folder | Holds | May import |\n|---|---|---|\n| \`src/ui/\` | views | ${mayImport} |\n`;
    expect(rulesFromTable(table('model types, content'))).toHaveLength(2);
    expect(() => rulesFromTable(table('model, the database'))).toThrow(/cannot read "the database"/);
    expect(parseMayImport('nothing outside `src/model/` (a schema library is fine)', ['src/model/'])).toEqual(
      {
        everything: false,
        full: [],
        typeOnly: [],
        npm: ['valibot'],
      },
    );
    expect(parseMayImport('model types, values from `src/model/index.ts`, content', ['src/charts/'])).toEqual(
      {
        everything: false,
        full: ['src/model/index.ts', 'src/content/'],
        typeOnly: ['src/model/'],
        npm: 'any',
      },
    );
    expect(parseMayImport('model types (no packages)', ['src/content/'])).toEqual({
      everything: false,
      full: [],
      typeOnly: ['src/model/'],
      npm: [],
    });
  });
});
