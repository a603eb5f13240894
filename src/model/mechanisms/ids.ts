/**
 * The five pronociceptive mechanisms of the source text, in the order the product teaches them. Each has its
 * own state and file (nmda.ts, rvm.ts, glia.ts, dynorphin.ts, hcn2.ts). This file is the one home of their
 * ids and names: views read them through src/model/index.ts (docs/architecture.md, "Folders").
 */
export const MECHANISM_IDS = ['nmda', 'rvm', 'glia', 'dynorphin', 'hcn2'] as const;
export type MechanismId = (typeof MECHANISM_IDS)[number];

/**
 * Each mechanism's full name: in the model's events, the controls, the mechanism card and the scene's text
 * alternative. The short names of tight spaces (scene captions, chart panels) are in src/content/mechanisms.ts.
 */
export const MECHANISM_LABELS: Readonly<Record<MechanismId, string>> = {
  nmda: 'Spinal NMDA receptor upregulation',
  rvm: 'Descending facilitation from the RVM',
  glia: 'Glial activation',
  dynorphin: 'Spinal dynorphin',
  hcn2: 'Nociceptor HCN2 excitability',
};

/**
 * What a snapshot gives a level and a trend for, and what a learner can point at in the scene, the charts and
 * the lessons: the five mechanisms, and tolerance (the µ-opioid receptors).
 */
export type SceneRegionId = MechanismId | 'tolerance';
export const SCENE_REGION_IDS: readonly SceneRegionId[] = [...MECHANISM_IDS, 'tolerance'];

/** A level (0–1) for each mechanism: the states, or the levels as they act (engine/state-layout.ts,
 * `actingLevels`). */
export type MechanismLevels = Record<MechanismId, number>;
