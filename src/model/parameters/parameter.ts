/**
 * A model parameter carries its value, its unit and where it comes from (style.md: a parameter names its
 * source, or says "teaching assumption" and why). docs/model.md's parameter table is generated from these.
 */
export interface Parameter {
  readonly value: number;
  readonly unit: string;
  readonly source: string;
}

export function param(value: number, unit: string, source: string): Parameter {
  return { value, unit, source };
}

/** A group of parameters (one per mechanism or process), as written in parameters.ts. */
export type ParameterGroup = Readonly<Record<string, Parameter>>;

/** Plain numbers of a group, for the integrator's inner loop. */
export type Values<G extends ParameterGroup> = { readonly [K in keyof G]: number };

export function valuesOf<G extends ParameterGroup>(group: G): Values<G> {
  const out: Record<string, number> = {};
  for (const [key, p] of Object.entries(group)) out[key] = p.value;
  return out as Values<G>;
}
