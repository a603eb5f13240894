/**
 * What the source review (reference 'seed' of references.ts; the text is ../shared/seeds/000_5fdfe9290f1d1d34.txt,
 * copied to test/fixtures/seed.txt) claims: one entry per distinct factual statement, said in our own words,
 * with short quotes of the review (`anchors`) so that a reader can find where it says so. A statement the review
 * makes twice — in its text and again in its table — is one claim with two anchors. Every sentence, list item
 * and table cell of the review holds the anchor of a claim or of a non-claim below (a heading, a lead-in), which
 * says why it claims nothing.
 *
 * src/lessons/seed-map.ts says where the app teaches each claim; test/lessons/seed-coverage.test.ts checks that
 * the anchors are the review's words and cover all of it, and that every claim is taught somewhere that exists.
 */

/** A claim, under its id in `seedClaims`. */
export interface SeedClaim {
  /** The claim in our words; a correction of the review is said after a semicolon. */
  readonly says: string;
  /** Short quotes of the review, each found exactly once in it. */
  readonly anchors: readonly [string, ...string[]];
}

export interface SeedNonClaim {
  /** A short quote of the review, found exactly once in it. */
  readonly anchor: string;
  /** Why the passage is not a claim to teach. */
  readonly why: string;
}

export const seedClaims = {
  // The core of the paradox
  'paradox-is-oih': {
    says: 'The “opioid paradox” is the everyday name of opioid-induced hyperalgesia (OIH).',
    anchors: ['known clinically as Opioid-Induced Hyperalgesia'],
  },
  'oih-more-sensitive': {
    says: 'In OIH, opioids given to relieve pain leave a person more sensitive to pain, amplifying it.',
    anchors: ['become more sensitive to painful stimuli', 'instead amplify it'],
  },
  'pain-worse': {
    says: 'Rather than easing a pain, the opioid can make it feel worse.',
    anchors: ['make the pain feel worse'],
  },
  'pain-spreads': {
    says: 'With OIH, pain can appear in parts of the body that did not hurt before, and becomes more diffuse.',
    anchors: [
      'cause new pain to appear in different areas',
      'pain spreading to areas of the body',
      'more diffuse, spread to new areas',
    ],
  },
  'management-challenge': {
    says: 'OIH is a real difficulty for the management of chronic pain.',
    anchors: ['significant challenge in chronic pain management'],
  },
  'hard-to-tell-from-tolerance': {
    says: 'OIH is hard to tell apart from look-alike conditions, tolerance above all.',
    anchors: ['difficult to distinguish from other conditions'],
  },
  'sign-sensitivity': {
    says: 'One sign of OIH is a clear rise in how sensitive a person is to pain.',
    anchors: ['a noticeable increase in pain sensitivity'],
  },
  'dose-up-oih-worse': {
    says: 'A higher dose makes OIH pain worse, not better — one of its signs.',
    anchors: [
      'pain that worsens when the opioid dose is increased',
      'will worsen pain caused by OIH',
      'Pain paradoxically worsens',
    ],
  },
  'allodynia-sign': {
    says: 'Allodynia is an especially telling sign of OIH.',
    anchors: ['A particularly telling sign is allodynia', 'May include allodynia'],
  },
  'allodynia-defined': {
    says: 'Allodynia is pain from something that normally does not hurt, such as clothes touching the skin.',
    anchors: ['the light touch of clothing'],
  },
  // Neurobiology
  'not-fully-understood': {
    says: 'How OIH arises is complicated and not yet fully known.',
    anchors: ['not yet fully understood'],
  },
  'several-changes': {
    says: 'Research points to several changes in the nervous system behind OIH.',
    anchors: ['several key neurobiological changes'],
  },
  'homeostasis-disrupted': {
    says: 'Long-term opioids upset the body’s own balance of pain regulation (homeostasis).',
    anchors: ['natural pain regulation system, known as homeostasis'],
  },
  'central-sensitization': {
    says: 'The upset leads to central sensitization: the spinal cord and brain become hyperexcitable.',
    anchors: ['a state of central sensitization'],
  },
  'nmda-glutamate': {
    says: 'The NMDA receptor belongs to the central glutamate system; the review’s “glutaminergic” is a slip for glutamatergic.',
    anchors: ['part of the central glutaminergic system'],
  },
  'nmda-primary-driver': {
    says: 'NMDA receptors are thought to be a main driver of OIH.',
    anchors: ['believed to be a primary driver of OIH'],
  },
  'nmda-upregulated': {
    says: 'Opioid use raises the number of NMDA receptors and opens them more often.',
    anchors: ['the upregulation and activation of these receptors'],
  },
  'nmda-transmission': {
    says: 'More active NMDA receptors pass pain signals on more strongly.',
    anchors: ['enhances the transmission of pain signals'],
  },
  'rvm-descending': {
    says: 'Opioids can switch on pain pathways that run down from the brainstem.',
    anchors: ['activate descending pain pathways from the brainstem'],
  },
  'rvm-site': {
    says: 'The brainstem area in question is the rostral ventromedial medulla (RVM).',
    anchors: ['rostral ventromedial medulla or RVM'],
  },
  'rvm-facilitates': {
    says: 'Its descending signals make pain transmission in the spinal cord easier instead of damping it.',
    anchors: ['facilitate, rather than inhibit, pain signals'],
  },
  'glia-activated': {
    says: 'Opioids can activate glia — microglia and astrocytes, the non-neuronal cells of the nervous system.',
    anchors: ['like microglia and astrocytes, can be activated by opioids'],
  },
  'glia-release': {
    says: 'Activated glia release pro-inflammatory substances.',
    anchors: ['release of pro-inflammatory substances'],
  },
  'glia-neuroinflammation': {
    says: 'Those substances bring neuroinflammation and stronger pain signalling.',
    anchors: ['a neuroinflammatory state and enhanced pain signaling'],
  },
  'dynorphin-rises': {
    says: 'Long-term opioids can raise spinal dynorphin.',
    anchors: ['can increase levels of dynorphin'],
  },
  'dynorphin-kappa': {
    says: 'Dynorphin is one of the body’s own opioid peptides, acting at kappa-opioid receptors.',
    anchors: ['an endogenous opioid peptide that acts on kappa-opioid receptors'],
  },
  'dynorphin-promotes-pain': {
    says: 'At high levels dynorphin promotes pain instead of relieving it; it does so mostly through non-opioid targets.',
    anchors: ['dynorphin can paradoxically promote pain signaling'],
  },
  'hcn2-recent': {
    says: 'The HCN2 mechanism rests on recent research that suggests rather than shows it.',
    anchors: ['Recent research suggests'],
  },
  'hcn2-enhanced': {
    says: 'Chronic opioids enhance HCN2 ion channels in nociceptors.',
    anchors: ['enhances the activity of HCN2 ion channels'],
  },
  'nociceptors-peripheral': {
    says: 'Nociceptors are the pain-sensing neurons of the periphery.',
    anchors: ['peripheral pain-sensing neurons (nociceptors)'],
  },
  'hcn2-excitability': {
    says: 'Enhanced HCN2 makes nociceptors fire more easily and adds to OIH directly.',
    anchors: ['increasing their excitability and contributing directly to OIH'],
  },
  // OIH versus tolerance
  'must-differentiate': {
    says: 'In the clinic, telling OIH from tolerance is essential.',
    anchors: ['crucial to differentiate OIH from opioid tolerance'],
  },
  'opposite-management': {
    says: 'OIH and tolerance are managed in opposite ways.',
    anchors: ['management strategies are opposite'],
  },
  'same-complaint': {
    says: 'Both can lead a patient to say the medicine has stopped working.',
    anchors: ['medication is no longer effective'],
  },
  'different-processes': {
    says: 'Underneath, the two differ in their processes and in how they respond to dose changes.',
    anchors: ['underlying processes and responses to dose changes are different'],
  },
  'dose-up-tolerance-better': {
    says: 'A higher dose relieves pain due to tolerance and brings back the relief there was before.',
    anchors: ['will improve pain related to tolerance', 'previous level of analgesia is restored'],
  },
  'oih-mechanism': {
    says: 'At its core OIH is more sensitivity to pain, through central sensitization.',
    anchors: ['Increased pain sensitivity (central sensitization)'],
  },
  'tolerance-mechanism': {
    says: 'At its core tolerance is less effect of the drug, through receptor desensitization.',
    anchors: ['Decreased drug efficacy (receptor desensitization)'],
  },
  'oih-pain-quality': {
    says: 'With OIH the pain can change its character.',
    anchors: ['change in quality'],
  },
  'tolerance-pain-stays': {
    says: 'With tolerance the pain usually stays where it was and feels the same.',
    anchors: ['remains at the original site'],
  },
  'tolerance-no-allodynia': {
    says: 'Tolerance does not usually bring new kinds of pain sensitivity such as allodynia.',
    anchors: ['Usually not associated with new types of pain sensitivity'],
  },
  'oih-treatment': {
    says: 'OIH is treated by lowering, switching or stopping the opioid; stopping means a supervised taper.',
    anchors: ['Opioid dose reduction, rotation, or cessation'],
  },
  'tolerance-treatment': {
    says: 'Tolerance is treated by raising the dose or switching the opioid; a higher dose adds overdose risk.',
    anchors: ['Opioid dose escalation or rotation'],
  },
  // Managing the paradox
  'treat-the-cause': {
    says: 'The main treatment of OIH deals with its cause, the opioid itself.',
    anchors: ['address the causative agent'],
  },
  individualized: {
    says: 'Management is careful and fitted to the person.',
    anchors: ['careful and individualized approach'],
  },
  combination: {
    says: 'It usually combines several strategies.',
    anchors: ['a combination of strategies'],
  },
  'taper-most-important': {
    says: 'Bringing the dose down slowly (tapering) is the most important treatment.',
    anchors: ['The most important treatment is to slowly reduce'],
  },
  'taper-supervised': {
    says: 'A taper is supervised by a clinician, to manage withdrawal.',
    anchors: ['under medical supervision to manage withdrawal symptoms'],
  },
  'taper-pace': {
    says: 'A common pace is 10–20 % a week; guidelines advise slower steps after long-term use.',
    anchors: ['A reduction of 10-20% per week'],
  },
  'taper-pain-improves': {
    says: 'Pain often gets better as the dose comes down.',
    anchors: ['patients report an improvement in their pain'],
  },
  'rotation-effective': {
    says: 'Switching to another opioid (rotation) can work.',
    anchors: ['Switching to a different opioid can be effective'],
  },
  'cross-tolerance': {
    says: 'Rotation works because tolerance carries over only partly from one opioid to another.',
    anchors: ['leverages incomplete cross-tolerance'],
  },
  'rotation-nmda-opioid': {
    says: 'A switch to an opioid that also blocks NMDA receptors can help most.',
    anchors: ['can be particularly beneficial'],
  },
  'methadone-buprenorphine': {
    says: 'The review names methadone and buprenorphine as such opioids; only methadone (its d-isomer) blocks NMDA receptors.',
    anchors: ['such as methadone or buprenorphine'],
  },
  adjuvants: {
    says: 'Non-opioid medicines added alongside can help with pain during a taper.',
    anchors: ['help manage pain during an opioid taper'],
  },
  'nmda-antagonists': {
    says: 'NMDA antagonists such as ketamine can counter central sensitization.',
    anchors: ['Medications like ketamine', 'adding NMDA antagonists'],
  },
  gabapentinoids: {
    says: 'The anticonvulsants gabapentin and pregabalin can help neuropathic pain and hyperalgesia.',
    anchors: ['Gabapentin and pregabalin can be effective'],
  },
  nsaids: {
    says: 'NSAIDs and acetaminophen can treat the underlying pain while the opioid is reduced.',
    anchors: ['manage underlying pain as opioid doses are reduced'],
  },
  'non-drug-therapies': {
    says: 'Exercise, physical therapy, CBT, acupuncture and massage can help with pain.',
    anchors: ['acupuncture, and massage can help manage pain'],
  },
  'non-drug-function': {
    says: 'Those therapies also improve function and lessen the need for opioids.',
    anchors: ['improve function, reducing reliance on opioids'],
  },
  'education-prevents': {
    says: 'Teaching patients the risks of long-term opioids, OIH included, helps prevent harm.',
    anchors: ['a crucial preventative measure'],
  },
  'education-empowers': {
    says: 'Patients who understand their condition can take an active part in their own plan.',
    anchors: ['active participants in their pain management plan'],
  },
  // Conclusion
  'serious-consequence': {
    says: 'OIH is a serious, hard consequence of long-term opioid therapy.',
    anchors: ['a serious and challenging consequence of long-term opioid therapy'],
  },
  'neuroplastic-changes': {
    says: 'Lasting changes in the nervous system drive it and raise pain sensitivity.',
    anchors: ['complex neuroplastic changes in the nervous system'],
  },
  'first-steps': {
    says: 'Spotting the signs and telling OIH from tolerance come first.',
    anchors: ['critical first steps'],
  },
  'management-focus': {
    says: 'Management centres on a careful taper or switch, with non-opioid medicines and therapies for the pain.',
    anchors: ['carefully tapering or rotating opioids'],
  },
  'understanding-essential': {
    says: 'Better understanding of OIH by clinicians and patients makes pain care safer and better.',
    anchors: ['among both clinicians and patients'],
  },
  'further-reading': {
    says: 'The review suggests a further review of OIH’s mechanisms and management (Wilson et al. 2021).',
    anchors: ['consider this resource on the pathophysiology'],
  },
} as const satisfies Readonly<Record<string, SeedClaim>>;

export type SeedClaimId = keyof typeof seedClaims;

export const seedNonClaims: readonly SeedNonClaim[] = [
  {
    anchor: 'The Core of the Paradox: When Painkillers Cause Pain',
    why: 'title; the paragraph under it makes the claims',
  },
  { anchor: 'Neurobiology: How Does OIH Happen?', why: 'heading, asked as a question' },
  { anchor: 'Key proposed mechanisms include:', why: 'lead-in to the list of five mechanisms' },
  { anchor: 'OIH vs. Opioid Tolerance: A Critical Distinction', why: 'heading' },
  { anchor: 'Comparison Table: OIH vs. Tolerance', why: 'title of the table' },
  {
    anchor: 'Feature | Opioid-Induced Hyperalgesia (OIH) | Opioid Tolerance',
    why: 'header row of the table',
  },
  { anchor: 'Primary Mechanism', why: 'row label; its cells make the claims' },
  { anchor: 'Pain Characteristics', why: 'row label; its cells make the claims' },
  { anchor: 'Response to Dose Increase', why: 'row label; its cells make the claims' },
  { anchor: 'Associated Symptoms', why: 'row label; its cells make the claims' },
  { anchor: 'Effective Treatment', why: 'row label; its cells make the claims' },
  { anchor: 'Managing the Opioid Paradox', why: 'heading' },
  { anchor: 'Pharmacological Approaches:', why: 'heading of a list' },
  { anchor: 'These include:', why: 'lead-in to the list of adjuvant medicines' },
  { anchor: 'Non-Pharmacological Strategies:', why: 'heading of a list' },
  { anchor: 'Conclusion', why: 'heading' },
];
