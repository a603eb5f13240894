/**
 * The five OIH mechanisms of the source review, plus tolerance, in words shared by the scene, the charts and the
 * lessons, keyed by the model's MechanismId. A mechanism's full name is the model's (MECHANISM_LABELS in
 * src/model/mechanisms/ids.ts, which the model's events use too); tolerance, not a model mechanism, has its own.
 * The short words (names, knocked-out labels, level and trend words) are in mechanism-labels.ts, which is all
 * the first screen loads; these explanations load with the mechanism panel and the lessons.
 */
import type { MechanismId } from '../model';
import {
  levelWords,
  mechanismLabels,
  toleranceLabels,
  trendWords,
  type MechanismLabels,
} from './mechanism-labels';
import type { ReferenceId } from './references';

export { levelWords, trendWords };

/** A mechanism's explanation, with its short words from mechanism-labels.ts (which the first screen loads alone). */
export interface MechanismText extends MechanismLabels {
  /** Where it happens, in a few words. */
  readonly site: string;
  /** One or two sentences: what opioids do here and why it makes pain worse. */
  readonly summary: string;
  /** How strong the evidence is that it contributes to OIH. */
  readonly evidence: string;
  /** What makes it grow, in plain words (and what the model assumes). */
  readonly drives: string;
  /** What blocks or reverses it: which treatment or experiment, and whether in patients or in animals. */
  readonly blocks: string;
  /** The references the text rests on (ids of references.ts), the source review ('seed') first. */
  readonly sourceIds: readonly ReferenceId[];
}

const explanations: Readonly<Record<MechanismId, Omit<MechanismText, keyof MechanismLabels>>> = {
  nmda: {
    site: 'dorsal horn of the spinal cord',
    summary:
      'Opioids upregulate and activate NMDA receptors of the glutamate system on spinal pain neurons. The neurons become hyperexcitable (central sensitization) and pass pain signals on more easily.',
    evidence:
      'Strong: NMDA blockers such as ketamine or MK-801 prevent OIH and much of tolerance in animals.',
    drives:
      'Opioid exposure above a threshold: higher doses and longer courses drive it harder, and a more susceptible patient reaches the threshold sooner. In the model, withdrawal, activated glia and dynorphin add to the drive.',
    blocks:
      'NMDA antagonists. In rats, ketamine given before fentanyl prevented the delayed hyperalgesia (Célèrier 2000), and MK-801 given from the start prevented most of the tolerance (Trujillo & Akil 1991; Dunbar & Yaksh 1996). MK-801 given only after a week did not restore sensitivity: NMDA block prevents more than it reverses. In patients, low-dose ketamine is the NMDA antagonist used, and methadone’s d-isomer also blocks NMDA receptors.',
    sourceIds: ['seed', 'celerier-2000', 'trujillo-1991', 'dunbar-1996'],
  },
  rvm: {
    site: 'rostral ventromedial medulla (brainstem)',
    summary:
      'Opioids switch the brainstem’s pain control towards ON cells, which send signals down the spinal cord that facilitate rather than inhibit pain.',
    evidence: 'Strong in rats: blocking or lesioning the RVM removes OIH and the apparent tolerance.',
    drives:
      'Sustained opioid exposure over days. In rats, cholecystokinin (CCK) released in the RVM switches on the facilitation, which appeared within about 3 days of continuous morphine, while the drug was still being given (Xie 2005; Vanderah 2001).',
    blocks:
      'Experiments in rats, not treatments for patients: numbing the RVM with lidocaine, or cutting the pathway it sends down the spinal cord, removed OIH and the rightward shift of the dose–response curve that looked like tolerance (Vanderah 2001). A CCK blocker injected into the RVM did the same (Xie 2005). In the app, turning off the “RVM on” switch on the Mechanisms tab imitates these experiments.',
    sourceIds: ['seed', 'vanderah-2001', 'xie-2005'],
  },
  glia: {
    site: 'microglia and astrocytes around spinal synapses',
    summary:
      'Over days, opioids activate microglia and astrocytes, which release pro-inflammatory substances (such as IL-1β) that amplify pain signalling — a neuroinflammatory state.',
    evidence:
      'Moderate, and from animals: glial inhibitors and cytokine blockers work in rodents, after days of exposure. How opioids reach glia is debated — TLR4 was proposed, but mice whose nociceptors lacked µ-opioid receptors developed neither tolerance nor OIH, and microglia carried none (Corder 2017).',
    drives:
      'Several days of opioid exposure: in rats, spinal cytokines rose after 5 daily morphine doses but not after one (Johnston 2004). In the model, glia follow the activity of spinal pain neurons with a lag of days, and much of their effect on pain passes through NMDA receptors.',
    blocks:
      'Experimental in animals only. In rats, the cytokine blocker IL-1ra given with morphine prevented hyperalgesia, allodynia and tolerance, and given later it reversed established hyperalgesia (Johnston 2004). The glial modulator ibudilast (AV411) made morphine 3–5 times more potent and reduced withdrawal (Hutchinson 2009, which also tested minocycline), and propentofylline reduced hyperalgesia and tolerance (Raghavendra 2004).',
    sourceIds: ['seed', 'johnston-2004', 'hutchinson-2009', 'raghavendra-2004', 'corder-2017'],
  },
  dynorphin: {
    site: 'dorsal horn of the spinal cord',
    summary:
      'Long-term opioids raise spinal dynorphin, an endogenous opioid peptide best known at kappa receptors. At the high spinal levels reached, it promotes pain signalling mostly through non-opioid targets — NMDA and bradykinin receptors — and weakens opioid relief.',
    evidence:
      'Strong in rats: a dynorphin antiserum removes OIH and restores the opioid’s effect. Its pain-promoting action survives opioid-receptor block (naloxone) but not NMDA block (Vanderah 1996; Laughlin 1997).',
    drives:
      'Long-term opioid exposure: in rats, an infusion of a µ-opioid drug into the spinal fluid raised spinal dynorphin (Vanderah 2000). In the model it needs both descending facilitation from the RVM and spinal NMDA activity, so it builds over weeks and fades slowly.',
    blocks:
      'An experiment in rats, not a treatment for patients: an antiserum (antibodies) against dynorphin injected into the spinal fluid blocked the allodynia, reversed the hyperalgesia and restored morphine’s potency (Vanderah 2000). In the app, turning off the “Dynorphin on” switch on the Mechanisms tab imitates it.',
    sourceIds: ['seed', 'vanderah-2000', 'vanderah-1996', 'laughlin-1997', 'lai-2006'],
  },
  hcn2: {
    site: 'peripheral pain-sensing neurons (nociceptors)',
    summary:
      'Chronic opioid exposure enhances HCN2 ion channels in nociceptors, making these peripheral neurons fire more easily.',
    evidence:
      'Weaker for OIH: HCN2 drives inflammatory and nerve pain, but its role in OIH rests on few studies. The model gives it a modest weight. It is not the only peripheral mechanism: in mice, µ-opioid receptors on nociceptors start both tolerance and OIH (Corder 2017).',
    drives:
      'Recent research suggests that chronic opioid exposure enhances HCN2 channels in nociceptors (the review). HCN2 responds to cAMP, a messenger inside the cell (Emery 2011). In the model, both sustained opioid exposure and withdrawal drive it.',
    blocks:
      'Deleting HCN2 from nociceptors in mice left normal pain thresholds but removed inflammatory and nerve-injury pain (Emery 2011) — a study of other pain, not of OIH. The HCN blocker ivabradine is reported to prevent remifentanil-induced hyperalgesia in mice (Xiao 2024). That removing HCN2 abolishes OIH has not been confirmed in a primary paper we checked. In the app, the add-on “Gabapentinoid (gabapentin, pregabalin)” also lowers it, a teaching assumption.',
    sourceIds: ['seed', 'emery-2011', 'xiao-2024', 'corder-2017'],
  },
};

export const mechanismText: Readonly<Record<MechanismId, MechanismText>> = {
  nmda: { ...mechanismLabels.nmda, ...explanations.nmda },
  rvm: { ...mechanismLabels.rvm, ...explanations.rvm },
  glia: { ...mechanismLabels.glia, ...explanations.glia },
  dynorphin: { ...mechanismLabels.dynorphin, ...explanations.dynorphin },
  hcn2: { ...mechanismLabels.hcn2, ...explanations.hcn2 },
};

/** Tolerance is not an OIH mechanism, but the scene, the charts and the mechanism panel show it beside them. */
export interface ToleranceText {
  readonly shortName: string;
  /** Full name, as MECHANISM_LABELS gives the mechanisms'. */
  readonly name: string;
  readonly site: string;
  readonly summary: string;
  readonly evidence: string;
  readonly drives: string;
  readonly blocks: string;
  readonly sourceIds: readonly ReferenceId[];
}

export const toleranceText: ToleranceText = {
  ...toleranceLabels,
  site: 'µ-opioid receptors on the nociceptor’s spinal terminal',
  summary:
    'µ-opioid receptors desensitize — they uncouple from their signalling — so the same dose gives less relief. Morphine pulls few of them into the cell, unlike the body’s own opioid peptides and some other opioids (Kim 2008). A higher dose restores relief — unlike OIH, where a higher dose makes pain worse — but raises the risk of overdose.',
  evidence:
    'Strong, in animals and in patients: after a month of morphine at a moderate dose, patients had lost 42 % of the analgesic potency, without OIH (Chu 2012).',
  drives:
    'Occupation of the µ-opioid receptors, with no threshold: every regular dose builds some tolerance. In mice it starts at the µ receptors of nociceptors (Corder 2017). In rats, tolerance built with a half-time of about a day (Ekblom 1993) and had faded one week after an infusion stopped (Dunbar & Yaksh 1996). Part of what is measured as tolerance is OIH hiding the drug’s effect (Vanderah 2001).',
  blocks:
    'A higher dose overcomes it. Rotating to another opioid helps because cross-tolerance is incomplete. In rats, MK-801, an NMDA antagonist, given from the start prevented most of it (Dunbar & Yaksh 1996), and blocking the RVM or neutralizing dynorphin restored the potency that OIH had hidden (Vanderah 2001; Vanderah 2000).',
  sourceIds: ['seed', 'ekblom-1993', 'dunbar-1996', 'vanderah-2001', 'chu-2012', 'kim-2008', 'corder-2017'],
};

/** A level as a percent with its words and trend, for the mechanism panel and lessons: "42 % · moderate · rising". */
export function levelSentence(level: number, trendPerDay: number): string {
  const percent = Number.isFinite(level) ? Math.round(Math.min(1, Math.max(0, level)) * 100) : 0;
  return `${percent} % · ${levelWords(level)} · ${trendWords(trendPerDay)}`;
}

/** Tolerance as the shift of the apparent EC50, with words and trend: "EC50 × 2.4 · high · rising". */
export function toleranceSentence(fold: number, level: number, trendPerDay: number): string {
  const shown = Number.isFinite(fold) ? Math.max(1, fold) : 1;
  return `EC50 × ${shown.toFixed(1)} · ${levelWords(level)} · ${trendWords(trendPerDay)}`;
}
