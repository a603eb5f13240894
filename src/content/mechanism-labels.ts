/**
 * The mechanisms' and tolerance's short words — the names the scene's captions, the charts and the controls'
 * switches use, and the label of a mechanism knocked out — and the words for a level and a trend. The first
 * screen needs only these; the explanations (what drives and blocks each, the evidence and sources) are in
 * mechanisms.ts, which loads with the mechanism panel and the lessons and gives each mechanism these words too.
 */
import type { MechanismId } from '../model';

export interface MechanismLabels {
  /** Short name for tight spaces: scene captions, chart panels, the controls' switches. */
  readonly shortName: string;
  /** Label shown where the mechanism has been knocked out or blocked. */
  readonly removedLabel: string;
}

export const mechanismLabels: Readonly<Record<MechanismId, MechanismLabels>> = {
  nmda: { shortName: 'NMDA', removedLabel: 'NMDA blocked' },
  rvm: { shortName: 'RVM', removedLabel: 'RVM lesioned' },
  glia: { shortName: 'Glia', removedLabel: 'Glia inhibited' },
  dynorphin: { shortName: 'Dynorphin', removedLabel: 'Dynorphin neutralized' },
  hcn2: { shortName: 'HCN2', removedLabel: 'HCN2 removed' },
};

/** Tolerance is not an OIH mechanism, but the scene, the charts and the mechanism panel show it beside them. */
export const toleranceLabels = {
  shortName: 'Tolerance',
  /** Full name, as MECHANISM_LABELS gives the mechanisms'. */
  name: 'Opioid tolerance',
} as const;

/** Words for a level between 0 and 1, so that screen readers and tooltips need no numbers. */
export function levelWords(level: number): string {
  if (!Number.isFinite(level) || level < 0.05) return 'absent';
  if (level < 0.25) return 'low';
  if (level < 0.5) return 'moderate';
  if (level < 0.75) return 'high';
  return 'very high';
}

/** Words for a trend, given the change in level per day. */
export function trendWords(changePerDay: number): string {
  if (!Number.isFinite(changePerDay) || Math.abs(changePerDay) < 0.002) return 'steady';
  return changePerDay > 0 ? 'rising' : 'falling';
}
