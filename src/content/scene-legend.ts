/** The scene's legend, "What am I seeing?": one entry per kind of thing drawn, named by its shape. */
import type { LegendEntry } from './scene';

export const sceneLegendText: {
  readonly intro: string;
  readonly entries: Readonly<Record<LegendEntry, string>>;
} = {
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
    rat: 'A rat experiment shows the same pathway in the rat, named on the picture: the skin is its hind paw (where the experiments test it), the brain’s end is the rat’s response (it withdraws its paw or vocalizes at a pressure threshold) rather than a pain it reports, the meter shows its ongoing pain and adds its threshold as a % of before the drug (below 100 %: hyperalgesia), and doses are per kg of body weight.',
    hidden: 'Captions that do not fit at this size are left out; this list names every part.',
  },
};
