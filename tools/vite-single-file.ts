/**
 * The Vite plugins that make `npm run build:single` (mode "single") one self-contained HTML file that runs
 * from disk (file://), after vite-plugin-singlefile has inlined the scripts and styles:
 *  - singleFileFlavour: swaps src/app/make-worker.ts for make-worker.single.ts and make-experiment-worker.ts for
 *    make-experiment-worker.single.ts (the model's and the Experiments view's workers inlined as classic
 *    scripts), adds pixi's no-eval polyfills to the first, and inlines the favicon;
 *  - singleFileSeal: packs the app script (packApp: gzip-compressed, run by a small bootstrap from a blob:
 *    URL), adds a Content-Security-Policy that allows exactly the inlined scripts and styles (by
 *    sha256), the packed app and the worker from blob: URLs and nothing else — no eval, no network — renames
 *    the file and prints its size.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export const SINGLE_FILE_NAME = 'opioid-paradox-lab.html';
/** The size the issue aims for. */
export const SINGLE_FILE_TARGET_BYTES = 1.2e6;

const ROOT = path.resolve(import.meta.dirname, '..');
const MAKE_WORKER_SINGLE = path.join(ROOT, 'src/app/make-worker.single.ts');
/** Each module that starts a worker, and the single file's version of it. */
const SINGLE_FILE_SWAPS = new Map([
  [path.join(ROOT, 'src/app/make-worker.ts'), MAKE_WORKER_SINGLE],
  [
    path.join(ROOT, 'src/app/make-experiment-worker.ts'),
    path.join(ROOT, 'src/app/make-experiment-worker.single.ts'),
  ],
]);

export function singleFileFlavour(): Plugin {
  return {
    name: 'opioid-paradox-lab:single-file-flavour',
    enforce: 'pre',
    resolveId: {
      // The filter keeps the bundler from calling this for every other import.
      filter: { id: /make-(experiment-)?worker$/ },
      async handler(source, importer, options) {
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        return (resolved && SINGLE_FILE_SWAPS.get(resolved.id)) ?? null;
      },
    },
    // The file's policy forbids eval, and pixi compiles shader and uniform code with `new Function` unless
    // this is loaded before a renderer starts. Added here rather than in src/ because only this build needs
    // it (and the import rule's resolver does not read package "exports").
    transform: {
      filter: { id: /make-worker\.single\.ts$/ },
      handler(code, id) {
        if (id !== MAKE_WORKER_SINGLE) return null;
        return { code: `import 'pixi.js/unsafe-eval';\n${code}`, map: null };
      },
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const favicon = readFileSync(path.join(ROOT, 'public/favicon.svg'));
        const dataUrl = `data:image/svg+xml;base64,${favicon.toString('base64')}`;
        return html
          .replace('href="./favicon.svg"', `href="${dataUrl}"`)
          .replace(/\s*<link rel="apple-touch-icon"[^>]*>/, '');
      },
    },
  };
}

/*
 * The packed app (issue 20). The bundled app, 1.27 MB of JavaScript with the Experiments view, is stored
 * gzip-compressed and base64-encoded (0.52 MB) in a data block — a <script> of a type the browser never runs —
 * and a small inline bootstrap inflates it with the browser's own DecompressionStream('gzip') and runs it as a
 * module from a blob: URL. The file stays one file that runs from disk with no network; its policy (below)
 * allows the bootstrap by hash and scripts from blob: URLs, which only an allowed script can make; no eval.
 *
 * Why the whole script and not parts of it: the view adds 128 KB to a file that was 1.197 MB against its
 * 1.2 MB gate, and what could be cut or compressed part by part (the model worker's inlined code, 26 KB
 * gzipped; pixi's WebGPU renderer, which the app never starts, ~50 KB; workbox-window, 6 KB) is ~85 KB.
 *
 * DecompressionStream: Chromium 80, Firefox 113, Safari 16.4; an older browser is told so in the page.
 */

/** The id of the data block that holds the packed app. */
export const PACKED_APP_ID = 'packed-app';

/** The one module script vite-plugin-singlefile leaves in the page: the whole app. */
const APP_SCRIPT = /<script type="module"[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The bootstrap, an inline module (it runs once the page is parsed, so #app exists). `notice` is said in the
 * page if the browser cannot inflate or run the app; the error still reaches the console.
 */
export function bootScript(notice: string): string {
  return `
const app = document.getElementById('app');
try {
  const packed = atob(document.getElementById(${JSON.stringify(PACKED_APP_ID)}).textContent.trim());
  const bytes = new Uint8Array(packed.length);
  for (let i = 0; i < packed.length; i += 1) bytes[i] = packed.charCodeAt(i);
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  const code = await new Response(inflated).text();
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  await import(url);
  URL.revokeObjectURL(url);
} catch (error) {
  const p = document.createElement('p');
  p.textContent = ${JSON.stringify(notice)};
  p.style.cssText = 'margin: 1rem; max-width: 60ch';
  app.replaceChildren(p);
  throw error;
}
`;
}

/** Replaces the page's app script with its packed data block and the bootstrap that runs it. */
export function packApp(html: string, notice: string): string {
  const scripts = [...html.matchAll(APP_SCRIPT)];
  if (scripts.length !== 1) throw new Error(`single file: ${scripts.length} app scripts to pack, not one`);
  const [whole, code = ''] = scripts[0]!;
  const packed = gzipSync(Buffer.from(code, 'utf8'), { level: 9 }).toString('base64');
  const block = `<script type="application/gzip" data-encoding="base64" id="${PACKED_APP_ID}">${packed}</script>`;
  const boot = `<script type="module">${bootScript(notice)}</script>`;
  return html.replace(whole, () => `${block}\n    ${boot}`);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A <script> the browser runs: no type, or a JavaScript or module type (not a data block such as the packed app). */
const runs = (attributes: string) => {
  const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.trim().toLowerCase();
  return !type || type === 'module' || type === 'text/javascript';
};

/** The hashes of every inline element `tag` (script or style), over its exact text as the browser sees it. */
function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  // Scripts may hold text that looks like a <style> tag; styles are looked for outside them.
  if (tag === 'style') html = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  const pattern = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi');
  const hashes: string[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(pattern)) {
    if (/\bsrc\s*=/.test(attributes)) throw new Error(`single file: a <${tag}> still loads a file`);
    if (tag === 'script' && !runs(attributes)) continue;
    hashes.push(sha256(text));
  }
  return [...new Set(hashes)];
}

/**
 * The single file's policy: only what it carries runs; it reaches for no network at all. A page with a packed
 * app (packApp) also allows scripts from blob: URLs, which only its allowed bootstrap can make, from
 * the file's own bytes.
 */
export function singleFilePolicy(html: string): string {
  const scripts = inlineHashes(html, 'script');
  const styles = inlineHashes(html, 'style');
  if (scripts.length === 0) throw new Error('single file: no inline script to allow');
  const packed = html.includes(`id="${PACKED_APP_ID}"`);
  return [
    "default-src 'none'",
    `script-src ${[...scripts, ...(packed ? ['blob:'] : [])].join(' ')}`,
    'worker-src blob:',
    `style-src ${styles.length ? styles.join(' ') : "'none'"}`,
    // Style attributes (chart exports copy computed styles onto their SVG) cannot run code.
    "style-src-attr 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Puts the policy first in <head>, before any script, so it governs all of them. */
export function sealSingleFile(html: string): string {
  if (/http-equiv="Content-Security-Policy"/i.test(html)) throw new Error('single file: already sealed');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(html)}" />`;
  const sealed = html.replace(/<meta charset="UTF-8"\s*\/?>/i, (charset) => `${charset}\n    ${meta}`);
  if (sealed === html) throw new Error('single file: no <meta charset> to put the policy after');
  return sealed;
}

/** `notice`: said in the page where the browser cannot unpack the app (src/content/deploy-words.ts). */
export function singleFileSeal(notice: string): Plugin {
  let outDir = '';
  return {
    name: 'opioid-paradox-lab:single-file-seal',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const from = path.join(outDir, 'index.html');
      const to = path.join(outDir, SINGLE_FILE_NAME);
      const html = packApp(readFileSync(from, 'utf8'), notice);
      writeFileSync(from, sealSingleFile(html));
      renameSync(from, to);
      const bytes = statSync(to).size;
      const verdict = bytes <= SINGLE_FILE_TARGET_BYTES ? 'within' : 'OVER';
      console.log(
        `\nsingle file: ${path.relative(ROOT, to)} — ${(bytes / 1e6).toFixed(2)} MB (${bytes} bytes), ${verdict} the ${SINGLE_FILE_TARGET_BYTES / 1e6} MB target`,
      );
    },
  };
}
