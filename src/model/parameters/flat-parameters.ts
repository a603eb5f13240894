import { valuesOf, type Values } from './parameter';
import type { SubjectParameters } from './parameters';

/** Parameters as plain numbers, group by group, for the integrator. */
export type FlatParameters = { readonly [G in keyof SubjectParameters]: Values<SubjectParameters[G]> };

const cache = new WeakMap<SubjectParameters, FlatParameters>();

export function flattenParameters(parameters: SubjectParameters): FlatParameters {
  const hit = cache.get(parameters);
  if (hit) return hit;
  const out: Record<string, unknown> = {};
  for (const [group, entries] of Object.entries(parameters)) out[group] = valuesOf(entries);
  const flat = out as FlatParameters;
  cache.set(parameters, flat);
  return flat;
}
