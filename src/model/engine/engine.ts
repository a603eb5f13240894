import type { SeriesSet } from '../readouts/series';
import { EPS } from '../scenario/time';
import { escalate } from './escalation';
import { advanceFastStates, advancePharmacokinetics, primeOnset } from './exposure-step';
import { beginIntegration } from './integration';
import { moment, SUB_MOMENT } from './moment';
import { record, recordDose } from './record';
import { maxInterval, type Run } from './run-memory';
import { advanceSlowStates } from './slow-step';
import { actingLevels, S } from './state-layout';

/**
 * The fixed-step integrator (facts §3.1 (10)). Each step (1 h human, 7.5 min rat) is cut into sub-steps
 * (substeps.ts): the pharmacokinetics are propagated exactly between dose events, the exposure signals are
 * averaged over each sub-step and the fast states (adaptation, withdrawal, tolerance, NMDA) follow them
 * (exposure-step.ts); then the slow states take one exponential-Euler step with mid-step couplings driven by
 * the step's averages (slow-step.ts), and the readouts are recorded (record.ts).
 */
/** Integrates steps [fromStep, toStep) in place; records samples fromStep+1..toStep (and fromStep if asked). */
export function integrate(run: Run, fromStep: number, toStep: number, series: SeriesSet | null): void {
  const it = beginIntegration(run);
  const { rt, state, memory, mods, start, sub, step } = it;
  const h = rt.stepDays;
  const substeps = rt.substeps;
  const doses = rt.doses;
  const t0 = fromStep * h;
  while (it.doseCursor < doses.length && (doses[it.doseCursor]?.timeDays ?? Infinity) < t0 - EPS)
    it.doseCursor++;
  let modIdx = 0;
  const modTimes = rt.modifierTimes;
  while (modIdx < modTimes.length && (modTimes[modIdx] ?? Infinity) <= t0 + EPS) modIdx++;
  rt.modifiersAt(t0, mods);
  primeOnset(it);
  if (series && fromStep === 0) record(it, 0, series, NaN);

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
    actingLevels(state, mods, start);
    start.latent = state[S.L] ?? 0;
    let slowDrive = 0;
    let driveSum = 0;
    let withdrawal = 0;
    let interiorPain = 0;
    // Pharmacokinetics, exactly, in rt.substeps equal parts (split again at any event inside); the nonlinear
    // exposure signals are averaged over the parts, so a dose peak crossing the drive threshold inside a
    // step is seen as it is (this is what makes halving the step converge).
    const subDays = h / substeps;
    for (let q = 0; q < substeps; q++) {
      const subStart = t + q * subDays;
      const subEnd = q === substeps - 1 ? tEnd : subStart + subDays;
      advancePharmacokinetics(it, subStart, subEnd);
      advanceFastStates(it, subEnd - subStart);
      driveSum += sub.drive;
      slowDrive += sub.slowDrive / substeps;
      withdrawal += sub.withdrawal / substeps;
      if (needPain && q < substeps - 1) interiorPain += moment(it, subEnd, SUB_MOMENT).pain;
    }
    step.slowDrive = slowDrive;
    step.drive = driveSum / substeps;
    step.withdrawal = rt.susceptibility * withdrawal;
    advanceSlowStates(it, t, tEnd);

    if (needPain) record(it, i + 1, series, interiorPain);
    if (series && rt.escalators.length > 0) {
      // A check at the end of this step decides the dose from now on (the next step would, with the same pain):
      // decide it here, so that this sample shows the dose in force from it.
      escalate(rt, memory, tEnd);
      recordDose(rt, memory, i + 1, series);
    }
  }
}
