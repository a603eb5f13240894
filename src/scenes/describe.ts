import { levelWords, mechanismLabels, toleranceLabels, trendWords } from '../content/mechanism-labels';
import { runTimeText } from '../content/run-time';
import { sceneText } from '../content/scene';
import { MECHANISM_IDS, MECHANISM_LABELS, type SceneRegionId } from '../model';
import type { SceneState } from './scene-state';
import { mechanismCaption, thresholdPercent } from './captions';
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
 * The scene in one or two sentences, for screen readers: whose pathway (a rat's is named), time, each
 * mechanism, and what the learner would see happen to pain — for a rat, its response and threshold.
 */
export function describeScene(state: SceneState): string {
  const rat = state.subject === 'rat';
  const time = runTimeText(state.tDays, state.durationDays);
  const when = rat ? `${sceneText.rat.species}, ${lowerFirst(time)}` : time;
  const parts = MECHANISM_IDS.map((id) => `${mechanismLabels[id].shortName} ${regionWords(state, id)}`);
  parts.push(`tolerance ${regionWords(state, 'tolerance')}`);
  const score = state.painScore.toFixed(1);
  const findings: string[] = [
    rat ? sceneText.rat.response(score, thresholdPercent(state)) : `pain felt ${score} of 10`,
    descendingFacilitates(state) ? sceneText.descendingFacilitation : sceneText.descendingInhibition,
  ];
  if (state.allodynia > ALLODYNIA_THRESHOLD) findings.push(sceneText.touchHurts);
  if (state.painSpread) findings.push(sceneText.painSpread);
  return `${when}. ${capitalize(parts.join('; '))}. ${capitalize(findings.join('; '))}.`;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
