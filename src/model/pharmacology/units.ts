import { DRUGS, type DrugId } from './drugs';
import type { RouteId } from './routes';

/** The units a dose can be written in. */
export const UNIT_IDS = ['MME', 'mg/kg', 'ug/kg'] as const;
export type DoseUnit = (typeof UNIT_IDS)[number];

/**
 * Converts a dose as written in a scenario into the model's internal unit: reference daily doses (C = 1 at
 * steady state). Human doses are MME (µg/kg or mg/kg only for volunteer protocols, read with the body
 * weight); rat doses are mg/kg or µg/kg of the drug, read as s.c. morphine equivalents.
 */
export interface UnitContext {
  readonly subject: 'human' | 'rat';
  readonly referenceDosePerDay: number;
  readonly bodyWeightKg: number;
  /** Potency of an intrathecal mg relative to a s.c. mg (rats; human doses are MME, which include the route). */
  readonly intrathecalPotency: number;
}

export function defaultUnit(subject: 'human' | 'rat'): DoseUnit {
  return subject === 'human' ? 'MME' : 'mg/kg';
}

/** MME of a human dose (0 for rats). */
export function toMme(ctx: UnitContext, drug: DrugId, route: RouteId, unit: DoseUnit, dose: number): number {
  if (ctx.subject !== 'human') return 0;
  if (unit === 'MME') return dose;
  const mg = dose * ctx.bodyWeightKg * (unit === 'ug/kg' ? 1e-3 : 1);
  const table = DRUGS[drug].mmePerMg;
  const factor = table[route] ?? table.intravenous ?? table.oral ?? 1;
  return mg * factor;
}

/** mg/kg of a rat dose (µg/kg converted), 0 for humans: the per-kg dose the rat presets report. */
export function toMgPerKg(ctx: UnitContext, unit: DoseUnit, dose: number): number {
  if (ctx.subject !== 'rat') return 0;
  return unit === 'ug/kg' ? dose * 1e-3 : dose;
}

/** The dose in reference daily doses, which is what the pharmacokinetics carry. */
export function toReference(
  ctx: UnitContext,
  drug: DrugId,
  route: RouteId,
  unit: DoseUnit,
  dose: number,
): number {
  if (ctx.subject === 'human') return toMme(ctx, drug, route, unit, dose) / ctx.referenceDosePerDay;
  const routeFactor = route === 'intrathecal' ? ctx.intrathecalPotency : 1;
  return (toMgPerKg(ctx, unit, dose) * DRUGS[drug].ratPotency * routeFactor) / ctx.referenceDosePerDay;
}
