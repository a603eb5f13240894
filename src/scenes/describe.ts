import { levelWords, mechanismLabels, toleranceLabels, trendWords } from '../content/mechanism-labels';
import { sceneText } from '../content/scene';
import { MECHANISM_IDS, MECHANISM_LABELS, type SceneRegionId } from '../model';
import type { SceneState } from './scene-state';
import { mechanismCaption } from './captions';
import { ALLODYNIA_THRESHOLD, descendingFacilitates } from './parts/pathways';

/** "high and rising", "absent", "removed (RVM lesioned)". */
export function regionWords(state: SceneState, id: SceneRegionId): string {
  if (id !== 'tolerance' && state.removed.has(id)) return `removed (${mechanismLabels[id].removedLabel})`;
  const level = levelWords(state.levels[id]);
  const trend = trendWords(state.trendsPerDay[id]);
  const words = level === 'absent' || trend === 'steady' ? level : `${level} and ${trend}`;
  // A treatment holding it back is said as the canvas says it ("NMDA blocked by ketamine (low dose)").
  return id !== 'tolerance' && state.blocks[id] ? `${words} (${mechanismCaption(state, id).text})` : words;
}

export function regionName(id: SceneRegionId): string {
  return id === 'tolerance'
    ? `µ-opioid receptors (${toleranceLabels.shortName.toLowerCase()})`
    : MECHANISM_LABELS[id];
}

/**
 * The scene in one or two sentences, for screen readers: time, each mechanism, and what the learner would
 * see happen to pain.
 */
export function describeScene(state: SceneState): string {
  const week = Math.floor(Math.max(0, state.tDays) / 7);
  const day = Math.floor(Math.max(0, state.tDays) % 7);
  const parts = MECHANISM_IDS.map((id) => `${mechanismLabels[id].shortName} ${regionWords(state, id)}`);
  parts.push(`tolerance ${regionWords(state, 'tolerance')}`);
  const findings: string[] = [
    `pain felt ${state.painScore.toFixed(1)} of 10`,
    descendingFacilitates(state) ? sceneText.descendingFacilitation : sceneText.descendingInhibition,
  ];
  if (state.allodynia > ALLODYNIA_THRESHOLD) findings.push(sceneText.touchHurts);
  if (state.painSpread) findings.push(sceneText.painSpread);
  return `Week ${week}, day ${day}. ${capitalize(parts.join('; '))}. ${capitalize(findings.join('; '))}.`;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
