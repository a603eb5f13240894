import { moment, MOMENT } from './moment';
import * as out from './readouts';
import type { SeriesSet } from './series';
import type { DoseSpan, Modifiers, Runtime } from './setup';
import { S as STATE_INDEX, type RunMemory } from './state-layout';
import { runsToEnd } from './time';

// Bound once: under tsx's module interop every read of an imported binding pays a getter; the hot loop must not.
const S = STATE_INDEX;

// Bound once: under tsx's module interop every call through an import pays a getter; the hot loop must not.
const thresholdRelativeOf = out.thresholdRelative;
const allodyniaOf = out.allodynia;
const painAreaFractionOf = out.painAreaFraction;
const coldPressorOf = out.coldPressorRelative;
const momentOf = moment;

/** Computes the readouts of sample `index` from the state and writes them (and the interval-averaged pain). */
export function record(
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
  const m = momentOf(rt, state, mods, endCe, t, MOMENT);
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
  recordDose(rt, memory, index, series);
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

/**
 * The dose in force at sample `index`: the schedule's, plus a pain-triggered escalation's, whose dose is known
 * only as the run goes (issue 14, build 5) — the engine writes it again once a check on that day has decided.
 */
export function recordDose(rt: Runtime, memory: RunMemory, index: number, series: SeriesSet): void {
  const t = index * rt.stepDays;
  let mme = rt.doseMmePerDay[index] ?? 0;
  let perKg = rt.doseMgPerKgPerDay[index] ?? 0;
  const duration = rt.scenario.durationDays;
  const inForce = (span: DoseSpan) =>
    t >= span.startDay - 1e-9 && (t < span.stopDay - 1e-9 || runsToEnd(span.stopDay, duration));
  for (let e = 0; e < rt.escalators.length; e++) {
    const esc = rt.escalators[e];
    if (!esc) continue;
    const factor = memory.escalatorFactors[e] ?? 1;
    if (inForce(esc)) {
      mme += esc.mmePerDay * factor;
      perKg += esc.mgPerKgPerDay * factor;
    }
    for (const follower of esc.followers)
      if (inForce(follower)) {
        mme += follower.mmePerDay * factor;
        perKg += follower.mgPerKgPerDay * factor;
      }
  }
  series.doseMmePerDay[index] = mme;
  series.dosePerKgPerDay[index] = perKg;
}
