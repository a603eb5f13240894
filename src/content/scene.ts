/** Words of the pathway scene: captions on the canvas, and phrases of its text alternative. */
export const sceneText = {
  canvasLabel:
    'Animated diagram of the pain pathway: skin and nociceptor, spinal dorsal horn synapse with glia, brainstem RVM, and the brain. Mechanism regions can be chosen with the buttons over it.',
  regionsLabel: 'Mechanisms in the pathway',
  captions: {
    vessel: 'Opioid in the blood',
    /** The skin where the disease is, named by its body region ("Right hip (painful site)"). */
    skinPainful: (region: string) => `${region} (painful site)`,
    skinNoDisease: 'Skin (no disease)',
    /** The static diagram, which shows no scenario. */
    skinSite: 'Painful site',
    skinRemote: 'Skin elsewhere',
    skinRemoteSpread: 'Skin elsewhere:\npain has spread here',
    drg: 'DRG',
    nociceptor: 'Pain fibre (C)',
    touchFibre: 'Touch fibre (Aβ)',
    cord: 'Spinal cord',
    brainstem: 'Brainstem',
    thalamus: 'Thalamus',
    cortex: 'Cortex: pain felt',
    ascending: 'To the brain',
    descendingFacilitation: 'RVM turns pain up (+)',
    descendingInhibition: 'RVM turns pain down (−)',
    descendingRemoved: 'Descending pathway cut',
    allodynia: 'Touch now hurts: allodynia',
    painMeter: 'Pain felt',
    /** Under a rat's meter: its nociceptive threshold as a % of baseline. */
    threshold: (percent: number) => `threshold ${percent} %`,
    rvmOn: 'ON cells',
    rvmOff: 'OFF cells',
    /** The five mechanisms and the µ-receptors, named by what is drawn. */
    nmda: 'NMDA receptors',
    rvm: 'RVM (brainstem)',
    glia: 'Glia',
    dynorphin: 'Dynorphin',
    hcn2: 'HCN2 pacemaker',
    tolerance: 'µ-receptors',
    /** A mechanism a treatment holds back: "NMDA blocked by ketamine (low dose)"; partly when under 90 %. */
    blocked: (name: string, by: string, full: boolean) =>
      `${name} ${full ? 'blocked' : 'partly blocked'} by ${by}`,
  },
  /**
   * A rat experiment: the same pathway and regions, with the species named, the skin a hind paw (where the
   * experiments test) and the brain's end the response the experimenters measure, not a pain felt.
   */
  rat: {
    canvasLabel:
      "Animated diagram of a rat's pain pathway (an experimental animal): hind paw and nociceptor, spinal dorsal horn synapse with glia, brainstem RVM, and the brain, where the rat's response arises. Mechanism regions can be chosen with the buttons over it.",
    fallbackLabel:
      "Diagram of a rat's pain pathway (an experimental animal): hind paw and nociceptor, spinal dorsal horn with the NMDA, glia and dynorphin mechanisms, brainstem RVM, and the brain.",
    species: 'Rat (experimental animal)',
    /** On the canvas, on two lines: narrow enough to find room in a phone's small scene. */
    speciesCaption: 'Rat\n(experimental animal)',
    captions: {
      skinPainful: 'Hind paw (rat)',
      skinRemote: 'Other hind paw',
      skinRemoteSpread: 'Other hind paw:\nsensitized too',
      cord: 'Rat spinal cord',
      cortex: 'Rat brain: response\n(paw withdrawal, vocalization)',
      painMeter: 'Ongoing pain',
    },
    /**
     * What a rat experiment reads, its threshold, first: "nociceptive threshold (paw withdrawal or
     * vocalization) 77 % of baseline: hyperalgesia; ongoing pain 0.0 of 10".
     */
    response: (score: string, thresholdPercent: number) =>
      `nociceptive threshold (paw withdrawal or vocalization) ${thresholdPercent} % of baseline: ${
        thresholdPercent < 95 ? 'hyperalgesia' : thresholdPercent > 105 ? 'analgesia' : 'normal'
      }; ongoing pain ${score} of 10`,
  },
  descendingFacilitation: 'descending signals from the RVM facilitate pain',
  descendingInhibition: 'descending signals from the RVM inhibit pain',
  touchHurts: 'light touch drives the pain neuron, so touch hurts (allodynia)',
  painSpread: 'pain has spread beyond the original site',
  fallbackLabel:
    'Diagram of the pain pathway: skin and nociceptor, spinal dorsal horn with the NMDA, glia and dynorphin mechanisms, brainstem RVM, and the brain.',
  /** The summary of the scene's legend (its entries: scene-legend.ts, loaded when it is opened). */
  legendSummary: 'What am I seeing?',
  fallbackNote: 'A static diagram is shown because this browser could not start the animated scene.',
} as const;

/** The kinds of thing the scene draws, one legend entry each (words in content/scene-legend.ts). */
export const LEGEND_ENTRIES = [
  'impulses',
  'touch',
  'molecules',
  'receptors',
  'nmda',
  'glia',
  'dynorphin',
  'hcn2',
  'descending',
  'rvm',
  'painMeter',
  'held',
  'anatomy',
  'rat',
  'hidden',
] as const;
export type LegendEntry = (typeof LEGEND_ENTRIES)[number];
