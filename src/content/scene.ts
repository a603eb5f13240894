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
    skinRemote: 'Remote skin',
    skinRemoteSpread: 'Remote skin — pain has spread here',
    drg: 'DRG',
    nociceptor: 'C fibre (nociceptor)',
    touchFibre: 'Aβ fibre (light touch)',
    cord: 'Spinal cord · dorsal horn',
    brainstem: 'Brainstem',
    thalamus: 'Thalamus',
    cortex: 'Cortex',
    ascending: 'Ascending tract',
    descendingFacilitation: 'Descending facilitation (+)',
    descendingInhibition: 'Descending inhibition (−)',
    descendingRemoved: 'Descending pathway cut',
    allodynia: 'Touch now drives the pain neuron: allodynia',
    painMeter: 'Pain felt',
    rvmOn: 'ON cells',
    rvmOff: 'OFF cells',
  },
  descendingFacilitation: 'descending signals from the RVM facilitate pain',
  descendingInhibition: 'descending signals from the RVM inhibit pain',
  touchHurts: 'light touch drives the pain neuron, so touch hurts (allodynia)',
  painSpread: 'pain has spread beyond the original site',
  fallbackLabel:
    'Diagram of the pain pathway: skin and nociceptor, spinal dorsal horn with the NMDA, glia and dynorphin mechanisms, brainstem RVM, and the brain.',
  fallbackNote: 'A static diagram is shown because this browser could not start the animated scene.',
} as const;
