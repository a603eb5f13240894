/**
 * The five pronociceptive mechanisms of the source text, in the order the product teaches them. Each has its
 * own state and file (nmda.ts, rvm.ts, glia.ts, dynorphin.ts, hcn2.ts).
 */
export const MECHANISM_IDS = ['nmda', 'rvm', 'glia', 'dynorphin', 'hcn2'] as const;
export type MechanismId = (typeof MECHANISM_IDS)[number];

export const MECHANISM_LABELS: Readonly<Record<MechanismId, string>> = {
  nmda: 'Spinal NMDA upregulation (central sensitization)',
  rvm: 'RVM descending facilitation',
  glia: 'Glial activation',
  dynorphin: 'Spinal dynorphin',
  hcn2: 'Nociceptor HCN2 excitability',
};
