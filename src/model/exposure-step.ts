import { nextNmda as nextNmdaImported, nmdaDrive as nmdaDriveImported } from './nmda';
import { advance as advanceImported, propagator as propagatorImported } from './pharmacokinetics';
import { hyperbola as hyperbolaImported } from './drive';
import type { Modifiers, Runtime } from './setup';
import { EPS as EPSILON, S as STATE_INDEX, type RunMemory } from './state-layout';
import type { Rates } from './step-rates';
import {
  nextFastTolerance as nextFastToleranceImported,
  nextSlowTolerance as nextSlowToleranceImported,
  splitFormed as splitFormedImported,
} from './tolerance';
import { decayFactor as decayFactorImported } from './relax';
import {
  nextAdaptation as nextAdaptationImported,
  nextWithdrawal as nextWithdrawalImported,
} from './withdrawal';

// Bound once: under tsx's module interop every read of an imported binding pays a getter; the hot loop must not.
const S = STATE_INDEX;
const EPS = EPSILON;

// Bound once: under tsx's module interop every call through an import pays a getter; the hot loop must not.
const nextNmda = nextNmdaImported;
const nmdaDrive = nmdaDriveImported;
const advance = advanceImported;
const propagator = propagatorImported;
const nextFastTolerance = nextFastToleranceImported;
const nextSlowTolerance = nextSlowToleranceImported;
const splitFormed = splitFormedImported;
const decayFactor = decayFactorImported;
const hyperbola = hyperbolaImported;
const nextAdaptation = nextAdaptationImported;
const nextWithdrawal = nextWithdrawalImported;

/** Exact pharmacokinetics over [subStart, subEnd], split at dose times and infusion changes inside it. */
export function advancePharmacokinetics(
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
        memory.doseScale *
        (dose.escalator >= 0 ? dose.amount * (memory.escalatorFactors[dose.escalator] ?? 1) : dose.amount);
      const at = slot.offset + (slot.depot ? 0 : 1);
      state[at] = (state[at] ?? 0) + amount;
    }
    let next = subEnd;
    const nextDose = doses[cursor.dose]?.timeDays ?? Infinity;
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
 * The exposure signals of one sub-step (occupancy, pronociceptive drive, NMDA block) and the fast states
 * that follow them: adaptation, withdrawal, both tolerance components and N. Returns the drive f.
 */
export function advanceFastStates(
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
  const perDay = 1 / dt;
  const perOccupancy = 1 / p.exposure.occupancyHalf;
  let x = 0;
  let drive = 0;
  let methadone = 0;
  let tolerating = 0;
  let driveEnd = 0;
  const shares = memory.slotOccupancy;
  for (let j = 0; j < nSlots; j++) {
    const slot = slots[j];
    if (!slot) continue;
    const c = Math.max(0, (state[slot.offset + 3] ?? 0) * perDay);
    const xj = c * slot.drug.affinity * perOccupancy;
    const share = xj * slot.drug.toleranceInduction;
    shares[j] = share;
    tolerating += share;
    x += xj;
    drive += c * slot.drug.pronociceptiveDrive;
    methadone += c * slot.drug.nmdaBlockPerC;
    // The signal at the end of the sub-step, from the effect site there (`pronociceptiveSignal`).
    driveEnd += Math.max(0, state[slot.offset + 2] ?? 0) * slot.drug.pronociceptiveDrive;
  }
  const o = x / (1 + x);
  // Tolerance forms with the occupancy, weighted by each drug's tolerance induction.
  const oTol = tolerating / (1 + x);
  // Simpson's rule over the sub-step (start, average, end) for the thresholded drive, so a short peak that
  // crosses the threshold is weighed as it is.
  memory.lastDriveEnd = driveEnd;
  // Susceptibility sets the patient's own threshold c0/s^b and gain s^a/c1 (issue 14): above the threshold
  // the dose drives OIH alike (step-rates.ts).
  const drv = rt.drive;
  const c0 = drv.threshold;
  const w2 = drv.width2;
  const zero = drv.atZero;
  const gain = drv.gain;
  const perCapN = k.perNmdaCap;
  const perCapS = k.perSlowCap;
  // The start of this sub-step is the end of the last one (the effect site is continuous): after the first
  // sub-step of a run, reuse its values.
  let f0: number, fN0: number, fS0: number;
  if (memory.onsetCached) {
    f0 = memory.onsetF;
    fN0 = memory.onsetFN;
    fS0 = memory.onsetFS;
  } else {
    f0 = onset(driveStart, c0, w2, zero) * gain;
    fN0 = capped(f0, perCapN);
    fS0 = capped(f0, perCapS);
  }
  const fm = onset(drive, c0, w2, zero) * gain;
  const f1 = onset(driveEnd, c0, w2, zero) * gain;
  const fq = (f0 + 4 * fm + f1) / 6;
  let fNq = 0;
  if (fq > 0) {
    const fN1 = capped(f1, perCapN);
    const fS1 = capped(f1, perCapS);
    fNq = (fN0 + 4 * capped(fm, perCapN) + fN1) / 6 + p.drive.nmdaLinear * fq;
    memory.lastSlowDrive = (fS0 + 4 * capped(fm, perCapS) + fS1) / 6;
    memory.onsetFN = fN1;
    memory.onsetFS = fS1;
  } else {
    memory.lastSlowDrive = 0;
    memory.onsetFN = memory.onsetFS = 0;
  }
  memory.onsetCached = true;
  memory.onsetF = f1;
  const blockQ = methadone > 0 ? 1 - (1 - mods.nmdaBlock) / (1 + methadone) : mods.nmdaBlock;
  // The fast states follow the exposure sub-step by sub-step (exponential Euler).
  const wPrev = state[S.W] ?? 0;
  state[S.W] = nextWithdrawal(wPrev, Math.max(0, (state[S.A] ?? 0) - o), k.withdrawalDecaySub);
  state[S.A] = nextAdaptation(state[S.A] ?? 0, o, k.adaptDecaySub);
  const t1 = state[S.T1] ?? 0;
  const t2 = state[S.T2] ?? 0;
  state[S.T1] = nextFastTolerance(t1, oTol, blockQ, p.tolerance.fastNmdaShare, k.t1on, k.t1off, dt);
  state[S.T2] = nextSlowTolerance(t2, oTol, blockQ, p.tolerance.nmdaShare, k.t2on, k.t2off, dt);
  // Each drug's own share (P9): all tolerance decays alike; what formed is split by occupancy.
  const standard = Math.abs(dt - k.subDays) < 1e-12;
  const d1 = standard ? k.t1offDecaySub : decayFactor(k.t1off * dt);
  const d2 = standard ? k.t2offDecaySub : decayFactor(k.t2off * dt);
  const t1x = (state[S.T1X] ?? 0) * d1;
  const t2x = (state[S.T2X] ?? 0) * d2;
  state[S.T1X] = t1x;
  state[S.T2X] = t2x;
  if (nSlots === 1) {
    // One drug: all the tolerance but that of drugs this run does not give is its own.
    const off = rt.slotOffsets[0] ?? 0;
    state[off + 4] = Math.max(0, (state[S.T1] ?? 0) - t1x);
    state[off + 5] = Math.max(0, (state[S.T2] ?? 0) - t2x);
  } else {
    splitFormed(state, rt.slotOffsets, shares, tolerating, 4, t1, state[S.T1] ?? 0, d1);
    splitFormed(state, rt.slotOffsets, shares, tolerating, 5, t2, state[S.T2] ?? 0, d2);
  }
  const dN = nmdaDrive(fNq, s * wPrev, gE, dE, hE, k.nmda, blockQ, mods.koNmda);
  state[S.N] = nextNmda(state[S.N] ?? 0, dN, latentAtStart, k.nmda, dt);
  memory.lastWithdrawal = wPrev;
  return fq;
}

/** Σ ce·(pronociceptive share) over the drugs on board, from the effect-site concentrations now. */
export function pronociceptiveSignal(rt: Runtime, state: Float64Array): number {
  let drive = 0;
  for (const slot of rt.slots)
    drive += Math.max(0, state[slot.offset + 2] ?? 0) * slot.drug.pronociceptiveDrive;
  return drive;
}

/** The hyperbolic onset of drive.ts, less its value at zero dose; 0 for a patient without a threshold. */
function onset(x: number, c0: number, w2: number, atZero: number): number {
  if (c0 === Infinity) return 0;
  return hyperbola(x - c0, w2) - atZero;
}

/** f/(1 + f/cap): a drive that saturates at `cap` (facts §3.1 (3)). */
function capped(f: number, perCap: number): number {
  return f / (1 + f * perCap);
}
