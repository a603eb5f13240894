import { nextNmda as nextNmdaImported, nmdaDrive as nmdaDriveImported } from './nmda';
import { advance as advanceImported, propagator as propagatorImported } from './pharmacokinetics';
import type { Modifiers, Runtime } from './setup';
import { EPS as EPSILON, S as STATE_INDEX, type RunMemory } from './state-layout';
import type { Rates } from './step-rates';
import {
  nextFastTolerance as nextFastToleranceImported,
  nextSlowTolerance as nextSlowToleranceImported,
} from './tolerance';
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
  for (let j = 0; j < nSlots; j++) {
    const slot = slots[j];
    if (!slot) continue;
    const c = Math.max(0, (state[slot.offset + 3] ?? 0) * perDay);
    x += c * slot.drug.affinity * perOccupancy;
    drive += c * slot.drug.pronociceptiveDrive;
    methadone += c * slot.drug.nmdaBlockPerC;
  }
  const o = x / (1 + x);
  // Simpson's rule over the sub-step (start, average, end) for the thresholded drive, so a short peak that
  // crosses the threshold is weighed as it is.
  const driveEnd = pronociceptiveSignal(rt, state);
  memory.lastDriveEnd = driveEnd;
  const c0 = p.drive.threshold;
  const perScale = 1 / p.drive.scale;
  const f0 = Math.max(0, s * driveStart - c0) * perScale;
  const fm = Math.max(0, s * drive - c0) * perScale;
  const f1 = Math.max(0, s * driveEnd - c0) * perScale;
  const fq = (f0 + 4 * fm + f1) / 6;
  let fNq = 0;
  if (fq > 0) {
    const capN = p.drive.nmdaCap;
    const capS = p.drive.slowCap;
    fNq = (capped(f0, capN) + 4 * capped(fm, capN) + capped(f1, capN)) / 6;
    memory.lastSlowDrive = (capped(f0, capS) + 4 * capped(fm, capS) + capped(f1, capS)) / 6;
  } else memory.lastSlowDrive = 0;
  const blockQ = methadone > 0 ? 1 - (1 - mods.nmdaBlock) / (1 + methadone) : mods.nmdaBlock;
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
export function pronociceptiveSignal(rt: Runtime, state: Float64Array): number {
  let drive = 0;
  for (const slot of rt.slots)
    drive += Math.max(0, state[slot.offset + 2] ?? 0) * slot.drug.pronociceptiveDrive;
  return drive;
}

/** f/(1 + f/cap): a drive that saturates at `cap` (facts §3.1 (3)). */
function capped(f: number, cap: number): number {
  return f === 0 ? 0 : (f * cap) / (cap + f);
}
