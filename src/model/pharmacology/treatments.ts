/**
 * Treatments: what each acts on follows facts §3.1 (6). NMDA antagonists act on *rates* (the N drive and
 * the NMDA-dependent share of slow tolerance); RVM block, dynorphin antiserum and glial inhibitors act on the
 * *existing level* at once. Sizes are teaching assumptions unless a source is named.
 */
export const TREATMENT_IDS = [
  'ketamine',
  's-ketamine',
  'mk-801',
  'gabapentinoid',
  'nsaid',
  'glial-modulator',
  'il-1ra',
  'rvm-block',
  'dynorphin-antiserum',
  'exercise',
  'cbt',
  'acupuncture',
  'massage',
] as const;
export type TreatmentId = (typeof TREATMENT_IDS)[number];

export interface TreatmentSpec {
  readonly label: string;
  /** Blocks the NMDA drive and the NMDA-dependent share of slow tolerance (0–1), at the experiments' dose. */
  readonly nmdaRateBlock: number;
  /** The same at the dose given to people, where it differs (ketamine: a low-dose infusion). */
  readonly nmdaRateBlockHuman?: number;
  /** Removes this share of the existing level of each mechanism while on board. */
  readonly rvmLevelBlock: number;
  readonly dynorphinLevelBlock: number;
  readonly gliaLevelBlock: number;
  readonly hcn2LevelBlock: number;
  /** Lowers the disease-pain input (0–1). */
  readonly diseasePainRelief: number;
  /** Shrinks the hyperalgesic area (0–1). */
  readonly areaRelief: number;
  readonly evidence: string;
  readonly source: string;
}

const NONE = {
  nmdaRateBlock: 0,
  rvmLevelBlock: 0,
  dynorphinLevelBlock: 0,
  gliaLevelBlock: 0,
  hcn2LevelBlock: 0,
  diseasePainRelief: 0,
  areaRelief: 0,
};

export const TREATMENTS: Readonly<Record<TreatmentId, TreatmentSpec>> = {
  ketamine: {
    ...NONE,
    label: 'Ketamine (low dose)',
    // Rats: 10 mg/kg s.c. blocks fully (facts #1); a low-dose infusion in people about half (issue 14, P6).
    nmdaRateBlock: 1,
    nmdaRateBlockHuman: 0.5,
    evidence: 'moderate (rodent and perioperative trials)',
    source: 'facts #1 (prevents delayed hyperalgesia), #18, #20; block size teaching assumption',
  },
  's-ketamine': {
    ...NONE,
    label: 'S-ketamine',
    nmdaRateBlock: 1,
    evidence: 'moderate (volunteer studies)',
    source: 'facts #18: abolishes the growth of the hyperalgesic area after remifentanil',
  },
  'mk-801': {
    ...NONE,
    label: 'MK-801 (experimental NMDA antagonist)',
    nmdaRateBlock: 1,
    evidence: 'strong in rodents (experimental only)',
    source: 'facts #3, #4, #5',
  },
  gabapentinoid: {
    ...NONE,
    label: 'Gabapentin / pregabalin',
    nmdaRateBlock: 0.3,
    hcn2LevelBlock: 0.5,
    diseasePainRelief: 0.1,
    evidence: 'moderate (rodent prevention; perioperative pregabalin)',
    source: 'facts #20, #25 (prevents OIH); sizes teaching assumption',
  },
  nsaid: {
    ...NONE,
    label: 'NSAID / acetaminophen',
    gliaLevelBlock: 0.05,
    diseasePainRelief: 0.15,
    areaRelief: 0.2,
    evidence: 'moderate for disease pain; weak against established OIH',
    source: 'facts #20 (reduce postinfusion area), #25 (indomethacin did not treat rodent OIH)',
  },
  'glial-modulator': {
    ...NONE,
    label: 'Glial modulator (experimental: ibudilast, minocycline)',
    gliaLevelBlock: 0.7,
    evidence: 'rodent only (experimental)',
    source: 'facts #12 (AV411, propentofylline); size teaching assumption',
  },
  'il-1ra': {
    ...NONE,
    label: 'IL-1 receptor antagonist / glial inhibitor (experimental)',
    gliaLevelBlock: 1,
    evidence: 'rodent only (experimental)',
    source: 'facts #11: IL-1ra prevents and reverses OIH',
  },
  'rvm-block': {
    ...NONE,
    label: 'RVM block (lidocaine or lesion, experimental)',
    rvmLevelBlock: 1,
    evidence: 'rodent only (experimental)',
    source: 'facts #7: RVM lidocaine or DLF lesion blocks OIH and the right shift',
  },
  'dynorphin-antiserum': {
    ...NONE,
    label: 'Dynorphin antiserum (intrathecal, experimental)',
    dynorphinLevelBlock: 1,
    evidence: 'rodent only (experimental)',
    source: 'facts #10: antiserum reverses hyperalgesia and restores potency',
  },
  exercise: {
    ...NONE,
    label: 'Exercise / physical therapy',
    diseasePainRelief: 0.1,
    evidence: 'moderate for chronic pain; none specific to OIH',
    source: 'source text ("physical and psychological therapies"); size teaching assumption',
  },
  cbt: {
    ...NONE,
    label: 'Cognitive behavioural therapy',
    diseasePainRelief: 0.08,
    evidence: 'moderate for chronic pain; none specific to OIH',
    source: 'source text; size teaching assumption',
  },
  acupuncture: {
    ...NONE,
    label: 'Acupuncture',
    diseasePainRelief: 0.05,
    evidence: 'low',
    source: 'source text; size teaching assumption',
  },
  massage: {
    ...NONE,
    label: 'Massage',
    diseasePainRelief: 0.05,
    evidence: 'low',
    source: 'source text; size teaching assumption',
  },
};
