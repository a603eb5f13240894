import { diseasePainAt } from './disease-course';
import {
  efficacyLeft as efficacyLeftImported,
  maskingFactor as maskingFactorImported,
  nmdaMaskingTerm as nmdaMaskingTermImported,
} from './masking';
import { instantPain as instantPainImported } from './readouts';
import { power as powerImported } from './relax';
import type { Modifiers, Runtime } from './setup';
import { S as STATE_INDEX } from './state-layout';
import { drugFold as drugFoldImported, receptorFold as receptorFoldImported } from './tolerance';

// Bound once: under tsx's module interop every read of an imported binding pays a getter; the hot loop must not.
const S = STATE_INDEX;

// Bound once: under tsx's module interop every call through an import pays a getter; the hot loop must not.
const efficacyLeft = efficacyLeftImported;
const maskingFactor = maskingFactorImported;
const nmdaMaskingTerm = nmdaMaskingTermImported;
const instantPain = instantPainImported;
const hillPower = powerImported;
const receptorFold = receptorFoldImported;
const drugFold = drugFoldImported;

/** Readouts of one moment that the pain average and the views need. */
export interface Moment {
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

export const MOMENT: Moment = {
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

/** A second scratch moment for the sub-steps' pain, so the recorded one is never overwritten mid-step. */
export const SUB_MOMENT: Moment = { ...MOMENT };

/** Analgesia, sensitization and pain from the states and the effect-site concentrations `ce`. */
export function moment(
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
  const t1 = state[S.T1] ?? 0;
  const t2 = state[S.T2] ?? 0;
  const a1 = p.tolerance.fastGain;
  const a2 = p.tolerance.slowGain;
  // The fold shown is that of the drug on board (the largest occupancy), else the drug that built the most.
  let receptor = receptorFold(t1, t2, a1, a2);
  let shownWeight = -1;
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
    let own1 = 0;
    let own2 = 0;
    for (const off of slot.sameDrugOffsets) {
      own1 += state[off + 4] ?? 0;
      own2 += state[off + 5] ?? 0;
    }
    const fold = drugFold(own1, own2, t1, t2, slot.drug.crossTolerance, a1, a2);
    const weight = xi > 0 ? 1 + xi : own2;
    if (weight > shownWeight) {
      shownWeight = weight;
      receptor = fold;
    }
    // Divided by the masking below.
    const ui = c / (p.exposure.ec50 * fold);
    u += ui;
    uEff += ui * slot.drug.efficacy;
  }
  const masking = maskingFactor(
    nmdaMaskingTerm(nE, p.masking.nmdaPower),
    rE,
    dE,
    p.masking.nmda,
    p.masking.rvmDynorphin,
    state[S.AX] ?? 0,
    p.masking.rvmExposure,
  );
  u /= masking;
  uEff /= masking;
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
