// The scene's one door to pixi.js. The values come from pixi's own modules (`pixi-lib/…`, an alias of
// node_modules/pixi.js/lib/ set in vite.config.ts and tsconfig.base.json), not from the package's barrel:
// through the barrel the bundler keeps the WebGPU renderer's systems, video and asset loaders and more in the
// first chunk, though this app never starts them — about 25 KB gzip before app-ready (issue 9's budget).
// Types may still be imported from 'pixi.js' (they are erased).
import { DefaultBatcher } from 'pixi-lib/rendering/batcher/shared/DefaultBatcher';
import { CanvasTextMetrics } from 'pixi-lib/scene/text/canvas/CanvasTextMetrics';

export { Application } from 'pixi-lib/app/Application';
export { Color } from 'pixi-lib/color/Color';
export { Container } from 'pixi-lib/scene/container/Container';
export { Graphics } from 'pixi-lib/scene/graphics/shared/Graphics';
export { GraphicsContext } from 'pixi-lib/scene/graphics/shared/GraphicsContext';
export { Text } from 'pixi-lib/scene/text/Text';
export { isWebGLSupported } from 'pixi-lib/utils/browser/isWebGLSupported';
export { CanvasTextMetrics };

/**
 * pixi remembers the measurements of the last 1000 texts it drew. The scene's captions carry live values
 * ("Glia · 13%"), so during play that cache fills with captions never shown again (about 0.6 MB). The scene
 * shows about 20 captions at a time: 200 is plenty. (A private static of pixi 8: checked by the scene's
 * browser test, so an upgrade that renames it is noticed.)
 */
export const TEXT_MEASUREMENT_CACHE = 200;
const measured = (CanvasTextMetrics as unknown as { _measurementCache?: { max: number } })._measurementCache;
if (measured) measured.max = TEXT_MEASUREMENT_CACHE;

/**
 * pixi 8's text system keeps a table of the textures of the texts on screen, keyed by text, style and
 * resolution. When a text stops being shown its entry is set to null, not deleted, so the table keeps a key
 * for every caption ever drawn; captions with live values make that a slow leak (about 200 KB per 50 scenario
 * switches of play, found by `npm run leak`). This deletes the emptied entries; it returns how many. (A
 * private field of pixi 8: the scene's browser test checks that it is still there.)
 */
export function pruneTextTextures(renderer: unknown): number {
  const system = (renderer as { canvasText?: { _activeTextures?: Record<string, unknown> } }).canvasText;
  const table = system?._activeTextures;
  if (!table) return 0;
  let pruned = 0;
  for (const key of Object.keys(table)) {
    if (table[key] !== null) continue;
    Reflect.deleteProperty(table, key);
    pruned += 1;
  }
  return pruned;
}

/**
 * pixi makes its batcher's shader once per page, at the first render, even on the Canvas renderer: it
 * assembles the shader sources and opens a small WebGL context to read the GPU's float precision (the
 * "shared test context" `npm run leak` sets aside). That was ~50 ms of the first picture's frame at 4× CPU
 * slowdown (step 14). Made beforehand, it is a startup step of its own; the batcher made here is dropped,
 * the shader stays pixi's.
 */
export function prepareBatcher(renderer: {
  readonly limits: { readonly maxBatchableTextures: number };
}): void {
  new DefaultBatcher({ maxTextures: renderer.limits.maxBatchableTextures });
}
