/**
 * The Vite plugins that make `npm run build:single` (mode "single") one self-contained HTML file that runs
 * from disk (file://), after vite-plugin-singlefile has inlined the scripts and styles:
 *  - singleFileFlavour: swaps src/app/make-worker.ts for make-worker.single.ts (the model worker inlined as a
 *    classic script), adds pixi's no-eval polyfills to it, and inlines the favicon;
 *  - singleFileSeal: adds a Content-Security-Policy that allows exactly the inlined scripts and styles (by
 *    sha256), the worker from a blob: URL and nothing else — no eval, no network — renames the file and
 *    prints its size.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export const SINGLE_FILE_NAME = 'opioid-paradox-lab.html';
/** The size the issue aims for. */
export const SINGLE_FILE_TARGET_BYTES = 1.2e6;

const ROOT = path.resolve(import.meta.dirname, '..');
const MAKE_WORKER = path.join(ROOT, 'src/app/make-worker.ts');
const MAKE_WORKER_SINGLE = path.join(ROOT, 'src/app/make-worker.single.ts');

export function singleFileFlavour(): Plugin {
  return {
    name: 'opioid-paradox-lab:single-file-flavour',
    enforce: 'pre',
    resolveId: {
      // The filter keeps the bundler from calling this for every other import.
      filter: { id: /make-worker$/ },
      async handler(source, importer, options) {
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        return resolved?.id === MAKE_WORKER ? MAKE_WORKER_SINGLE : null;
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

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of every inline element `tag` (script or style), over its exact text as the browser sees it. */
function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  // Scripts may hold text that looks like a <style> tag; styles are looked for outside them.
  if (tag === 'style') html = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  const pattern = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi');
  const hashes: string[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(pattern)) {
    if (/\bsrc\s*=/.test(attributes)) throw new Error(`single file: a <${tag}> still loads a file`);
    hashes.push(sha256(text));
  }
  return [...new Set(hashes)];
}

/** The single file's policy: only what it carries runs; it reaches for no network at all. */
export function singleFilePolicy(html: string): string {
  const scripts = inlineHashes(html, 'script');
  const styles = inlineHashes(html, 'style');
  if (scripts.length === 0) throw new Error('single file: no inline script to allow');
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
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

export function singleFileSeal(): Plugin {
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
      writeFileSync(from, sealSingleFile(readFileSync(from, 'utf8')));
      renameSync(from, to);
      const bytes = statSync(to).size;
      const verdict = bytes <= SINGLE_FILE_TARGET_BYTES ? 'within' : 'OVER';
      console.log(
        `\nsingle file: ${path.relative(ROOT, to)} — ${(bytes / 1e6).toFixed(2)} MB (${bytes} bytes), ${verdict} the ${SINGLE_FILE_TARGET_BYTES / 1e6} MB target`,
      );
    },
  };
}
