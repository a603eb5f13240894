import type { InjuryCourse } from '../scenario/disease-course';
import type { NmdaRates } from '../mechanisms/nmda';
import { decayFactor, rateFromHalfLife, type OnOffRates } from '../mechanisms/relax';
import type { ToleranceRates } from '../mechanisms/tolerance';
import type { Runtime } from './setup';

/** Rate constants (per day) and decay factors of one run, computed once from its parameters and step. */
export interface Rates {
  readonly adaptDecaySub: number;
  readonly withdrawalDecaySub: number;
  readonly fastTolerance: ToleranceRates;
  readonly slowTolerance: ToleranceRates;
  readonly nmda: NmdaRates;
  readonly rvm: OnOffRates;
  readonly dynorphin: OnOffRates;
  readonly gliaPriming: OnOffRates;
  readonly gLagDecay: number;
  readonly hcn2: OnOffRates;
  readonly latentDecay: number;
  readonly latentRiseDecay: number;
  readonly antiOpioidDecay: number;
  /** The standard sub-step (days). */
  readonly subDays: number;
  /** 1/cap of the NMDA and the slow drives (exposure-step.ts `capped`). */
  readonly perNmdaCap: number;
  readonly perSlowCap: number;
  readonly secondHit: OnOffRates;
  readonly injury: InjuryCourse;
}

const rateCache = new WeakMap<Runtime, Rates>();

export function rates(rt: Runtime): Rates {
  const hit = rateCache.get(rt);
  if (hit) return hit;
  const p = rt.p;
  const h = rt.stepDays;
  const r = rateFromHalfLife;
  const decay = (halfLife: number) => Math.exp(-r(halfLife) * h);
  const onOff = (onDays: number, offDays: number): OnOffRates => ({ on: r(onDays), off: r(offDays) });
  const tolerance = (onDays: number, offDays: number, nmdaShare: number): ToleranceRates => ({
    on: r(onDays),
    off: r(offDays),
    nmdaShare,
    offDecaySub: decayFactor((r(offDays) * h) / rt.substeps),
  });
  const d = rt.disease;
  const result: Rates = {
    adaptDecaySub: Math.exp(-h / rt.substeps / p.withdrawal.adaptationDays),
    withdrawalDecaySub: Math.exp(-h / rt.substeps / p.withdrawal.lagDays),
    fastTolerance: tolerance(p.tolerance.fastOnDays, p.tolerance.fastOffDays, p.tolerance.fastNmdaShare),
    slowTolerance: tolerance(p.tolerance.slowOnDays, p.tolerance.slowOffDays, p.tolerance.nmdaShare),
    nmda: {
      on: r(p.nmda.onDays),
      off: r(p.nmda.offDays),
      withdrawalWeight: p.nmda.withdrawalWeight,
      gliaWeight: p.nmda.gliaWeight,
      dynorphinWeight: p.nmda.dynorphinWeight,
      hcn2Weight: p.nmda.hcn2Weight,
      latentSlowing: p.nmda.latentSlowing,
    },
    rvm: onOff(p.rvm.onDays, p.rvm.offDays),
    dynorphin: onOff(p.dynorphin.onDays, p.dynorphin.offDays),
    gliaPriming: onOff(p.glia.primingOnDays, p.glia.primingOffDays),
    gLagDecay: Math.exp(-h / p.glia.lagDays),
    hcn2: onOff(p.hcn2.onDays, p.hcn2.offDays),
    latentDecay: decay(p.latent.stageHalfLifeDays),
    latentRiseDecay: decay(p.latent.riseHalfLifeDays),
    antiOpioidDecay: decay(p.masking.antiOpioidDays),
    subDays: h / rt.substeps,
    perNmdaCap: 1 / p.drive.nmdaCap,
    perSlowCap: 1 / p.drive.slowCap,
    secondHit: onOff(p.secondHit.onDays, p.secondHit.offDays),
    injury: {
      disease: d,
      heal: d.kind === 'resolving' ? r(d.halfLifeDays) : 0,
      slowing: p.secondHit.healingSlowing,
    },
  };
  rateCache.set(rt, result);
  return result;
}
