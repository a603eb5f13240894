/**
 * An experiment's "what if" (issue 20): the control's value turned into a changed run of the preset it applies
 * to (what-if-rules.ts), and the curve that run draws on each plot that uses the preset — beside the model's
 * own curves and the paper's points, which stay as they are. At the control's default the curve is the
 * preset's own (test/science/what-if.test.ts): that is what keeps the control honest.
 */
import { findPreset, type ScenarioInput, type SimulationResult } from '../model/index';
import { doseResponse, simulate } from '../model/run';
import type { ExperimentCore, Plot, TimePlot } from './experiment';
import { ed50Curve, maintainedCurves, timeCurve, type XY } from './experiment-curves';
import { at, run } from './measure';
import { WHAT_IF_RULES, type WhatIfRule } from './what-if-rules';

export function whatIfRule(experiment: ExperimentCore): WhatIfRule {
  const rule = WHAT_IF_RULES[experiment.id];
  if (!rule) throw new Error(`no what-if rule for ${experiment.id}`);
  return rule;
}

function presetScenario(name: string): ScenarioInput {
  const preset = findPreset(name);
  if (!preset) throw new Error(`no preset ${name}`);
  return preset.scenario;
}

/** The scenario of the preset the control applies to, with the control at `value` (a readDay leaves it). */
export function whatIfScenario(experiment: ExperimentCore, value: number): ScenarioInput {
  const base = presetScenario(experiment.whatIf.appliesTo);
  const rule = whatIfRule(experiment);
  return rule.kind === 'scenario' ? rule.apply(base, value) : base;
}

// The last few what-if runs, so moving the control back and forth does not run the model again.
const KEPT = 6;
const runs = new Map<string, SimulationResult>();

/** The run of the changed scenario (the preset's cached run for a readDay, which changes no scenario). */
export function whatIfRun(experiment: ExperimentCore, value: number): SimulationResult {
  if (whatIfRule(experiment).kind === 'readDay') return run(experiment.whatIf.appliesTo);
  const key = `${experiment.id}@${value}`;
  const hit = runs.get(key);
  if (hit) return hit;
  const result = simulate(whatIfScenario(experiment, value));
  runs.set(key, result);
  if (runs.size > KEPT) runs.delete(runs.keys().next().value ?? key);
  return result;
}

/** A what-if's mark on one plot, and the model's own curve of the same group it varies. */
export interface WhatIfCurve {
  readonly group: string;
  /** 'line' for a course; 'points' for readings (ED50 days, a day read). */
  readonly kind: 'line' | 'points';
  readonly curve: XY;
  /** The curve the model draws for the same group at the paper's value (the preset's own run). */
  readonly original: XY;
  /** The x the plot should reach to show the whole what-if curve (in the plot's unit), when past its end. */
  readonly readTo?: number;
}

const usesPreset = (plot: TimePlot, preset: string) =>
  plot.curves.find((c) => ('preset' in c ? c.preset === preset : c.of === preset || c.against === preset));

function timeWhatIf(experiment: ExperimentCore, plot: TimePlot, value: number): WhatIfCurve | null {
  const name = experiment.whatIf.appliesTo;
  const curve = usesPreset(plot, name);
  if (!curve) return null;
  const rule = whatIfRule(experiment);
  const original = timeCurve(plot, curve);
  if (rule.kind === 'readDay') {
    const r = run(name);
    const day = rule.day(presetScenario(name), value);
    const k = plot.timeUnit === 'hours' ? 24 : 1;
    return {
      group: curve.group,
      kind: 'points',
      curve: { x: [day * k], y: [at(r, plot.series, day)] },
      original,
    };
  }
  const changed = whatIfRun(experiment, value);
  const to = rule.readTo ? Math.max(plot.to, rule.readTo(value)) : plot.to;
  const drawn = timeCurve({ ...plot, to }, curve, (preset) => (preset === name ? changed : run(preset)));
  return {
    group: curve.group,
    kind: 'line',
    curve: drawn,
    original,
    ...(to > plot.to ? { readTo: to } : {}),
  };
}

/** The acute ED50 on `day` relative to naive rats, of a scenario (spinalFold's reading, bands-rat.ts). */
function foldOf(scenario: ScenarioInput, day: number): number {
  const dr = doseResponse(scenario, day);
  const ed = dr.acute.scenario.ed50;
  const naive = dr.acute.naive.ed50;
  return ed === null || naive === null ? Infinity : ed / naive;
}

/**
 * The what-if's mark on `plot`, or null when the plot does not use the preset the control applies to (a plot
 * of band readings never does: its readings are the validation's own). Runs the model: call it between yields.
 */
export function whatIfCurve(experiment: ExperimentCore, plot: Plot, value: number): WhatIfCurve | null {
  const name = experiment.whatIf.appliesTo;
  const rule = whatIfRule(experiment);
  switch (plot.kind) {
    case 'time':
      return timeWhatIf(experiment, plot, value);
    case 'ed50-fold': {
      const curve = plot.curves.find((c) => c.preset === name);
      if (!curve) return null;
      const original = ed50Curve(plot, curve);
      const scenario = whatIfScenario(experiment, value);
      const k = plot.timeUnit === 'hours' ? 24 : 1;
      const y = curve.readDays.map((d) => foldOf(scenario, d));
      return {
        group: curve.group,
        kind: 'points',
        curve: { x: curve.readDays.map((d) => d * k), y },
        original,
      };
    }
    case 'maintained-dose-response': {
      if (plot.preset !== name) return null;
      const original = maintainedCurves(plot).scenario;
      const readDay = rule.kind === 'readDay' ? rule.day(presetScenario(name), value) : plot.readDay;
      const scenario = whatIfScenario(experiment, value);
      const dr = doseResponse(scenario, readDay, { maintained: true });
      return { group: '', kind: 'line', curve: { x: dr.doses, y: dr.maintained.scenario }, original };
    }
    case 'bands':
      return null;
  }
}
