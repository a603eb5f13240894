import { Application, Container, Graphics, type RendererPreference } from 'pixi.js';
import type { Snapshot } from '../model';
import { mechanismText } from '../content/mechanisms';
import { sceneText } from '../content/scene';
import { describeScene } from './describe';
import { createFallbackDiagram } from './fallback-diagram';
import { sceneStateFromSnapshot } from './from-snapshot';
import { layoutScene, type SceneLayout } from './layout';
import { SceneOverlay } from './overlay';
import { readPalette, type ScenePalette } from './palette';
import { ParticleLayer } from './particles';
import { drawBackdrop } from './parts/backdrop';
import { SceneLabels } from './parts/labels';
import { drawMechanisms } from './parts/mechanism-glyphs';
import { ALLODYNIA_THRESHOLD, SPREAD_THRESHOLD, descendingFacilitates, drawPathways } from './parts/pathways';
import { easeTowards } from './smoothing';
import { restingSceneState, type SceneState } from './scene-state';
import type { PathwayView, SceneRegionId, ThemeName } from './view';
import './scene.css';

export interface PathwaySceneOptions {
  /** Renderer order to try; the default falls back from WebGL to pixi's Canvas renderer. */
  readonly preference?: RendererPreference | RendererPreference[];
  /** The live description is refreshed at most this often, so screen readers are not flooded. */
  readonly describeEveryMs?: number;
}

/** The animated pathway, drawn with pixi.js from snapshots of the model. Implements the view interface. */
export class PixiPathwayScene implements PathwayView {
  private app: Application | null = null;
  private host: HTMLElement | null = null;
  private root: HTMLDivElement | null = null;
  private overlay: SceneOverlay | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private readonly stage = new Container();
  private readonly backdrop = new Graphics();
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
  private highlighted: SceneRegionId | null = null;
  private readonly selectListeners = new Set<(region: SceneRegionId) => void>();
  private lastDescribedAt = -Infinity;
  private destroyed = false;
  /** The theme last applied, for tests and debugging. */
  theme: ThemeName = 'default';
  /** Which renderer started ('webgl', 'webgpu', 'canvas'), or 'none' when the static diagram is shown. */
  rendererName = 'none';

  constructor(private readonly options: PathwaySceneOptions = {}) {
    this.stage.addChild(
      this.backdrop,
      this.pathways,
      this.mechanisms,
      this.particles.container,
      this.labels.container,
      this.highlightRing,
    );
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

    const app = new Application();
    try {
      await app.init({
        width: Math.max(1, root.clientWidth),
        height: Math.max(1, root.clientHeight),
        backgroundAlpha: 0,
        antialias: true,
        autoDensity: true,
        resolution: window.devicePixelRatio || 1,
        preference: this.options.preference ?? ['webgl', 'canvas'],
        autoStart: true,
      });
    } catch (error) {
      console.warn('Pathway scene: no renderer could start; showing the static diagram.', error);
      if (!this.destroyed) root.replaceChildren(createFallbackDiagram(document));
      return;
    }
    if (this.destroyed) {
      app.destroy({ removeView: true, releaseGlobalResources: true }, { children: true, context: true });
      return;
    }
    this.app = app;
    this.rendererName = app.renderer.name;
    app.canvas.setAttribute('role', 'img');
    app.canvas.setAttribute('aria-label', sceneText.canvasLabel);
    app.canvas.addEventListener('webglcontextrestored', this.onContextRestored);
    root.append(app.canvas, this.overlay.element);
    app.stage.addChild(this.stage);
    this.palette = readPalette(document.documentElement);
    this.reducedMotion ||= window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.resize(root.clientWidth, root.clientHeight);
    this.resizeObserver = new ResizeObserver(
      () => this.root && this.resize(this.root.clientWidth, this.root.clientHeight),
    );
    this.resizeObserver.observe(root);
    app.ticker.add(this.frame);
  }

  update(snapshot: Snapshot): void {
    this.updateState(sceneStateFromSnapshot(snapshot));
  }

  /** Draws a state directly (the snapshot adapter's output); test harnesses use it to pin levels. */
  updateState(state: SceneState): void {
    this.target = state;
    if (this.reducedMotion) this.shown = state;
    this.dirty = true;
    this.overlay?.setState(state);
  }

  /** Re-reads the theme tokens; the theme itself is set on the document root by the app. */
  setTheme(theme: ThemeName): void {
    this.theme = theme;
    if (!this.host) return;
    this.palette = readPalette(this.host.ownerDocument.documentElement);
    this.particles.clear();
    this.redrawAll();
  }

  setReducedMotion(on: boolean): void {
    this.reducedMotion = on;
    if (on) {
      this.particles.clear();
      this.shown = this.target;
      this.dirty = true;
    }
  }

  resize(width: number, height: number): void {
    if (!this.app || width <= 0 || height <= 0) return;
    this.app.renderer.resize(width, height);
    this.layout = layoutScene(width, height);
    this.stage.scale.set(this.layout.scale);
    this.stage.position.set(this.layout.offsetX, this.layout.offsetY);
    this.overlay?.setLayout(this.layout);
    this.redrawAll();
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
    this.selectListeners.clear();
    const app = this.app;
    this.app = null;
    if (app) {
      app.ticker.remove(this.frame);
      app.canvas.removeEventListener('webglcontextrestored', this.onContextRestored);
      app.stage.removeChild(this.stage);
    }
    this.labels.destroy();
    this.particles.destroy();
    this.stage.destroy({ children: true, context: true });
    app?.destroy({ removeView: true, releaseGlobalResources: true }, { children: true, context: true });
    this.root?.remove();
    this.root = null;
    this.overlay = null;
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
    this.redrawAll();
  };

  private readonly frame = () => {
    const app = this.app;
    if (!app || !this.palette) return;
    const dt = Math.min(0.1, app.ticker.deltaMS / 1000);
    if (!this.reducedMotion) {
      const next = easeTowards(this.shown, this.target, dt);
      if (next !== this.shown) {
        this.shown = next;
        this.dirty = true;
      }
      this.particles.step(dt, this.layout, this.palette, this.shown);
    }
    if (this.dirty) this.drawState();
    const now = performance.now();
    if (now - this.lastDescribedAt >= (this.options.describeEveryMs ?? 3000)) {
      this.lastDescribedAt = now;
      this.overlay?.setDescription(describeScene(this.target));
    }
  };

  private redrawAll() {
    if (!this.palette || !this.app) return;
    drawBackdrop(this.backdrop, this.layout, this.palette);
    this.labels.layout(
      this.layout,
      this.palette,
      (window.devicePixelRatio || 1) * Math.max(1, this.layout.scale),
    );
    this.drawState();
    this.drawHighlight();
  }

  private drawState() {
    const palette = this.palette;
    if (!palette) return;
    this.dirty = false;
    const state = this.shown;
    drawPathways(this.pathways, this.layout, palette, state);
    drawMechanisms(this.mechanisms, this.layout, palette, state);
    this.captionState(state, palette);
  }

  private captionState(state: SceneState, palette: ScenePalette) {
    const c = sceneText.captions;
    const set = this.labels.set.bind(this.labels);
    for (const id of [
      'vessel',
      'skinPainful',
      'drg',
      'nociceptor',
      'touchFibre',
      'cord',
      'brainstem',
      'thalamus',
      'cortex',
      'ascending',
      'rvmOn',
      'rvmOff',
    ] as const)
      set(id, c[id]);
    set('skinRemote', state.painAreaFraction > SPREAD_THRESHOLD ? c.skinRemoteSpread : c.skinRemote);
    set(
      'descending',
      state.removed.has('rvm')
        ? c.descendingRemoved
        : descendingFacilitates(state)
          ? c.descendingFacilitation
          : c.descendingInhibition,
      state.removed.has('rvm') ? palette.muted : palette.text,
    );
    set('allodynia', state.allodynia > ALLODYNIA_THRESHOLD ? c.allodynia : '');
    set('painMeter', `${c.painMeter} ${state.painScore.toFixed(1)}/10`);
    for (const id of ['nmda', 'rvm', 'glia', 'dynorphin', 'hcn2'] as const) {
      const text = mechanismText[id];
      set(
        id,
        state.removed.has(id) ? text.removedLabel : `${text.shortName} · ${levelTag(state.levels[id])}`,
        state.removed.has(id) ? palette.muted : palette.text,
      );
    }
    set('tolerance', `µ-receptors · tolerance ${levelTag(state.levels.tolerance)}`);
  }

  private drawHighlight() {
    const g = this.highlightRing;
    g.clear();
    if (!this.highlighted || !this.palette) return;
    const r = this.layout.regions[this.highlighted];
    g.roundRect(r.x - 8, r.y - 8, r.width + 16, r.height + 16, 18).stroke({
      width: 5 * this.palette.strokeScale,
      color: this.palette.accent,
    });
  }
}

/** A level as a short tag on the canvas: a percentage a class can read from the back row. */
function levelTag(level: number): string {
  return `${Math.round(Math.min(1, Math.max(0, level)) * 100)}%`;
}
