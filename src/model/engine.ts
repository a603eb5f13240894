import { escalate as escalateImported } from './escalation';
import {
  advanceFastStates as advanceFastStatesImported,
  advancePharmacokinetics as advancePharmacokineticsImported,
  pronociceptiveSignal as pronociceptiveSignalImported,
} from './exposure-step';
import { moment as momentImported, SUB_MOMENT } from './moment';
import { record as recordImported, recordDose as recordDoseImported } from './record';
import type { SeriesSet } from './series';
import { noModifiers, type Modifiers, type Runtime } from './setup';
import { advanceSlowStates as advanceSlowStatesImported } from './slow-step';
import { EPS as EPSILON, maxInterval, S as STATE_INDEX, type RunMemory } from './state-layout';
import { rates } from './step-rates';

// Bound once: under tsx's module interop every read of an imported binding pays a getter; the hot loop must not.
const S = STATE_INDEX;
const EPS = EPSILON;

/**
 * The fixed-step integrator (facts §3.1 (10)). Each step (1 h human, 7.5 min rat) is cut into sub-steps
 * (substeps.ts): the pharmacokinetics are propagated exactly between dose events, the exposure signals are
 * averaged over each sub-step and the fast states (adaptation, withdrawal, tolerance, NMDA) follow them
 * (exposure-step.ts); then the slow states take one exponential-Euler step with mid-step couplings
 * (slow-step.ts), and the readouts are recorded (record.ts).
 */
export { S, initialState, createMemory, type RunMemory } from './state-layout';
export { diseasePainAt } from './disease-course';

// Bound once: under tsx's module interop every call through an import pays a getter; the hot loop must not.
const escalate = escalateImported;
const advanceFastStates = advanceFastStatesImported;
const advancePharmacokinetics = advancePharmacokineticsImported;
const pronociceptiveSignal = pronociceptiveSignalImported;
const moment = momentImported;
const record = recordImported;
const recordDose = recordDoseImported;
const advanceSlowStates = advanceSlowStatesImported;

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
  const mods: Modifiers = noModifiers();
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

  memory.onsetCached = false;
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
    // Effective levels at the start of the step (knock-outs and level-acting blocks).
    const nE = mods.koNmda * (state[S.N] ?? 0);
    const rE = mods.koRvm * (1 - mods.rvmBlock) * (state[S.R] ?? 0);
    const dE = mods.koDynorphin * (1 - mods.dynorphinBlock) * (state[S.D] ?? 0);
    const gE = mods.koGlia * (1 - mods.gliaBlock) * (state[S.G] ?? 0);
    const hE = mods.koHcn2 * (1 - mods.hcn2Block) * (state[S.H] ?? 0);
    const latentAtStart = state[S.L] ?? 0;
    let fs = 0;
    let fAverage = 0;
    let wAverage = 0;
    let interiorPain = 0;
    // The state is as the last sub-step left it: its end signal is this step's start (the first step computes it).
    let driveAtStart = i === fromStep ? pronociceptiveSignal(rt, state) : memory.lastDriveEnd;
    // Pharmacokinetics, exactly, in rt.substeps equal parts (split again at any event inside); the nonlinear
    // exposure signals are averaged over the parts, so a dose peak crossing the drive threshold inside a
    // step is seen as it is (this is what makes halving the step converge).
    const sub = h / substeps;
    for (let q = 0; q < substeps; q++) {
      const subStart = t + q * sub;
      const subEnd = q === substeps - 1 ? tEnd : subStart + sub;
      advancePharmacokinetics(rt, state, memory, cursor, subStart, subEnd, depotRate, centralRate);
      fAverage += advanceFastStates(
        rt,
        state,
        memory,
        k,
        mods,
        subEnd - subStart,
        gE,
        dE,
        hE,
        latentAtStart,
        driveAtStart,
      );
      // The effect site is continuous (doses enter the depot or plasma), so this sub-step's end starts the next.
      driveAtStart = memory.lastDriveEnd;
      fs += memory.lastSlowDrive / substeps;
      wAverage += memory.lastWithdrawal / substeps;
      if (needPain && q < substeps - 1) {
        for (let j = 0; j < nSlots; j++) subCe[j] = state[(slots[j]?.offset ?? 0) + 2] ?? 0;
        interiorPain += moment(rt, state, mods, subCe, subEnd, SUB_MOMENT).pain;
      }
    }
    for (let j = 0; j < nSlots; j++) endCe[j] = state[(slots[j]?.offset ?? 0) + 2] ?? 0;

    advanceSlowStates(rt, state, k, mods, nE, rE, gE, fs, fAverage / substeps, s * wAverage, t, tEnd);

    if (needPain) record(rt, state, mods, i + 1, series, memory, endCe, interiorPain);
    if (series && rt.escalators.length > 0) {
      // A check at the end of this step decides the dose from now on (the next step would, with the same pain):
      // decide it here, so that this sample shows the dose in force from it.
      escalate(rt, memory, tEnd);
      recordDose(rt, memory, i + 1, series);
    }
  }
}

function endCeOf(state: Float64Array, rt: Runtime, out: Float64Array): Float64Array {
  rt.slots.forEach((slot, j) => (out[j] = state[slot.offset + 2] ?? 0));
  return out;
}
