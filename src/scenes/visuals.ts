import type { MechanismId } from '../model';
import type { SceneState } from './scene-state';

/** Above this, light touch hurts (the model's allodynia readout, step 2). */
export const ALLODYNIA_THRESHOLD = 0.5;

/** Impulses are shown slower than real firing, so that a class can follow them (teaching assumption). */
export const VISUAL_RATE_PER_HZ = 0.35;

/** The paths impulses travel. */
export type Stream =
  'nociceptor' | 'touchFibre' | 'touchToProjection' | 'remoteFibre' | 'ascending' | 'descending';

/** µ-opioid receptors drawn on the nociceptor's terminal when none are withdrawn. */
export const RECEPTORS = 8;
/** NMDA receptors drawn on the pain neuron at level 0 and at level 1. */
export const NMDA_MIN = 3;
export const NMDA_MAX = 12;
/** Opioid molecules in the blood at a very high concentration. */
export const MAX_MOLECULES = 40;

/**
 * What the scene shows, as numbers: each is a function of the snapshot value it stands for and nothing else, so
 * that more of a thing in the model is always more of it on screen (held by test/scenes/visuals.test.ts). The
 * mapping constants are teaching assumptions of the picture, not of the model.
 */
export interface SceneVisuals {
  /** Impulses started per second on each path: the model's firing rate × VISUAL_RATE_PER_HZ. */
  readonly impulseRate: Readonly<Record<Stream, number>>;
  /** What the descending pulses carry: ON cells winning (facilitation), OFF cells (inhibition), or none. */
  readonly descending: 'facilitation' | 'inhibition' | 'none';
  /** NMDA receptors on the pain neuron (NMDA_MIN–NMDA_MAX), and how wide their channels open (0–1). */
  readonly nmdaCount: number;
  readonly nmdaOpening: number;
  /** Calcium entering the pain neuron through NMDA channels, dots per second: zero when NMDA is removed. */
  readonly calciumRate: number;
  /** Radius of a glial cell body (logical units), and the cytokines it releases per second. */
  readonly gliaSize: number;
  readonly gliaReleaseRate: number;
  /** Dynorphin dots in the dorsal horn, the share of the pool's width they have spread over, their drift speed. */
  readonly dynorphinAmount: number;
  readonly dynorphinSpread: number;
  readonly dynorphinDrift: number;
  /** The nociceptor ending's pacemaker (HCN2): rings per second. */
  readonly hcn2PacemakerHz: number;
  /** µ-receptors at the surface of the terminal (the rest withdrawn inside), and how many hold an opioid. */
  readonly receptorsAtSurface: number;
  readonly receptorsBound: number;
  /** Opioid molecules flowing in the blood vessel. */
  readonly moleculeCount: number;
  /** Pain felt, 0–1. */
  readonly pain: number;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const rate = (hz: number) => (Number.isFinite(hz) ? Math.max(0, hz) : 0) * VISUAL_RATE_PER_HZ;

/** How much of a mechanism's activity is free to move: 0 when knocked out, less while a treatment blocks it. */
export function activity(state: SceneState, id: MechanismId): number {
  if (state.removed.has(id)) return 0;
  return 1 - clamp01(state.blocks[id]?.fraction ?? 0);
}

export function descendingOf(state: SceneState): SceneVisuals['descending'] {
  if (activity(state, 'rvm') === 0) return 'none';
  return state.firing.rvmOn > state.firing.rvmOff ? 'facilitation' : 'inhibition';
}

export function sceneVisuals(state: SceneState): SceneVisuals {
  const f = state.firing;
  const level = (id: keyof SceneState['levels']) => clamp01(state.levels[id]);
  const shown = (id: MechanismId) => (state.removed.has(id) ? 0 : level(id));
  const descending = descendingOf(state);
  const nmda = shown('nmda');
  const surface = Math.round(RECEPTORS * (1 - 0.75 * level('tolerance')));
  return {
    impulseRate: {
      nociceptor: rate(f.nociceptor),
      touchFibre: rate(f.touchFibre),
      touchToProjection: state.allodynia > ALLODYNIA_THRESHOLD ? rate(f.touchFibre) : 0,
      remoteFibre: state.painSpread ? rate(f.nociceptor) * clamp01(state.painAreaFraction) : 0,
      ascending: rate(f.projectionNeuron),
      descending: descending === 'none' ? 0 : rate(Math.max(f.rvmOn, f.rvmOff)) * activity(state, 'rvm'),
    },
    descending,
    nmdaCount: NMDA_MIN + Math.round((NMDA_MAX - NMDA_MIN) * nmda),
    nmdaOpening: nmda,
    calciumRate: rate(f.nociceptor) * (0.5 + 3 * nmda) * activity(state, 'nmda'),
    gliaSize: 9 + 13 * shown('glia'),
    gliaReleaseRate: 4 * shown('glia') * activity(state, 'glia'),
    dynorphinAmount: 4 + Math.round(40 * shown('dynorphin')),
    dynorphinSpread: 0.35 + 0.65 * shown('dynorphin'),
    dynorphinDrift: 30 * shown('dynorphin') * activity(state, 'dynorphin'),
    hcn2PacemakerHz: (0.3 + 1.7 * shown('hcn2')) * activity(state, 'hcn2'),
    receptorsAtSurface: surface,
    receptorsBound: Math.round(surface * clamp01(state.occupancy)),
    moleculeCount: Math.round(
      MAX_MOLECULES * clamp01(state.concentrationRelative / (1 + state.concentrationRelative)),
    ),
    pain: clamp01(state.painScore / 10),
  };
}
