import {
  dynorphinDrive as dynorphinDriveImported,
  nextDynorphin as nextDynorphinImported,
} from './dynorphin';
import { nextGlia as nextGliaImported, nextGliaPriming as nextGliaPrimingImported } from './glia';
import { hcn2Drive as hcn2DriveImported, nextHcn2 as nextHcn2Imported } from './hcn2';
import { nextLatentStage as nextLatentStageImported, nextSecondHit as nextSecondHitImported } from './latent';
import { efficacyLeft as efficacyLeftImported, maskingFactor as maskingFactorImported } from './masking';
import { nextNmda as nextNmdaImported, nmdaDrive as nmdaDriveImported, type NmdaRates } from './nmda';
import { advance as advanceImported, propagator as propagatorImported } from './pharmacokinetics';
import * as out from './readouts';
import { instantPain as instantPainImported } from './readouts';
import { power as powerImported, rateFromHalfLife } from './relax';
import { nextRvm as nextRvmImported } from './rvm';
import type { SeriesSet } from './series';
import { MODEL_STATE_COUNT, SLOT_SIZE, type Modifiers, type Runtime } from './setup';
import {
  nextFastTolerance as nextFastToleranceImported,
  nextSlowTolerance as nextSlowToleranceImported,
  receptorFold as receptorFoldImported,
} from './tolerance';
import {
  nextAdaptation as nextAdaptationImported,
  nextWithdrawal as nextWithdrawalImported,
} from './withdrawal';

// Bound once: under tsx's module interop every call through an import pays a getter; the hot loop must not.
const dynorphinDrive = dynorphinDriveImported;
const nextDynorphin = nextDynorphinImported;
const nextGlia = nextGliaImported;
const nextGliaPriming = nextGliaPrimingImported;
const hcn2Drive = hcn2DriveImported;
const nextHcn2 = nextHcn2Imported;
const nextLatentStage = nextLatentStageImported;
const nextSecondHit = nextSecondHitImported;
const efficacyLeft = efficacyLeftImported;
const maskingFactor = maskingFactorImported;
const nextNmda = nextNmdaImported;
const nmdaDrive = nmdaDriveImported;
const advance = advanceImported;
const propagator = propagatorImported;
const instantPain = instantPainImported;
const hillPower = powerImported;
const thresholdRelativeOf = out.thresholdRelative;
const allodyniaOf = out.allodynia;
const painAreaFractionOf = out.painAreaFraction;
const coldPressorOf = out.coldPressorRelative;
const nextRvm = nextRvmImported;
const nextFastTolerance = nextFastToleranceImported;
const nextSlowTolerance = nextSlowToleranceImported;
const receptorFold = receptorFoldImported;
const nextAdaptation = nextAdaptationImported;
const nextWithdrawal = nextWithdrawalImported;

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
  /** Mean pain of each recent step (a ring), and the pain of the last recorded moment. */
  painRing: Float64Array;
  lastInstantPain: number;
  /** Withdrawal at the start of the last sub-step (its step average feeds HCN2). */
  lastWithdrawal: number;
  /** Capped slow drive fs of the last sub-step. */
  lastSlowDrive: number;
  lastPain: number;
}

export function createMemory(rt: Runtime): RunMemory {
  return {
    escalatorFactors: new Float64Array(rt.escalators.length).fill(1),
    escalatorNext: new Int32Array(rt.escalators.length),
    painRing: new Float64Array(maxInterval(rt, 0, rt.stepCount) + 2),
    lastInstantPain: 0,
    lastWithdrawal: 0,
    lastSlowDrive: 0,
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
  const h = rt.stepDays;
  const slots = rt.slots;
  const nSlots = slots.length;
  const endCe = new Float64Array(nSlots);
  const subCe = new Float64Array(nSlots);
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
  const substeps = rt.substeps;
  const s = rt.susceptibility;
  const doses = rt.doses;
  const cursor = { dose: 0 };
  const t0 = fromStep * h;
  while (cursor.dose < doses.length && (doses[cursor.dose]?.timeDays ?? Infinity) < t0 - EPS) cursor.dose++;
  let modIdx = 0;
  const modTimes = rt.modifierTimes;
  while (modIdx < modTimes.length && (modTimes[modIdx] ?? Infinity) <= t0 + EPS) modIdx++;
  rt.modifiersAt(t0, mods);

  if (series && fromStep === 0) record(rt, state, mods, 0, series, memory, endCeOf(state, rt, endCe), NaN);

  // Without series, only the pain of the last dosing interval is needed (dose–response runs), unless a
  // pain-triggered escalation must read it at its checks.
  const painFrom =
    series || rt.escalators.length > 0 ? fromStep : toStep - maxInterval(rt, fromStep, toStep) - 2;
  for (let i = fromStep; i < toStep; i++) {
    const t = i * h;
    const needPain = i >= painFrom;
    const tEnd = t + h;
    if (modIdx < modTimes.length && (modTimes[modIdx] ?? Infinity) <= t + EPS) {
      while (modIdx < modTimes.length && (modTimes[modIdx] ?? Infinity) <= t + EPS) modIdx++;
      rt.modifiersAt(t + EPS, mods);
    }
    escalate(rt, memory, t);
    // Pharmacokinetics, exactly, in rt.substeps equal parts (split again at any event inside); the nonlinear
    // exposure signals are averaged over the parts, so a dose peak crossing the drive threshold inside a
    // step is seen as it is (this is what makes halving the step converge).
    // Effective levels at the start of the step (knock-outs and level-acting blocks).
    const nE = mods.koNmda * (state[S.N] ?? 0);
    const rE = mods.koRvm * (1 - mods.rvmBlock) * (state[S.R] ?? 0);
    const dE = mods.koDynorphin * (1 - mods.dynorphinBlock) * (state[S.D] ?? 0);
    const gE = mods.koGlia * (1 - mods.gliaBlock) * (state[S.G] ?? 0);
    const hE = mods.koHcn2 * (1 - mods.hcn2Block) * (state[S.H] ?? 0);
    const latentAtStart = state[S.L] ?? 0;
    let fs = 0;
    let wAverage = 0;
    let interiorPain = 0;
    const sub = h / substeps;
    for (let q = 0; q < substeps; q++) {
      const subStart = t + q * sub;
      const subEnd = q === substeps - 1 ? tEnd : subStart + sub;
      const driveStart = pronociceptiveSignal(rt, state);
      advancePharmacokinetics(rt, state, memory, cursor, subStart, subEnd, depotRate, centralRate);
      advanceFastStates(rt, state, memory, k, mods, subEnd - subStart, gE, dE, hE, latentAtStart, driveStart);
      fs += memory.lastSlowDrive / substeps;
      wAverage += memory.lastWithdrawal / substeps;
      if (needPain && q < substeps - 1) {
        for (let j = 0; j < nSlots; j++) subCe[j] = state[(slots[j]?.offset ?? 0) + 2] ?? 0;
        interiorPain += moment(rt, state, mods, subCe, subEnd, SUB_MOMENT).pain;
      }
    }
    for (let j = 0; j < nSlots; j++) endCe[j] = state[(slots[j]?.offset ?? 0) + 2] ?? 0;

    advanceSlowStates(rt, state, k, mods, nE, rE, gE, fs, s * wAverage, t, tEnd);

    if (needPain) record(rt, state, mods, i + 1, series, memory, endCe, interiorPain);
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
    memOn: r(p.secondHit.onDays),
    memOff: r(p.secondHit.offDays),
    heal: d.kind === 'resolving' ? r(d.halfLifeDays) : 0,
  };
  rateCache.set(rt, result);
  return result;
}

function infusionRates(rt: Runtime, t: number, depot: Float64Array, central: Float64Array): void {
  if (rt.infusions.length === 0) return;
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
  if (rt.escalators.length === 0) return;
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
  interiorPain: number,
): void {
  const p = rt.p;
  const t = index * rt.stepDays;
  const m = moment(rt, state, mods, endCe, t, MOMENT);
  const { analgesia, sens, pain, nE, rE, dE, gE, hE, receptor, masking, conc, occupancy } = m;
  const latent = state[S.L] ?? 0;
  const disease = m.disease;
  // The pain score is the mean over exactly one dosing interval of the pain of the moment, integrated with
  // the sub-steps (trapezoid), so halving the step converges (issue 3, numerics); until one whole interval
  // has passed, the pain of the moment.
  const ring = memory.painRing;
  const window = Math.min(rt.intervalSteps[index] ?? 1, ring.length - 1);
  const stepMean = Number.isNaN(interiorPain)
    ? pain
    : (0.5 * memory.lastInstantPain + interiorPain + 0.5 * pain) / rt.substeps;
  memory.lastInstantPain = pain;
  ring[index % ring.length] = stepMean;
  let painScore = pain;
  if (window > 1 && index >= window) {
    let sum = 0;
    for (let j = 0; j < window; j++) sum += ring[(index - j + ring.length) % ring.length] ?? 0;
    painScore = sum / window;
  }
  memory.lastPain = painScore;
  if (!series) return;
  series.painScore[index] = painScore;
  series.thresholdRelative[index] = thresholdRelativeOf(sens, analgesia, p.readouts);
  series.analgesia[index] = analgesia;
  series.allodynia[index] = allodyniaOf(sens, p.readouts);
  series.painAreaFraction[index] = painAreaFractionOf(
    rt.disease.areaFraction,
    nE,
    rE,
    gE,
    analgesia,
    mods.areaRelief,
    p.readouts,
  );
  series.coldPressorRelative[index] = coldPressorOf(sens, analgesia, p.readouts);
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

/** Readouts of one moment that the pain average and the views need. */
interface Moment {
  analgesia: number;
  sens: number;
  pain: number;
  disease: number;
  nE: number;
  rE: number;
  dE: number;
  gE: number;
  hE: number;
  receptor: number;
  masking: number;
  conc: number;
  occupancy: number;
}

const MOMENT: Moment = {
  analgesia: 0,
  sens: 0,
  pain: 0,
  disease: 0,
  nE: 0,
  rE: 0,
  dE: 0,
  gE: 0,
  hE: 0,
  receptor: 1,
  masking: 1,
  conc: 0,
  occupancy: 0,
};
const SUB_MOMENT: Moment = { ...MOMENT };

/** Analgesia, sensitization and pain from the states and the effect-site concentrations `ce`. */
function moment(
  rt: Runtime,
  state: Float64Array,
  mods: Modifiers,
  ce: Float64Array,
  t: number,
  out: Moment,
): Moment {
  const p = rt.p;
  const slots = rt.slots;
  const nE = mods.koNmda * (state[S.N] ?? 0);
  const rE = mods.koRvm * (1 - mods.rvmBlock) * (state[S.R] ?? 0);
  const dE = mods.koDynorphin * (1 - mods.dynorphinBlock) * (state[S.D] ?? 0);
  const gE = mods.koGlia * (1 - mods.gliaBlock) * (state[S.G] ?? 0);
  const hE = mods.koHcn2 * (1 - mods.hcn2Block) * (state[S.H] ?? 0);
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
    const c = Math.max(0, ce[j] ?? 0);
    conc += c;
    const xi = (c * slot.drug.affinity) / p.exposure.occupancyHalf;
    x += xi;
    bup += xi * slot.drug.antihyperalgesic;
    nmdaDrug += c * slot.drug.nmdaBlockPerC;
    const ui = c / (p.exposure.ec50 * (1 + slot.drug.crossTolerance * (receptor - 1)) * masking);
    u += ui;
    uEff += ui * slot.drug.efficacy;
  }
  const nmdaBlock = 1 - (1 - mods.nmdaBlock) / (1 + nmdaDrug);
  const uh = hillPower(u, p.exposure.hill);
  const analgesia = efficacyLeft(dE, p.masking.dynorphinEfficacy) * (u > 0 ? uEff / u : 1) * (uh / (1 + uh));
  const w = p.sensitization;
  const antihyper = 1 - (w.buprenorphine * bup) / (1 + x);
  const direct = w.nmda * nE + w.rvm * rE + w.dynorphin * dE + w.glia * gE * (1 - nmdaBlock) + w.hcn2 * hE;
  const sens = Math.max(0, (direct + w.latent * (state[S.L] ?? 0)) * antihyper);
  const disease = diseasePainAt(rt, state[S.INJ] ?? 0, t) * (1 - mods.painRelief);
  out.analgesia = analgesia;
  out.sens = sens;
  out.pain = out.disease = 0;
  out.disease = disease;
  out.pain = instantPain(disease, sens, analgesia, p.readouts);
  out.nE = nE;
  out.rE = rE;
  out.dE = dE;
  out.gE = gE;
  out.hE = hE;
  out.receptor = receptor;
  out.masking = masking;
  out.conc = conc;
  out.occupancy = x / (1 + x);
  return out;
}

/** One step of the slow states (RVM, dynorphin, glia, HCN2, memories, injury) with step-averaged drives. */
function advanceSlowStates(
  rt: Runtime,
  state: Float64Array,
  k: Rates,
  mods: Modifiers,
  nE: number,
  rE: number,
  gE: number,
  fs: number,
  withdrawal: number,
  t: number,
  tEnd: number,
): void {
  const p = rt.p;
  const h = rt.stepDays;
  const latent = state[S.L] ?? 0;
  const injury = state[S.INJ] ?? 0;
  // Couplings use the mean of start and end of the step (N has already moved through the sub-steps, R moves
  // first), which keeps the coupling error second order.
  const nMid = 0.5 * (nE + mods.koNmda * (state[S.N] ?? 0));
  state[S.R] = nextRvm(state[S.R] ?? 0, mods.koRvm * fs, k.rOn, k.rOff, h);
  const rMid = 0.5 * (rE + mods.koRvm * (1 - mods.rvmBlock) * (state[S.R] ?? 0));
  state[S.D] = nextDynorphin(
    state[S.D] ?? 0,
    dynorphinDrive(rMid, nMid, p.dynorphin.floor, mods.koDynorphin),
    k.dOn,
    k.dOff,
    h,
  );
  state[S.GP] = nextGliaPriming(state[S.GP] ?? 0, mods.koGlia * nMid * (state[S.T2] ?? 0), k.gOn, k.gOff, h);
  state[S.G] = nextGlia(state[S.G] ?? 0, state[S.GP] ?? 0, k.gLagDecay);
  state[S.H] = nextHcn2(
    state[S.H] ?? 0,
    hcn2Drive(fs, withdrawal, p.hcn2.withdrawalWeight, mods.koHcn2),
    k.hOn,
    k.hOff,
    h,
  );
  state[S.L1] = nextLatentStage(state[S.L1] ?? 0, nMid, k.latentDecay);
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
}

/** Exact pharmacokinetics over [subStart, subEnd], split at dose times and infusion changes inside it. */
function advancePharmacokinetics(
  rt: Runtime,
  state: Float64Array,
  memory: RunMemory,
  cursor: { dose: number },
  subStart: number,
  subEnd: number,
  depotRate: Float64Array,
  centralRate: Float64Array,
): void {
  const slots = rt.slots;
  const nSlots = slots.length;
  const doses = rt.doses;
  const changeTimes = rt.infusionTimes;
  for (let j = 0; j < nSlots; j++) state[(slots[j]?.offset ?? 0) + 3] = 0;
  let tau = subStart;
  while (tau < subEnd - EPS) {
    while (cursor.dose < doses.length && (doses[cursor.dose]?.timeDays ?? Infinity) <= tau + EPS) {
      const dose = doses[cursor.dose++];
      if (!dose) break;
      const slot = slots[dose.slot];
      if (!slot) continue;
      const amount =
        dose.escalator >= 0 ? dose.amount * (memory.escalatorFactors[dose.escalator] ?? 1) : dose.amount;
      const at = slot.offset + (slot.depot ? 0 : 1);
      state[at] = (state[at] ?? 0) + amount;
    }
    let next = subEnd;
    const nextDose = doses[cursor.dose]?.timeDays ?? Infinity;
    if (nextDose < next - EPS) next = nextDose;
    for (const c of changeTimes) if (c > tau + EPS && c < next - EPS) next = c;
    infusionRates(rt, tau + EPS, depotRate, centralRate);
    const whole = tau === subStart && next === subEnd;
    for (let j = 0; j < nSlots; j++) {
      const slot = slots[j];
      if (!slot) continue;
      const prop = whole ? slot.subPropagator : propagator(slot.rates, Math.round((next - tau) * 1e9) / 1e9);
      advance(state, slot.offset, prop, depotRate[j] ?? 0, centralRate[j] ?? 0);
    }
    tau = next;
  }
}

/**
 * The exposure signals of one sub-step (occupancy, pronociceptive drive, NMDA block) and the fast states
 * that follow them: adaptation, withdrawal, both tolerance components and N. Returns the drive f.
 */
function advanceFastStates(
  rt: Runtime,
  state: Float64Array,
  memory: RunMemory,
  k: Rates,
  mods: Modifiers,
  dt: number,
  gE: number,
  dE: number,
  hE: number,
  latentAtStart: number,
  driveStart: number,
): number {
  const p = rt.p;
  const slots = rt.slots;
  const nSlots = slots.length;
  const s = rt.susceptibility;
  let x = 0;
  let drive = 0;
  let methadone = 0;
  for (let j = 0; j < nSlots; j++) {
    const slot = slots[j];
    if (!slot) continue;
    const c = Math.max(0, (state[slot.offset + 3] ?? 0) / dt);
    x += (c * slot.drug.affinity) / p.exposure.occupancyHalf;
    drive += c * slot.drug.pronociceptiveDrive;
    methadone += c * slot.drug.nmdaBlockPerC;
  }
  const o = x / (1 + x);
  // Simpson's rule over the sub-step (start, average, end) for the thresholded drive, so a short peak that
  // crosses the threshold is weighed as it is.
  const driveEnd = pronociceptiveSignal(rt, state);
  const c0 = p.drive.threshold;
  const c1 = p.drive.scale;
  const f0 = Math.max(0, s * driveStart - c0) / c1;
  const fm = Math.max(0, s * drive - c0) / c1;
  const f1 = Math.max(0, s * driveEnd - c0) / c1;
  const fq = (f0 + 4 * fm + f1) / 6;
  const capN = p.drive.nmdaCap;
  const fNq = (f0 / (1 + f0 / capN) + (4 * fm) / (1 + fm / capN) + f1 / (1 + f1 / capN)) / 6;
  const capS = p.drive.slowCap;
  memory.lastSlowDrive = (f0 / (1 + f0 / capS) + (4 * fm) / (1 + fm / capS) + f1 / (1 + f1 / capS)) / 6;
  const blockQ = 1 - (1 - mods.nmdaBlock) / (1 + methadone);
  // The fast states follow the exposure sub-step by sub-step (exponential Euler).
  const wPrev = state[S.W] ?? 0;
  state[S.W] = nextWithdrawal(wPrev, Math.max(0, (state[S.A] ?? 0) - o), k.withdrawalDecaySub);
  state[S.A] = nextAdaptation(state[S.A] ?? 0, o, k.adaptDecaySub);
  state[S.T1] = nextFastTolerance(state[S.T1] ?? 0, o, k.t1on, k.t1off, dt);
  state[S.T2] = nextSlowTolerance(state[S.T2] ?? 0, o, blockQ, p.tolerance.nmdaShare, k.t2on, k.t2off, dt);
  const dN = nmdaDrive(fNq, s * wPrev, gE, dE, hE, k.nmda, blockQ, mods.koNmda);
  state[S.N] = nextNmda(state[S.N] ?? 0, dN, latentAtStart, k.nmda, dt);
  memory.lastWithdrawal = wPrev;
  return fq;
}

/** Σ ce·(pronociceptive share) over the drugs on board, from the effect-site concentrations now. */
function pronociceptiveSignal(rt: Runtime, state: Float64Array): number {
  let drive = 0;
  for (const slot of rt.slots)
    drive += Math.max(0, state[slot.offset + 2] ?? 0) * slot.drug.pronociceptiveDrive;
  return drive;
}

function maxInterval(rt: Runtime, fromStep: number, toStep: number): number {
  let most = 1;
  for (let i = fromStep; i <= toStep; i++) most = Math.max(most, rt.intervalSteps[i] ?? 1);
  return most;
}
