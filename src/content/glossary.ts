/**
 * The short glossary reachable from every screen (step 5) and linked from terms in the UI and lessons.
 * Plain words first; a clinical or lab detail after it where it helps.
 */
import { glossaryNames, glossaryTerms, type GlossaryName, type GlossaryTerm } from './glossary-terms';

export { glossaryNames };

export interface GlossaryEntry extends GlossaryName {
  readonly definition: string;
}

/**
 * Each term's definition. The terms and their aliases are in glossary-terms.ts, which the first screen loads
 * to link terms without these words; the compiler checks that every term there has a definition here.
 */
const definitions: Readonly<Record<GlossaryTerm, string>> = {
  'Opioid-induced hyperalgesia (OIH)':
    'A state in which opioid exposure makes a person more sensitive to pain: pain worsens, spreads to new places, or light touch hurts, even though the drug was given to relieve pain.',
  Hyperalgesia: 'More pain than usual from something that normally hurts a little (for example a pinprick).',
  Allodynia:
    'Pain from something that is normally not painful at all, such as the light touch of clothing. A telling sign of OIH.',
  Tolerance:
    'The same dose gives less relief because µ-opioid receptors desensitize (morphine pulls few of them into the cell, unlike the body’s own opioid peptides). Unlike OIH, a higher dose restores relief, and pain keeps its place and quality — but a higher dose also carries more overdose risk.',
  'Central sensitization':
    'The spinal cord and brain become hyperexcitable, so pain signals are amplified and spread. NMDA receptors are a main driver.',
  'NMDA receptor':
    'N-methyl-D-aspartate receptor: a glutamate receptor on spinal pain neurons. Opioids upregulate and activate it; ketamine, MK-801 and methadone’s d-isomer block it.',
  RVM: 'Rostral ventromedial medulla: a brainstem area that sends signals down the spinal cord. Its ON cells facilitate pain and its OFF cells inhibit it.',
  'Descending facilitation':
    'Signals from the brainstem (RVM ON cells) that make spinal pain transmission easier rather than harder.',
  Glia: 'Non-neuronal cells of the nervous system (microglia and astrocytes). When activated they release pro-inflammatory substances such as IL-1β that amplify pain signalling.',
  Dynorphin:
    'An endogenous opioid peptide, the natural ligand of kappa receptors. Long-term opioids raise spinal dynorphin; at high levels it promotes pain largely through non-opioid targets (NMDA and bradykinin receptors) and weakens opioid relief.',
  'HCN2 channel':
    'An ion channel in pain-sensing neurons that helps set how easily they fire. Chronic opioids may enhance it; the evidence for its role in OIH is still limited.',
  Nociceptor:
    'A sensory neuron that detects harmful stimuli and carries pain signals from the body to the spinal cord.',
  DRG: 'Dorsal root ganglion: the cluster of sensory neuron cell bodies beside the spinal cord.',
  'Dorsal horn':
    'The back part of the spinal cord’s grey matter, where pain fibres pass their signals to neurons that carry them to the brain.',
  'µ-opioid receptor': 'The receptor through which morphine-like opioids relieve pain.',
  MME: 'Morphine milligram equivalents: a common scale for comparing opioid doses and gauging overdose risk. It is not a tool for converting one opioid into another. In this app doses are shown only as MME of a virtual patient, never as a dose to give.',
  'EC50 / ED50':
    'The concentration (EC50) or dose (ED50) that gives half the maximum effect. Tolerance raises them: the dose–response curve shifts to the right.',
  Withdrawal:
    'Symptoms, including extra pain, when opioid exposure falls below what the body has adapted to — after an abrupt stop or a fast taper.',
  Tapering:
    'Reducing an opioid dose step by step, agreed with the patient and supervised. After a year or more of opioids, about 10 % a month is often better tolerated (faster, such as 10 % a week, after shorter use), with pauses when needed (CDC 2022). The main treatment of OIH; pain often improves as the dose falls.',
  'Opioid rotation':
    'Switching to a different opioid. It relies on incomplete cross-tolerance, so the new opioid starts substantially lower than its calculated equivalent; the switch is set by an experienced clinician. Methadone and buprenorphine are sometimes chosen, each with its own cautions.',
  'Incomplete cross-tolerance':
    'Tolerance to one opioid carries over only partly to another, so a lower equivalent dose of the new opioid can be enough.',
  Adjuvant:
    'A non-opioid medicine added to help manage pain, for example while the opioid dose is reduced: an NMDA antagonist such as ketamine, gabapentin or pregabalin, an NSAID or acetaminophen.',
  'NMDA antagonist':
    'A drug that blocks NMDA receptors: ketamine in patients, MK-801 in animal experiments, and methadone’s d-isomer. In animals, given before or with an opioid, it prevents OIH and much of tolerance.',
  Cytokine:
    'A signalling protein of the immune system. Activated glia release pro-inflammatory cytokines such as IL-1β, which amplify pain signalling.',
  'ON and OFF cells':
    'Two kinds of neuron in the RVM. ON cells facilitate pain transmission in the spinal cord; OFF cells inhibit it.',
  'Dose–response curve':
    'A graph of an effect, here pain relief, against the dose. Tolerance shifts it to the right: more drug is needed for the same relief, and a higher dose still gives it. With OIH, more drug can mean more pain.',
  'MK-801':
    'Dizocilpine, an NMDA receptor blocker used only in animal experiments. Given with an opioid from the start, it prevented OIH and much of tolerance in rats.',
  Intrathecal:
    'Into the fluid around the spinal cord. Intrathecal drugs act on the spinal cord directly; many OIH experiments in rats use this route.',
  Remifentanil:
    'A very short-acting opioid given by infusion during surgery. High doses are followed by more pain and hyperalgesia after surgery: the strongest human evidence of OIH.',
  TLR4: 'Toll-like receptor 4, an immune receptor on glia. Some studies suggest opioids activate glia through it; others, including mice whose nociceptors lack µ-opioid receptors, point elsewhere — its role in OIH is debated.',
  'Tolerance factor':
    'The model’s measure of tolerance: how many times more drug the same relief needs than at the start (the shift of the EC50). A number of the simulation, not a clinical test.',
  Naloxone:
    'An opioid antagonist that reverses an overdose within minutes. Patients on higher opioid doses, or whose tolerance has fallen, and their families should have it and know how to use it.',
  'Opioid use disorder (OUD)':
    'A problematic pattern of opioid use with loss of control, craving and harm. It is screened for with care, and treated with medication (buprenorphine or methadone) and support.',
  QST: 'Quantitative sensory testing: measured thresholds and tolerances to heat, cold, pressure or pinprick, and temporal summation. A research tool for OIH; it has no clinical cut-offs.',
  PDMP: 'Prescription drug monitoring program: a record of a patient’s controlled-drug prescriptions from all prescribers and pharmacies, checked before and during opioid treatment.',
  'Temporal summation':
    'Pain that grows with a repeated identical stimulus (for example ten pinpricks); exaggerated in central sensitization and in some patients on long-term opioids.',
};

export const glossary: readonly GlossaryEntry[] = glossaryTerms.map((names) => ({
  ...names,
  definition: definitions[names.term],
}));

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
