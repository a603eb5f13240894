import { allodynia, coldPressorRelative, painAreaFraction, thresholdRelative } from '../readouts/readouts';
import type { SeriesSet } from '../readouts/series';
import { runsToEnd } from '../scenario/time';
import type { Integration } from './integration';
import { moment, MOMENT } from './moment';
import type { RunMemory } from './run-memory';
import type { DoseSpan } from './doses';
import type { Runtime } from './setup';
import { S } from './state-layout';

/**
 * Computes the readouts of sample `index` from the state and writes them (and the interval-averaged pain).
 * `interiorPain` is the sum of the pain of the moment at the step's interior sub-step boundaries (NaN: none).
 */
export function record(
  run: Integration,
  index: number,
  series: SeriesSet | null,
  interiorPain: number,
): void {
  const { rt, state, mods, memory } = run;
  const p = rt.p;
  const m = moment(run, index * rt.stepDays, MOMENT);
  const { analgesia, sensitization, pain } = m;
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
  series.thresholdRelative[index] = thresholdRelative(sensitization, analgesia, p.readouts);
  series.analgesia[index] = analgesia;
  series.allodynia[index] = allodynia(sensitization, p.readouts);
  series.painAreaFraction[index] = painAreaFraction(
    rt.disease.areaFraction,
    m,
    analgesia,
    mods.areaRelief,
    p.readouts,
  );
  series.coldPressorRelative[index] = coldPressorRelative(sensitization, analgesia, p.readouts);
  series.withdrawal[index] = Math.min(1, p.withdrawal.gain * (state[S.W] ?? 0));
  series.toleranceFold[index] = m.receptorFold * m.masking;
  recordDose(rt, memory, index, series);
  series.concentration[index] = m.concentration;
  series.occupancy[index] = m.occupancy;
  series.nmda[index] = m.nmda;
  series.rvm[index] = m.rvm;
  series.glia[index] = m.glia;
  series.dynorphin[index] = m.dynorphin;
  series.hcn2[index] = m.hcn2;
  series.sensitization[index] = sensitization;
  series.diseasePain[index] = m.disease;
  series.latent[index] = state[S.L] ?? 0;
  series.secondHit[index] = state[S.MEM] ?? 0;
}

/**
 * The dose in force at sample `index`: the schedule's, plus a pain-triggered escalation's, whose dose is known
 * only as the run goes (issue 14, build 5) — the engine writes it again once a check on that day has decided.
 */
/**
 * Whether a dose span is in force at `t` (one that runs to the end still is at the last sample). A module
 * function, not a closure in recordDose: a closure made per sample costs a fifth of a run under tsx, which
 * names every function it creates.
 */
function inForce(span: DoseSpan, t: number, duration: number): boolean {
  return t >= span.startDay - 1e-9 && (t < span.stopDay - 1e-9 || runsToEnd(span.stopDay, duration));
}

export function recordDose(rt: Runtime, memory: RunMemory, index: number, series: SeriesSet): void {
  const t = index * rt.stepDays;
  let mme = rt.doseMmePerDay[index] ?? 0;
  let perKg = rt.doseMgPerKgPerDay[index] ?? 0;
  const duration = rt.scenario.durationDays;
  for (let e = 0; e < rt.escalators.length; e++) {
    const esc = rt.escalators[e];
    if (!esc) continue;
    const factor = memory.escalatorFactors[e] ?? 1;
    if (inForce(esc, t, duration)) {
      mme += esc.mmePerDay * factor;
      perKg += esc.mgPerKgPerDay * factor;
    }
    for (const follower of esc.followers)
      if (inForce(follower, t, duration)) {
        mme += follower.mmePerDay * factor;
        perKg += follower.mgPerKgPerDay * factor;
      }
  }
  series.doseMmePerDay[index] = mme;
  series.dosePerKgPerDay[index] = perKg;
}
