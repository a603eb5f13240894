import { injuryDrive, nextInjury } from '../scenario/disease-course';
import { dynorphinDrive, nextDynorphin } from '../mechanisms/dynorphin';
import { nextGlia, nextGliaPriming } from '../mechanisms/glia';
import { hcn2Drive, nextHcn2 } from '../mechanisms/hcn2';
import { nextLatentStage, nextSecondHit } from '../mechanisms/latent';
import { nextAntiOpioid } from '../mechanisms/masking';
import { nextRvm } from '../mechanisms/rvm';
import type { Integration } from './integration';
import { S } from './state-layout';

/**
 * One step of the slow states (RVM, dynorphin, glia, HCN2, the anti-opioid response, memories, injury), driven
 * by the step's averages (`run.step`) over [t, tEnd].
 */
export function advanceSlowStates(run: Integration, t: number, tEnd: number): void {
  const { rt, state, k, mods, start } = run;
  const drives = run.step;
  const p = rt.p;
  const h = rt.stepDays;
  const latent = state[S.L] ?? 0;
  const injury = state[S.INJ] ?? 0;
  // Couplings use the mean of start and end of the step (N has already moved through the sub-steps, R moves
  // first), which keeps the coupling error second order.
  const nMid = 0.5 * (start.nmda + mods.koNmda * (state[S.N] ?? 0));
  state[S.R] = nextRvm(state[S.R] ?? 0, mods.koRvm * drives.slowDrive, k.rvm, h);
  const rMid = 0.5 * (start.rvm + mods.koRvm * (1 - mods.rvmBlock) * (state[S.R] ?? 0));
  const dDrive = dynorphinDrive(rMid, nMid, p.dynorphin.floor, mods.koDynorphin);
  state[S.D] = nextDynorphin(state[S.D] ?? 0, dDrive, k.dynorphin, h);
  state[S.GP] = nextGliaPriming(state[S.GP] ?? 0, mods.koGlia * nMid * (state[S.T2] ?? 0), k.gliaPriming, h);
  state[S.G] = nextGlia(state[S.G] ?? 0, state[S.GP] ?? 0, k.gLagDecay);
  const hDrive = hcn2Drive(drives.slowDrive, drives.withdrawal, p.hcn2.withdrawalWeight, mods.koHcn2);
  state[S.H] = nextHcn2(state[S.H] ?? 0, hDrive, k.hcn2, h);
  state[S.AX] = nextAntiOpioid(state[S.AX] ?? 0, drives.drive, k.antiOpioidDecay);
  state[S.L1] = nextLatentStage(state[S.L1] ?? 0, nMid, k.latentDecay, k.latentRiseDecay);
  state[S.L] = nextLatentStage(latent, state[S.L1] ?? 0, k.latentDecay, k.latentRiseDecay);
  // Without a resolving injury the memory has no drive and the injury level stays 1: nothing to advance.
  if (rt.disease.kind !== 'resolving') return;
  const aboveThreshold = Math.max(0, start.glia - p.secondHit.gliaThreshold);
  const mDrive = injuryDrive(rt.disease, injury, tEnd);
  state[S.MEM] = nextSecondHit(state[S.MEM] ?? 0, aboveThreshold, mDrive, k.secondHit, h);
  state[S.INJ] = nextInjury(k.injury, injury, state[S.MEM] ?? 0, t, tEnd);
}
