/**
 * The sources the app teaches from. The seed article is the text every lesson covers; the others are the
 * experiments the model is built and tested against (see docs/model.md for the full list, with numbers).
 */
export interface Reference {
  readonly id: string;
  /** Authors, year and title as a reader would cite them. */
  readonly citation: string;
  /** Journal, volume and pages, or the publisher. */
  readonly source: string;
  readonly doi?: string;
}

export const references: readonly Reference[] = [
  {
    id: 'seed',
    citation: 'Mechanisms, Diagnosis, Prevention and Management of Opioid-Induced Hyperalgesia',
    source: 'Taylor & Francis Online — the review this simulation was written from',
  },
  {
    id: 'celerier-2000',
    citation:
      'Célèrier E, Rivat C, Jun Y, Laulin JP, Larcher A, Reynier P, Simonnet G (2000). Long-lasting hyperalgesia induced by fentanyl in rats',
    source: 'Anesthesiology 92(2):465–72',
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
];
