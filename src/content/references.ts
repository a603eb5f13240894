/**
 * The sources the app teaches from. 'seed' is the unsigned review every lesson covers; the others are the
 * experiments the model is built and tested against (see docs/model.md for the full list, with numbers) and the
 * mechanism papers that correct the review (issue 15; docs/content-notes.md says which were checked where).
 * The ready-made scenarios that follow a published experiment cite it from here (src/content/presets.ts), so
 * the About dialog's list holds every source a scenario names.
 */
export interface Reference {
  readonly id: string;
  /** Authors, year and title as a reader would cite them. */
  readonly citation: string;
  /** Journal, volume and pages, or the publisher. */
  readonly source: string;
  readonly doi?: string;
}

const REFERENCE_LIST = [
  {
    id: 'seed',
    citation:
      'The core of the paradox: when painkillers cause pain — an unsigned review of OIH, the text every lesson of this app covers (corrected where the evidence below disagrees)',
    source:
      'Source text of the app; it lists no authors, and its own reading suggestion is Wilson et al. 2021',
  },
  {
    id: 'wilson-2021',
    citation:
      'Wilson SH, et al. (2021). Mechanisms, diagnosis, prevention and management of perioperative opioid-induced hyperalgesia',
    source: 'Pain Manag 11(4):405–17 — a review of OIH around surgery',
    doi: '10.2217/pmt-2020-0105',
  },
  {
    id: 'celerier-2000',
    citation:
      'Célèrier E, Rivat C, Jun Y, Laulin JP, Larcher A, Reynier P, Simonnet G (2000). Long-lasting hyperalgesia induced by fentanyl in rats: preventive effect of ketamine',
    source: 'Anesthesiology 92(2):465–72 (PubMed 10691234)',
  },
  {
    id: 'vanderah-2001',
    citation:
      'Vanderah TW, et al. (2001). Tonic descending facilitation from the rostral ventromedial medulla mediates opioid-induced abnormal pain and antinociceptive tolerance',
    source: 'J Neurosci 21(1):279',
    doi: '10.1523/JNEUROSCI.21-01-00279.2001',
  },
  {
    id: 'vanderah-2000',
    citation:
      'Vanderah TW, et al. (2000). Dynorphin promotes abnormal pain and spinal opioid antinociceptive tolerance',
    source: 'J Neurosci 20(18):7074–9',
  },
  {
    id: 'johnston-2004',
    citation:
      'Johnston IN, Milligan ED, …, Maier SF, Watkins LR (2004). A role for proinflammatory cytokines and fractalkine in analgesia, tolerance, and subsequent pain facilitation induced by chronic intrathecal morphine',
    source: 'J Neurosci 24(33):7353–65',
    doi: '10.1523/JNEUROSCI.1850-04.2004',
  },
  {
    id: 'emery-2011',
    citation:
      'Emery EC, Young GT, Berrocoso EM, Chen L, McNaughton PA (2011). HCN2 ion channels play a central role in inflammatory and neuropathic pain',
    source: 'Science 333(6048):1462–6',
    doi: '10.1126/science.1206243',
  },
  {
    id: 'chu-2012',
    citation:
      'Chu LF, D’Arcy N, …, Angst MS, Clark JD (2012). Analgesic tolerance without demonstrable opioid-induced hyperalgesia: a double-blinded, randomized, placebo-controlled trial of sustained-release morphine for treatment of chronic nonradicular low-back pain',
    source: 'Pain 153(8):1583–92',
    doi: '10.1016/j.pain.2012.02.028',
  },
  {
    id: 'trujillo-1991',
    citation:
      'Trujillo KA, Akil H (1991). Inhibition of morphine tolerance and dependence by the NMDA receptor antagonist MK-801',
    source: 'Science 251(4989):85–7',
    doi: '10.1126/science.1824728',
  },
  {
    id: 'dunbar-1996',
    citation:
      'Dunbar S, Yaksh TL (1996). Concurrent spinal infusion of MK801 blocks spinal tolerance and dependence induced by chronic intrathecal morphine in the rat',
    source: 'Anesthesiology 84(5):1177',
  },
  {
    id: 'xie-2005',
    citation:
      'Xie JY, Herman DS, Stiller CO, Gardell LR, Ossipov MH, Lai J, Porreca F, Vanderah TW (2005). Cholecystokinin in the rostral ventromedial medulla mediates opioid-induced hyperalgesia and antinociceptive tolerance',
    source: 'J Neurosci 25(2):409–16',
  },
  {
    id: 'hutchinson-2009',
    citation:
      'Hutchinson MR, Lewis SS, Coats BD, …, Watkins LR, Johnson KW (2009). Reduction of opioid withdrawal and potentiation of acute opioid analgesia by systemic AV411 (ibudilast)',
    source: 'Brain Behav Immun 23(2):240–50',
    doi: '10.1016/j.bbi.2008.09.012',
  },
  {
    id: 'raghavendra-2004',
    citation:
      'Raghavendra V, Tanga FY, DeLeo JA (2004). Attenuation of morphine tolerance, withdrawal-induced hyperalgesia, and associated spinal inflammatory immune responses by propentofylline in rats',
    source: 'Neuropsychopharmacology 29(2):327–34',
    doi: '10.1038/sj.npp.1300315',
  },
  {
    id: 'xiao-2024',
    citation:
      'Xiao L, Wang X, Huang W, Cui Y (2024). Ivabradine prevents remifentanil induced hyperalgesia in mice',
    source: 'J Sun Yat-sen Univ (Med Sci) 45(5):694–700',
  },
  {
    id: 'ekblom-1993',
    citation:
      'Ekblom M, Hammarlund-Udenaes M, Paalzow L (1993). Modeling of tolerance development and rebound effect during different intravenous administrations of morphine to rats',
    source: 'J Pharmacol Exp Ther 266(1):244–52',
  },
  {
    id: 'corder-2017',
    citation:
      'Corder G, Tawfik VL, Wang D, et al. (2017). Loss of μ opioid receptor signaling in nociceptors, but not microglia, abrogates morphine tolerance without disrupting analgesia',
    source: 'Nat Med 23(2):164–73',
    doi: '10.1038/nm.4262',
  },
  {
    id: 'laughlin-1997',
    citation:
      'Laughlin TM, Vanderah TW, Lashbrook J, et al. (1997). Spinally administered dynorphin A produces long-lasting allodynia: involvement of NMDA but not opioid receptors',
    source: 'Pain 72:253–60',
  },
  {
    id: 'vanderah-1996',
    citation:
      'Vanderah TW, Laughlin T, Lashbrook JM, et al. (1996). Single intrathecal injections of dynorphin A or des-Tyr-dynorphins produce long-lasting allodynia in rats: blockade by MK-801 but not naloxone',
    source: 'Pain 68(2–3):275–81',
  },
  {
    id: 'lai-2006',
    citation: 'Lai J, et al. (2006). Dynorphin A activates bradykinin receptors to maintain neuropathic pain',
    source: 'Nat Neurosci 9(12):1534–40',
  },
  {
    id: 'kim-2008',
    citation:
      'Kim JA, Bartlett S, He L, et al. (2008). Morphine-induced receptor endocytosis in a novel knockin mouse reduces tolerance and dependence',
    source: 'Curr Biol 18(2):129–35',
    doi: '10.1016/j.cub.2007.12.057',
  },
  {
    id: 'laulin-2002',
    citation:
      'Laulin JP, Maurette P, Corcuff JB, Rivat C, Chauvin M, Simonnet G (2002). The role of ketamine in preventing fentanyl-induced hyperalgesia and subsequent acute morphine tolerance',
    source: 'Anesth Analg 94(5):1263–9',
    doi: '10.1097/00000539-200205000-00040',
  },
  {
    id: 'grace-2016',
    citation:
      'Grace PM, Strand KA, Galer EL, et al. (2016). Morphine paradoxically prolongs neuropathic pain in rats by amplifying spinal NLRP3 inflammasome activation',
    source: 'Proc Natl Acad Sci USA 113(24):E3441–50',
    doi: '10.1073/pnas.1602070113',
  },
  {
    id: 'koppert-2003',
    citation:
      'Koppert W, Sittl R, Scheuber K, et al. (2003). Differential modulation of remifentanil-induced analgesia and postinfusion hyperalgesia by S-ketamine and clonidine in humans',
    source: 'Anesthesiology 99(1):152',
  },
  {
    id: 'darnall-2018',
    citation:
      'Darnall BD, Ziadni MS, Stieg RL, et al. (2018). Patient-centered prescription opioid tapering in community outpatients with chronic pain',
    source: 'JAMA Intern Med 178:707–8',
    doi: '10.1001/jamainternmed.2017.8709',
  },
  {
    id: 'pud-2006',
    citation:
      'Pud D, Cohen D, Lawental E, Eisenberg E (2006). Opioids and abnormal pain perception: new evidence from a study of chronic opioid addicts and healthy subjects',
    source: 'Drug Alcohol Depend 82(3):218–23',
    doi: '10.1016/j.drugalcdep.2005.09.007',
  },
  {
    id: 'laulin-1999',
    citation:
      'Laulin JP, Célèrier E, Larcher A, Le Moal M, Simonnet G (1999). Opiate tolerance to daily heroin administration: an apparent phenomenon associated with enhanced pain sensitivity',
    source: 'Neuroscience',
    doi: '10.1016/S0306-4522(98)00652-6',
  },
  {
    id: 'fletcher-2014',
    citation:
      'Fletcher D, Martinez V (2014). Opioid-induced hyperalgesia in patients after surgery: a systematic review and a meta-analysis',
    source: 'Br J Anaesth 112(6):991–1004',
    doi: '10.1093/bja/aeu137',
  },
] as const satisfies readonly Reference[];

/** The id of one of the references below: mechanism texts and lessons cite by id, checked by the compiler. */
export type ReferenceId = (typeof REFERENCE_LIST)[number]['id'];

export const references: readonly Reference[] = REFERENCE_LIST;

/** The reference with this id (every ReferenceId has one). */
export function referenceById(id: ReferenceId): Reference {
  const reference = references.find((r) => r.id === id);
  if (!reference) throw new Error(`No reference with id ${id}`);
  return reference;
}

/**
 * A reference as it is cited in running text, by author and year: "Chu et al. 2012", "Dunbar & Yaksh 1996",
 * "Wilson et al. 2021". Read from the citation's authors ("Surname Initials, …") and its "(year)".
 */
export function shortCitation(reference: Reference): string {
  const paren = reference.citation.indexOf(' (');
  const authors = reference.citation.slice(0, paren < 0 ? undefined : paren);
  const year = /\((\d{4})\)/.exec(reference.citation)?.[1] ?? '';
  const names = authors
    .split(/,\s*/)
    .filter((a) => a !== '' && a !== '…')
    .map((a) => a.replace(/\s+\p{Lu}{1,3}$/u, ''));
  const etAl = names.includes('et al.') || names.length > 2;
  const first = names[0] ?? '';
  const who = etAl ? `${first} et al.` : names.length === 2 ? `${first} & ${names[1]}` : first;
  return year ? `${who} ${year}` : who;
}
