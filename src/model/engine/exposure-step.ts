import { hyperbola } from '../mechanisms/drive';
import { nextNmda, nmdaDrive } from '../mechanisms/nmda';
import { decayFactor } from '../mechanisms/relax';
import { formedSince, nextTolerance, splitFormed } from '../mechanisms/tolerance';
import { nextAdaptation, nextWithdrawal } from '../mechanisms/withdrawal';
import { advance, propagator } from '../pharmacology/pharmacokinetics';
import { EPS } from '../scenario/time';
import type { Integration } from './integration';
import type { Runtime } from './setup';
import { S, SLOT } from './state-layout';

/**
 * One sub-step of exposure (engine.ts): the pharmacokinetics, exactly, and then the exposure signals averaged
 * over the sub-step (occupancy, pronociceptive drive, NMDA block) and the fast states that follow them:
 * adaptation, withdrawal, both tolerance components and N.
 */
/** Exact pharmacokinetics over [subStart, subEnd], split at dose times and infusion changes inside it. */
export function advancePharmacokinetics(run: Integration, subStart: number, subEnd: number): void {
  const { rt, state, memory, depotRate, centralRate } = run;
  const slots = rt.slots;
  const nSlots = slots.length;
  const doses = rt.doses;
  const changeTimes = rt.infusionTimes;
  for (let j = 0; j < nSlots; j++) state[(slots[j]?.offset ?? 0) + SLOT.EFFECT_INTEGRAL] = 0;
  let tau = subStart;
  while (tau < subEnd - EPS) {
    while (run.doseCursor < doses.length && (doses[run.doseCursor]?.timeDays ?? Infinity) <= tau + EPS) {
      const dose = doses[run.doseCursor++];
      if (!dose) break;
      const slot = slots[dose.slot];
      if (!slot) continue;
      const amount =
        memory.doseScale *
        (dose.escalator >= 0 ? dose.amount * (memory.escalatorFactors[dose.escalator] ?? 1) : dose.amount);
      const at = slot.offset + (slot.depot ? SLOT.DEPOT : SLOT.PLASMA);
      state[at] = (state[at] ?? 0) + amount;
    }
    let next = subEnd;
    const nextDose = doses[run.doseCursor]?.timeDays ?? Infinity;
    if (nextDose < next - EPS) next = nextDose;
    for (const c of changeTimes) if (c > tau + EPS && c < next - EPS) next = c;
    infusionRates(rt, tau + EPS, depotRate, centralRate, memory.doseScale);
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

function infusionRates(
  rt: Runtime,
  t: number,
  depot: Float64Array,
  central: Float64Array,
  scale: number,
): void {
  if (rt.infusions.length === 0) return;
  depot.fill(0);
  central.fill(0);
  for (const f of rt.infusions) {
    if (t < f.startDay || t >= f.stopDay) continue;
    const slot = rt.slots[f.slot];
    if (!slot) continue;
    if (slot.depot) depot[f.slot] = (depot[f.slot] ?? 0) + scale * f.rate;
    else central[f.slot] = (central[f.slot] ?? 0) + scale * f.rate;
  }
}

/**
 * The exposure signals of one sub-step of `dt` days and the fast states that follow them. Hands on (in
 * `run.sub`) the drive f, the capped slow drive and the withdrawal at the sub-step's start.
 */
export function advanceFastStates(run: Integration, dt: number): void {
  const { rt, state, k, mods, start, onset, sub, shares } = run;
  const p = rt.p;
  const slots = rt.slots;
  const nSlots = slots.length;
  const perDay = 1 / dt;
  const perOccupancy = 1 / p.exposure.occupancyHalf;
  let x = 0;
  let drive = 0;
  let methadone = 0;
  let tolerating = 0;
  let driveEnd = 0;
  const each = shares.each;
  for (let j = 0; j < nSlots; j++) {
    const slot = slots[j];
    if (!slot) continue;
    // The sub-step's mean effect-site concentration, from the integral the pharmacokinetics kept.
    const c = Math.max(0, (state[slot.offset + SLOT.EFFECT_INTEGRAL] ?? 0) * perDay);
    const xj = c * slot.drug.affinity * perOccupancy;
    const share = xj * slot.drug.toleranceInduction;
    each[j] = share;
    tolerating += share;
    x += xj;
    drive += c * slot.drug.pronociceptiveDrive;
    methadone += c * slot.drug.nmdaBlockPerC;
    // The signal at the end of the sub-step, from the effect site there (`pronociceptiveSignal`).
    driveEnd += Math.max(0, state[slot.offset + SLOT.EFFECT] ?? 0) * slot.drug.pronociceptiveDrive;
  }
  shares.total = tolerating;
  const o = x / (1 + x);
  // Tolerance forms with the occupancy, weighted by each drug's tolerance induction.
  const oTol = tolerating / (1 + x);
  // Simpson's rule over the sub-step (start, average, end) for the thresholded drive, so a short peak that
  // crosses the threshold is weighed as it is. The start is the last sub-step's end (the effect site is
  // continuous): `primeOnset` computed it for the first.
  const drv = rt.drive;
  const perCapN = k.perNmdaCap;
  const perCapS = k.perSlowCap;
  const fm = onsetOf(drive, drv.threshold, drv.width2, drv.atZero) * drv.gain;
  const f1 = onsetOf(driveEnd, drv.threshold, drv.width2, drv.atZero) * drv.gain;
  const fq = (onset.f + 4 * fm + f1) / 6;
  let fNq = 0;
  if (fq > 0) {
    const fN1 = capped(f1, perCapN);
    const fS1 = capped(f1, perCapS);
    fNq = (onset.nmda + 4 * capped(fm, perCapN) + fN1) / 6 + p.drive.nmdaLinear * fq;
    sub.slowDrive = (onset.slow + 4 * capped(fm, perCapS) + fS1) / 6;
    onset.nmda = fN1;
    onset.slow = fS1;
  } else {
    sub.slowDrive = 0;
    onset.nmda = onset.slow = 0;
  }
  onset.f = f1;
  const blockQ = methadone > 0 ? 1 - (1 - mods.nmdaBlock) / (1 + methadone) : mods.nmdaBlock;
  // The fast states follow the exposure sub-step by sub-step (exponential Euler).
  const wPrev = state[S.W] ?? 0;
  state[S.W] = nextWithdrawal(wPrev, Math.max(0, (state[S.A] ?? 0) - o), k.withdrawalDecaySub);
  state[S.A] = nextAdaptation(state[S.A] ?? 0, o, k.adaptDecaySub);
  advanceTolerance(run, oTol, blockQ, dt);
  const dN = nmdaDrive(fNq, rt.susceptibility * wPrev, start, k.nmda, mods.koNmda * (1 - blockQ));
  state[S.N] = nextNmda(state[S.N] ?? 0, dN, start.latent, k.nmda, dt);
  sub.withdrawal = wPrev;
  sub.drive = fq;
}

/** T1 and T2, and each drug's own share of them (P9): all tolerance decays alike; what formed is split by
 * occupancy. */
function advanceTolerance(run: Integration, occupancy: number, nmdaBlock: number, dt: number): void {
  const { rt, state, k, shares } = run;
  const fast = k.fastTolerance;
  const slow = k.slowTolerance;
  const t1 = state[S.T1] ?? 0;
  const t2 = state[S.T2] ?? 0;
  const t1New = nextTolerance(t1, occupancy, nmdaBlock, fast, dt);
  const t2New = nextTolerance(t2, occupancy, nmdaBlock, slow, dt);
  state[S.T1] = t1New;
  state[S.T2] = t2New;
  const standard = Math.abs(dt - k.subDays) < 1e-12;
  const d1 = standard ? fast.offDecaySub : decayFactor(fast.off * dt);
  const d2 = standard ? slow.offDecaySub : decayFactor(slow.off * dt);
  const t1x = (state[S.T1X] ?? 0) * d1;
  const t2x = (state[S.T2X] ?? 0) * d2;
  state[S.T1X] = t1x;
  state[S.T2X] = t2x;
  if (rt.slots.length === 1) {
    // One drug: all the tolerance but that of drugs this run does not give is its own.
    const offset = rt.slotOffsets[0] ?? 0;
    state[offset + SLOT.TOL_FAST] = Math.max(0, t1New - t1x);
    state[offset + SLOT.TOL_SLOW] = Math.max(0, t2New - t2x);
  } else {
    splitFormed(state, shares, SLOT.TOL_FAST, formedSince(t1, t1New, d1), d1);
    splitFormed(state, shares, SLOT.TOL_SLOW, formedSince(t2, t2New, d2), d2);
  }
}

/** Σ ce·(pronociceptive share) over the drugs on board, from the effect-site concentrations now. */
export function pronociceptiveSignal(rt: Runtime, state: Float64Array): number {
  let drive = 0;
  for (const slot of rt.slots)
    drive += Math.max(0, state[slot.offset + SLOT.EFFECT] ?? 0) * slot.drug.pronociceptiveDrive;
  return drive;
}

/** The drive at the start of the first sub-step of an `integrate` call, from the state then. */
export function primeOnset(run: Integration): void {
  const { rt, k, onset } = run;
  const drv = rt.drive;
  onset.f = onsetOf(pronociceptiveSignal(rt, run.state), drv.threshold, drv.width2, drv.atZero) * drv.gain;
  onset.nmda = capped(onset.f, k.perNmdaCap);
  onset.slow = capped(onset.f, k.perSlowCap);
}

/** The hyperbolic onset of drive.ts, less its value at zero dose; 0 for a patient without a threshold. */
function onsetOf(x: number, c0: number, w2: number, atZero: number): number {
  if (c0 === Infinity) return 0;
  return hyperbola(x - c0, w2) - atZero;
}

/** f/(1 + f/cap): a drive that saturates at `cap` (facts §3.1 (3)). */
function capped(f: number, perCap: number): number {
  return f / (1 + f * perCap);
}
