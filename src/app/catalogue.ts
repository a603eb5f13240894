import { DRUG_IDS, DRUGS, MECHANISM_IDS, MECHANISM_LABELS, type DrugId, type MechanismId } from '../model';
import { CLINICAL_PRESETS } from '../model/presets/clinical';
import { HUMAN_EXPERIMENT_PRESETS } from '../model/presets/human-experiments';
import { RAT_PRESETS } from '../model/presets/rat';

/** What the controls and lecture files list: presets by group, drugs, mechanisms (ids with their names). */
export interface PresetEntry {
  readonly name: string;
  readonly description: string;
}

export const PRESET_GROUPS: Readonly<Record<'clinical' | 'human' | 'rat', readonly PresetEntry[]>> = {
  clinical: CLINICAL_PRESETS.map(({ name, description }) => ({ name, description })),
  human: HUMAN_EXPERIMENT_PRESETS.map(({ name, description }) => ({ name, description })),
  rat: RAT_PRESETS.map(({ name, description }) => ({ name, description })),
};

/** Drugs a learner can start or rotate to (remifentanil is an infusion for volunteer experiments only). */
export const CLINICAL_DRUGS: readonly { readonly id: DrugId; readonly label: string }[] = DRUG_IDS.filter(
  (id) => id !== 'remifentanil',
).map((id) => ({ id, label: DRUGS[id].label }));

export const MECHANISMS: readonly { readonly id: MechanismId; readonly label: string }[] = MECHANISM_IDS.map(
  (id) => ({ id, label: MECHANISM_LABELS[id] }),
);

/** The preset compare mode suggests for B when A is this preset: the contrast a lecturer usually wants. */
export function suggestedComparison(presetName: string | null): string | null {
  if (presetName === null) return null;
  if (presetName.startsWith('oih-') || presetName === 'escalation-trap') return 'tolerance-only';
  if (presetName.startsWith('tolerance-only')) return 'oih-escalation';
  if (presetName.startsWith('taper-') || presetName.startsWith('rotate-')) return 'oih-maintained';
  return null;
}
