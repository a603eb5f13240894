import type { MechanismId, Snapshot } from '../model';
import type { SceneState } from './scene-state';
import type { SceneRun } from './view';

/** A patient's run of unknown length: told in weeks, as the scene was before it knew its subject. */
const PATIENT_RUN: SceneRun = { subject: 'human', durationDays: Infinity };

/**
 * Reads what the scene draws off a model snapshot and its run (whose pathway, how long): a copy of numbers, no
 * computation about the biology.
 */
export function sceneStateFromSnapshot(snapshot: Snapshot, run: SceneRun = PATIENT_RUN): SceneState {
  const m = snapshot.mechanisms;
  return {
    subject: run.subject,
    tDays: snapshot.tDays,
    durationDays: run.durationDays,
    levels: {
      nmda: m.nmda.level,
      rvm: m.rvm.level,
      glia: m.glia.level,
      dynorphin: m.dynorphin.level,
      hcn2: m.hcn2.level,
      tolerance: snapshot.tolerance.level,
    },
    trendsPerDay: {
      nmda: m.nmda.trendPerDay,
      rvm: m.rvm.trendPerDay,
      glia: m.glia.trendPerDay,
      dynorphin: m.dynorphin.trendPerDay,
      hcn2: m.hcn2.trendPerDay,
      tolerance: snapshot.tolerance.trendPerDay,
    },
    removed: new Set<MechanismId>(snapshot.knockedOut),
    blocks: snapshot.blocks,
    occupancy: snapshot.occupancy,
    concentrationRelative: snapshot.concentrationRelative,
    firing: snapshot.firing,
    painScore: snapshot.painScore,
    thresholdRelative: snapshot.thresholdRelative,
    allodynia: snapshot.allodynia,
    painAreaFraction: snapshot.painAreaFraction,
    site: snapshot.originalRegions[0] ?? null,
    painSpread: snapshot.spreadRegions.length > 0,
    withdrawal: snapshot.withdrawal,
  };
}
