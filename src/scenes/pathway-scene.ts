import type { RendererPreference } from 'pixi.js';
import {
  Application,
  Container,
  Graphics,
  isWebGLSupported,
  prepareBatcher,
  pruneTextTextures,
} from './pixi';
import type { SceneRegionId, Snapshot } from '../model';
import { sceneText } from '../content/scene';
import type { ThemeId } from '../content/themes';
import { describeScene } from './describe';
import { sceneStateFromSnapshot } from './from-snapshot';
import { layoutScene, toCss, withAnimalClear, type Rect, type SceneLayout } from './layout';
import type { LegendEntry } from '../content/scene';
import { SceneOverlay } from './overlay';
import { hardwareWebGL, isSoftwareGl } from './webgl-probe';
import { readPalette, type ScenePalette } from './palette';
import { ParticleLayer } from './particles';
import { drawBackdrop } from './parts/backdrop';
import { SceneLabels, textResolution } from './parts/labels';
import { drawMechanisms } from './parts/mechanism-glyphs';
import { drawPathways } from './parts/pathways';
import { easeTowards } from './smoothing';
import { setCaptions } from './captions';
import { mechanismsKeyOf, pathwaysKeyOf } from './redraw-keys';
import { restingSceneState, type SceneState } from './scene-state';
import { activity, sceneVisuals } from './visuals';
import { MECHANISM_IDS } from '../model';
import type { PathwayView, SceneRun } from './view';
import './scene.css';

/**
 * pixi's browser extensions (its event system, accessibility layer, DOM elements and filters) are not
 * loaded: the scene draws only graphics, text and particles, and its regions are real DOM buttons in the
 * overlay. That keeps about 16 KB gzip of script off the page before app-ready (issue 9's budget).
 */
const LEAN = { skipExtensionImports: true } as const;

export interface PathwaySceneOptions {
  /** Renderer order to try; the default falls back from WebGL to pixi's Canvas renderer. */
  readonly preference?: RendererPreference | RendererPreference[];
  /** The live description is refreshed at most this often, so screen readers are not flooded. */
  readonly describeEveryMs?: number;
  /** Multisample antialiasing; costly on software WebGL, so it can be turned off. */
  readonly antialias?: boolean;
  /**
   * Lets the page paint and answer input between the steps of mounting (the app passes its
   * `yieldToMain`); without it the steps run back to back.
   */
  readonly yieldBetweenSteps?: () => Promise<void>;
  /**
   * When `preference` is not given: if the browser's WebGL is a software one (SwiftShader, llvmpipe: no GPU),
   * draw the moving layer with pixi's Canvas renderer instead. There, starting WebGL (its renderer and
   * shaders) was the page's longest startup task, and each WebGL frame costs the main thread a copy of the
   * canvas: 4 s of play kept it 25–57 % busy on WebGL against 10–15 % on the Canvas renderer (step 14).
   * The app sets it; the scene's own tests leave it off to exercise WebGL.
   */
  readonly avoidSoftwareWebGL?: boolean;
}

/** The animated pathway, drawn with pixi.js from snapshots of the model. Implements the view interface. */
export class PixiPathwayScene implements PathwayView {
  private app: Application | null = null;
  private stillApp: Application | null = null;
  private stillRenders = 0;
  private host: HTMLElement | null = null;
  private root: HTMLDivElement | null = null;
  private overlay: SceneOverlay | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private readonly stage = new Container();
  /** Everything but the particles: it changes only when a quantized level, a caption or the layout does. */
  private readonly still = new Container();
  private stillChanged = true;
  /** The still picture's geometry changed in the last frame: paint it in this one. */
  private stillPending = false;
  private stillPainted = false;
  /** Whether the moving layer renders (from the frame after the still picture's first paint). */
  private motionStarted = false;
  /** The moving layer is drawn at most this often (0: every frame); see SOFTWARE_MOTION_MS. */
  private motionEveryMs = 0;
  private sinceMotionMs = 0;
  /** The drawing was rebuilt in the last frame; the captions follow in this one. */
  private captionsDue = false;
  private readonly backdrop = new Graphics();
  private readonly skinPain = new Graphics();
  private readonly fibres = new Graphics();
  private readonly pathways = new Graphics();
  private readonly mechanisms = new Graphics();
  private readonly highlightRing = new Graphics();
  private readonly labels = new SceneLabels();
  private readonly particles = new ParticleLayer();
  private layout: SceneLayout = layoutScene(800, 450);
  private palette: ScenePalette | null = null;
  private target: SceneState = restingSceneState;
  private shown: SceneState = restingSceneState;
  private dirty = true;
  private reducedMotion = false;
  /** Out of sight behind a view that covers the workspace: the ticker is stopped (setPaused). */
  private paused = false;
  /** Frames drawn since mount, for tests and the frame-rate bench (probe). */
  private frames = 0;
  private highlighted: SceneRegionId | null = null;
  /** The pain felt before the learner's last change (see PathwayView.showBefore). */
  private beforePain: number | null = null;
  private legend: HTMLDetailsElement | null = null;
  /** Whose static diagram is shown, when no renderer started (null: the animated scene, or none yet). */
  private fallbackSubject: SceneState['subject'] | null = null;
  private readonly selectListeners = new Set<(region: SceneRegionId) => void>();
  private lastDescribedAt = -Infinity;
  private destroyed = false;
  private unwatchPixelRatio: () => void = () => undefined;
  private pathwaysKey = '';
  /**
   * The whole still picture is to be drawn again (a new size, theme or subject, a restored context): done once,
   * at the next frame. At startup the mount, the theme and the resize observer's first report each asked for
   * it at once, three full redraws (captions measured and placed each time) within one task (step 18).
   */
  private redrawDue = false;
  /** The size, resolution and subject the layout was last made for: a report of the same changes nothing. */
  private laidOutFor = '';
  /** The longest canvas side, in device pixels, the renderer can draw (WebGL's texture limit). */
  private maxCanvasPx = GUARANTEED_CANVAS_PX;
  /** Device pixels per CSS pixel of the canvases: the screen's, unless that would pass maxCanvasPx. */
  private resolution = 1;
  private mechanismsKey = '';
  /** The theme last applied, for tests and debugging. */
  theme: ThemeId = 'default';
  /** Which renderer started ('webgl', 'webgpu', 'canvas'), or 'none' when the static diagram is shown. */
  rendererName = 'none';

  constructor(private readonly options: PathwaySceneOptions = {}) {
    this.still.addChild(
      this.backdrop,
      this.skinPain,
      this.fibres,
      this.pathways,
      this.mechanisms,
      this.labels.container,
      this.highlightRing,
    );
    this.stage.addChild(this.particles.container);
  }

  async mount(host: HTMLElement): Promise<void> {
    this.host = host;
    const document = host.ownerDocument;
    const root = document.createElement('div');
    root.className = 'pathway-scene';
    this.root = root;
    this.overlay = new SceneOverlay(document, (id) => this.select(id));
    this.overlay.setState(this.target);
    host.append(root);

    const size = { width: Math.max(1, root.clientWidth), height: Math.max(1, root.clientHeight) };
    const common = {
      ...size,
      backgroundAlpha: 0,
      autoDensity: true,
      resolution: window.devicePixelRatio || 1,
    };
    // Two canvases: the still picture, redrawn only when it changes, with the 2D canvas renderer; and the
    // particles, animated every frame on WebGL. A full-size WebGL redraw every frame is what software
    // renderers cannot sustain; a mostly transparent particle layer they can.
    const stillApp = new Application();
    const app = new Application();
    try {
      await stillApp.init({ ...common, ...LEAN, antialias: true, preference: 'canvas', autoStart: false });
      await this.options.yieldBetweenSteps?.();
      if (this.options.yieldBetweenSteps) {
        prepareBatcher(stillApp.renderer);
        await this.options.yieldBetweenSteps();
      }
      let preference = this.options.preference ?? ['webgl', 'canvas'];
      if (!this.options.preference && this.options.avoidSoftwareWebGL) {
        // A throwaway context names the WebGL renderer: a step of its own.
        if (!hardwareWebGL(document)) preference = 'canvas';
        await this.options.yieldBetweenSteps?.();
      } else if (this.options.yieldBetweenSteps) {
        // pixi tries a WebGL context before making its own (it remembers the answer): a step of its own.
        isWebGLSupported();
        await this.options.yieldBetweenSteps();
      }
      await app.init({
        ...common,
        ...LEAN,
        antialias: this.options.antialias ?? true,
        preference,
        autoStart: true,
      });
    } catch (error) {
      console.warn('Pathway scene: no renderer could start; showing the static diagram.', error);
      for (const a of [stillApp, app]) if (a.renderer) destroyApp(a);
      if (!this.destroyed) await this.showFallback(root);
      return;
    }
    if (this.destroyed) {
      destroyApp(stillApp);
      destroyApp(app);
      return;
    }
    this.app = app;
    this.stillApp = stillApp;
    this.maxCanvasPx = maxCanvasPx(app);
    this.rendererName = app.renderer.name;
    this.motionEveryMs = softwareRendered(app) ? SOFTWARE_MOTION_MS : 0;
    // Which renderer draws the moving layer, for tools and tests (`npm run leak` counts WebGL contexts by it).
    root.dataset['renderer'] = app.renderer.name;
    stillApp.canvas.dataset['layer'] = 'still';
    app.canvas.dataset['layer'] = 'motion';
    stillApp.canvas.setAttribute('role', 'img');
    stillApp.canvas.setAttribute(
      'aria-label',
      this.target.subject === 'rat' ? sceneText.rat.canvasLabel : sceneText.canvasLabel,
    );
    app.canvas.setAttribute('aria-hidden', 'true');
    app.canvas.addEventListener('webglcontextrestored', this.onContextRestored);
    // A 2D canvas can lose its context too (after a GPU reset); redraw the still picture when it returns.
    stillApp.canvas.addEventListener('contextrestored', this.onContextRestored);
    this.legend = this.createLegend(document);
    root.append(stillApp.canvas, app.canvas, this.overlay.element, this.legend);
    Object.defineProperty(root, 'sceneProbe', { value: () => this.probe(), configurable: true });
    stillApp.stage.addChild(this.still);
    app.stage.addChild(this.stage);
    // The renderers are up; the first picture (captions measured and placed) is the next step.
    await this.options.yieldBetweenSteps?.();
    if (this.destroyed) return;
    this.palette = readPalette(document.documentElement);
    this.reducedMotion ||= window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.resize(root.clientWidth, root.clientHeight);
    this.resizeObserver = new ResizeObserver(
      () => this.root && this.resize(this.root.clientWidth, this.root.clientHeight),
    );
    this.resizeObserver.observe(root);
    this.watchPixelRatio();
    app.ticker.add(this.frame);
    // frame() renders the moving layer itself (it waits for the still picture's first paint).
    app.ticker.remove(app.render, app);
    if (this.paused) app.ticker.stop();
  }

  /** Moving the window to another screen or zooming changes devicePixelRatio: re-render crisply at the new one. */
  private watchPixelRatio() {
    const ratio = window.devicePixelRatio || 1;
    const query = window.matchMedia?.(`(resolution: ${ratio}dppx)`);
    if (!query) return;
    const onChange = () => {
      query.removeEventListener('change', onChange);
      if (this.destroyed || !this.root) return;
      this.resize(this.root.clientWidth, this.root.clientHeight);
      this.watchPixelRatio();
    };
    query.addEventListener('change', onChange);
    this.unwatchPixelRatio = () => query.removeEventListener('change', onChange);
  }

  /**
   * The static diagram, with the same region buttons over it (placed as the diagram is: a 1600 × 900 drawing
   * fitted to the box) and a description that follows every update, since there is no frame loop.
   */
  private async showFallback(root: HTMLDivElement) {
    // Loaded only when WebGL and the canvas renderer both fail: most learners never fetch it.
    const { createFallbackDiagram } = await import('./fallback-diagram');
    if (this.destroyed) return;
    const overlay = this.overlay;
    this.fallbackSubject = this.target.subject;
    root.replaceChildren(createFallbackDiagram(root.ownerDocument, this.target.subject));
    if (!overlay) return;
    root.append(overlay.element);
    const fitted = layoutScene(1600, 900);
    const scale = Math.min(root.clientWidth / fitted.width, root.clientHeight / fitted.height) || 1;
    overlay.setLayout({
      ...fitted,
      scale,
      offsetX: (root.clientWidth - fitted.width * scale) / 2,
      offsetY: (root.clientHeight - fitted.height * scale) / 2,
    });
    overlay.setDescription(describeScene(this.target));
  }

  update(snapshot: Snapshot, run?: SceneRun): void {
    this.updateState(sceneStateFromSnapshot(snapshot, run));
  }

  showBefore(painScore: number | null): void {
    // To the meter's resolution (a twentieth of a point): while the clock plays the value moves every frame,
    // and the meter is redrawn only when its tick would visibly move.
    const value = painScore !== null && Number.isFinite(painScore) ? Math.round(painScore * 20) / 20 : null;
    if (value === this.beforePain) return;
    this.beforePain = value;
    this.dirty = true;
    this.pathwaysKey = '';
  }

  /** Draws a state directly (the snapshot adapter's output); test harnesses use it to pin levels. */
  updateState(state: SceneState): void {
    const newSubject = state.subject !== this.target.subject;
    // The first result is shown at once, and so is another subject's: only changes within a run glide.
    if (this.reducedMotion || this.target === restingSceneState || newSubject) this.shown = state;
    this.target = state;
    this.dirty = true;
    this.overlay?.setState(state);
    if (newSubject) this.showSubject();
    // Without a renderer there is no frame loop to refresh the description: do it here.
    if (!this.app) this.overlay?.setDescription(describeScene(state));
  }

  /** A patient's or a rat's pathway: the canvas's name, the drawing (the rat, its paws), the static diagram. */
  private showSubject() {
    const rat = this.target.subject === 'rat';
    this.stillApp?.canvas.setAttribute('aria-label', rat ? sceneText.rat.canvasLabel : sceneText.canvasLabel);
    // The description names the species at once, not at its next refresh.
    this.lastDescribedAt = -Infinity;
    // Laid out again: the rat's place, and the captions kept off it.
    if (this.root) this.resize(this.root.clientWidth, this.root.clientHeight);
    if (!this.app && this.root && this.fallbackSubject && this.fallbackSubject !== this.target.subject)
      void this.showFallback(this.root);
  }

  /** Re-reads the theme tokens; the theme itself is set on the document root by the app. */
  setTheme(theme: ThemeId): void {
    this.theme = theme;
    if (!this.host) return;
    this.palette = readPalette(this.host.ownerDocument.documentElement);
    this.particles.clear();
    this.redrawDue = true;
  }

  setReducedMotion(on: boolean): void {
    this.reducedMotion = on;
    if (on) {
      this.particles.clear();
      this.shown = this.target;
      this.dirty = true;
    }
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    const ticker = this.app?.ticker;
    if (!ticker) return;
    // A stopped ticker asks for no animation frame at all; started again, its first frame's time step is
    // measured from the restart (and frame() caps it), so nothing jumps.
    if (paused) ticker.stop();
    else ticker.start();
  }

  resize(width: number, height: number): void {
    if (!this.app || width <= 0 || height <= 0) return;
    const resolution = canvasResolution(window.devicePixelRatio || 1, width, height, this.maxCanvasPx);
    const key = `${width}×${height}@${resolution} ${this.target.subject}`;
    if (key === this.laidOutFor) return;
    this.laidOutFor = key;
    this.resolution = resolution;
    this.app.renderer.resize(width, height, this.resolution);
    this.stillApp?.renderer.resize(width, height, this.resolution);
    this.layout = layoutScene(width, height);
    for (const layer of [this.stage, this.still]) {
      layer.scale.set(this.layout.scale);
      layer.position.set(this.layout.offsetX, this.layout.offsetY);
    }
    this.overlay?.setLayout(this.layout);
    const legend = this.legendArea();
    if (this.target.subject === 'rat') {
      // A small scene's legend summary covers the top-left corner: the rat is drawn below instead. Captions
      // keep off it; a patient's scene reserves nothing, so its captions stay where they always were.
      this.layout = withAnimalClear(this.layout, legend);
      this.labels.reserve([...legend, this.layout.animal]);
    } else this.labels.reserve(legend);
    this.redrawDue = true;
  }

  /** "What am I seeing?": the summary now; its entries (legend.ts) load when it is first opened. */
  private createLegend(document: Document): HTMLDetailsElement {
    const details = document.createElement('details');
    details.className = 'scene-legend';
    const summary = document.createElement('summary');
    summary.textContent = sceneText.legendSummary;
    details.append(summary);
    details.addEventListener('toggle', () => {
      if (details.open) void import('./legend').then(({ fillLegend }) => fillLegend(details));
    });
    return details;
  }

  /** The legend's closed summary, in drawing units, so no caption goes under it. */
  private legendArea(): Rect[] {
    const summary = this.legend?.querySelector('summary');
    if (!summary || !this.root) return [];
    const box = summary.getBoundingClientRect();
    const host = this.root.getBoundingClientRect();
    const l = this.layout;
    return [
      {
        x: (box.left - host.left - l.offsetX) / l.scale - 8,
        y: (box.top - host.top - l.offsetY) / l.scale - 8,
        width: box.width / l.scale + 16,
        height: box.height / l.scale + 16,
      },
    ];
  }

  /**
   * What is on screen now, in CSS px of the scene's box: the captions shown (with their words), where every
   * moving thing is, the kinds of thing drawn and the legend's entries. For tests (reached from the scene's
   * element as `sceneProbe()`) and for debugging; nothing in the app depends on it.
   */
  probe(): {
    labels: { id: string; words: string; box: Rect; fontPx: number }[];
    moving: Rect[];
    drawn: LegendEntry[];
    legend: string[];
    legendBox: Rect | null;
    /** Where the rat is drawn, in a rat experiment. */
    animal: Rect | null;
    /** Frames drawn since mount, and whether the animation runs (not paused behind a cover). */
    frames: number;
    running: boolean;
    /** Whether the picture is drawn: nothing left to build, place or paint (a glide may still be moving). */
    settled: boolean;
  } {
    // A glide towards a new state (full motion) is motion, not work left: only its frames' redraws count.
    const gliding = this.shown !== this.target;
    const settled =
      !this.redrawDue &&
      !this.captionsDue &&
      !(this.dirty && !gliding) &&
      !this.stillChanged &&
      !this.stillPending;
    // What a frame would draw now: a redraw still due is made first, and captions still due are placed.
    if (this.redrawDue) this.redrawAll();
    if (this.captionsDue && this.palette) {
      this.captionsDue = false;
      this.drawCaptions(this.shown, this.palette);
    }
    const labels = [...this.labels.shown()].map(([id, box]) => ({
      id,
      words: this.labels.words(id),
      box: toCss(this.layout, box),
      fontPx: this.labels.fontSize(id) * this.layout.scale,
    }));
    const summary = this.legend?.querySelector('summary')?.getBoundingClientRect();
    const host = this.root?.getBoundingClientRect();
    return {
      labels,
      moving: this.particles.movingBoxes(),
      drawn: this.drawnEntries(),
      legend: [...(this.legend?.querySelectorAll<HTMLElement>('li[data-entry]') ?? [])].map(
        (li) => li.dataset['entry'] ?? '',
      ),
      animal: this.shown.subject === 'rat' ? toCss(this.layout, this.layout.animal) : null,
      frames: this.frames,
      running: this.app?.ticker.started ?? false,
      settled,
      legendBox:
        summary && host
          ? {
              x: summary.left - host.left,
              y: summary.top - host.top,
              width: summary.width,
              height: summary.height,
            }
          : null,
    };
  }

  /** The kinds of thing the picture shows now, by legend entry. */
  private drawnEntries(): LegendEntry[] {
    const state = this.shown;
    const v = sceneVisuals(state);
    const out: LegendEntry[] = [
      'anatomy',
      'receptors',
      'nmda',
      'glia',
      'dynorphin',
      'hcn2',
      'rvm',
      'painMeter',
    ];
    if (v.impulseRate.nociceptor + v.impulseRate.ascending > 0) out.push('impulses');
    if (v.impulseRate.touchFibre > 0) out.push('touch');
    if (v.moleculeCount > 0) out.push('molecules');
    if (v.descending !== 'none') out.push('descending');
    if (MECHANISM_IDS.some((id) => activity(state, id) < 0.1)) out.push('held');
    if (state.subject === 'rat') out.push('rat');
    return out;
  }

  highlight(region: SceneRegionId | null): void {
    this.highlighted = region;
    this.overlay?.highlight(region);
    this.drawHighlight();
  }

  onSelect(callback: (region: SceneRegionId) => void): () => void {
    this.selectListeners.add(callback);
    return () => this.selectListeners.delete(callback);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.resizeObserver?.disconnect();
    this.unwatchPixelRatio();
    this.selectListeners.clear();
    const app = this.app;
    this.app = null;
    if (app) {
      app.ticker.remove(this.frame);
      app.canvas.removeEventListener('webglcontextrestored', this.onContextRestored);
      app.stage.removeChild(this.stage);
    }
    const stillApp = this.stillApp;
    this.stillApp = null;
    stillApp?.stage.removeChild(this.still);
    this.labels.destroy();
    this.particles.destroy();
    this.still.destroy({ children: true, context: true });
    this.stage.destroy({ children: true, context: true });
    if (stillApp) destroyApp(stillApp);
    if (app) destroyApp(app);
    this.root?.remove();
    this.root = null;
    this.overlay?.destroy();
    this.overlay = null;
    this.legend = null;
  }

  /** The number of travelling particles now on screen (for tests and the frame-rate bench). */
  get particleCount(): number {
    return this.particles.count;
  }

  get overlayElement(): HTMLElement | null {
    return this.overlay?.element ?? null;
  }

  private select(id: SceneRegionId) {
    for (const listener of this.selectListeners) listener(id);
  }

  private readonly onContextRestored = () => {
    // The GPU lost everything: redraw all geometry on the next frame.
    this.redrawDue = true;
  };

  private readonly frame = () => {
    const app = this.app;
    if (!app || !this.palette) return;
    this.frames += 1;
    if (this.redrawDue) this.redrawAll();
    const dt = Math.min(0.1, app.ticker.deltaMS / 1000);
    this.sinceMotionMs += app.ticker.deltaMS;
    const motionDue = this.motionStarted && this.sinceMotionMs >= this.motionEveryMs;
    if (!this.reducedMotion) {
      const next = easeTowards(this.shown, this.target, dt);
      if (next !== this.shown) {
        this.shown = next;
        this.dirty = true;
      }
      if (motionDue)
        this.particles.step(Math.min(0.1, this.sinceMotionMs / 1000), this.layout, this.palette, this.shown);
    }
    // The still picture is painted one frame after its geometry was rebuilt, so that building it (captions,
    // paths) and painting it (text, fills) are two short tasks rather than one long one (step 14: the first
    // frame at startup, on a slow phone, was a task of ~270 ms).
    const paintsStill = this.stillPending;
    if (this.stillPending) {
      this.stillPending = false;
      this.stillApp?.render();
      this.stillPainted = true;
      // Every 100 redraws of the still picture, drop the text textures' emptied keys (see pixi.ts).
      if ((this.stillRenders = (this.stillRenders + 1) % 100) === 0 && this.stillApp)
        pruneTextTextures(this.stillApp.renderer);
    }
    // Captions to be placed anew after a whole redraw wait for a frame that does not also paint the still
    // picture: at startup, and after a resize or a new theme, building, painting and captioning are three
    // tasks (step 18). A new result's captions keep their place and come with the paint, as before.
    if (this.dirty && !(paintsStill && this.captionsDue && this.labels.placementDue)) this.drawState();
    if (this.stillChanged) {
      this.stillChanged = false;
      this.stillPending = true;
    }
    // The moving layer starts the frame after the still picture was first painted: its first render compiles
    // WebGL's shaders, a task of its own on a slow phone rather than a part of the first picture's.
    if (motionDue) {
      app.render();
      this.sinceMotionMs = 0;
    } else if (this.stillPainted) this.motionStarted = true;
    const now = performance.now();
    if (now - this.lastDescribedAt >= (this.options.describeEveryMs ?? 3000)) {
      this.lastDescribedAt = now;
      this.overlay?.setDescription(describeScene(this.target));
    }
  };

  private redrawAll() {
    if (!this.palette || !this.app) return;
    this.redrawDue = false;
    drawBackdrop(this.backdrop, this.fibres, this.layout, this.palette, this.target.subject);
    // The captions are restyled now and measured and placed at a later frame (drawState's captionsDue).
    this.labels.layout(this.layout, this.palette, textResolution(this.resolution, this.layout.scale), false);
    this.drawState(true);
    this.drawHighlight();
    this.stillChanged = true;
  }

  /**
   * Redraws only the layers whose picture would visibly change: geometry is rebuilt when a quantized key
   * changes (levels in 2 % steps, pain in 0.1 steps, …), not on every frame of a glide.
   */
  private drawState(force = false) {
    const palette = this.palette;
    if (!palette) return;
    this.dirty = false;
    const state = this.shown;
    // A frame that rebuilt the drawing leaves the captions (measured and placed again) to the next frame, so a
    // new result that changes both is two short tasks a frame apart, not one long one (step 14).
    if (this.captionsDue && !force) {
      this.captionsDue = false;
      this.drawCaptions(state, palette);
      this.dirty = true;
      return;
    }
    let drew = false;
    const pathwaysKey = pathwaysKeyOf(state);
    if (force || pathwaysKey !== this.pathwaysKey) {
      this.pathwaysKey = pathwaysKey;
      drawPathways(this.skinPain, this.pathways, this.layout, palette, state, this.beforePain);
      drew = true;
    }
    const mechanismsKey = mechanismsKeyOf(state);
    if (force || mechanismsKey !== this.mechanismsKey) {
      this.mechanismsKey = mechanismsKey;
      drawMechanisms(this.mechanisms, this.layout, palette, state);
      drew = true;
    }
    if (drew) this.stillChanged = true;
    if (drew) {
      this.captionsDue = true;
      this.dirty = true;
      return;
    }
    this.drawCaptions(state, palette);
  }

  private drawCaptions(state: SceneState, palette: ScenePalette) {
    // New words, or a new layout whose captions are not placed yet (redrawAll leaves that to this step).
    if (setCaptions(this.labels, state, palette) || this.labels.placementDue) {
      this.labels.arrange();
      this.stillChanged = true;
    }
  }

  private drawHighlight() {
    const g = this.highlightRing;
    g.clear();
    this.stillChanged = true;
    if (!this.highlighted || !this.palette) return;
    const r = this.layout.regions[this.highlighted];
    g.roundRect(r.x - 8, r.y - 8, r.width + 16, r.height + 16, 18).stroke({
      width: 5 * this.palette.strokeScale,
      color: this.palette.accent,
    });
  }
}

/**
 * Without a GPU (a software WebGL such as SwiftShader or llvmpipe, or pixi's canvas renderer: virtual
 * machines, remote desktops, headless browsers) every drawn frame of the moving layer costs the page's main
 * thread a copy of the canvas, ~7 ms a frame on this project's CI machine (step 14). There the moving layer
 * is drawn at 30 frames a second (every 31 ms or more), which halves that cost and keeps the page
 * responsive; with a GPU it is drawn every frame.
 */
const SOFTWARE_MOTION_MS = 31;

function softwareRendered(app: Application): boolean {
  const gl = (app.renderer as unknown as { gl?: WebGLRenderingContext }).gl;
  return !gl || isSoftwareGl(gl);
}

/** WebGL promises canvases and textures of at least this many pixels a side. */
const GUARANTEED_CANVAS_PX = 4096;

/** The renderer's own limit on a side of a texture (and so of its canvas), or the guaranteed one. */
function maxCanvasPx(app: Application): number {
  const gl = (app.renderer as unknown as { gl?: WebGLRenderingContext }).gl;
  const limit: unknown = gl?.getParameter(gl.MAX_TEXTURE_SIZE);
  return typeof limit === 'number' && limit > 0 ? limit : GUARANTEED_CANVAS_PX;
}

/**
 * Device pixels per CSS pixel for a canvas of width × height CSS pixels: the screen's ratio, lowered so that
 * neither side passes the limit (a full-screen scene on a 5K screen, or any huge box, would ask for more).
 */
export function canvasResolution(
  devicePixelRatio: number,
  width: number,
  height: number,
  limit: number,
): number {
  return Math.min(devicePixelRatio, limit / Math.max(1, width, height));
}

function destroyApp(app: Application) {
  app.destroy({ removeView: true, releaseGlobalResources: true }, { children: true, context: true });
}
