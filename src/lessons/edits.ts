import type { AdjuvantId, ScenarioEdit } from '../app/scenario-edits';
import type { MechanismId } from '../model';

/**
 * The edits lessons, cases and lecture scenes make, as a learner asks for them (the model resolves each against
 * the regimen in force at `atDay`). A rotation cuts the MME total by the model's usual margin for incomplete
 * cross-tolerance: 33 % to methadone, 25 % to buprenorphine.
 */
export const taper = (atDay: number, per: 'week' | 'month' = 'week'): ScenarioEdit => ({
  type: 'taper.start',
  atDay,
  percent: 10,
  per,
});

export const add = (kind: AdjuvantId, atDay: number): ScenarioEdit => ({
  type: 'adjuvant.set',
  kind,
  on: true,
  atDay,
});

export const rotate = (atDay: number, toDrug: 'methadone' | 'buprenorphine'): ScenarioEdit => ({
  type: 'drug.rotate',
  atDay,
  toDrug,
  reductionPercent: toDrug === 'methadone' ? 33 : 25,
});

export const change = (atDay: number, percent: number): ScenarioEdit => ({
  type: 'dose.change',
  atDay,
  percent,
});

/** A prescribed restart (MME/day of the simulated patient). */
export const restart = (atDay: number, dosePerDay: number): ScenarioEdit => ({
  type: 'opioid.restart',
  atDay,
  dosePerDay,
});

export const stop = (atDay: number): ScenarioEdit => ({ type: 'opioid.stop', atDay });

/** One mechanism switched off for the whole course (possible only in a model). */
export const switchOff = (mechanism: MechanismId): readonly ScenarioEdit[] => [
  { type: 'mechanism.set', mechanism, level: 0 },
];
