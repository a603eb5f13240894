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
  descendingFacilitation: 'descending signals from the RVM facilitate pain',
  descendingInhibition: 'descending signals from the RVM inhibit pain',
  touchHurts: 'light touch drives the pain neuron, so touch hurts (allodynia)',
  painSpread: 'pain has spread beyond the original site',
  fallbackLabel:
    'Diagram of the pain pathway: skin and nociceptor, spinal dorsal horn with the NMDA, glia and dynorphin mechanisms, brainstem RVM, and the brain.',
  fallbackNote: 'A static diagram is shown because this browser could not start the animated scene.',
} as const;

/** The scene's legend, "What am I seeing?": one entry per kind of thing drawn, named by its shape. */
export const sceneLegendText = {
  summary: 'What am I seeing?',
  intro: 'Everything in the picture moves as the model says. Pick a mechanism for its story.',
  entries: {
    impulses:
      'Dots travelling along the lines: pain impulses. More dots, more firing; the tract to the brain carries what the pain neuron sends.',
    touch:
      'Dots on the touch fibre (Aβ): light touch. They stop in the dorsal horn, unless allodynia lets them drive the pain neuron.',
    molecules: 'Hexagons: opioid molecules flowing in the blood. As many leave it as µ-receptors bind them.',
    receptors:
      'Y shapes on the nerve ending: µ-receptors. Tolerance pulls them inside (hollow circles), so the opioid binds fewer.',
    nmda: 'Paired bars on the pain neuron: NMDA receptors. Upregulated, there are more, their channels open wider and more calcium (dots) flows in.',
    glia: 'Stars and round cells: glia. Activated, they swell and release cytokines (falling dots).',
    dynorphin: 'Dots in the pool below: dynorphin. It accumulates, spreads and drifts outwards.',
    hcn2: 'Rings at the nerve ending in the skin: the HCN2 pacemaker. A faster rhythm means a more excitable nociceptor.',
    descending:
      'Pulses down from the RVM: “+” circles turn pain up (ON cells winning), “−” squares turn it down (OFF cells).',
    rvm: 'In the RVM, circles are ON cells and squares OFF cells: the bigger and brighter, the faster they fire.',
    painMeter: 'The meter: pain felt, 0–10. After a change, a bar with a triangle marks the pain before it.',
    held: 'Grey and crossed out: a mechanism knocked out or blocked; its caption says by what.',
    anatomy:
      'Skin (the painful site, and skin elsewhere that darkens when pain spreads there); the pain fibre with its cell body (DRG); spinal cord; brainstem; thalamus and cortex.',
    hidden: 'Captions that do not fit at this size are left out; this list names every part.',
  },
} as const;
