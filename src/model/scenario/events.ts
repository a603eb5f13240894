import { DRUGS } from '../pharmacology/drugs';
import { MECHANISM_LABELS } from '../mechanisms/ids';
import { compileRegimens } from './regimens';
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
}

export function scenarioEvents(scenario: Scenario): ModelEvent[] {
  const { segments, boluses, infusions, escalators } = compileRegimens(
    scenario.regimens,
    scenario.subject,
    scenario.durationDays,
  );
  const unitOf = (unit: string | undefined) => unit ?? (scenario.subject === 'human' ? 'MME' : 'mg/kg');
  const events: ModelEvent[] = [];
  let last = '';
  for (const s of [...segments].sort((a, b) => a.startDay - b.startDay)) {
    const escalated = s.scaledBy === undefined ? undefined : escalators[s.scaledBy]?.segment.dosePerDay;
    const amount =
      escalated === undefined
        ? `${round(s.dosePerDay)} ${unitOf(s.unit)}/day`
        : `${round(s.dosePerDay / (escalated || 1))} × the dose the escalation reached`;
    const label = `${DRUGS[s.drug].label} ${amount} (${s.route}, every ${s.everyHours} h)`;
    if (label !== last) events.push({ tDays: s.startDay, kind: 'dose-change', label });
    last = label;
  }
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
      label: `${DRUGS[f.drug].label} infusion ${round(f.ratePerDay)} ${unitOf(f.unit)}/day (${f.route})`,
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
