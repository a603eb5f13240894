import type { NmdaRates } from './nmda';
import { decayFactor, rateFromHalfLife } from './relax';
import type { Runtime } from './setup';

/** Rate constants (per day) and decay factors of one run, computed once from its parameters and step. */
export interface Rates {
  readonly adaptDecaySub: number;
  readonly withdrawalDecaySub: number;
  readonly t1on: number;
  readonly t1off: number;
  readonly t2on: number;
  readonly t2off: number;
  readonly nmda: NmdaRates;
  readonly rOn: number;
  readonly rOff: number;
  readonly dOn: number;
  readonly dOff: number;
  readonly gOn: number;
  readonly gOff: number;
  readonly gLagDecay: number;
  readonly hOn: number;
  readonly hOff: number;
  readonly latentDecay: number;
  readonly latentRiseDecay: number;
  readonly antiOpioidDecay: number;
  /** The standard sub-step (days) and the tolerance decay over it. */
  readonly subDays: number;
  readonly t1offDecaySub: number;
  readonly t2offDecaySub: number;
  /** 1/cap of the NMDA and the slow drives (exposure-step.ts `capped`). */
  readonly perNmdaCap: number;
  readonly perSlowCap: number;
  readonly memOn: number;
  readonly memOff: number;
  readonly heal: number;
}

const rateCache = new WeakMap<Runtime, Rates>();

export function rates(rt: Runtime): Rates {
  const hit = rateCache.get(rt);
  if (hit) return hit;
  const p = rt.p;
  const h = rt.stepDays;
  const r = rateFromHalfLife;
  const decay = (halfLife: number) => Math.exp(-r(halfLife) * h);
  const d = rt.disease;
  const result: Rates = {
    adaptDecaySub: Math.exp(-h / rt.substeps / p.withdrawal.adaptationDays),
    withdrawalDecaySub: Math.exp(-h / rt.substeps / p.withdrawal.lagDays),
    t1on: r(p.tolerance.fastOnDays),
    t1off: r(p.tolerance.fastOffDays),
    t2on: r(p.tolerance.slowOnDays),
    t2off: r(p.tolerance.slowOffDays),
    nmda: {
      on: r(p.nmda.onDays),
      off: r(p.nmda.offDays),
      withdrawalWeight: p.nmda.withdrawalWeight,
      gliaWeight: p.nmda.gliaWeight,
      dynorphinWeight: p.nmda.dynorphinWeight,
      hcn2Weight: p.nmda.hcn2Weight,
      latentSlowing: p.nmda.latentSlowing,
    },
    rOn: r(p.rvm.onDays),
    rOff: r(p.rvm.offDays),
    dOn: r(p.dynorphin.onDays),
    dOff: r(p.dynorphin.offDays),
    gOn: r(p.glia.primingOnDays),
    gOff: r(p.glia.primingOffDays),
    gLagDecay: Math.exp(-h / p.glia.lagDays),
    hOn: r(p.hcn2.onDays),
    hOff: r(p.hcn2.offDays),
    latentDecay: decay(p.latent.stageHalfLifeDays),
    latentRiseDecay: decay(p.latent.riseHalfLifeDays),
    antiOpioidDecay: decay(p.masking.antiOpioidDays),
    subDays: h / rt.substeps,
    t1offDecaySub: decayFactor((r(p.tolerance.fastOffDays) * h) / rt.substeps),
    t2offDecaySub: decayFactor((r(p.tolerance.slowOffDays) * h) / rt.substeps),
    perNmdaCap: 1 / p.drive.nmdaCap,
    perSlowCap: 1 / p.drive.slowCap,
    memOn: r(p.secondHit.onDays),
    memOff: r(p.secondHit.offDays),
    heal: d.kind === 'resolving' ? r(d.halfLifeDays) : 0,
  };
  rateCache.set(rt, result);
  return result;
}
