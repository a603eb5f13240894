import { bodyMapText } from '../content/charts';
import { mechanismText } from '../content/mechanisms';
import { sceneText } from '../content/scene';
import { MECHANISM_IDS } from '../model';
import type { ScenePalette } from './palette';
import type { SceneLabels } from './parts/labels';
import { ALLODYNIA_THRESHOLD, descendingFacilitates } from './parts/pathways';
import type { SceneState } from './scene-state';

/** Sets every caption of the scene from the state; returns whether any changed (so the still picture is redrawn). */
export function setCaptions(labels: SceneLabels, state: SceneState, palette: ScenePalette): boolean {
  const c = sceneText.captions;
  let changed = false;
  const set = (id: Parameters<SceneLabels['set']>[0], words: string, color?: number) => {
    if (labels.set(id, words, color)) changed = true;
  };
  for (const id of [
    'vessel',
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
  set('skinPainful', state.site ? c.skinPainful(bodyMapText.regions[state.site]) : c.skinNoDisease);
  // Spread is the model's word: painful regions beyond the disease's own area.
  set('skinRemote', state.painSpread ? c.skinRemoteSpread : c.skinRemote);
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
  for (const id of MECHANISM_IDS) {
    const text = mechanismText[id];
    set(
      id,
      state.removed.has(id) ? text.removedLabel : `${text.shortName} · ${levelTag(state.levels[id])}`,
      state.removed.has(id) ? palette.muted : palette.text,
    );
  }
  set('tolerance', `µ-receptors · tolerance ${levelTag(state.levels.tolerance)}`);
  return changed;
}

/** A level as a short tag on the canvas: a percentage a class can read from the back row. */
function levelTag(level: number): string {
  return `${Math.round(Math.min(1, Math.max(0, level)) * 100)}%`;
}
