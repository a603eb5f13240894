import { MECHANISM_IDS, type MechanismId } from '../mechanisms/ids';
import { TREATMENTS, type TreatmentId } from '../pharmacology/treatments';
import type { Scenario } from './scenario-schema';

/**
 * What the scenario's treatments and knock-outs do at a moment, as multipliers the integrator applies: blocks
 * (0 = none, 1 = all) and knock-out levels (1 = intact, 0 = removed).
 */
export interface Modifiers {
  nmdaBlock: number;
  rvmBlock: number;
  dynorphinBlock: number;
  gliaBlock: number;
  hcn2Block: number;
  painRelief: number;
  areaRelief: number;
  koNmda: number;
  koRvm: number;
  koDynorphin: number;
  koGlia: number;
  koHcn2: number;
}

/** No treatment and no knock-out: the starting point that `modifiersAt` fills in for a time. */
export function noModifiers(): Modifiers {
  return {
    nmdaBlock: 0,
    rvmBlock: 0,
    dynorphinBlock: 0,
    gliaBlock: 0,
    hcn2Block: 0,
    painRelief: 0,
    areaRelief: 0,
    koNmda: 1,
    koRvm: 1,
    koDynorphin: 1,
    koGlia: 1,
    koHcn2: 1,
  };
}

/** When the modifiers change (sorted start and stop days), and a function that fills them in for a time. */
export interface ModifierTable {
  readonly times: readonly number[];
  readonly at: (t: number, out: Modifiers) => void;
}

export function modifierTable(scenario: Scenario): ModifierTable {
  const human = scenario.subject === 'human';
  const times = new Set<number>();
  for (const x of [...scenario.treatments, ...scenario.knockouts]) {
    times.add(x.startDay);
    if (x.stopDay !== undefined) times.add(x.stopDay);
  }
  const at = (t: number, out: Modifiers) => {
    const keep = { nmda: 1, rvm: 1, dynorphin: 1, glia: 1, hcn2: 1, pain: 1, area: 1 };
    for (const tr of scenario.treatments) {
      if (!active(t, tr.startDay, tr.stopDay)) continue;
      const spec = TREATMENTS[tr.kind];
      const nmdaBlock = human ? (spec.nmdaRateBlockHuman ?? spec.nmdaRateBlock) : spec.nmdaRateBlock;
      keep.nmda *= 1 - tr.strength * nmdaBlock;
      keep.rvm *= 1 - tr.strength * spec.rvmLevelBlock;
      keep.dynorphin *= 1 - tr.strength * spec.dynorphinLevelBlock;
      keep.glia *= 1 - tr.strength * spec.gliaLevelBlock;
      keep.hcn2 *= 1 - tr.strength * spec.hcn2LevelBlock;
      keep.pain *= 1 - tr.strength * spec.diseasePainRelief;
      keep.area *= 1 - tr.strength * spec.areaRelief;
    }
    const ko: Record<MechanismId, number> = { nmda: 1, rvm: 1, glia: 1, dynorphin: 1, hcn2: 1 };
    for (const k of scenario.knockouts)
      if (active(t, k.startDay, k.stopDay)) ko[k.mechanism] = Math.min(ko[k.mechanism], k.level);
    out.nmdaBlock = 1 - keep.nmda;
    out.rvmBlock = 1 - keep.rvm;
    out.dynorphinBlock = 1 - keep.dynorphin;
    out.gliaBlock = 1 - keep.glia;
    out.hcn2Block = 1 - keep.hcn2;
    out.painRelief = 1 - keep.pain;
    out.areaRelief = 1 - keep.area;
    out.koNmda = ko.nmda;
    out.koRvm = ko.rvm;
    out.koDynorphin = ko.dynorphin;
    out.koGlia = ko.glia;
    out.koHcn2 = ko.hcn2;
  };
  return { times: [...times].sort((a, b) => a - b), at };
}

/** The mechanisms knocked out (level below 1) at day t. */
export function knockedOutAt(scenario: Scenario, t: number): MechanismId[] {
  return MECHANISM_IDS.filter((m) =>
    scenario.knockouts.some((k) => k.mechanism === m && k.level < 1 && active(t, k.startDay, k.stopDay)),
  );
}

/** A mechanism held back by treatments on board at a moment: how much (0–1) and by which. */
export interface MechanismBlock {
  readonly fraction: number;
  readonly by: readonly TreatmentId[];
}

/**
 * The mechanisms that treatments block at day t (the same blocks `modifierTable` applies), with the treatments
 * responsible: what the scene names when it greys a mechanism ("NMDA blocked by ketamine").
 */
export function blocksAt(scenario: Scenario, t: number): Partial<Record<MechanismId, MechanismBlock>> {
  const out = noModifiers();
  modifierTable(scenario).at(t, out);
  const fractions: Record<MechanismId, number> = {
    nmda: out.nmdaBlock,
    rvm: out.rvmBlock,
    glia: out.gliaBlock,
    dynorphin: out.dynorphinBlock,
    hcn2: out.hcn2Block,
  };
  const human = scenario.subject === 'human';
  const blockOf = (id: TreatmentId, m: MechanismId) => {
    const spec = TREATMENTS[id];
    if (m === 'nmda') return human ? (spec.nmdaRateBlockHuman ?? spec.nmdaRateBlock) : spec.nmdaRateBlock;
    return spec[`${m}LevelBlock`];
  };
  const blocks: Partial<Record<MechanismId, MechanismBlock>> = {};
  for (const m of MECHANISM_IDS) {
    if (fractions[m] <= 0) continue;
    const by = scenario.treatments
      .filter((tr) => active(t, tr.startDay, tr.stopDay) && tr.strength * blockOf(tr.kind, m) > 0)
      .map((tr) => tr.kind);
    blocks[m] = { fraction: fractions[m], by: [...new Set(by)] };
  }
  return blocks;
}

function active(t: number, start: number, stop: number | undefined): boolean {
  return t >= start - 1e-9 && (stop === undefined || t < stop - 1e-9);
}
