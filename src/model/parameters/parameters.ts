import { HUMAN_PARAMETERS, type SubjectParameters } from './parameters-human';
import { RAT_PARAMETERS } from './parameters-rat';

/**
 * Model parameters: one structure, two calibrations (facts §3.1 (1)). Every entry carries its unit and
 * its source or the words "teaching assumption" (parameters-human.ts, parameters-rat.ts). Presets never
 * override these: they choose only regimen, duration, subject, susceptibility, disease course, treatments
 * and knock-outs.
 */
export type Subject = 'human' | 'rat';
export type { SubjectParameters };

export const PARAMETERS: Readonly<Record<Subject, SubjectParameters>> = {
  human: HUMAN_PARAMETERS,
  rat: RAT_PARAMETERS,
};
