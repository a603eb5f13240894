import { bodyMapText } from '../content/charts';
import { mechanismLabels } from '../content/mechanism-labels';
import { sceneText } from '../content/scene';
import { MECHANISM_IDS, TREATMENTS, type MechanismId } from '../model';
import type { ScenePalette } from './palette';
import type { SceneLabels } from './parts/labels';
import type { SceneState } from './scene-state';
import { ALLODYNIA_THRESHOLD, descendingOf } from './visuals';

/** A treatment's block at or above this share is "blocked"; below, "partly blocked". */
const FULL_BLOCK = 0.9;

/**
 * Sets every caption of the scene from the state; returns whether any changed (so the still picture is
 * redrawn). Captions name what is drawn; how much of it there is, the picture shows (no percentages).
 */
export function setCaptions(labels: SceneLabels, state: SceneState, palette: ScenePalette): boolean {
  const c = sceneText.captions;
  // A rat's pathway: the species named, its hind paws for skin, its response at the brain's end.
  const rat = state.subject === 'rat' ? sceneText.rat.captions : null;
  let changed = false;
  const set = (id: Parameters<SceneLabels['set']>[0], words: string, color?: number) => {
    if (labels.set(id, words, color)) changed = true;
  };
  for (const id of ['vessel', 'drg', 'nociceptor', 'touchFibre', 'thalamus', 'ascending'] as const)
    set(id, c[id]);
  set('cord', rat?.cord ?? c.cord);
  set('cortex', rat?.cortex ?? c.cortex);
  set('species', rat ? sceneText.rat.speciesCaption : '');
  const descending = descendingOf(state);
  set('rvmOn', descending !== 'none' ? c.rvmOn : '');
  set('rvmOff', descending !== 'none' ? c.rvmOff : '');
  set(
    'skinPainful',
    rat ? rat.skinPainful : state.site ? c.skinPainful(bodyMapText.regions[state.site]) : c.skinNoDisease,
  );
  // Spread is the model's word: painful regions beyond the disease's own area.
  if (rat) set('skinRemote', state.painSpread ? rat.skinRemoteSpread : rat.skinRemote);
  else set('skinRemote', state.painSpread ? c.skinRemoteSpread : c.skinRemote);
  set('allodynia', state.allodynia > ALLODYNIA_THRESHOLD ? c.allodynia : '');
  const score = `${state.painScore.toFixed(1)}/10`;
  // A rat's meter adds what its experiments read: the threshold, as a % of before the drug.
  set(
    'painMeter',
    rat ? `${rat.painMeter}\n${score}\n${c.threshold(thresholdPercent(state))}` : `${c.painMeter}\n${score}`,
  );
  for (const id of MECHANISM_IDS) {
    const words = mechanismCaption(state, id);
    // The RVM's caption says what it sends down, unless it is held back (then it says why). Set once per
    // state: a caption set twice would count as changed and redraw the still picture every frame.
    const text =
      id === 'rvm' && descending !== 'none' && !state.blocks.rvm
        ? descending === 'facilitation'
          ? c.descendingFacilitation
          : c.descendingInhibition
        : words.text;
    set(id, text, words.held ? palette.muted : palette.text);
  }
  set('tolerance', c.tolerance);
  return changed;
}

/** A mechanism's caption: its name, or why it is greyed (knocked out, or blocked by which treatment). */
export function mechanismCaption(state: SceneState, id: MechanismId): { text: string; held: boolean } {
  if (state.removed.has(id)) return { text: mechanismLabels[id].removedLabel, held: true };
  const block = state.blocks[id];
  if (block && block.fraction > 0 && block.by.length > 0) {
    const by = block.by.map((t) => lowerFirst(TREATMENTS[t].label)).join(' and ');
    return {
      text: sceneText.captions.blocked(mechanismLabels[id].shortName, by, block.fraction >= FULL_BLOCK),
      held: block.fraction >= FULL_BLOCK,
    };
  }
  return { text: sceneText.captions[id], held: false };
}

/** The nociceptive threshold as a whole % of baseline (62 for 0.62). */
export const thresholdPercent = (state: SceneState): number => Math.round(state.thresholdRelative * 100);

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
