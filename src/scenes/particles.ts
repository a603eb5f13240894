import { Container, Graphics, GraphicsContext } from './pixi';
import { moleculeDescent, pointOnPath, type Path, type Point, type Rect, type SceneLayout } from './layout';
import type { ScenePalette } from './palette';
import type { SceneState } from './scene-state';
import { NMDA_MAX, RECEPTORS, sceneVisuals, type SceneVisuals, type Stream } from './visuals';

const TRAVEL_SECONDS = 1.4;
const MAX_IMPULSES = 160;
/** Short-lived marks of the mechanisms at work: calcium, cytokines, dynorphin, pacemaker rings. */
const MAX_MARKS = 120;
const STREAMS: readonly Stream[] = [
  'nociceptor',
  'touchFibre',
  'touchToProjection',
  'remoteFibre',
  'ascending',
  'descending',
];

interface Impulse {
  path: Path;
  s: number;
  sprite: Graphics;
}

interface Molecule {
  /** Along the vessel (0–1), then down to a receptor (descending = true). */
  s: number;
  speed: number;
  lane: number;
  descending: boolean;
  from: Point;
  to: Point;
  sprite: Graphics;
}

/** A mark that moves from one point to another over its life, growing and fading as it goes. */
interface Mark {
  from: Point;
  to: Point;
  age: number;
  life: number;
  /** Scale at birth and at death (the pacemaker's ring grows). */
  grow: readonly [number, number];
  sprite: Graphics;
}

type MarkKind = 'calcium' | 'cytokine' | 'dynorphin' | 'pacemaker';

/**
 * Everything that moves, each motion standing for what the model computes (see visuals.ts): impulses along the
 * fibres at the firing rates; opioid molecules flowing in the blood and binding the µ-receptors; calcium
 * entering the pain neuron through NMDA channels; cytokines released by glia; dynorphin drifting through the
 * dorsal horn; the HCN2 pacemaker's rings at the nerve ending. A mechanism knocked out or blocked has no motion.
 * Off when reduced motion is on. Sprites share one GraphicsContext per shape and are pooled: nothing is
 * created per frame.
 */
export class ParticleLayer {
  readonly container = new Container();
  private readonly shapes = {
    impulse: new GraphicsContext().circle(0, 0, 9).fill({ color: 0xffffff }),
    plus: new GraphicsContext()
      .circle(0, 0, 11)
      .fill({ color: 0xffffff })
      .rect(-6, -1.75, 12, 3.5)
      .rect(-1.75, -6, 3.5, 12)
      .fill({ color: 0x000000, alpha: 0.55 }),
    minus: new GraphicsContext()
      .rect(-10, -10, 20, 20)
      .fill({ color: 0xffffff })
      .rect(-6, -1.75, 12, 3.5)
      .fill({ color: 0x000000, alpha: 0.55 }),
    molecule: new GraphicsContext().regularPoly(0, 0, 8, 6).fill({ color: 0xffffff }),
    dot: new GraphicsContext().circle(0, 0, 5).fill({ color: 0xffffff }),
    ring: new GraphicsContext().circle(0, 0, 10).stroke({ width: 3, color: 0xffffff }),
  };
  private readonly impulses: Impulse[] = [];
  private readonly molecules: Molecule[] = [];
  private readonly marks: Mark[] = [];
  private readonly pool: Graphics[] = [];
  private readonly owed: Record<Stream | MarkKind, number> = {
    nociceptor: 0,
    touchFibre: 0,
    touchToProjection: 0,
    remoteFibre: 0,
    ascending: 0,
    descending: 0,
    calcium: 0,
    cytokine: 0,
    dynorphin: 0,
    pacemaker: 0,
  };
  private seed = 1;

  /** Advances everything by dt seconds and starts what the current state calls for. */
  step(dt: number, layout: SceneLayout, palette: ScenePalette, state: SceneState): void {
    const v = sceneVisuals(state);
    this.startImpulses(dt, layout, palette, v);
    this.startMarks(dt, layout, palette, v);
    this.moveImpulses(dt);
    this.moveMarks(dt);
    this.moveMolecules(dt, layout, palette, v);
  }

  private startImpulses(dt: number, layout: SceneLayout, palette: ScenePalette, v: SceneVisuals) {
    for (const stream of STREAMS) {
      this.owed[stream] += v.impulseRate[stream] * dt;
      while (this.owed[stream] >= 1 && this.impulses.length < MAX_IMPULSES) {
        this.owed[stream] -= 1;
        const sprite =
          stream === 'descending'
            ? v.descending === 'facilitation'
              ? this.take(this.shapes.plus, palette.facilitation)
              : this.take(this.shapes.minus, palette.inhibition)
            : this.take(this.shapes.impulse, stream === 'touchFibre' ? palette.inhibition : palette.pain);
        this.impulses.push({ path: layout.paths[stream], s: 0, sprite });
      }
      this.owed[stream] = Math.min(this.owed[stream], 1);
    }
  }

  private startMarks(dt: number, layout: SceneLayout, palette: ScenePalette, v: SceneVisuals) {
    const { glia, dynorphin, hcn2 } = layout.regions;
    const post = layout.postsynaptic;
    const rates: Record<MarkKind, number> = {
      calcium: v.calciumRate,
      cytokine: v.gliaReleaseRate,
      dynorphin: v.dynorphinDrift > 0 ? 2 + v.dynorphinAmount / 8 : 0,
      pacemaker: v.hcn2PacemakerHz,
    };
    for (const kind of Object.keys(rates) as MarkKind[]) {
      this.owed[kind] += rates[kind] * dt;
      while (this.owed[kind] >= 1 && this.marks.length < MAX_MARKS) {
        this.owed[kind] -= 1;
        if (kind === 'calcium') {
          // Through one of the NMDA receptors on the pain neuron's left face, into the cell.
          const i = Math.floor(this.random() * v.nmdaCount);
          const angle = Math.PI * (0.6 + (0.8 * (i + 0.5)) / NMDA_MAX);
          const from = { x: post.x + 64 * Math.cos(angle), y: post.y + 64 * Math.sin(angle) };
          this.mark(this.shapes.dot, palette.nmda, from, { x: post.x - 6, y: post.y }, 0.7, [0.8, 0.6]);
        } else if (kind === 'cytokine') {
          const cell = Math.floor(this.random() * 5);
          const from = { x: glia.x + (glia.width * (cell + 0.5)) / 5, y: glia.y + glia.height / 2 };
          const to = { x: from.x + (this.random() - 0.5) * 40, y: glia.y + glia.height + 24 };
          this.mark(this.shapes.dot, palette.glia, from, to, 1.4, [0.8, 0.8]);
        } else if (kind === 'dynorphin') {
          const cx = dynorphin.x + dynorphin.width / 2;
          const y = dynorphin.y + 12 + this.random() * (dynorphin.height - 24);
          const side = this.random() < 0.5 ? -1 : 1;
          const reach = Math.min(
            dynorphin.width / 2 - 14,
            (v.dynorphinDrift / 30) * (dynorphin.width / 2 - 14),
          );
          this.mark(this.shapes.dot, palette.dynorphin, { x: cx, y }, { x: cx + side * reach, y }, 2, [1, 1]);
        } else {
          const c = { x: hcn2.x + hcn2.width / 2, y: hcn2.y + hcn2.height / 2 };
          this.mark(this.shapes.ring, palette.hcn2, c, c, 0.8, [0.8, 4]);
        }
      }
      this.owed[kind] = Math.min(this.owed[kind], 1);
    }
  }

  private mark(
    shape: GraphicsContext,
    tint: number,
    from: Point,
    to: Point,
    life: number,
    grow: readonly [number, number],
  ) {
    const sprite = this.take(shape, tint);
    sprite.position.set(from.x, from.y);
    sprite.scale.set(grow[0]);
    this.marks.push({ from, to, age: 0, life, grow, sprite });
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

  private moveMarks(dt: number) {
    for (let i = this.marks.length - 1; i >= 0; i -= 1) {
      const m = this.marks[i];
      if (!m) continue;
      m.age += dt;
      const f = m.age / m.life;
      if (f >= 1) {
        this.give(m.sprite);
        this.marks.splice(i, 1);
        continue;
      }
      m.sprite.position.set(m.from.x + (m.to.x - m.from.x) * f, m.from.y + (m.to.y - m.from.y) * f);
      m.sprite.scale.set(m.grow[0] + (m.grow[1] - m.grow[0]) * f);
      m.sprite.alpha = 1 - 0.8 * f;
    }
  }

  /**
   * Molecules flow along the vessel; as many as the receptors bound (a share of the flow equal to the bound
   * receptors' share) leave it where it passes the terminal and go down to a receptor.
   */
  private moveMolecules(dt: number, layout: SceneLayout, palette: ScenePalette, v: SceneVisuals) {
    while (this.molecules.length < v.moleculeCount) this.molecules.push(this.spawnMolecule(layout, palette));
    for (const extra of this.molecules.splice(v.moleculeCount)) this.give(extra.sprite);
    const vessel = layout.bloodVessel;
    const column = moleculeDescent(layout);
    const bindShare = v.receptorsAtSurface > 0 ? v.receptorsBound / RECEPTORS : 0;
    const along = (s: number) => vessel.x0 + 14 + (vessel.x1 - vessel.x0 - 28) * s;
    const gate = column.x + column.width / 2;
    for (const m of this.molecules) {
      const was = along(m.s);
      m.s += dt * m.speed;
      if (!m.descending) {
        const x = along(m.s);
        if (m.s >= 1) Object.assign(m, this.spawnMolecule(layout, palette, m.sprite));
        else if (was < gate && x >= gate && this.random() < bindShare) {
          m.descending = true;
          m.s = 0;
          m.from = { x: gate, y: vessel.y };
          m.to = receptorTip(layout, Math.floor(this.random() * v.receptorsAtSurface));
          m.speed = 0.9;
        } else m.sprite.position.set(x, vessel.y + m.lane);
      }
      if (m.descending) {
        if (m.s >= 1) Object.assign(m, this.spawnMolecule(layout, palette, m.sprite));
        else
          m.sprite.position.set(m.from.x + (m.to.x - m.from.x) * m.s, m.from.y + (m.to.y - m.from.y) * m.s);
      }
    }
  }

  private spawnMolecule(layout: SceneLayout, palette: ScenePalette, reuse?: Graphics): Molecule {
    const sprite = reuse ?? this.take(this.shapes.molecule, palette.opioid);
    sprite.tint = palette.opioid;
    const v = layout.bloodVessel;
    sprite.position.set(v.x0 + 14, v.y);
    return {
      s: reuse ? 0 : this.random(),
      speed: 0.12 + 0.06 * this.random(),
      lane: (this.random() - 0.5) * 16,
      descending: false,
      from: { x: 0, y: 0 },
      to: { x: 0, y: 0 },
      sprite,
    };
  }

  /** Removes every particle (reduced motion switched on, or a new theme). */
  clear(): void {
    for (const i of this.impulses) this.give(i.sprite);
    for (const m of this.molecules) this.give(m.sprite);
    for (const m of this.marks) this.give(m.sprite);
    this.impulses.length = 0;
    this.molecules.length = 0;
    this.marks.length = 0;
  }

  get count(): number {
    return this.impulses.length + this.molecules.length + this.marks.length;
  }

  /** Where every moving thing is now, in the coordinates of the canvas (CSS px): for the scene's probe. */
  movingBoxes(): Rect[] {
    return this.container.children
      .filter((c) => c.visible)
      .map((c) => {
        const b = c.getBounds();
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      });
  }

  destroy(): void {
    this.clear();
    for (const sprite of this.pool.splice(0)) sprite.destroy();
    this.container.destroy({ children: true });
    for (const shape of Object.values(this.shapes)) shape.destroy();
  }

  private take(shape: GraphicsContext, tint: number): Graphics {
    const sprite = this.pool.pop() ?? new Graphics(shape);
    if (sprite.context !== shape) sprite.context = shape;
    sprite.tint = tint;
    sprite.alpha = 1;
    sprite.scale.set(1);
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

/** The binding end of the i-th µ-receptor on the terminal (as mechanism-glyphs.ts draws them). */
function receptorTip(layout: SceneLayout, i: number): Point {
  const angle = -Math.PI / 2.6 + (Math.max(0, i) / 7) * (Math.PI / 1.3);
  const { x, y } = layout.presynaptic;
  return { x: x + (48 + 29) * Math.cos(angle), y: y + (62 + 29) * Math.sin(angle) };
}
