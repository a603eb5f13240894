// Helpers for the real-browser tests of the pathway scene (Chromium, vitest browser mode).
import { page } from 'vitest/browser';
import type { Rect, SceneLayout } from '../../src/scenes/layout';
import { PixiPathwayScene, type PathwaySceneOptions } from '../../src/scenes/pathway-scene';
import { restingSceneState, type SceneState } from '../../src/scenes/scene-state';
import '../../src/ui/styles/theme.css';

export interface Mounted {
  readonly scene: PixiPathwayScene;
  readonly host: HTMLElement;
  unmount(): void;
}

export async function mountScene(
  width = 960,
  height = 540,
  options: PathwaySceneOptions & { theme?: string } = {},
): Promise<Mounted> {
  document.documentElement.dataset['theme'] = options.theme ?? 'default';
  document.body.style.margin = '0';
  const host = document.createElement('div');
  Object.assign(host.style, {
    width: `${width}px`,
    height: `${height}px`,
    display: 'flex',
    background: 'var(--color-surface)',
  });
  document.body.append(host);
  const scene = new PixiPathwayScene({ describeEveryMs: 0, ...options });
  await scene.mount(host);
  scene.setReducedMotion(true);
  return {
    scene,
    host,
    unmount() {
      scene.destroy();
      host.remove();
    },
  };
}

export const nextFrames = (n = 2) =>
  new Promise<void>((resolve) => {
    const tick = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => tick(left - 1)));
    tick(n);
  });

/**
 * Waits, a frame at a time (at most `maxFrames`), until the scene's picture is the one asked for: built, its
 * captions placed and painted (the probe's `settled`). The scene spreads that work over a few frames (step 18).
 */
export async function settledFrames(scene: PixiPathwayScene, maxFrames = 60): Promise<void> {
  for (let i = 0; i < maxFrames; i += 1) {
    await nextFrames(1);
    if (scene.probe().settled) return;
  }
  throw new Error(`the scene did not settle within ${maxFrames} frames`);
}

export async function drawAndCapture(mounted: Mounted, state: SceneState): Promise<ImageData> {
  mounted.scene.updateState(state);
  await settledFrames(mounted.scene);
  const base64 = await page.screenshot({ element: mounted.host, save: false });
  const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** Mean relative luminance (0–1, sRGB weights) of the pixels inside a CSS-pixel rect of the screenshot. */
export function meanLuminance(image: ImageData, r: Rect, cssWidth: number): number {
  const k = image.width / cssWidth;
  const x0 = Math.max(0, Math.floor(r.x * k));
  const y0 = Math.max(0, Math.floor(r.y * k));
  const x1 = Math.min(image.width, Math.ceil((r.x + r.width) * k));
  const y1 = Math.min(image.height, Math.ceil((r.y + r.height) * k));
  let sum = 0;
  let n = 0;
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const i = (y * image.width + x) * 4;
      sum += (0.2126 * image.data[i]! + 0.7152 * image.data[i + 1]! + 0.0722 * image.data[i + 2]!) / 255;
      n += 1;
    }
  }
  return n ? sum / n : 0;
}

/** Share of pixels that differ clearly from the most common colour (how much of the image is drawn). */
export function coverage(image: ImageData): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < image.data.length; i += 4) {
    const key = (image.data[i]! << 16) | (image.data[i + 1]! << 8) | image.data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const background = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![1];
  return 1 - background / (image.data.length / 4);
}

export function withLevels(
  levels: Partial<SceneState['levels']>,
  extra: Partial<SceneState> = {},
): SceneState {
  return { ...restingSceneState, ...extra, levels: { ...restingSceneState.levels, ...levels } };
}

export function regionRectCss(layout: SceneLayout, id: keyof SceneLayout['regions']): Rect {
  const r = layout.regions[id];
  return {
    x: layout.offsetX + r.x * layout.scale,
    y: layout.offsetY + r.y * layout.scale,
    width: r.width * layout.scale,
    height: r.height * layout.scale,
  };
}
