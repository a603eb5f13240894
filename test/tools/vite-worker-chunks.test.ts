import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chunkedWorkers, unsafeForWorker } from '../../tools/vite-worker-chunks';

/**
 * The web build starts the Experiments worker from a chunk of the page's own bundle (tools/vite-worker-chunks.ts),
 * so the model's code and the science spec are shared, not copied. What the plugin does to the module that
 * starts the worker, and the check that keeps the page's code out of a worker.
 */
const APP = new URL('../../src/app/', import.meta.url);

function transformed(file: string) {
  const id = fileURLToPath(new URL(file, APP));
  const emitted: { file: string; name: string }[] = [];
  const code = chunkedWorkers(readFileSync(id, 'utf8'), id, (worker, name) => {
    emitted.push({ file: worker, name });
    return `ref${emitted.length}`;
  });
  return { code, emitted };
}

describe('the module that starts the Experiments worker', () => {
  it('starts the worker from its emitted chunk, still by its name', () => {
    const { code, emitted } = transformed('make-experiment-worker.ts');
    expect(emitted).toEqual([
      { file: fileURLToPath(new URL('experiment.worker.ts', APP)), name: 'experiment.worker' },
    ]);
    expect(code).toMatch(
      /new Worker\(import\.meta\.ROLLDOWN_FILE_URL_ref1, \{\s*type: 'module',\s*name: 'experiments'/,
    );
  });

  it('fails the build when the module no longer starts its worker as expected', () => {
    const code = "export const makeWorker = () => new Worker(new URL('./other.ts', import.meta.url));";
    expect(() => chunkedWorkers(code, '/x/src/app/make-worker.ts', () => 'ref')).toThrow(/no longer starts/);
  });
});

describe("a worker's chunks", () => {
  const chunk = (imports: string[], moduleIds: string[]) => ({ type: 'chunk' as const, imports, moduleIds });

  it('may hold the model, the science spec, the app protocols, valibot and the runtime', () => {
    const chunks = new Map([
      ['w.js', chunk(['run.js', 'runtime.js'], ['/p/src/app/simulation.worker.ts'])],
      ['run.js', chunk(['schema.js'], ['/p/src/model/engine/engine.ts', '/p/src/science/bands.ts'])],
      ['schema.js', chunk([], ['/p/node_modules/valibot/dist/index.mjs'])],
      ['runtime.js', chunk([], ['\0rolldown/runtime.js'])],
    ]);
    expect(unsafeForWorker('w.js', chunks)).toEqual([]);
  });

  it("are refused when one of them, however far down, holds the page's code", () => {
    const chunks = new Map([
      ['w.js', chunk(['run.js'], ['/p/src/app/simulation.worker.ts'])],
      ['run.js', chunk(['index.js'], ['/p/src/model/engine/engine.ts'])],
      ['index.js', chunk([], ['/p/src/main.ts', '/p/node_modules/pixi.js/lib/app/Application.mjs'])],
    ]);
    expect(unsafeForWorker('w.js', chunks)).toEqual([
      { chunk: 'index.js', module: '/p/src/main.ts' },
      { chunk: 'index.js', module: '/p/node_modules/pixi.js/lib/app/Application.mjs' },
    ]);
  });
});
