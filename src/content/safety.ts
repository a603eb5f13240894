/**
 * Safety notes (issue 15): the points a pain-medicine teacher expects wherever a lesson step, a case option or
 * a lecture scene raises, lowers, stops, restarts or switches an opioid, or adds a sedating drug to it. Each
 * note is one short paragraph shown word for word where it applies; the content tags the step, option or
 * scene with the note's id (`safety: ['taper-risk']`), and test/lessons/safety.test.ts checks that every
 * host that acts carries the fitting tags and that each tagged note's words are really shown there.
 *
 * Sources are ids of src/content/references.ts or src/content/lesson-references.ts.
 */
export type SafetyTag =
  | 'overdose-dose'
  | 'naloxone'
  | 'taper-risk'
  | 'loss-of-tolerance'
  | 'rotation'
  | 'methadone'
  | 'buprenorphine-start'
  | 'sedatives'
  | 'ketamine'
  | 'oud-check'
  | 'model-experiment';

export interface SafetyNote {
  /** A few words naming the point, for the notes and the report of the test. */
  readonly label: string;
  /** The words shown, exactly, wherever the tag is carried. */
  readonly text: string;
  readonly sourceIds: readonly string[];
}

export const safetyNotes: Readonly<Record<SafetyTag, SafetyNote>> = {
  'overdose-dose': {
    label: 'overdose risk rises with the dose',
    text: 'Safety: the risk of overdose rises with the daily dose (at 50 to under 100 MME/day it was 1.9–4.6 times the risk below 20; CDC 2016), so a dose goes up only when the likely gain outweighs that risk, and the patient has naloxone at home.',
    sourceIds: ['cdc-2016', 'cdc-2022'],
  },
  naloxone: {
    label: 'naloxone and overdose education',
    text: 'Safety: offer naloxone and show the patient and family when and how to use it; at doses of 50 MME/day or more the guideline advises it (CDC 2022, recommendation 8).',
    sourceIds: ['cdc-2022'],
  },
  'taper-risk': {
    label: 'risks of forced or fast tapers',
    text: 'Safety: a taper is agreed with the patient, not imposed. It goes slowly (after a year or more often about 10 % a month; CDC 2022), pauses when needed, watches mood and keeps close follow-up with naloxone at home: after tapers, overdoses and mental-health crises were more frequent (adjusted rate ratios 1.28 and 1.74; Agnoli 2021, corrected 2022), and the FDA warns against sudden stops (2019).',
    sourceIds: ['cdc-2022', 'agnoli-2021', 'fda-2019-taper', 'hhs-2019'],
  },
  'loss-of-tolerance': {
    label: 'overdose after loss of tolerance',
    text: 'Safety: tolerance to breathing depression fades within days of stopping, so taking the old dose again can be fatal. Any restart is at a much lower dose, supervised, and with naloxone.',
    sourceIds: ['cdc-2022', 'fda-2019-taper'],
  },
  rotation: {
    label: 'a switch is not an MME calculation',
    text: 'Safety: in this app a switched opioid starts a fixed share lower (33 % for methadone, 25 % for buprenorphine). That share is the model’s teaching device for incomplete cross-tolerance, not a conversion rule: MME is not a conversion tool, and a real switch starts the new opioid substantially lower than its calculated equivalent, set and adjusted by an experienced clinician (CDC 2022).',
    sourceIds: ['cdc-2022'],
  },
  methadone: {
    label: 'methadone needs special caution',
    text: 'Methadone is not a first-line choice for chronic pain: its half-life is long and variable, its breathing depression peaks later than its pain relief, it can prolong the QT interval and it interacts with many drugs, so its dose changes no more often than every 5–7 days (Chou 2014; VA/DoD 2017).',
    sourceIds: ['chou-2014', 'va-dod-2017', 'cdc-2022'],
  },
  'buprenorphine-start': {
    label: 'buprenorphine: partial agonist, precipitated withdrawal',
    text: 'Buprenorphine is a partial µ-opioid agonist with very high receptor affinity and a κ-receptor antagonist. Started on top of a full agonist it can push the patient into withdrawal, so it is begun once withdrawal has started (or by a low-dose method) by a clinician experienced with it; the guideline gives it no MME factor (CDC 2022).',
    sourceIds: ['robinson-2002', 'cdc-2022'],
  },
  sedatives: {
    label: 'gabapentinoids and benzodiazepines with opioids',
    text: 'Safety: gabapentin, pregabalin and benzodiazepines add to the breathing depression of opioids (FDA 2019; CDC 2022, recommendation 11); gabapentin taken with opioids went with more opioid deaths (odds ratio 1.49; Gomes 2017). Combine them only for a clear reason, at low doses, with naloxone.',
    sourceIds: ['fda-2019-gabapentinoids', 'gomes-2017', 'cdc-2022'],
  },
  ketamine: {
    label: 'ketamine: limited evidence, real side effects',
    text: 'Ketamine’s human evidence against OIH comes mostly from surgery; for chronic pain a 2018 consensus calls the evidence variable by condition and dose (Cohen 2018). Its side effects — dissociation, hallucinations, raised blood pressure and heart rate, and bladder damage with repeated use — mean it is given by specialists with monitoring.',
    sourceIds: ['cohen-2018', 'joly-2005'],
  },
  'oud-check': {
    label: 'screen for opioid use disorder',
    text: 'Check for opioid use disorder without accusing: prescription-monitoring (PDMP) records, a urine drug test and a structured interview; if it is present, offer medication for it (buprenorphine or methadone) rather than a taper alone (CDC 2022, recommendations 9, 10 and 12).',
    sourceIds: ['cdc-2022'],
  },
  'model-experiment': {
    label: 'a model experiment, not a way to treat anyone',
    text: 'This is an experiment in the model, not a way to treat anyone: no one would start an opioid-naive person on 240 MME/day, a dose that could stop their breathing. The model puts months of dose increases into one step so that the mechanisms can be watched, in a virtual patient set to be more susceptible to OIH than average (1.5 on the model’s scale, where 1 is typical).',
    sourceIds: ['cdc-2022'],
  },
};

/** Every tag, in a fixed order (lecture files check a scene's tags against it). */
export const SAFETY_TAGS = Object.keys(safetyNotes) as SafetyTag[];

/** The shown words of a note (for template strings in lessons, cases and the lecture). */
export const safety = (tag: SafetyTag): string => safetyNotes[tag].text;
