/**
 * The safety notes (src/content/safety.ts) each experiment of the Experiments view shows under "Clinical
 * safety" (issue 20): every experiment on patients or virtual patients whose groups raise, cut, stop or switch
 * an opioid, add ketamine, or hold 50 MME/day or more carries the notes a clinician expects there, shown word
 * for word. Rat and volunteer protocols are laboratory work: no notes. Keyed by experiment id, because
 * src/science may not import content; test/content/experiment-safety.test.ts derives what each experiment's
 * groups do from their presets and checks the tags here cover it.
 *
 * Fletcher 2014 carries none: its doses are remifentanil infusions under anaesthesia, which none of the notes
 * (written for prescribed opioids) fits.
 */
import type { SafetyTag } from './safety';

export const experimentSafety: Readonly<Record<string, readonly SafetyTag[]>> = {
  // 60–300 MME/day held for months: the dose's overdose risk, naloxone.
  'chu-2012': ['overdose-dose', 'naloxone'],
  // A year at 300 MME/day, then an abrupt stop in people with opioid addiction.
  'pud-2006': ['taper-risk', 'loss-of-tolerance', 'oud-check', 'naloxone'],
  // Tapers, an abrupt stop, from the OIH state (240 MME/day from day 0).
  'darnall-2018': ['taper-risk', 'loss-of-tolerance', 'oud-check', 'naloxone', 'model-experiment'],
  // +50 % on top of 180 MME/day when pain returns.
  'escalation-trap': ['overdose-dose', 'oud-check', 'naloxone'],
  // Each dose of the curve held for 12 weeks, from the OIH state.
  'dose-response-shape': ['overdose-dose', 'naloxone', 'model-experiment'],
  // Rotation to methadone or buprenorphine, or ketamine, from the OIH state.
  'oih-management': [
    'rotation',
    'methadone',
    'buprenorphine-start',
    'ketamine',
    'naloxone',
    'model-experiment',
  ],
  // Doses rising to 240 MME/day, and 600 MME/day for 26 weeks.
  'knockouts-susceptibility': ['overdose-dose', 'naloxone'],
};

/** The notes an experiment shows, in the order above (none for most laboratory experiments). */
export const safetyTagsOf = (experimentId: string): readonly SafetyTag[] =>
  (Object.hasOwn(experimentSafety, experimentId) ? experimentSafety[experimentId] : undefined) ?? [];
