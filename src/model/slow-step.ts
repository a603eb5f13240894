import { injuryDrive, nextInjury } from './disease-course';
import {
  dynorphinDrive as dynorphinDriveImported,
  nextDynorphin as nextDynorphinImported,
} from './dynorphin';
import { nextGlia as nextGliaImported, nextGliaPriming as nextGliaPrimingImported } from './glia';
import { hcn2Drive as hcn2DriveImported, nextHcn2 as nextHcn2Imported } from './hcn2';
import { nextLatentStage as nextLatentStageImported, nextSecondHit as nextSecondHitImported } from './latent';
import { nextAntiOpioid as nextAntiOpioidImported } from './masking';
import { nextRvm as nextRvmImported } from './rvm';
import type { Modifiers, Runtime } from './setup';
import { S as STATE_INDEX } from './state-layout';
import type { Rates } from './step-rates';

// Bound once: under tsx's module interop every read of an imported binding pays a getter; the hot loop must not.
const S = STATE_INDEX;

// Bound once: under tsx's module interop every call through an import pays a getter; the hot loop must not.
const dynorphinDrive = dynorphinDriveImported;
const nextDynorphin = nextDynorphinImported;
const nextGlia = nextGliaImported;
const nextGliaPriming = nextGliaPrimingImported;
const hcn2Drive = hcn2DriveImported;
const nextHcn2 = nextHcn2Imported;
const nextLatentStage = nextLatentStageImported;
const nextSecondHit = nextSecondHitImported;
const nextRvm = nextRvmImported;
const nextAntiOpioid = nextAntiOpioidImported;

/** One step of the slow states (RVM, dynorphin, glia, HCN2, memories, injury) with step-averaged drives. */
export function advanceSlowStates(
  rt: Runtime,
  state: Float64Array,
  k: Rates,
  mods: Modifiers,
  nE: number,
  rE: number,
  gE: number,
  fs: number,
  drive: number,
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
  state[S.AX] = nextAntiOpioid(state[S.AX] ?? 0, drive, k.antiOpioidDecay);
  state[S.L1] = nextLatentStage(state[S.L1] ?? 0, nMid, k.latentDecay, k.latentRiseDecay);
  state[S.L] = nextLatentStage(latent, state[S.L1] ?? 0, k.latentDecay, k.latentRiseDecay);
  // Without a resolving injury the memory has no drive and the injury level stays 1: nothing to advance.
  if (rt.disease.kind !== 'resolving') return;
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
