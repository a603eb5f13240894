/**
 * The five OIH mechanisms of the seed text, plus tolerance, in words shared by the scene, the charts and the
 * lessons. Keys match the model's MechanismId ('nmda' | 'rvm' | 'glia' | 'dynorphin' | 'hcn2').
 */
export type MechanismKey = 'nmda' | 'rvm' | 'glia' | 'dynorphin' | 'hcn2';

export interface MechanismText {
  /** Short name for labels on the scene and in legends. */
  readonly shortName: string;
  /** Full name for headings and tooltips. */
  readonly name: string;
  /** Where it happens, in a few words. */
  readonly site: string;
  /** One or two sentences: what opioids do here and why it makes pain worse. */
  readonly summary: string;
  /** How strong the evidence is that it contributes to OIH. */
  readonly evidence: string;
  /** Label shown where the mechanism has been knocked out or blocked. */
  readonly removedLabel: string;
}

export const mechanismText: Readonly<Record<MechanismKey, MechanismText>> = {
  nmda: {
    shortName: 'NMDA',
    name: 'Spinal NMDA receptor upregulation',
    site: 'dorsal horn of the spinal cord',
    summary:
      'Opioids upregulate and activate NMDA receptors of the glutamate system on spinal pain neurons. The neurons become hyperexcitable (central sensitization) and pass pain signals on more easily.',
    evidence:
      'Strong: NMDA blockers such as ketamine or MK-801 prevent OIH and much of tolerance in animals.',
    removedLabel: 'NMDA blocked',
  },
  rvm: {
    shortName: 'RVM',
    name: 'Descending facilitation from the RVM',
    site: 'rostral ventromedial medulla (brainstem)',
    summary:
      'Opioids switch the brainstem’s pain control towards ON cells, which send signals down the spinal cord that facilitate rather than inhibit pain.',
    evidence: 'Strong in rats: blocking or lesioning the RVM removes OIH and the apparent tolerance.',
    removedLabel: 'RVM lesioned',
  },
  glia: {
    shortName: 'Glia',
    name: 'Glial activation',
    site: 'microglia and astrocytes around spinal synapses',
    summary:
      'Over days, opioids activate microglia and astrocytes, which release pro-inflammatory substances (such as IL-1β) that amplify pain signalling — a neuroinflammatory state.',
    evidence:
      'Moderate: shown in animals with glial inhibitors and cytokine blockers; needs days of exposure.',
    removedLabel: 'Glia inhibited',
  },
  dynorphin: {
    shortName: 'Dynorphin',
    name: 'Spinal dynorphin',
    site: 'dorsal horn of the spinal cord',
    summary:
      'Long-term opioids raise spinal dynorphin, an endogenous opioid peptide acting on kappa receptors. At high levels it paradoxically promotes pain signalling and weakens opioid relief.',
    evidence: 'Strong in rats: a dynorphin antiserum removes OIH and restores the opioid’s effect.',
    removedLabel: 'Dynorphin neutralized',
  },
  hcn2: {
    shortName: 'HCN2',
    name: 'Nociceptor HCN2 excitability',
    site: 'peripheral pain-sensing neurons (nociceptors)',
    summary:
      'Chronic opioid exposure enhances HCN2 ion channels in nociceptors, making these peripheral neurons fire more easily.',
    evidence:
      'Weaker for OIH: HCN2 drives inflammatory and nerve pain, but its role in OIH rests on few studies. The model gives it a modest weight.',
    removedLabel: 'HCN2 removed',
  },
};

/** Tolerance is not an OIH mechanism, but the scene and charts show it beside them. */
export const toleranceText = {
  shortName: 'Tolerance',
  name: 'Opioid tolerance',
  summary:
    'Receptors desensitize and are internalized, so the same dose gives less relief. A higher dose restores relief — unlike OIH, where a higher dose makes pain worse.',
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
