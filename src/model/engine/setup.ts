import { patientDrive, type PatientDrive } from '../mechanisms/drive';
import { flattenParameters, type FlatParameters } from '../parameters/flat-parameters';
import { PARAMETERS, type SubjectParameters } from '../parameters/parameters';
import type { UnitContext } from '../pharmacology/units';
import { modifierTable, type Modifiers } from '../scenario/modifiers';
import { compileRegimens } from '../scenario/regimens';
import type { Disease, Scenario } from '../scenario/scenario-schema';
import {
  doseEvents,
  doseSchedule,
  infusionRuns,
  runtimeEscalators,
  type DoseEvent,
  type InfusionRun,
  type RuntimeEscalator,
} from './doses';
import { slotTable, type Slot } from './slots';
import { substepsFor } from './substeps';

/**
 * Turns a validated scenario into what the integrator needs: drug slots with cached propagators, dose
 * events, infusions, the time table of treatment and knock-out modifiers, and per-step dosing intervals.
 */
export interface Runtime {
  readonly scenario: Scenario;
  readonly parameters: SubjectParameters;
  readonly p: FlatParameters;
  readonly stepDays: number;
  readonly stepCount: number;
  /** Sub-steps per step, from the fastest kinetics on board (substeps.ts). */
  readonly substeps: number;
  readonly slots: readonly Slot[];
  /** Each slot's offset into the state array, in slot order. */
  readonly slotOffsets: readonly number[];
  readonly doses: readonly DoseEvent[];
  readonly infusions: readonly InfusionRun[];
  /** Start and stop days of the infusions (where a step must be split). */
  readonly infusionTimes: readonly number[];
  readonly escalators: readonly RuntimeEscalator[];
  /** Sorted times at which treatments or knock-outs start or stop. */
  readonly modifierTimes: readonly number[];
  readonly modifiersAt: (t: number, out: Modifiers) => void;
  /** Nominal scheduled dose per step (MME/day, mg/kg/day) and dosing interval in steps. */
  readonly doseMmePerDay: Float64Array;
  readonly doseMgPerKgPerDay: Float64Array;
  readonly intervalSteps: Int32Array;
  readonly susceptibility: number;
  /** This patient's drive: own threshold, onset width and gain (drive.ts). */
  readonly drive: PatientDrive;
  readonly disease: Disease;
}

export interface SetupOptions {
  readonly stepHours?: number;
}

export function setupRuntime(scenario: Scenario, options: SetupOptions = {}): Runtime {
  const parameters = PARAMETERS[scenario.subject];
  const p = flattenParameters(parameters);
  const stepDays = (options.stepHours ?? p.numerics.stepHours) / 24;
  const stepCount = Math.max(1, Math.round(scenario.durationDays / stepDays));
  const ctx: UnitContext = {
    subject: scenario.subject,
    referenceDosePerDay: p.exposure.referenceDosePerDay,
    bodyWeightKg: p.exposure.bodyWeightKg,
    intrathecalPotency: p.exposure.intrathecalPotency,
  };
  const compiled = compileRegimens(scenario.regimens, scenario.subject, scenario.durationDays);
  // Slots are numbered as the doses name them: segments, escalations, boluses, then infusions.
  const table = slotTable(scenario, stepDays);
  const doses = doseEvents(compiled, ctx, table.slotFor);
  const infusions = infusionRuns(compiled, ctx, table.slotFor);
  const schedule = doseSchedule(compiled, ctx, scenario.durationDays, stepDays, stepCount);
  const modifiers = modifierTable(scenario);
  const substeps = substepsFor(table.rates(), stepDays);
  const slots = table.finish(substeps);
  return {
    scenario,
    parameters,
    p,
    stepDays,
    stepCount,
    substeps,
    slots,
    slotOffsets: slots.map((s) => s.offset),
    doses,
    infusions,
    infusionTimes: infusions.flatMap((f) => [f.startDay, f.stopDay]),
    escalators: runtimeEscalators(compiled, ctx),
    modifierTimes: modifiers.times,
    modifiersAt: modifiers.at,
    doseMmePerDay: schedule.doseMmePerDay,
    doseMgPerKgPerDay: schedule.doseMgPerKgPerDay,
    intervalSteps: schedule.intervalSteps,
    susceptibility: scenario.patient.susceptibility,
    drive: patientDrive(p, scenario.patient.susceptibility),
    disease: scenario.patient.disease,
  };
}
