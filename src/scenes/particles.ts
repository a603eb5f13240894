import { Container, Graphics, GraphicsContext } from './pixi';
import { pointOnPath, type Path, type Point, type SceneLayout } from './layout';
import type { ScenePalette } from './palette';
import type { SceneState } from './scene-state';
import { ALLODYNIA_THRESHOLD, descendingFacilitates } from './parts/pathways';
import { clamp01 } from './parts/draw-utils';

/** Impulses are shown slower than real firing, so that a class can follow them (teaching assumption). */
const VISUAL_RATE_PER_HZ = 0.35;
const TRAVEL_SECONDS = 1.4;
const MAX_IMPULSES = 160;
const MAX_MOLECULES = 90;

interface Impulse {
  path: Path;
  s: number;
  sprite: Graphics;
}

interface Molecule {
  from: Point;
  to: Point;
  s: number;
  speed: number;
  sprite: Graphics;
}

type Stream = 'nociceptor' | 'touchFibre' | 'touchToProjection' | 'remoteFibre' | 'ascending' | 'descending';

/**
 * Travelling particles: opioid molecules drifting from the blood to their receptors (density follows the
 * concentration), and action potentials running along the fibres at rates taken from the snapshot. Off
 * when reduced motion is on. Sprites share one GraphicsContext each and are pooled, so nothing is created
 * per frame.
 */
export class ParticleLayer {
  readonly container = new Container();
  private readonly impulseShape = new GraphicsContext().circle(0, 0, 7).fill({ color: 0xffffff });
  private readonly moleculeShape = new GraphicsContext().regularPoly(0, 0, 8, 6).fill({ color: 0xffffff });
  private readonly impulses: Impulse[] = [];
  private readonly molecules: Molecule[] = [];
  private readonly pool: Graphics[] = [];
  private readonly owed: Record<Stream, number> = {
    nociceptor: 0,
    touchFibre: 0,
    touchToProjection: 0,
    remoteFibre: 0,
    ascending: 0,
    descending: 0,
  };
  private seed = 1;

  /** Advances every particle by dt seconds and spawns new ones for the current state. */
  step(dt: number, layout: SceneLayout, palette: ScenePalette, state: SceneState): void {
    const f = state.firing;
    const spread = clamp01(state.painAreaFraction);
    const rates: Record<Stream, number> = {
      nociceptor: f.nociceptor,
      touchFibre: f.touchFibre,
      touchToProjection: state.allodynia > ALLODYNIA_THRESHOLD ? f.touchFibre : 0,
      remoteFibre: state.painSpread ? f.nociceptor * spread : 0,
      ascending: f.projectionNeuron,
      descending: state.removed.has('rvm') ? 0 : Math.max(f.rvmOn, f.rvmOff),
    };
    const colors: Record<Stream, number> = {
      nociceptor: palette.pain,
      touchFibre: palette.inhibition,
      touchToProjection: palette.pain,
      remoteFibre: palette.pain,
      ascending: palette.pain,
      descending: descendingFacilitates(state) ? palette.facilitation : palette.inhibition,
    };
    for (const stream of Object.keys(rates) as Stream[]) {
      this.owed[stream] += Math.max(0, rates[stream]) * VISUAL_RATE_PER_HZ * dt;
      while (this.owed[stream] >= 1 && this.impulses.length < MAX_IMPULSES) {
        this.owed[stream] -= 1;
        const sprite = this.take(this.impulseShape, colors[stream]);
        this.impulses.push({ path: layout.paths[stream], s: 0, sprite });
      }
      this.owed[stream] = Math.min(this.owed[stream], 1);
    }
    this.moveImpulses(dt);
    this.moveMolecules(dt, layout, palette, state);
  }

  private moveImpulses(dt: number) {
    for (let i = this.impulses.length - 1; i >= 0; i -= 1) {
      const impulse = this.impulses[i];
      if (!impulse) continue;
      impulse.s += dt / TRAVEL_SECONDS;
      if (impulse.s >= 1) {
        this.give(impulse.sprite);
        this.impulses.splice(i, 1);
        continue;
      }
      const p = pointOnPath(impulse.path, impulse.s);
      impulse.sprite.position.set(p.x, p.y);
    }
  }

  private moveMolecules(dt: number, layout: SceneLayout, palette: ScenePalette, state: SceneState) {
    const wanted = Math.round(
      MAX_MOLECULES * clamp01(state.concentrationRelative / (1 + state.concentrationRelative)),
    );
    while (this.molecules.length < wanted) this.molecules.push(this.spawnMolecule(layout, palette));
    for (const extra of this.molecules.splice(wanted)) this.give(extra.sprite);
    for (const m of this.molecules) {
      m.s += dt * m.speed;
      if (m.s >= 1) Object.assign(m, this.spawnMolecule(layout, palette, m.sprite));
      const wobble = Math.sin((m.s + m.speed) * 12) * 6;
      m.sprite.position.set(
        m.from.x + (m.to.x - m.from.x) * m.s + wobble,
        m.from.y + (m.to.y - m.from.y) * m.s,
      );
    }
  }

  private spawnMolecule(layout: SceneLayout, palette: ScenePalette, reuse?: Graphics): Molecule {
    const v = layout.bloodVessel;
    const toRvm = this.random() < 0.35;
    const target = toRvm ? layout.regions.rvm : layout.regions.tolerance;
    const sprite = reuse ?? this.take(this.moleculeShape, palette.opioid);
    sprite.tint = palette.opioid;
    return {
      from: { x: v.x0 + (v.x1 - v.x0) * this.random(), y: v.y },
      to: { x: target.x + target.width * this.random(), y: target.y + target.height * this.random() },
      s: 0,
      speed: 0.25 + 0.2 * this.random(),
      sprite,
    };
  }

  /** Removes every particle (reduced motion switched on, or a new theme). */
  clear(): void {
    for (const i of this.impulses) this.give(i.sprite);
    for (const m of this.molecules) this.give(m.sprite);
    this.impulses.length = 0;
    this.molecules.length = 0;
  }

  get count(): number {
    return this.impulses.length + this.molecules.length;
  }

  destroy(): void {
    this.clear();
    for (const sprite of this.pool.splice(0)) sprite.destroy();
    this.container.destroy({ children: true });
    this.impulseShape.destroy();
    this.moleculeShape.destroy();
  }

  private take(shape: GraphicsContext, tint: number): Graphics {
    const sprite = this.pool.pop() ?? new Graphics(shape);
    if (sprite.context !== shape) sprite.context = shape;
    sprite.tint = tint;
    sprite.visible = true;
    this.container.addChild(sprite);
    return sprite;
  }

  private give(sprite: Graphics) {
    sprite.visible = false;
    this.container.removeChild(sprite);
    this.pool.push(sprite);
  }

  /** A tiny seeded generator: the animation looks random but is the same on every run. */
  private random(): number {
    this.seed = (this.seed * 16807) % 2147483647;
    return (this.seed - 1) / 2147483646;
  }
}
