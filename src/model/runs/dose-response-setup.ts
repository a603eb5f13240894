import { DRUGS, type DrugId, type DrugSpec } from '../pharmacology/drugs';
import { propagator } from '../pharmacology/pharmacokinetics';
import { compileRegimens } from '../scenario/regimens';
import type { RouteId } from '../pharmacology/routes';
import type { Regimen, Scenario } from '../scenario/scenario-schema';
import type { DoseUnit } from '../pharmacology/units';
import type { Runtime } from '../engine/setup';
import { ALL_FIVE_OFF } from '../presets/preset';
import { defaultUnit } from '../pharmacology/units';

/** The drug, route and schedule a dose–response challenges with: the scenario's regimen on that day. */
export interface Challenge {
  readonly drug: DrugId;
  readonly route: RouteId;
  readonly unit: DoseUnit;
  readonly spec: DrugSpec;
  /** Current daily dose (0 when none is given that day). */
  readonly dosePerDay: number;
  readonly regimenAt: (dosePerDay: number, fromDay: number) => Regimen;
}

/** The tolerance-only twin's knock-outs: the presets' list, from day 0. */
export const ALL_MECHANISMS_OFF = ALL_FIVE_OFF.map((k) => ({ ...k, startDay: 0 }));

export function challengeOf(scenario: Scenario, atDay: number): Challenge {
  const c = compileRegimens(
    scenario.regimens,
    scenario.subject,
    Math.max(scenario.durationDays, atDay + 1e-6),
  );
  const activeSeg = c.segments.filter((s) => s.startDay <= atDay + 1e-9 && s.stopDay > atDay + 1e-9);
  const activeInf = c.infusions.filter((f) => f.startDay <= atDay + 1e-9 && f.stopDay > atDay + 1e-9);
  const all = [...c.segments, ...c.infusions, ...c.boluses.map((b) => ({ ...b, startDay: b.timeDays }))]
    .filter((x) => x.startDay <= atDay + 1e-9)
    .sort((a, b) => a.startDay - b.startDay);
  const reference = activeSeg[0] ?? activeInf[0] ?? all[all.length - 1];
  const drug = reference?.drug ?? 'morphine';
  const route = reference?.route ?? (scenario.subject === 'human' ? 'oral' : 'subcutaneous');
  const unit = reference?.unit ?? defaultUnit(scenario.subject);
  const dosePerDay =
    activeSeg.reduce((sum, s) => sum + s.dosePerDay, 0) + activeInf.reduce((sum, f) => sum + f.ratePerDay, 0);
  const everyHours = activeSeg[0]?.everyHours;
  const regimenAt = (dose: number, fromDay: number): Regimen =>
    everyHours === undefined
      ? { kind: 'infusion', drug, route, unit, ratePerDay: dose, startDay: fromDay }
      : { kind: 'fixed', drug, route, unit, dosePerDay: dose, everyHours, startDay: fromDay };
  return { drug, route, unit, spec: DRUGS[drug], dosePerDay, regimenAt };
}

const peakCache = new Map<string, number>();

/** Peak effect-site concentration (C) after one reference dose of this drug by this route. */
export function peakPerReferenceDose(rt: Runtime, ch: Challenge): number {
  const k = rt.scenario.subject === 'human' ? ch.spec.human : ch.spec.rat;
  const key = `${rt.scenario.subject}|${ch.drug}|${ch.route}|${rt.scenario.patient.metabolism}`;
  const hit = peakCache.get(key);
  if (hit !== undefined) return hit;
  const depot = ch.route === 'oral' || ch.route === 'transdermal' || ch.route === 'subcutaneous';
  const ln2 = Math.LN2;
  const rates = {
    ka: depot ? ln2 / (k.absorptionHours[ch.route as 'oral'] / 24) : Infinity,
    ke: (ln2 / (k.halfLifeHours / 24)) * rt.scenario.patient.metabolism,
    ke0: ln2 / (k.effectSiteHalfLifeHours / 24),
  };
  const dt = 1 / 1440;
  const prop = propagator(rates, dt);
  const x = [depot ? 1 : 0, depot ? 0 : 1, 0, 0];
  let peak = 0;
  for (let i = 0; i < 4 * 1440; i++) {
    const next = [0, 0, 0, 0];
    for (let r = 0; r < 4; r++)
      for (let c = 0; c < 4; c++) next[r] = (next[r] ?? 0) + (prop.m[r * 4 + c] ?? 0) * (x[c] ?? 0);
    for (let r = 0; r < 4; r++) x[r] = next[r] ?? 0;
    peak = Math.max(peak, x[2] ?? 0);
  }
  peakCache.set(key, peak);
  return peak;
}
