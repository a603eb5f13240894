import { CLINICAL_PRESETS } from './clinical';
import { HUMAN_EXPERIMENT_PRESETS } from './human-experiments';
import type { Preset } from './preset';
import { RAT_PRESETS } from './rat';

export type { Preset };

export const PRESETS: readonly Preset[] = [...CLINICAL_PRESETS, ...HUMAN_EXPERIMENT_PRESETS, ...RAT_PRESETS];

export function findPreset(name: string): Preset | undefined {
  return PRESETS.find((p) => p.name === name);
}
