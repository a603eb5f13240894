import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const impure = [
  'export const a = document.title;',
  'export const b = window.innerWidth;',
  'export const c = Date.now();',
  'export const d = new Date();',
  'export const e = setTimeout(() => 0, 1);',
  'export const f = setInterval(() => 0, 1);',
  'export const g = Math.random();',
  'export const h = performance.now();',
].join('\n');

async function lintAs(file: string, code: string) {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.line}:${m.ruleId ?? 'parse'}`);
}

describe('lint keeps src/model pure', () => {
  it('forbids document, window, Date, timers, performance and Math.random in src/model', async () => {
    expect(await lintAs('src/model/probe.ts', impure)).toEqual([
      '1:no-restricted-globals',
      '2:no-restricted-globals',
      '3:no-restricted-globals',
      '4:no-restricted-globals',
      '5:no-restricted-globals',
      '6:no-restricted-globals',
      '7:no-restricted-properties',
      '8:no-restricted-globals',
    ]);
  });

  it('forbids importing pixi.js, d3 and xstate in src/model', async () => {
    const code = "import 'pixi.js';\nimport 'd3-scale';\nimport 'xstate';\nimport 'valibot';\n";
    expect(await lintAs('src/model/probe.ts', code)).toEqual([
      '1:no-restricted-imports',
      '2:no-restricted-imports',
      '3:no-restricted-imports',
    ]);
  });

  it('forbids the same globals and packages in src/science, which measures the model wherever it runs', async () => {
    expect(await lintAs('src/science/probe.ts', impure)).toHaveLength(8);
    expect(await lintAs('src/science/probe.ts', "import 'pixi.js';\n")).toEqual(['1:no-restricted-imports']);
  });

  it('allows the same globals outside the model', async () => {
    expect(await lintAs('src/ui/probe.ts', impure)).toEqual([]);
  });
});

describe("src/model's own tsconfig has no DOM library", () => {
  const configPath = path.join(root, 'src/model/tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error('cannot read src/model/tsconfig.json');

  function compile(code: string): string[] {
    const probe = path.join(root, 'src/model/__probe__.ts');
    const host = ts.createCompilerHost(parsed!.options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (f) => (f === probe ? code : readFile(f));
    host.fileExists = (f) => f === probe || fileExists(f);
    host.getSourceFile = (f, lang, ...rest) =>
      f === probe ? ts.createSourceFile(f, code, lang) : getSourceFile(f, lang, ...rest);
    const program = ts.createProgram([probe], parsed!.options, host);
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it('rejects document, window and setTimeout', () => {
    const errors = compile('export const x = [document.title, window.name, setTimeout(() => 0, 1)];');
    expect(errors).toEqual([
      expect.stringContaining("Cannot find name 'document'"),
      expect.stringContaining("Cannot find name 'window'"),
      expect.stringContaining("Cannot find name 'setTimeout'"),
    ]);
  });

  it('compiles plain ES2022 code', () => {
    expect(compile('export const x: number = Math.max(1, 2) + [1, 2].at(-1)!;')).toEqual([]);
  });
});
