/**
 * The glossary's terms and the other names a UI text may use for them, without their definitions: what the
 * first screen needs to link terms in its texts (src/ui/kit/glossary-links.ts). The definitions, keyed by these
 * terms and checked against them by the compiler, are in glossary.ts, which loads with the glossary dialog and
 * the lessons. The order here is the glossary's order.
 */
export interface GlossaryName {
  readonly term: string;
  /** Other spellings a UI text may use to link here. */
  readonly aliases?: readonly string[];
}

export const glossaryTerms = [
  {
    term: 'Opioid-induced hyperalgesia (OIH)',
    aliases: ['OIH', 'opioid-induced hyperalgesia', 'opioid paradox'],
  },
  { term: 'Hyperalgesia' },
  { term: 'Allodynia' },
  { term: 'Tolerance', aliases: ['opioid tolerance'] },
  { term: 'Central sensitization' },
  { term: 'NMDA receptor', aliases: ['NMDA receptors', 'NMDA'] },
  { term: 'RVM', aliases: ['rostral ventromedial medulla'] },
  { term: 'Descending facilitation' },
  { term: 'Glia', aliases: ['glial', 'glial cells', 'microglia', 'astrocytes'] },
  { term: 'Dynorphin' },
  { term: 'HCN2 channel', aliases: ['HCN2 channels', 'HCN2'] },
  { term: 'Nociceptor', aliases: ['nociceptors', 'C fibre'] },
  { term: 'DRG', aliases: ['dorsal root ganglion'] },
  { term: 'Dorsal horn' },
  { term: 'µ-opioid receptor', aliases: ['µ-opioid receptors', 'mu-opioid receptor', 'µ receptor'] },
  { term: 'MME', aliases: ['morphine milligram equivalents'] },
  { term: 'EC50 / ED50', aliases: ['EC50', 'ED50'] },
  { term: 'Withdrawal' },
  { term: 'Tapering', aliases: ['taper'] },
  { term: 'Opioid rotation', aliases: ['rotation'] },
  { term: 'Incomplete cross-tolerance', aliases: ['cross-tolerance'] },
  { term: 'Adjuvant', aliases: ['adjuvants', 'adjuvant medication'] },
  { term: 'NMDA antagonist', aliases: ['NMDA antagonists', 'NMDA blocker', 'NMDA blockers'] },
  { term: 'Cytokine', aliases: ['cytokines', 'IL-1β'] },
  { term: 'ON and OFF cells', aliases: ['ON cells', 'OFF cells'] },
  { term: 'Dose–response curve', aliases: ['dose–response', 'dose-response curve', 'dose-response'] },
  { term: 'MK-801', aliases: ['dizocilpine'] },
  { term: 'Intrathecal', aliases: ['intrathecally'] },
  { term: 'Remifentanil' },
  { term: 'TLR4', aliases: ['toll-like receptor 4'] },
  { term: 'Tolerance factor', aliases: ['tolerance fold'] },
  { term: 'Naloxone' },
  { term: 'Opioid use disorder (OUD)', aliases: ['opioid use disorder', 'OUD'] },
  { term: 'QST', aliases: ['quantitative sensory testing'] },
  { term: 'PDMP', aliases: ['prescription-monitoring', 'prescription drug monitoring program'] },
  { term: 'Temporal summation' },
] as const satisfies readonly GlossaryName[];

/** A glossary entry's term: glossary.ts defines each, and only these. */
export type GlossaryTerm = (typeof glossaryTerms)[number]['term'];

/** Every name an entry answers to: its term, then its aliases. */
export function glossaryNames(entry: GlossaryName): readonly string[] {
  return [entry.term, ...(entry.aliases ?? [])];
}
