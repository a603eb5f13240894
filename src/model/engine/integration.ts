import type { MechanismLevels } from '../mechanisms/ids';
import type { ToleranceShares } from '../mechanisms/tolerance';
import { noModifiers, type Modifiers } from '../scenario/modifiers';
import type { Run } from './run-memory';
import { rates, type Rates } from './step-rates';

/**
 * What every part of a step reads and writes (engine.ts → exposure-step.ts → slow-step.ts → record.ts), built
 * once per `integrate` call so that no part takes a long list of numbers.
 */
export interface Integration extends Run {
  readonly k: Rates;
  /** Treatments and knock-outs in force (`rt.modifiersAt` refills it where they change). */
  readonly mods: Modifiers;
  /** The mechanism levels as they act at the step's start, and latent sensitization L then. */
  readonly start: MechanismLevels & { latent: number };
  /** The drive at the start of the next sub-step — the end of the last — and its two capped forms. */
  readonly onset: { f: number; nmda: number; slow: number };
  /** What the last fast sub-step handed on (its withdrawal is the one at its start). */
  readonly sub: Drives;
  /** The same, averaged over the step's sub-steps (withdrawal × susceptibility): the slow states' drives. */
  readonly step: Drives;
  /** Each slot's share of this sub-step's tolerance formation. */
  readonly shares: ToleranceShares;
  /** The next dose event to give. */
  doseCursor: number;
  /** Scratch: the infusion rates into each slot's depot and plasma. */
  readonly depotRate: Float64Array;
  readonly centralRate: Float64Array;
}

/** The drive f (Simpson average over a sub-step), the capped slow drive fs, and withdrawal. */
export interface Drives {
  drive: number;
  slowDrive: number;
  withdrawal: number;
}

export function beginIntegration(run: Run): Integration {
  const rt = run.rt;
  const nSlots = rt.slots.length;
  return {
    rt,
    state: run.state,
    memory: run.memory,
    k: rates(rt),
    mods: noModifiers(),
    start: { nmda: 0, rvm: 0, dynorphin: 0, glia: 0, hcn2: 0, latent: 0 },
    onset: { f: 0, nmda: 0, slow: 0 },
    sub: { drive: 0, slowDrive: 0, withdrawal: 0 },
    step: { drive: 0, slowDrive: 0, withdrawal: 0 },
    shares: { offsets: rt.slotOffsets, each: new Float64Array(nSlots), total: 0 },
    doseCursor: 0,
    depotRate: new Float64Array(nSlots),
    centralRate: new Float64Array(nSlots),
  };
}
