import { DRUGS } from '../pharmacology/drugs';
import { MECHANISM_LABELS } from '../mechanisms/ids';
import { compileRegimens, type DoseCourse } from './regimens';
import type { Scenario } from './scenario-schema';
import { TREATMENTS } from '../pharmacology/treatments';

/** Things that happen in a scenario, for the timeline and for "events so far" in a snapshot. */
export interface ModelEvent {
  readonly tDays: number;
  readonly kind:
    | 'dose-change'
    | 'opioid-stop'
    | 'bolus'
    | 'treatment-start'
    | 'treatment-stop'
    | 'knockout-start'
    | 'knockout-stop';
  readonly label: string;
  /**
   * The taper or escalation this dose is a step of: its key, its name ("Taper 10 %/week") and a label with
   * the doses it goes between ("Taper 10 %/week: morphine 216 → 29 MME/day"). The timeline shows the steps
   * as one band.
   */
  readonly course?: { readonly key: string; readonly name: string; readonly label: string };
}

export function scenarioEvents(scenario: Scenario): ModelEvent[] {
  const { segments, boluses, infusions, escalators } = compileRegimens(
    scenario.regimens,
    scenario.subject,
    scenario.durationDays,
  );
  // Labels are read by people: the schema's ASCII 'ug/kg' is written µg/kg.
  const unitOf = (unit: string | undefined) =>
    unit === 'ug/kg' ? 'µg/kg' : (unit ?? (scenario.subject === 'human' ? 'MME' : 'mg/kg'));
  const events: ModelEvent[] = [];
  let last = '';
  const steps = new Map<string, { course: DoseCourse; doses: number[]; unit: string; drug: string }>();
  const stepOf = new Map<ModelEvent, string>();
  for (const s of [...segments].sort((a, b) => a.startDay - b.startDay)) {
    const escalated = s.scaledBy === undefined ? undefined : escalators[s.scaledBy]?.segment.dosePerDay;
    const amount =
      escalated === undefined
        ? `${roundDose(s.dosePerDay)} ${unitOf(s.unit)}/day`
        : `${round(s.dosePerDay / (escalated || 1))} × the dose the escalation reached`;
    const label = `${DRUGS[s.drug].label} ${amount} (${s.route}, every ${s.everyHours} h)`;
    if (label !== last) {
      const event: ModelEvent = { tDays: s.startDay, kind: 'dose-change', label };
      events.push(event);
      if (s.course && escalated === undefined) {
        const course = steps.get(s.course.key) ?? {
          course: s.course,
          doses: [],
          unit: unitOf(s.unit),
          drug: DRUGS[s.drug].label.toLowerCase(),
        };
        course.doses.push(s.dosePerDay);
        steps.set(s.course.key, course);
        stepOf.set(event, s.course.key);
      }
    }
    last = label;
  }
  // Each step of a course names the course and the doses it goes between.
  const courses = new Map(
    [...steps].map(([key, c]) => {
      const from = roundDose(c.doses[0] ?? 0);
      const to = roundDose(c.doses[c.doses.length - 1] ?? 0);
      const name = c.course.label;
      return [key, { key, name, label: `${name}: ${c.drug} ${from} → ${to} ${unitOf(c.unit)}/day` }];
    }),
  );
  events.forEach((e, i) => {
    const course = courses.get(stepOf.get(e) ?? '');
    if (course) events[i] = { ...e, course };
  });
  const lastStop = Math.max(-1, ...segments.map((s) => s.stopDay), ...infusions.map((f) => f.stopDay));
  if (lastStop >= 0 && lastStop < scenario.durationDays)
    events.push({ tDays: lastStop, kind: 'opioid-stop', label: 'Opioid stopped' });
  const firstBolus = boluses[0];
  if (firstBolus) {
    events.push({
      tDays: firstBolus.timeDays,
      kind: 'bolus',
      label: `${DRUGS[firstBolus.drug].label} ${boluses.length} × ${firstBolus.dose} ${unitOf(firstBolus.unit)}`,
    });
  }
  for (const f of infusions) {
    events.push({
      tDays: f.startDay,
      kind: 'dose-change',
      label: `${DRUGS[f.drug].label} infusion ${roundDose(f.ratePerDay)} ${unitOf(f.unit)}/day (${f.route})`,
    });
  }
  for (const t of scenario.treatments) {
    events.push({ tDays: t.startDay, kind: 'treatment-start', label: `${TREATMENTS[t.kind].label} started` });
    if (t.stopDay !== undefined)
      events.push({ tDays: t.stopDay, kind: 'treatment-stop', label: `${TREATMENTS[t.kind].label} stopped` });
  }
  for (const k of scenario.knockouts) {
    events.push({
      tDays: k.startDay,
      kind: 'knockout-start',
      label: `${MECHANISM_LABELS[k.mechanism]} set to ${k.level}`,
    });
    if (k.stopDay !== undefined)
      events.push({
        tDays: k.stopDay,
        kind: 'knockout-stop',
        label: `${MECHANISM_LABELS[k.mechanism]} restored`,
      });
  }
  return events.sort((a, b) => a.tDays - b.tDays);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * A dose as a person would write it: whole numbers from 10 up (a 10 %/week taper's 174.96 MME/day is 175),
 * one decimal from 1, two significant digits below (rat doses of 0.05 mg/kg).
 */
export function roundDose(x: number): number {
  if (x >= 10) return Math.round(x);
  if (x >= 1) return Math.round(x * 10) / 10;
  return Number(x.toPrecision(2));
}
