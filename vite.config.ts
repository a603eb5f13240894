/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { modelSourcesStripped } from './tools/vite-model-sources.ts';
import { deployWords } from './src/content/deploy-words.ts';
import { singleFileFlavour, singleFileSeal } from './tools/vite-single-file.ts';
import { segmenterOnFirstUse } from './tools/vite-lazy-segmenter.ts';
import { workersAsChunks } from './tools/vite-worker-chunks.ts';
import { staticHeader } from './tools/vite-static-header.ts';

const APP_NAME = 'Opioid Paradox Lab';
const APP_DESCRIPTION =
  'An interactive simulation that teaches opioid-induced hyperalgesia: why opioids given for pain can make pain worse. For education, not for dosing decisions.';
/** The default theme's background and header colours (src/ui/styles/theme.css). */
const BACKGROUND = '#0e1620';
const SURFACE = '#172230';

/**
 * The offline web app: a service worker (sw.js, next to index.html) that precaches every file of the build —
 * the app, the model worker, pixi's renderer chunks, icons — and a manifest. Everything is relative, so the
 * build works from any sub-path. Updates wait for the learner (src/app/offline.ts registers it).
 */
const offlineApp = (): PluginOption =>
  VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
    manifest: {
      name: APP_NAME,
      short_name: 'Paradox Lab',
      description: APP_DESCRIPTION,
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: BACKGROUND,
      theme_color: SURFACE,
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      // With the manifest, its icons and includeAssets, this is every file of the build but the source maps.
      globPatterns: ['**/*.{js,css,html}'],
      // pixi's WebGPU renderer is a chunk of the build that the app never loads: the scene asks only for WebGL
      // or Canvas (src/scenes/pathway-scene.ts), and pixi imports a renderer's chunk only when it is asked for
      // (issue 20: 53 KB of the precache's 1.5 MB limit). test/e2e/offline.spec.ts plays the scene offline.
      globIgnores: ['**/WebGPURenderer-*.js'],
      // An old cache is removed once the new version is active; a new page load never mixes versions.
      cleanupOutdatedCaches: true,
      navigateFallback: 'index.html',
      // robots.txt (public/, for crawlers) is not precached; a visit to it is not answered with the app.
      navigateFallbackDenylist: [/\/robots\.txt$/],
      // The app reads its state from the fragment; `?embed=1` and the like still open the cached page.
      ignoreURLParametersMatching: [/.*/],
    },
  });

/**
 * The built page's Content-Security-Policy: scripts, styles, workers and fetches only from the app's own
 * origin; no inline script and no eval. pixi compiles shader and uniform code with `new Function` unless
 * 'pixi.js/unsafe-eval' is loaded before a renderer starts, so the build adds that import to make-worker.ts
 * (which main.ts imports first thing, as the single-file build does). Build only: the dev server injects
 * inline scripts for hot reload. Style attributes are allowed (style-src-attr) for chart exports; d3 and pixi set styles
 * through the CSSOM (element.style), which a policy does not govern.
 */
export const BUILT_PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Style attributes (chart exports copy computed styles onto their SVG) cannot run code; scripts stay strict.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const strictPolicy = (): Plugin => ({
  name: 'opioid-paradox-lab:strict-policy',
  apply: 'build',
  transform: {
    filter: { id: /make-worker\.ts$/ },
    handler(code) {
      return { code: `import 'pixi.js/unsafe-eval';\n${code}`, map: null };
    },
  },
  transformIndexHtml(html) {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${BUILT_PAGE_POLICY}" />`;
    const sealed = html.replace(/<meta charset="UTF-8"\s*\/?>/i, (charset) => `${charset}\n    ${meta}`);
    if (sealed === html) throw new Error('strict policy: no <meta charset> to put the policy after');
    return sealed;
  },
});

/** `pixi-lib/…` is pixi.js's own modules (see src/scenes/pixi.ts); tsconfig.base.json maps it for types. */
export const PIXI_LIB_ALIAS = [
  {
    find: /^pixi-lib\/(.*)$/,
    replacement: `${fileURLToPath(new URL('node_modules/pixi.js/lib/', import.meta.url))}$1`,
  },
];

/** Where `npm run build:scorm` (tools/build-scorm.ts) has Vite write the app it packages (mode "scorm"). */
export const SCORM_APP_DIR = 'dist-scorm/package';

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  // The SCORM 1.2 package's app (issue 22): the web app without its service worker and web-app manifest (an
  // LMS serves it from its own content path, where a worker's scope is not ours to keep; docs/deploy.md), and
  // without source maps, which would only make the upload larger.
  const scorm = mode === 'scorm';
  return {
    base: './',
    resolve: { alias: PIXI_LIB_ALIAS },
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
    build: single
      ? // One HTML file (vite-plugin-singlefile inlines everything); public/ stays out of it.
        { target: 'es2022', sourcemap: false, outDir: 'dist-single', emptyOutDir: true }
      : scorm
        ? { target: 'es2022', sourcemap: false, outDir: SCORM_APP_DIR, emptyOutDir: true }
        : { target: 'es2022', sourcemap: true },
    publicDir: single ? false : 'public',
    // The single file starts its model worker from a blob: URL, which Chromium allows only for classic workers.
    worker: { format: single ? 'iife' : 'es', plugins: () => [modelSourcesStripped()] },
    plugins: single
      ? [
          staticHeader(),
          modelSourcesStripped(),
          segmenterOnFirstUse(),
          singleFileFlavour(),
          viteSingleFile(),
          singleFileSeal(deployWords.singleFileNeedsNewerBrowser),
        ]
      : scorm
        ? [staticHeader(), modelSourcesStripped(), segmenterOnFirstUse(), strictPolicy()]
        : [
            staticHeader(),
            modelSourcesStripped(),
            segmenterOnFirstUse(),
            workersAsChunks(),
            offlineApp(),
            strictPolicy(),
          ],
    test: {
      include: ['test/**/*.test.ts'],
      exclude: ['test/e2e/**', 'test/**/*.browser.test.ts', 'node_modules/**'],
      environment: 'node',
      // DOM tests opt in with `// @vitest-environment happy-dom` at the top of the file.
      restoreMocks: true,
      // Several tests run the model over whole courses, import-rule runs dependency-cruiser over src/. In cold
      // runs on the busy 2-core machine (issue 19) such tests took 5–20 s, and vitest's default of 5 s failed
      // them at random. 30 s is headroom for a busy machine, not a looser check.
      testTimeout: 30_000,
      hookTimeout: 30_000,
      // A test that passes only when retried hides a real regression: never retried (issue 19).
      retry: 0,
    },
  };
});
