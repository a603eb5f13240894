import type { BodyRegion, MechanismId, SceneRegionId, Snapshot } from '../model';

/** Firing rates the scene animates, in impulses per second (the model's, unchanged). */
export type FiringRates = Snapshot['firing'];

/**
 * What the scene draws, read straight from a model Snapshot (see fromSnapshot.ts): levels are 0–1, trends are
 * changes per day. The scene computes nothing about the biology; it only maps these numbers to pictures.
 */
export interface SceneState {
  /** Whose pathway: a patient's, or a rat's in an experiment (same regions; the species named, a hind paw). */
  readonly subject: 'human' | 'rat';
  readonly tDays: number;
  /** How long the run lasts: its time is told in weeks, days or hours by it (content/run-time.ts). */
  readonly durationDays: number;
  readonly levels: Readonly<Record<SceneRegionId, number>>;
  readonly trendsPerDay: Readonly<Record<SceneRegionId, number>>;
  readonly removed: ReadonlySet<MechanismId>;
  /** Mechanisms that treatments on board hold back: how much (0–1) and by which treatments. */
  readonly blocks: Snapshot['blocks'];
  /** µ-receptor occupancy, 0–1. */
  readonly occupancy: number;
  /** Opioid concentration relative to the effect-site EC50 (0 = none). */
  readonly concentrationRelative: number;
  readonly firing: FiringRates;
  /** Clinical pain, 0–10. */
  readonly painScore: number;
  /** Nociceptive threshold relative to before any opioid (1 = baseline): what a rat experiment measures. */
  readonly thresholdRelative: number;
  /** 0–1; above 0.5 light touch hurts. */
  readonly allodynia: number;
  /** Share of the body map that hurts, 0–1 (pain spreading beyond the original site). */
  readonly painAreaFraction: number;
  /** Where the disease is (the painful skin the scene names); null without a disease. */
  readonly site: BodyRegion | null;
  /** Whether the model says pain has spread beyond the disease's own area. */
  readonly painSpread: boolean;
  readonly withdrawal: number;
}

const zeroLevels: Record<SceneRegionId, number> = {
  nmda: 0,
  rvm: 0,
  glia: 0,
  dynorphin: 0,
  hcn2: 0,
  tolerance: 0,
};

/** A patient with no opioid and no sensitization: what the scene shows before any result arrives. */
export const restingSceneState: SceneState = {
  subject: 'human',
  tDays: 0,
  durationDays: Infinity,
  levels: zeroLevels,
  trendsPerDay: zeroLevels,
  removed: new Set(),
  blocks: {},
  occupancy: 0,
  concentrationRelative: 0,
  firing: { nociceptor: 2, touchFibre: 4, projectionNeuron: 2, rvmOn: 3, rvmOff: 6 },
  painScore: 0,
  thresholdRelative: 1,
  allodynia: 0,
  painAreaFraction: 0,
  site: null,
  painSpread: false,
  withdrawal: 0,
};
