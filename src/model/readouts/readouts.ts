import type { MechanismLevels } from '../mechanisms/ids';
import { power } from '../mechanisms/relax';

/**
 * Readouts from the states (facts §3.2; note the sign: analgesia raises the threshold, sensitization S
 * lowers it). All are teaching-level summaries of what a clinician or an experimenter would measure.
 */
export interface ReadoutParameters {
  readonly painGain: number;
  readonly thresholdGain: number;
  readonly thresholdPower: number;
  readonly coldGain: number;
  readonly coldPower: number;
  readonly coldSensitivity: number;
  readonly allodyniaHalf: number;
  readonly areaNmda: number;
  readonly areaRvm: number;
  readonly areaGlia: number;
  readonly areaAnalgesia: number;
}

/** Mechanical/heat threshold relative to baseline: 1/(1 + S) + gT·E^qT. */
export function thresholdRelative(s: number, e: number, r: ReadoutParameters): number {
  return 1 / (1 + s) + r.thresholdGain * power(e, r.thresholdPower);
}

/** Clinical pain 0–10: the disease input amplified by S and relieved by analgesia. */
export function instantPain(disease: number, s: number, e: number, r: ReadoutParameters): number {
  return Math.min(10, disease * (1 + r.painGain * s) * (1 - e));
}

/** Cold-pressor tolerance relative to baseline, steep in E (facts §3.2, #23). */
export function coldPressorRelative(s: number, e: number, r: ReadoutParameters): number {
  return (1 + r.coldGain * power(e, r.coldPower)) / (1 + r.coldSensitivity * s);
}

/** Allodynia 0–1; above 0.5 light touch hurts. */
export function allodynia(s: number, r: ReadoutParameters): number {
  const s2 = s * s;
  return s2 / (s2 + r.allodyniaHalf * r.allodyniaHalf);
}

/** Share of the body that is painful (secondary hyperalgesia spreads with N, R and G; facts #18). */
export function painAreaFraction(
  baseArea: number,
  levels: Readonly<Pick<MechanismLevels, 'nmda' | 'rvm' | 'glia'>>,
  e: number,
  relief: number,
  p: ReadoutParameters,
): number {
  const area =
    baseArea *
    (1 + p.areaNmda * levels.nmda + p.areaRvm * levels.rvm + p.areaGlia * levels.glia) *
    (1 - p.areaAnalgesia * e) *
    (1 - relief);
  return Math.min(1, Math.max(0, area));
}
