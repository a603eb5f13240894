import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * The Experiments worker as an entry of the page's own bundle (room in the precache before issues 21 and 22).
 * Vite bundles each `new Worker(new URL('./x.worker.ts', import.meta.url))` on its own, so the Experiments
 * worker (89.7 KB) carried its own copy of the model's engine and of the science spec's bands, what-ifs and
 * measures, which the page's chunks (the engine's on-demand `run`, the Experiments view) hold already. Here the
 * worker module is emitted as a chunk of the page's build instead, and the worker is started from that
 * chunk's URL (`import.meta.ROLLDOWN_FILE_URL_…`, hashed like any chunk). A module worker imports chunks as the
 * page does, so the bundler shares a module between the page and the worker as it shares one between two of
 * the page's chunks: a chunk holds only modules that every one of its importers needs.
 *
 * Only the Experiments worker, which starts after app-ready: the model worker, made the same way, loaded nine
 * small modules a few levels deep before its first answer, and warm loads to app-ready took 130–400 ms longer
 * (vite preview, load 10–14); it stays one self-contained file (`make-worker.ts` is not transformed).
 *
 * A worker must never load the page's code (the DOM, pixi, d3): after the bundle is made, every chunk the
 * worker imports, however indirectly, is checked to hold only modules of src/model, src/science and src/app and
 * the schema library, or the build fails.
 *
 * Build only, and not the single file (mode "single" swaps the module for an inlined classic worker, which
 * cannot import chunks): the dev server starts the workers its own way.
 */
const WORKER_URL = /new URL\(\s*'(\.\/[\w.-]+\.worker\.ts)',\s*import\.meta\.url\s*\)/g;

/** What a worker's chunks may hold: the model, the science spec, the app's protocols, valibot, the runtime. */
export const WORKER_SAFE = [
  /\/src\/(model|science|app)\//,
  /\/node_modules\/valibot\//,
  /^\0/, // the bundler's own runtime helpers
];

/** The module with each worker's URL replaced by its emitted chunk's; throws if it starts no worker so. */
export function chunkedWorkers(
  code: string,
  id: string,
  emitChunk: (file: string, name: string) => string,
): string {
  let found = 0;
  const chunked = code.replace(WORKER_URL, (_match, file: string) => {
    found += 1;
    const ref = emitChunk(path.resolve(path.dirname(id), file), path.basename(file, '.ts'));
    return `import.meta.ROLLDOWN_FILE_URL_${ref}`;
  });
  if (found === 0)
    throw new Error(`workers as chunks: ${id} no longer starts its worker as this plugin expects`);
  return chunked;
}

interface ChunkLike {
  readonly type: 'chunk';
  readonly imports: readonly string[];
  readonly moduleIds: readonly string[];
}

/** The modules of a worker's chunks (its own and every chunk it imports) that a worker must not load. */
export function unsafeForWorker(
  entry: string,
  chunks: ReadonlyMap<string, ChunkLike>,
): { chunk: string; module: string }[] {
  const seen = new Set<string>();
  const todo = [entry];
  const unsafe: { chunk: string; module: string }[] = [];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const chunk = chunks.get(file);
    if (!chunk) continue;
    for (const module of chunk.moduleIds)
      if (!WORKER_SAFE.some((safe) => safe.test(module.replaceAll('\\', '/'))))
        unsafe.push({ chunk: file, module });
    todo.push(...chunk.imports);
  }
  return unsafe;
}

export const workersAsChunks = (): Plugin => {
  const workers = new Set<string>();
  return {
    name: 'opioid-paradox-lab:workers-as-chunks',
    apply: 'build',
    enforce: 'pre',
    transform: {
      filter: { id: /src\/app\/make-experiment-worker\.ts$/ },
      handler(code, id) {
        const chunked = chunkedWorkers(code, id, (file, name) => {
          workers.add(file);
          return this.emitFile({ type: 'chunk', id: file, name });
        });
        return { code: chunked, map: null };
      },
    },
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkLike>();
      for (const [file, output] of Object.entries(bundle))
        if (output.type === 'chunk') chunks.set(file, output);
      for (const [file, output] of chunks) {
        const facade = (output as { facadeModuleId?: string | null }).facadeModuleId;
        if (!facade || !workers.has(facade)) continue;
        const unsafe = unsafeForWorker(file, chunks);
        if (unsafe.length > 0)
          this.error(
            `workers as chunks: the worker ${file} would load the page's code: ${unsafe
              .slice(0, 5)
              .map((u) => `${u.module} (in ${u.chunk})`)
              .join(', ')}`,
          );
      }
    },
  };
};
