import { afterEach, describe, expect, it } from 'vitest';
import { findPreset, MECHANISM_IDS, snapshotAt } from '../../src/model';
import { simulate } from '../../src/model/run';
import { sceneStateFromSnapshot } from '../../src/scenes/from-snapshot';
import { layoutScene } from '../../src/scenes/layout';
import { hardwareWebGL } from '../../src/scenes/webgl-probe';
import {
  Application,
  CanvasTextMetrics,
  pruneTextTextures,
  Text,
  TEXT_MEASUREMENT_CACHE,
} from '../../src/scenes/pixi';
import {
  coverage,
  drawAndCapture,
  meanLuminance,
  mountScene,
  nextFrames,
  settledFrames,
  regionRectCss,
  withLevels,
  type Mounted,
} from './scene-harness';

type SceneProbe = ReturnType<Mounted['scene']['probe']>;

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('pathway scene in Chromium', () => {
  it("drops the keys pixi's text system leaves for texts no longer shown (a private field of pixi 8)", async () => {
    const app = new Application();
    await app.init({
      width: 200,
      height: 50,
      preference: 'canvas',
      skipExtensionImports: true,
      autoStart: false,
    });
    const text = new Text({ text: 'Glia · 0%' });
    app.stage.addChild(text);
    for (let i = 1; i <= 30; i += 1) {
      text.text = `Glia · ${i}%`;
      app.render();
    }
    const table = (app.renderer as unknown as { canvasText: { _activeTextures: Record<string, unknown> } })
      .canvasText._activeTextures;
    const emptied = Object.values(table).filter((entry) => entry === null).length;
    expect(emptied).toBeGreaterThanOrEqual(29);
    expect(pruneTextTextures(app.renderer)).toBe(emptied);
    expect(Object.keys(table)).toEqual([expect.stringContaining('Glia · 30%')]);
    app.render();
    app.destroy(true);
  });

  it("keeps pixi's text-measurement cache small (a private static of pixi 8)", () => {
    const cache = (CanvasTextMetrics as unknown as { _measurementCache?: { max: number } })._measurementCache;
    expect(cache?.max).toBe(TEXT_MEASUREMENT_CACHE);
  });

  it('starts a WebGL renderer and draws a picture', async () => {
    mounted = await mountScene();
    expect(mounted.scene.rendererName).toBe('webgl');
    const image = await drawAndCapture(mounted, withLevels({}));
    expect(coverage(image)).toBeGreaterThan(0.1);
  });

  it('draws no frame while paused (behind a view that covers the workspace), and draws again when resumed', async () => {
    mounted = await mountScene();
    const { scene } = mounted;
    await nextFrames(3);
    expect(scene.probe().running).toBe(true);
    scene.setPaused(true);
    const paused = scene.probe().frames;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(scene.probe()).toMatchObject({ running: false, frames: paused });
    scene.setPaused(false);
    await nextFrames(3);
    expect(scene.probe().running).toBe(true);
    expect(scene.probe().frames).toBeGreaterThan(paused);
  });

  it('as the app starts it (avoidSoftwareWebGL), a software WebGL gives way to the Canvas renderer', async () => {
    const hardware = hardwareWebGL(document);
    mounted = await mountScene(960, 540, { avoidSoftwareWebGL: true });
    // Headless Chromium here has SwiftShader: the Canvas renderer. A browser with a GPU keeps WebGL.
    expect(mounted.scene.rendererName).toBe(hardware ? 'webgl' : 'canvas');
    expect(coverage(await drawAndCapture(mounted, withLevels({})))).toBeGreaterThan(0.1);
  });

  for (const theme of ['default', 'projector']) {
    it(`each mechanism region gets brighter or darker with its level (${theme} theme)`, async () => {
      mounted = await mountScene(960, 540, { theme });
      const layout = layoutScene(960, 540);
      const at = (level: number) =>
        drawAndCapture(
          mounted!,
          withLevels(
            { nmda: level, rvm: level, glia: level, dynorphin: level, hcn2: level },
            {
              firing: { nociceptor: 2, touchFibre: 4, projectionNeuron: 2, rvmOn: 20 * level, rvmOff: 6 },
            },
          ),
        );
      const [zero, half, one] = [await at(0), await at(0.5), await at(1)];
      for (const id of MECHANISM_IDS) {
        const rect = regionRectCss(layout, id);
        const l0 = meanLuminance(zero, rect, 960);
        const l5 = meanLuminance(half, rect, 960);
        const l1 = meanLuminance(one, rect, 960);
        expect(Math.abs(l1 - l0), `${id}: level 0 and level 1 look alike`).toBeGreaterThan(0.02);
        // Half way up, the region has moved at least 15 % of the way from level 0 to level 1.
        expect((l5 - l0) / (l1 - l0), `${id}: level 0.5 is not between 0 and 1`).toBeGreaterThan(0.15);
      }
    });
  }

  for (const theme of ['default', 'projector']) {
    it(`oih-escalation week 0 → week 8: every mechanism region moves with its level (≥ half its share of the level-0→1 range, ≥ 10 %) (${theme})`, async () => {
      const result = simulate(findPreset('oih-escalation')!.scenario);
      const week0 = sceneStateFromSnapshot(snapshotAt(result, 0));
      const week8 = sceneStateFromSnapshot(snapshotAt(result, 56));
      const allAt = (level: number) => ({
        ...week0,
        levels: { ...week0.levels, nmda: level, rvm: level, glia: level, dynorphin: level, hcn2: level },
      });
      mounted = await mountScene(960, 540, { theme });
      const layout = layoutScene(960, 540);
      const images = {
        zero: await drawAndCapture(mounted, allAt(0)),
        one: await drawAndCapture(mounted, allAt(1)),
        week0: await drawAndCapture(mounted, week0),
        week8: await drawAndCapture(mounted, week8),
      };
      for (const id of MECHANISM_IDS) {
        const rect = regionRectCss(layout, id);
        const [l0, l1, w0, w8] = [images.zero, images.one, images.week0, images.week8].map((image) =>
          meanLuminance(image, rect, 960),
        );
        const levelChange = week8.levels[id] - week0.levels[id];
        const levelMoved = Math.sign(levelChange);
        expect(levelMoved, `${id} level did not change between week 0 and week 8`).not.toBe(0);
        // Luminance moved in the direction of the level (brighter or darker, as level 0→1 does in this theme), by
        // at least half of what the level change would move on a straight line from level 0 to 1, and by at
        // least 10 % of that range so that it is visible (glia reach only about 0.2 by week 8 since issue 14).
        const moved = ((w8! - w0!) * levelMoved) / (l1! - l0!);
        console.info(
          `${theme} ${id}: level +${levelChange.toFixed(2)}, moved ${(moved * 100).toFixed(0)} % of its level-0→1 luminance range`,
        );
        const what = `${id}: week 0 ${w0} → week 8 ${w8}; level 0 ${l0}, level 1 ${l1}`;
        expect(moved, what).toBeGreaterThanOrEqual(0.5 * Math.abs(levelChange));
        expect(moved, what).toBeGreaterThanOrEqual(0.1);
      }
    });
  }

  it("draws a rat's pathway for a rat experiment: the rat, its paws and the species named; then a patient's again", async () => {
    const result = simulate(findPreset('celerier-2000-fentanyl-100')!.scenario);
    const rat = sceneStateFromSnapshot(snapshotAt(result, 0.25), { subject: 'rat', durationDays: 10 });
    const human = { ...rat, subject: 'human' as const };
    mounted = await mountScene(960, 540);
    const probe = () =>
      (
        mounted!.host.querySelector('.pathway-scene') as unknown as { sceneProbe: () => SceneProbe }
      ).sceneProbe();
    const drawn = await drawAndCapture(mounted, rat);
    // Where the scene says it drew the rat (the top-left corner, or below it when the legend covers it).
    const corner = probe().animal!;
    expect(corner.width).toBeGreaterThan(40);
    const cornerOf = async (state: typeof rat) =>
      meanLuminance(await drawAndCapture(mounted!, state), corner, 960);
    const before = await cornerOf(human);
    // The rat is drawn there (outlines and its tested paw), where a patient's scene has nothing.
    expect(Math.abs(meanLuminance(drawn, corner, 960) - before)).toBeGreaterThan(0.01);
    const shownAgain = await cornerOf(rat);
    expect(Math.abs(shownAgain - before)).toBeGreaterThan(0.01);
    const canvas = mounted.host.querySelector('canvas[data-layer="still"]');
    expect(canvas?.getAttribute('aria-label')).toMatch(/rat's pain pathway/);
    const words = (p: SceneProbe) => Object.fromEntries(p.labels.map((l) => [l.id, l.words]));
    const shown = words(probe());
    console.info(`rat captions shown: ${Object.keys(shown).join(', ')}`);
    expect(shown['species']).toBe('Rat\n(experimental animal)');
    expect(shown['skinPainful']).toBe('Hind paw (rat)');
    expect(probe().drawn).toContain('rat');
    expect(mounted.host.querySelector('[aria-live="polite"]')?.textContent).toMatch(
      /^Rat \(experimental animal\), day 0, hour 6\. /,
    );
    // Back to a patient: the corner is empty again, and nothing names a rat.
    const again = await cornerOf(human);
    expect(Math.abs(again - before)).toBeLessThan(0.002);
    expect(probe().animal).toBeNull();
    expect(words(probe())['species']).toBeUndefined();
    expect(probe().drawn).not.toContain('rat');
    expect(canvas?.getAttribute('aria-label')).not.toMatch(/\brat\b/);
  });

  it('draws a knocked-out mechanism as removed and says so', async () => {
    mounted = await mountScene();
    const layout = layoutScene(960, 540);
    const rect = regionRectCss(layout, 'rvm');
    const intact = meanLuminance(await drawAndCapture(mounted, withLevels({ rvm: 0 })), rect, 960);
    const lesioned = meanLuminance(
      await drawAndCapture(mounted, withLevels({ rvm: 0 }, { removed: new Set(['rvm']) })),
      rect,
      960,
    );
    expect(Math.abs(lesioned - intact)).toBeGreaterThan(0.005);
    const button = mounted.scene.overlayElement!.querySelector<HTMLButtonElement>('[data-region="rvm"]')!;
    expect(button.getAttribute('aria-label')).toContain('removed (RVM lesioned)');
  });

  it('lets the keyboard reach and choose every mechanism region', async () => {
    mounted = await mountScene();
    const chosen: string[] = [];
    mounted.scene.onSelect((id) => chosen.push(id));
    const buttons = [...mounted.scene.overlayElement!.querySelectorAll<HTMLButtonElement>('.scene-region')];
    expect(buttons.map((b) => b.dataset['region'])).toEqual([...MECHANISM_IDS, 'tolerance']);
    for (const button of buttons) {
      button.focus();
      expect(document.activeElement).toBe(button);
      expect(button.tabIndex).toBe(0);
      button.click();
    }
    expect(chosen).toEqual([...MECHANISM_IDS, 'tolerance']);
    const tooltip = mounted.scene.overlayElement!.querySelector('[role="tooltip"]') as HTMLElement;
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain('µ-opioid receptors');
  });

  /** The pixel sizes of the text textures the still picture holds now (a private table of pixi 8). */
  const textTextureSizes = (m: Mounted): [number, number][] => {
    const still = (m.scene as unknown as { stillApp: Application | null }).stillApp;
    const table = (
      still?.renderer as unknown as {
        canvasText: {
          _activeTextures: Record<
            string,
            { texture: { source: { pixelWidth: number; pixelHeight: number } } } | null
          >;
        };
      }
    ).canvasText._activeTextures;
    return Object.values(table).flatMap((entry) =>
      entry ? [[entry.texture.source.pixelWidth, entry.texture.source.pixelHeight] as [number, number]] : [],
    );
  };

  // Lecture mode with its notes and tools open squeezes the scene to a sliver (752 × 6 px seen); captions
  // kept legible by growing as the drawing shrinks then asked pixi for a 32768 × 2048 text texture.
  for (const [width, height, dpr] of [
    [752, 6, 1],
    [6, 420, 2],
    [2, 2, 1],
    [3840, 2160, 3],
  ] as const) {
    it(`a ${width} × ${height} scene at devicePixelRatio ${dpr} asks for no texture larger than the device allows`, async () => {
      const original = window.devicePixelRatio;
      Object.defineProperty(window, 'devicePixelRatio', { value: dpr, configurable: true });
      const gl = document.createElement('canvas').getContext('webgl2');
      const deviceLimit = gl ? (gl.getParameter(gl.MAX_TEXTURE_SIZE) as number) : 4096;
      const warned: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => {
        warned.push(args.map(String).join(' '));
        warn(...args);
      };
      try {
        mounted = await mountScene(width, height, { theme: 'projector' });
        mounted.scene.updateState(withLevels({ nmda: 0.5 }, { painScore: 7, allodynia: 0.8 }));
        await settledFrames(mounted.scene);
        const sizes = textTextureSizes(mounted);
        expect(sizes.length).toBeGreaterThan(0);
        for (const [w, h] of sizes) expect(Math.max(w, h)).toBeLessThanOrEqual(deviceLimit);
        for (const canvas of mounted.host.querySelectorAll('canvas'))
          expect(Math.max(canvas.width, canvas.height)).toBeLessThanOrEqual(deviceLimit);
        expect(warned.filter((w) => /larger than/.test(w))).toEqual([]);
      } finally {
        console.warn = warn;
        Object.defineProperty(window, 'devicePixelRatio', { value: original, configurable: true });
      }
    });
  }

  for (const dpr of [1, 2, 3]) {
    it(`renders a canvas ${dpr}× the CSS size at devicePixelRatio ${dpr}`, async () => {
      const original = window.devicePixelRatio;
      Object.defineProperty(window, 'devicePixelRatio', { value: dpr, configurable: true });
      try {
        mounted = await mountScene(640, 360);
        await nextFrames(2);
        const canvases = [...mounted.host.querySelectorAll('canvas')];
        expect(canvases).toHaveLength(2);
        for (const canvas of canvases) {
          expect([canvas.width, canvas.height]).toEqual([640 * dpr, 360 * dpr]);
          expect([canvas.clientWidth, canvas.clientHeight]).toEqual([640, 360]);
        }
      } finally {
        Object.defineProperty(window, 'devicePixelRatio', { value: original, configurable: true });
      }
    });
  }
});
