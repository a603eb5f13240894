/**
 * How the human bands of bands-human.ts measure the model: readings on the presets of facts §3.4
 * items 7–14 and Fletcher 2014.
 */
import { PARAMETERS } from '../model/index';
import { FLETCHER_SURGERY_DAYS } from '../model/presets/human-experiments';
import { at, doseResponseOf, extreme, firstDay, mean, run } from './measure';

export const HOUR = 1 / 24;
export const dayMean = (name: string, series: 'painScore' | 'painAreaFraction' | 'allodynia', day: number) =>
  mean(run(name), series, day, day + 1);
export const STEP = 84;
export const before = (name: string, s: 'painScore' | 'painAreaFraction' | 'allodynia' = 'painScore') =>
  dayMean(name, s, STEP - 1);
/** Day k after the step is [84 + k − 1, 84 + k). */
export const after = (
  name: string,
  k: number,
  s: 'painScore' | 'painAreaFraction' | 'allodynia' = 'painScore',
) => dayMean(name, s, STEP + k - 1);
export const taperStop = (name: string) => firstDay(run(name), 'doseMmePerDay', STEP, (x) => x === 0);
export const cpt = (name: string, day: number) => at(run(name), 'coldPressorRelative', day);
export const YEAR = 364;

/** Fletcher 2014: high minus low remifentanil, pain on the 0–100 scale `hours` after surgery. */
export const fletcherExtra = (hours: number) => {
  const t = FLETCHER_SURGERY_DAYS + hours * HOUR;
  return (
    10 *
    (at(run('fletcher-2014-remifentanil-high'), 'painScore', t) -
      at(run('fletcher-2014-remifentanil-low'), 'painScore', t))
  );
};

export function maintainedCurve() {
  const dr = doseResponseOf('oih-state', 84, true);
  const pain = dr.maintained.scenario;
  let iMin = 0;
  pain.forEach((v, i) => {
    if (v < (pain[iMin] ?? Infinity)) iMin = i;
  });
  const doses = dr.doses;
  const target = 2 * (doses[iMin] ?? NaN);
  let j = doses.findIndex((d) => d >= target);
  if (j < 1) j = 1;
  const d0 = doses[j - 1] ?? NaN;
  const d1 = doses[j] ?? NaN;
  const f = (Math.log(target) - Math.log(d0)) / (Math.log(d1) - Math.log(d0));
  const atTwice = (1 - f) * (pain[j - 1] ?? NaN) + f * (pain[j] ?? NaN);
  return { iMin, min: pain[iMin] ?? NaN, atTwice, twin: dr.maintained.toleranceOnly, count: pain.length };
}

export function knockoutMargin(mechanism: 'nmda' | 'rvm' | 'glia' | 'dynorphin' | 'hcn2'): number {
  const day = 16 * 7;
  const full = run('oih-escalation');
  const ko = run(`knockout-${mechanism}`);
  const w = PARAMETERS.human.sensitization[mechanism].value;
  return at(full, 'sensitization', day) - at(ko, 'sensitization', day) - w * at(full, mechanism, day);
}

export const firstFall = (name: string) => firstDay(run(name), 'thresholdRelative', 0, (x) => x < 0.95);
export const nadirOf = (name: string) =>
  extreme(run(name), 'thresholdRelative', 0, run(name).scenario.durationDays, 'min').value;
