import type { MechanismId, Snapshot } from '../model';
import type { SceneState } from './scene-state';

/** Reads what the scene draws off a model snapshot: a copy of numbers, no computation about the biology. */
export function sceneStateFromSnapshot(snapshot: Snapshot): SceneState {
  const m = snapshot.mechanisms;
  return {
    tDays: snapshot.tDays,
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
    allodynia: snapshot.allodynia,
    painAreaFraction: snapshot.painAreaFraction,
    site: snapshot.originalRegions[0] ?? null,
    painSpread: snapshot.spreadRegions.length > 0,
    withdrawal: snapshot.withdrawal,
  };
}
