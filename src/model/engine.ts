import { dynorphinDrive, nextDynorphin } from './dynorphin';
import { nextGlia, nextGliaPriming } from './glia';
import { hcn2Drive, nextHcn2 } from './hcn2';
import { nextLatentStage, nextSecondHit } from './latent';
import { efficacyLeft, maskingFactor } from './masking';
import { nextNmda, nmdaDrive, type NmdaRates } from './nmda';
import { advance, propagator } from './pharmacokinetics';
import * as out from './readouts';
import { rateFromHalfLife } from './relax';
import { nextRvm } from './rvm';
import type { SeriesSet } from './series';
import { MODEL_STATE_COUNT, SLOT_SIZE, type Modifiers, type Runtime } from './setup';
import { nextFastTolerance, nextSlowTolerance, receptorFold } from './tolerance';
import { nextAdaptation, nextWithdrawal } from './withdrawal';

/**
 * The fixed-step integrator (facts §3.1 (10)): exact linear propagation of the pharmacokinetics between dose
 * events on a grid aligned to dose times, then one exponential-Euler update of every first-order state with
 * its drive averaged over the step. States are read from the start of the step (Jacobi), so the order of the
 * mechanisms does not matter and halving the step converges.
 */
export const S = {
  T1: 0,
  T2: 1,
  A: 2,
  W: 3,
  N: 4,
  R: 5,
  D: 6,
  GP: 7,
  G: 8,
  H: 9,
  L1: 10,
  L: 11,
  MEM: 12,
  INJ: 13,
} as const;

export function initialState(rt: Runtime): Float64Array {
  const state = new Float64Array(MODEL_STATE_COUNT + rt.slots.length * SLOT_SIZE);
  const d = rt.disease;
  state[S.INJ] = d.kind === 'resolving' && d.startDay > 0 ? 0 : 1;
  return state;
}

/** What the loop needs besides the state: escalation factors and the pain history for interval averages. */
export interface RunMemory {
  readonly escalatorFactors: Float64Array;
  readonly escalatorNext: Int32Array;
  painRing: Float64Array;
  painSum: number;
  lastPain: number;
}

export function createMemory(rt: Runtime): RunMemory {
  return {
    escalatorFactors: new Float64Array(rt.escalators.length).fill(1),
    escalatorNext: new Int32Array(rt.escalators.length),
    painRing: new Float64Array(4096),
    painSum: 0,
    lastPain: 0,
  };
}

const EPS = 1e-7;

/** Integrates steps [fromStep, toStep) in place; records samples fromStep+1..toStep (and fromStep if asked). */
export function integrate(
  rt: Runtime,
  state: Float64Array,
  memory: RunMemory,
  fromStep: number,
  toStep: number,
  series: SeriesSet | null,
): void {
  const p = rt.p;
  const h = rt.stepDays;
  const slots = rt.slots;
  const nSlots = slots.length;
  const avgCe = new Float64Array(nSlots);
  const endCe = new Float64Array(nSlots);
  const depotRate = new Float64Array(nSlots);
  const centralRate = new Float64Array(nSlots);
  const mods: Modifiers = {
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
  const k = rates(rt);
  const s = rt.susceptibility;
  const doses = rt.doses;
  let doseIdx = 0;
  const t0 = fromStep * h;
  while (doseIdx < doses.length && (doses[doseIdx]?.timeDays ?? Infinity) < t0 - EPS) doseIdx++;
  const changeTimes = infusionTimes(rt);
  let modIdx = 0;
  const modTimes = rt.modifierTimes;
  while (modIdx < modTimes.length && (modTimes[modIdx] ?? Infinity) <= t0 + EPS) modIdx++;
  rt.modifiersAt(t0, mods);

  if (series && fromStep === 0) record(rt, state, mods, 0, series, memory, endCeOf(state, rt, endCe));

  for (let i = fromStep; i < toStep; i++) {
    const t = i * h;
    const tEnd = t + h;
    if (modIdx < modTimes.length && (modTimes[modIdx] ?? Infinity) <= t + EPS) {
      while (modIdx < modTimes.length && (modTimes[modIdx] ?? Infinity) <= t + EPS) modIdx++;
      rt.modifiersAt(t + EPS, mods);
    }
    escalate(rt, memory, t);
    // Pharmacokinetics, piece by piece between the events inside this step.
    for (let j = 0; j < nSlots; j++) state[(slots[j]?.offset ?? 0) + 3] = 0;
    let tau = t;
    while (tau < tEnd - EPS) {
      while (doseIdx < doses.length && (doses[doseIdx]?.timeDays ?? Infinity) <= tau + EPS) {
        const dose = doses[doseIdx++];
        if (!dose) break;
        const slot = slots[dose.slot];
        if (!slot) continue;
        const amount =
          dose.escalator >= 0 ? dose.amount * (memory.escalatorFactors[dose.escalator] ?? 1) : dose.amount;
        const at = slot.offset + (slot.depot ? 0 : 1);
        state[at] = (state[at] ?? 0) + amount;
      }
      let next = tEnd;
      const nextDose = doses[doseIdx]?.timeDays ?? Infinity;
      if (nextDose < next - EPS) next = nextDose;
      for (const c of changeTimes) if (c > tau + EPS && c < next - EPS) next = c;
      infusionRates(rt, tau + EPS, depotRate, centralRate);
      const full = tau === t && next === tEnd;
      for (let j = 0; j < nSlots; j++) {
        const slot = slots[j];
        if (!slot) continue;
        const prop = full
          ? slot.stepPropagator
          : propagator(slot.rates, Math.round((next - tau) * 1e9) / 1e9);
        advance(state, slot.offset, prop, depotRate[j] ?? 0, centralRate[j] ?? 0);
      }
      tau = next;
    }
    for (let j = 0; j < nSlots; j++) {
      const off = slots[j]?.offset ?? 0;
      avgCe[j] = (state[off + 3] ?? 0) / h;
      endCe[j] = state[off + 2] ?? 0;
    }

    // Exposure signals averaged over the step.
    let x = 0;
    let drive = 0;
    let methadoneBlock = 0;
    for (let j = 0; j < nSlots; j++) {
      const slot = slots[j];
      if (!slot) continue;
      const c = Math.max(0, avgCe[j] ?? 0);
      x += (c * slot.drug.affinity) / p.exposure.occupancyHalf;
      drive += c * slot.drug.pronociceptiveDrive;
      methadoneBlock += c * slot.drug.nmdaBlockPerC;
    }
    const occupancy = x / (1 + x);
    const nmdaBlock = 1 - (1 - mods.nmdaBlock) / (1 + methadoneBlock);
    const f = Math.max(0, s * drive - p.drive.threshold) / p.drive.scale;
    const fs = f / (1 + f / p.drive.slowCap);

    // Effective levels at the start of the step (knock-outs and level-acting blocks).
    const nE = mods.koNmda * (state[S.N] ?? 0);
    const rE = mods.koRvm * (1 - mods.rvmBlock) * (state[S.R] ?? 0);
    const dE = mods.koDynorphin * (1 - mods.dynorphinBlock) * (state[S.D] ?? 0);
    const gE = mods.koGlia * (1 - mods.gliaBlock) * (state[S.G] ?? 0);
    const hE = mods.koHcn2 * (1 - mods.hcn2Block) * (state[S.H] ?? 0);
    const w = state[S.W] ?? 0;
    const latent = state[S.L] ?? 0;
    const injury = state[S.INJ] ?? 0;

    state[S.A] = nextAdaptation(state[S.A] ?? 0, occupancy, k.adaptDecay);
    state[S.W] = nextWithdrawal(w, state[S.A] ?? 0, occupancy, k.withdrawalDecay);
    state[S.T1] = nextFastTolerance(state[S.T1] ?? 0, occupancy, k.t1on, k.t1off, h);
    state[S.T2] = nextSlowTolerance(
      state[S.T2] ?? 0,
      occupancy,
      nmdaBlock,
      p.tolerance.nmdaShare,
      k.t2on,
      k.t2off,
      h,
    );
    const dN = nmdaDrive(
      { opioidDrive: f / (1 + f / p.drive.nmdaCap), withdrawal: s * w, glia: gE, dynorphin: dE, hcn2: hE },
      k.nmda,
      nmdaBlock,
      mods.koNmda,
    );
    state[S.N] = nextNmda(state[S.N] ?? 0, dN, latent, k.nmda, h);
    state[S.R] = nextRvm(state[S.R] ?? 0, mods.koRvm * fs, k.rOn, k.rOff, h);
    state[S.D] = nextDynorphin(
      state[S.D] ?? 0,
      dynorphinDrive(rE, nE, p.dynorphin.floor, mods.koDynorphin),
      k.dOn,
      k.dOff,
      h,
    );
    state[S.GP] = nextGliaPriming(state[S.GP] ?? 0, mods.koGlia * nE * (state[S.T2] ?? 0), k.gOn, k.gOff, h);
    state[S.G] = nextGlia(state[S.G] ?? 0, state[S.GP] ?? 0, k.gLagDecay);
    state[S.H] = nextHcn2(
      state[S.H] ?? 0,
      hcn2Drive(fs, s * w, p.hcn2.withdrawalWeight, mods.koHcn2),
      k.hOn,
      k.hOff,
      h,
    );
    state[S.L1] = nextLatentStage(state[S.L1] ?? 0, nE, k.latentDecay);
    state[S.L] = nextLatentStage(latent, state[S.L1] ?? 0, k.latentDecay);
    state[S.MEM] = nextSecondHit(
      state[S.MEM] ?? 0,
      Math.max(0, gE - p.secondHit.gliaThreshold),
      injuryDrive(rt, injury, tEnd),
      k.memOn,
      k.memOff,
      h,
    );
    state[S.INJ] = nextInjury(rt, injury, state[S.MEM] ?? 0, t, tEnd, k.heal, p.secondHit.healingSlowing);

    record(rt, state, mods, i + 1, series, memory, endCe);
  }
}

function endCeOf(state: Float64Array, rt: Runtime, out: Float64Array): Float64Array {
  rt.slots.forEach((slot, j) => (out[j] = state[slot.offset + 2] ?? 0));
  return out;
}

function injuryDrive(rt: Runtime, injury: number, t: number): number {
  const d = rt.disease;
  return d.kind === 'resolving' && t >= d.startDay ? injury : 0;
}

function nextInjury(
  rt: Runtime,
  injury: number,
  memory: number,
  t: number,
  tEnd: number,
  heal: number,
  slowing: number,
): number {
  const d = rt.disease;
  if (d.kind !== 'resolving') return 1;
  if (tEnd <= d.startDay + EPS) return 0;
  const from = t <= d.startDay + EPS ? 1 : injury;
  const dt = tEnd - Math.max(t, d.startDay);
  return from * Math.exp((-heal * dt) / (1 + slowing * memory));
}

export function diseasePainAt(rt: Runtime, injury: number, t: number): number {
  const d = rt.disease;
  switch (d.kind) {
    case 'none':
      return 0;
    case 'constant':
      return d.baseline;
    case 'resolving':
      return t < d.startDay - EPS ? 0 : d.baseline * injury;
    case 'progressive':
      return Math.min(10, d.baseline + (d.risePerYear * t) / 365);
  }
}

interface Rates {
  readonly adaptDecay: number;
  readonly withdrawalDecay: number;
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
  readonly memOn: number;
  readonly memOff: number;
  readonly heal: number;
}

const rateCache = new WeakMap<Runtime, Rates>();

function rates(rt: Runtime): Rates {
  const hit = rateCache.get(rt);
  if (hit) return hit;
  const p = rt.p;
  const h = rt.stepDays;
  const r = rateFromHalfLife;
  const decay = (halfLife: number) => Math.exp(-r(halfLife) * h);
  const d = rt.disease;
  const result: Rates = {
    adaptDecay: Math.exp(-h / p.withdrawal.adaptationDays),
    withdrawalDecay: Math.exp(-h / p.withdrawal.lagDays),
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
    latentDecay: decay(p.latent.halfLifeDays),
    memOn: r(p.secondHit.onDays),
    memOff: r(p.secondHit.offDays),
    heal: d.kind === 'resolving' ? r(d.halfLifeDays) : 0,
  };
  rateCache.set(rt, result);
  return result;
}

const infusionTimeCache = new WeakMap<Runtime, number[]>();

function infusionTimes(rt: Runtime): number[] {
  let times = infusionTimeCache.get(rt);
  if (!times) {
    times = rt.infusions.flatMap((f) => [f.startDay, f.stopDay]);
    infusionTimeCache.set(rt, times);
  }
  return times;
}

function infusionRates(rt: Runtime, t: number, depot: Float64Array, central: Float64Array): void {
  depot.fill(0);
  central.fill(0);
  for (const f of rt.infusions) {
    if (t < f.startDay || t >= f.stopDay) continue;
    const slot = rt.slots[f.slot];
    if (!slot) continue;
    if (slot.depot) depot[f.slot] = (depot[f.slot] ?? 0) + f.rate;
    else central[f.slot] = (central[f.slot] ?? 0) + f.rate;
  }
}

/** Pain-triggered escalation: at each check, raise the dose if the averaged pain exceeds the target. */
function escalate(rt: Runtime, memory: RunMemory, t: number): void {
  rt.escalators.forEach((e, i) => {
    let next = memory.escalatorNext[i] ?? 0;
    while (next < e.checkDays.length && (e.checkDays[next] ?? Infinity) <= t + EPS) {
      if (memory.lastPain > e.painTarget) {
        const f = memory.escalatorFactors[i] ?? 1;
        memory.escalatorFactors[i] = Math.min(
          e.maxFactor,
          f * (1 + e.stepPercent / 100) + e.stepAmountFactor,
        );
      }
      next++;
    }
    memory.escalatorNext[i] = next;
  });
}

/** Computes the readouts of sample `index` from the state and writes them (and the interval-averaged pain). */
function record(
  rt: Runtime,
  state: Float64Array,
  mods: Modifiers,
  index: number,
  series: SeriesSet | null,
  memory: RunMemory,
  endCe: Float64Array,
): void {
  const p = rt.p;
  const slots = rt.slots;
  const t = index * rt.stepDays;
  const nE = mods.koNmda * (state[S.N] ?? 0);
  const rE = mods.koRvm * (1 - mods.rvmBlock) * (state[S.R] ?? 0);
  const dE = mods.koDynorphin * (1 - mods.dynorphinBlock) * (state[S.D] ?? 0);
  const gE = mods.koGlia * (1 - mods.gliaBlock) * (state[S.G] ?? 0);
  const hE = mods.koHcn2 * (1 - mods.hcn2Block) * (state[S.H] ?? 0);
  const latent = state[S.L] ?? 0;
  const receptor = receptorFold(
    state[S.T1] ?? 0,
    state[S.T2] ?? 0,
    p.tolerance.fastGain,
    p.tolerance.slowGain,
  );
  const masking = maskingFactor(nE, rE, dE, p.masking.nmda, p.masking.rvmDynorphin);
  let x = 0;
  let u = 0;
  let uEff = 0;
  let conc = 0;
  let bup = 0;
  let nmdaDrug = 0;
  for (let j = 0; j < slots.length; j++) {
    const slot = slots[j];
    if (!slot) continue;
    const c = Math.max(0, endCe[j] ?? 0);
    conc += c;
    const xi = (c * slot.drug.affinity) / p.exposure.occupancyHalf;
    x += xi;
    bup += xi * slot.drug.antihyperalgesic;
    nmdaDrug += c * slot.drug.nmdaBlockPerC;
    const fold = (1 + slot.drug.crossTolerance * (receptor - 1)) * masking;
    const ui = c / (p.exposure.ec50 * fold);
    u += ui;
    uEff += ui * slot.drug.efficacy;
  }
  const occupancy = x / (1 + x);
  const nmdaBlock = 1 - (1 - mods.nmdaBlock) / (1 + nmdaDrug);
  const efficacy = u > 0 ? uEff / u : 1;
  const uh = u ** p.exposure.hill;
  const analgesia = efficacyLeft(dE, p.masking.dynorphinEfficacy) * efficacy * (uh / (1 + uh));
  const w = p.sensitization;
  const antihyper = 1 - (w.buprenorphine * bup) / (1 + x);
  const sens = Math.max(
    0,
    (w.nmda * nE +
      w.rvm * rE +
      w.dynorphin * dE +
      w.glia * gE * (1 - nmdaBlock) +
      w.hcn2 * hE +
      w.latent * latent) *
      antihyper,
  );
  const disease = diseasePainAt(rt, state[S.INJ] ?? 0, t) * (1 - mods.painRelief);
  const pain = out.instantPain(disease, sens, analgesia, p.readouts);

  const ring = memory.painRing;
  const window = Math.min(rt.intervalSteps[index] ?? 1, ring.length - 1, index + 1);
  ring[index % ring.length] = pain;
  let sum = 0;
  for (let j = 0; j < window; j++) sum += ring[(index - j + ring.length) % ring.length] ?? 0;
  const painScore = sum / window;
  memory.lastPain = painScore;
  if (!series) return;
  series.painScore[index] = painScore;
  series.thresholdRelative[index] = out.thresholdRelative(sens, analgesia, p.readouts);
  series.analgesia[index] = analgesia;
  series.allodynia[index] = out.allodynia(sens, p.readouts);
  series.painAreaFraction[index] = out.painAreaFraction(
    rt.disease.areaFraction,
    nE,
    rE,
    gE,
    analgesia,
    mods.areaRelief,
    p.readouts,
  );
  series.coldPressorRelative[index] = out.coldPressorRelative(sens, analgesia, p.readouts);
  series.withdrawal[index] = Math.min(1, p.withdrawal.gain * (state[S.W] ?? 0));
  series.toleranceFold[index] = receptor * masking;
  series.doseMmePerDay[index] = rt.doseMmePerDay[index] ?? 0;
  series.dosePerKgPerDay[index] = rt.doseMgPerKgPerDay[index] ?? 0;
  series.concentration[index] = conc;
  series.occupancy[index] = occupancy;
  series.nmda[index] = nE;
  series.rvm[index] = rE;
  series.glia[index] = gE;
  series.dynorphin[index] = dE;
  series.hcn2[index] = hE;
  series.sensitization[index] = sens;
  series.diseasePain[index] = disease;
  series.latent[index] = latent;
  series.secondHit[index] = state[S.MEM] ?? 0;
}
