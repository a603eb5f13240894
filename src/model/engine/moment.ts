import { diseasePainAt } from '../scenario/disease-course';
import type { MechanismLevels } from '../mechanisms/ids';
import { efficacyLeft, maskingFactor } from '../mechanisms/masking';
import { power } from '../mechanisms/relax';
import { drugFold, receptorFold, type ToleranceLevels } from '../mechanisms/tolerance';
import { instantPain } from '../readouts/readouts';
import type { Integration } from './integration';
import { actingLevels, ownTolerance, S, SLOT, totalTolerance } from './state-layout';

/** Readouts of one moment that the pain average and the views need; the mechanism levels as they act. */
export interface Moment extends MechanismLevels {
  analgesia: number;
  sensitization: number;
  pain: number;
  disease: number;
  /** The receptor part of the tolerance fold, as the drug on board sees it. */
  receptorFold: number;
  masking: number;
  concentration: number;
  occupancy: number;
}

function emptyMoment(): Moment {
  return {
    nmda: 0,
    rvm: 0,
    glia: 0,
    dynorphin: 0,
    hcn2: 0,
    analgesia: 0,
    sensitization: 0,
    pain: 0,
    disease: 0,
    receptorFold: 1,
    masking: 1,
    concentration: 0,
    occupancy: 0,
  };
}

/** Scratch moments: the recorded one, and one for the sub-steps' pain, so the first is never overwritten
 * mid-step. */
export const MOMENT: Moment = emptyMoment();
export const SUB_MOMENT: Moment = emptyMoment();
const TOTAL: ToleranceLevels = { fast: 0, slow: 0 };
const OWN: ToleranceLevels = { fast: 0, slow: 0 };

/** Analgesia, sensitization and pain at time t, from the states and the effect-site concentrations now. */
export function moment(run: Pick<Integration, 'rt' | 'state' | 'mods'>, t: number, out: Moment): Moment {
  const { rt, state, mods } = run;
  const p = rt.p;
  const levels = actingLevels(state, mods, out);
  const total = totalTolerance(state, TOTAL);
  const gains = p.tolerance;
  // The fold shown is that of the drug on board (the largest occupancy), else the drug that built the most.
  let receptor = receptorFold(total, gains);
  let shownWeight = -1;
  let x = 0;
  let u = 0;
  let uEff = 0;
  let conc = 0;
  let bup = 0;
  let nmdaDrug = 0;
  for (const slot of rt.slots) {
    const c = Math.max(0, state[slot.offset + SLOT.EFFECT] ?? 0);
    conc += c;
    const xi = (c * slot.drug.affinity) / p.exposure.occupancyHalf;
    x += xi;
    bup += xi * slot.drug.antihyperalgesic;
    nmdaDrug += c * slot.drug.nmdaBlockPerC;
    const own = ownTolerance(state, slot.sameDrugOffsets, OWN);
    const fold = drugFold(own, total, slot.drug.crossTolerance, gains);
    const weight = xi > 0 ? 1 + xi : own.slow;
    if (weight > shownWeight) {
      shownWeight = weight;
      receptor = fold;
    }
    // Divided by the masking below.
    const ui = c / (p.exposure.ec50 * fold);
    u += ui;
    uEff += ui * slot.drug.efficacy;
  }
  const masking = maskingFactor(levels.nmda, levels.rvm, levels.dynorphin, state[S.AX] ?? 0, p.masking);
  u /= masking;
  uEff /= masking;
  const nmdaBlock = 1 - (1 - mods.nmdaBlock) / (1 + nmdaDrug);
  const uh = power(u, p.exposure.hill);
  const analgesia = efficacyLeft(levels.dynorphin, p.masking) * (u > 0 ? uEff / u : 1) * (uh / (1 + uh));
  const w = p.sensitization;
  const antihyper = 1 - (w.buprenorphine * bup) / (1 + x);
  const direct =
    w.nmda * levels.nmda +
    w.rvm * levels.rvm +
    w.dynorphin * levels.dynorphin +
    w.glia * levels.glia * (1 - nmdaBlock) +
    w.hcn2 * levels.hcn2;
  const sensitization = Math.max(0, (direct + w.latent * (state[S.L] ?? 0)) * antihyper);
  const disease = diseasePainAt(rt.disease, state[S.INJ] ?? 0, t) * (1 - mods.painRelief);
  out.analgesia = analgesia;
  out.sensitization = sensitization;
  out.disease = disease;
  out.pain = instantPain(disease, sensitization, analgesia, p.readouts);
  out.receptorFold = receptor;
  out.masking = masking;
  out.concentration = conc;
  out.occupancy = x / (1 + x);
  return out;
}
