/**
 * The short glossary reachable from every screen (step 5) and linked from terms in the UI and lessons.
 * Plain words first; a clinical or lab detail after it where it helps.
 */
export interface GlossaryEntry {
  readonly term: string;
  /** Other spellings a UI text may use to link here. */
  readonly aliases?: readonly string[];
  readonly definition: string;
}

export const glossary: readonly GlossaryEntry[] = [
  {
    term: 'Opioid-induced hyperalgesia (OIH)',
    aliases: ['OIH', 'opioid-induced hyperalgesia', 'opioid paradox'],
    definition:
      'A state in which opioid exposure makes a person more sensitive to pain: pain worsens, spreads to new places, or light touch hurts, even though the drug was given to relieve pain.',
  },
  {
    term: 'Hyperalgesia',
    definition: 'More pain than usual from something that normally hurts a little (for example a pinprick).',
  },
  {
    term: 'Allodynia',
    definition:
      'Pain from something that is normally not painful at all, such as the light touch of clothing. A telling sign of OIH.',
  },
  {
    term: 'Tolerance',
    aliases: ['opioid tolerance'],
    definition:
      'The same dose gives less relief because µ-opioid receptors desensitize (morphine pulls few of them into the cell, unlike the body’s own opioid peptides). Unlike OIH, a higher dose restores relief, and pain keeps its place and quality — but a higher dose also carries more overdose risk.',
  },
  {
    term: 'Central sensitization',
    definition:
      'The spinal cord and brain become hyperexcitable, so pain signals are amplified and spread. NMDA receptors are a main driver.',
  },
  {
    term: 'NMDA receptor',
    aliases: ['NMDA receptors', 'NMDA'],
    definition:
      'N-methyl-D-aspartate receptor: a glutamate receptor on spinal pain neurons. Opioids upregulate and activate it; ketamine, MK-801 and methadone’s d-isomer block it.',
  },
  {
    term: 'RVM',
    aliases: ['rostral ventromedial medulla'],
    definition:
      'Rostral ventromedial medulla: a brainstem area that sends signals down the spinal cord. Its ON cells facilitate pain and its OFF cells inhibit it.',
  },
  {
    term: 'Descending facilitation',
    definition:
      'Signals from the brainstem (RVM ON cells) that make spinal pain transmission easier rather than harder.',
  },
  {
    term: 'Glia',
    aliases: ['glial', 'glial cells', 'microglia', 'astrocytes'],
    definition:
      'Non-neuronal cells of the nervous system (microglia and astrocytes). When activated they release pro-inflammatory substances such as IL-1β that amplify pain signalling.',
  },
  {
    term: 'Dynorphin',
    definition:
      'An endogenous opioid peptide, the natural ligand of kappa receptors. Long-term opioids raise spinal dynorphin; at high levels it promotes pain largely through non-opioid targets (NMDA and bradykinin receptors) and weakens opioid relief.',
  },
  {
    term: 'HCN2 channel',
    aliases: ['HCN2 channels', 'HCN2'],
    definition:
      'An ion channel in pain-sensing neurons that helps set how easily they fire. Chronic opioids may enhance it; the evidence for its role in OIH is still limited.',
  },
  {
    term: 'Nociceptor',
    aliases: ['nociceptors', 'C fibre'],
    definition:
      'A sensory neuron that detects harmful stimuli and carries pain signals from the body to the spinal cord.',
  },
  {
    term: 'DRG',
    aliases: ['dorsal root ganglion'],
    definition: 'Dorsal root ganglion: the cluster of sensory neuron cell bodies beside the spinal cord.',
  },
  {
    term: 'Dorsal horn',
    definition:
      'The back part of the spinal cord’s grey matter, where pain fibres pass their signals to neurons that carry them to the brain.',
  },
  {
    term: 'µ-opioid receptor',
    aliases: ['µ-opioid receptors', 'mu-opioid receptor', 'µ receptor'],
    definition: 'The receptor through which morphine-like opioids relieve pain.',
  },
  {
    term: 'MME',
    aliases: ['morphine milligram equivalents'],
    definition:
      'Morphine milligram equivalents: a common scale for comparing opioid doses and gauging overdose risk. It is not a tool for converting one opioid into another. In this app doses are shown only as MME of a virtual patient, never as a dose to give.',
  },
  {
    term: 'EC50 / ED50',
    aliases: ['EC50', 'ED50'],
    definition:
      'The concentration (EC50) or dose (ED50) that gives half the maximum effect. Tolerance raises them: the dose–response curve shifts to the right.',
  },
  {
    term: 'Withdrawal',
    definition:
      'Symptoms, including extra pain, when opioid exposure falls below what the body has adapted to — after an abrupt stop or a fast taper.',
  },
  {
    term: 'Tapering',
    aliases: ['taper'],
    definition:
      'Reducing an opioid dose step by step, agreed with the patient and supervised. After a year or more of opioids, about 10 % a month is often better tolerated (faster, such as 10 % a week, after shorter use), with pauses when needed (CDC 2022). The main treatment of OIH; pain often improves as the dose falls.',
  },
  {
    term: 'Opioid rotation',
    aliases: ['rotation'],
    definition:
      'Switching to a different opioid. It relies on incomplete cross-tolerance, so the new opioid starts substantially lower than its calculated equivalent; the switch is set by an experienced clinician. Methadone and buprenorphine are sometimes chosen, each with its own cautions.',
  },
  {
    term: 'Incomplete cross-tolerance',
    aliases: ['cross-tolerance'],
    definition:
      'Tolerance to one opioid carries over only partly to another, so a lower equivalent dose of the new opioid can be enough.',
  },
  {
    term: 'Adjuvant',
    aliases: ['adjuvants', 'adjuvant medication'],
    definition:
      'A non-opioid medicine added to help manage pain, for example while the opioid dose is reduced: an NMDA antagonist such as ketamine, gabapentin or pregabalin, an NSAID or acetaminophen.',
  },
  {
    term: 'NMDA antagonist',
    aliases: ['NMDA antagonists', 'NMDA blocker', 'NMDA blockers'],
    definition:
      'A drug that blocks NMDA receptors: ketamine in patients, MK-801 in animal experiments, and methadone’s d-isomer. In animals, given before or with an opioid, it prevents OIH and much of tolerance.',
  },
  {
    term: 'Cytokine',
    aliases: ['cytokines', 'IL-1β'],
    definition:
      'A signalling protein of the immune system. Activated glia release pro-inflammatory cytokines such as IL-1β, which amplify pain signalling.',
  },
  {
    term: 'ON and OFF cells',
    aliases: ['ON cells', 'OFF cells'],
    definition:
      'Two kinds of neuron in the RVM. ON cells facilitate pain transmission in the spinal cord; OFF cells inhibit it.',
  },
  {
    term: 'Dose–response curve',
    aliases: ['dose–response', 'dose-response curve', 'dose-response'],
    definition:
      'A graph of an effect, here pain relief, against the dose. Tolerance shifts it to the right: more drug is needed for the same relief, and a higher dose still gives it. With OIH, more drug can mean more pain.',
  },
  {
    term: 'MK-801',
    aliases: ['dizocilpine'],
    definition:
      'Dizocilpine, an NMDA receptor blocker used only in animal experiments. Given with an opioid from the start, it prevented OIH and much of tolerance in rats.',
  },
  {
    term: 'Intrathecal',
    aliases: ['intrathecally'],
    definition:
      'Into the fluid around the spinal cord. Intrathecal drugs act on the spinal cord directly; many OIH experiments in rats use this route.',
  },
  {
    term: 'Remifentanil',
    definition:
      'A very short-acting opioid given by infusion during surgery. High doses are followed by more pain and hyperalgesia after surgery: the strongest human evidence of OIH.',
  },
  {
    term: 'TLR4',
    aliases: ['toll-like receptor 4'],
    definition:
      'Toll-like receptor 4, an immune receptor on glia. Some studies suggest opioids activate glia through it; others, including mice whose nociceptors lack µ-opioid receptors, point elsewhere — its role in OIH is debated.',
  },
  {
    term: 'Tolerance factor',
    aliases: ['tolerance fold'],
    definition:
      'The model’s measure of tolerance: how many times more drug the same relief needs than at the start (the shift of the EC50). A number of the simulation, not a clinical test.',
  },
  {
    term: 'Naloxone',
    definition:
      'An opioid antagonist that reverses an overdose within minutes. Patients on higher opioid doses, or whose tolerance has fallen, and their families should have it and know how to use it.',
  },
  {
    term: 'Opioid use disorder (OUD)',
    aliases: ['opioid use disorder', 'OUD'],
    definition:
      'A problematic pattern of opioid use with loss of control, craving and harm. It is screened for with care, and treated with medication (buprenorphine or methadone) and support.',
  },
  {
    term: 'QST',
    aliases: ['quantitative sensory testing'],
    definition:
      'Quantitative sensory testing: measured thresholds and tolerances to heat, cold, pressure or pinprick, and temporal summation. A research tool for OIH; it has no clinical cut-offs.',
  },
  {
    term: 'PDMP',
    aliases: ['prescription-monitoring', 'prescription drug monitoring program'],
    definition:
      'Prescription drug monitoring program: a record of a patient’s controlled-drug prescriptions from all prescribers and pharmacies, checked before and during opioid treatment.',
  },
  {
    term: 'Temporal summation',
    definition:
      'Pain that grows with a repeated identical stimulus (for example ten pinpricks); exaggerated in central sensitization and in some patients on long-term opioids.',
  },
];

/** Every name an entry answers to: its term, then its aliases. */
export function glossaryNames(entry: GlossaryEntry): readonly string[] {
  return [entry.term, ...(entry.aliases ?? [])];
}

/** The entry whose term or alias is `name` (case-insensitive), if any. */
export function findGlossaryEntry(name: string): GlossaryEntry | undefined {
  const wanted = name.trim().toLowerCase();
  return glossary.find((entry) => glossaryNames(entry).some((n) => n.toLowerCase() === wanted));
}

/** A stable, URL- and id-safe name for an entry: 'EC50 / ED50' → 'ec50-ed50'; 'µ-opioid receptor' → 'mu-opioid-receptor'. */
export function glossarySlug(entry: GlossaryEntry): string {
  return entry.term
    .toLowerCase()
    .replace(/[µμ]/g, 'mu')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The entries in alphabetical order (µ sorted as "mu"), as the glossary lists them. */
export function sortedGlossary(): readonly GlossaryEntry[] {
  const key = (entry: GlossaryEntry) => entry.term.replace(/^[µμ]/, 'mu');
  return [...glossary].sort((a, b) => key(a).localeCompare(key(b), 'en', { sensitivity: 'base' }));
}
