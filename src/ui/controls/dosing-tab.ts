import { CLINICAL_DRUGS } from '../../app/catalogue';
import { SCHEDULES, type ScheduleId } from '../../app/scenario-edits';
import { controlWords as w } from '../../content/controls';
import type { DrugId } from '../../model';
import { clockTimeText } from './clock-controls';
import { editing, round1, setLinkedText, type ControlsDeps, type ControlTab } from './controls-deps';
import { el } from '../kit/dom';
import { button, group, numberField, row, selectField } from './fields';

const PERCENTS = [-50, -25, -10, 10, 25, 50, 100] as const;
const TAPER_PERCENTS = [5, 10, 15, 20, 25] as const;
const HOURS = [4, 6, 8, 12, 24] as const;
const WEEKS = [4, 8, 12, 26, 52, 104] as const;
/** A usual cross-tolerance reduction to start from when rotating (the presets' values; a teaching default). */
const ROTATION_DEFAULT: Partial<Record<DrugId, number>> = { methadone: 33, buprenorphine: 25 };

const signed = (p: number) => `${p > 0 ? '+' : '−'}${Math.abs(p)} %`;

/** A part of the tab: its element, and how it catches up with the scenario and the time. */
interface DosingSection {
  readonly element: HTMLElement;
  refresh(): void;
}

/**
 * Dosing: what the virtual patient gets now, the from-now actions (change the dose, taper, stop, rotate),
 * the starting regimen and the course length. Doses are MME/day of the virtual patient only.
 */
export function dosingTab(deps: ControlsDeps): ControlTab {
  const fromNow = fromNowSection(deps, () => refresh());
  const start = startSection(deps);
  const length = courseLengthSection(deps);
  const panel = el(
    'div',
    { class: 'control-panel dosing-tab' },
    fromNow.element,
    start.element,
    row(length.element),
  );
  function refresh() {
    fromNow.refresh();
    start.refresh();
    length.refresh();
  }
  refresh();
  return { panel, refresh };
}

/** The dose now, and what to do from now on: change it, taper, rotate to another opioid (with a cut), stop. */
function fromNowSection(deps: ControlsDeps, refreshTab: () => void): DosingSection {
  const { session } = deps;
  const now = el('p', { class: 'dose-now' });
  const change = selectField(
    'dose-change',
    w.changeDoseLabel,
    PERCENTS.map((p) => ({ value: p, label: signed(p) })),
    50,
  );
  const taperPercent = selectField(
    'taper-percent',
    w.taperLabel,
    TAPER_PERCENTS.map((p) => ({ value: p, label: `${p} %` })),
    10,
  );
  const taperPer = selectField(
    'taper-per',
    w.taperPer,
    [
      { value: 'week' as const, label: w.perWeek },
      { value: 'month' as const, label: w.perMonth },
    ],
    'week',
  );
  const toDrug = selectField(
    'rotate-drug',
    w.rotateLabel,
    CLINICAL_DRUGS.map((d) => ({ value: d.id, label: d.label })),
    'methadone' as DrugId,
  );
  const reduction = numberField('rotate-reduction', w.rotateReduction, 33, { min: 0, max: 90, step: 1 });
  const rotateNote = el('p', { class: 'control-note', id: 'rotate-note' });
  toDrug.select.addEventListener('change', () => {
    reduction.input.value = String(ROTATION_DEFAULT[toDrug.value()] ?? 25);
    refreshTab();
  });
  reduction.input.addEventListener('input', () => refreshTab());

  const element = group(
    w.fromNow,
    now,
    row(
      change.field,
      button(w.changeDose, () => session.send({ type: 'dose.change', percent: change.value() })),
    ),
    row(
      taperPercent.field,
      taperPer.field,
      button(w.startTaper, () =>
        session.send({ type: 'taper.start', percent: taperPercent.value(), per: taperPer.value() }),
      ),
    ),
    row(
      toDrug.field,
      reduction.field,
      button(
        w.rotate,
        () =>
          session.send({ type: 'drug.rotate', toDrug: toDrug.value(), reductionPercent: reduction.value() }),
        { 'aria-describedby': 'rotate-note' },
      ),
    ),
    rotateNote,
    row(button(w.stopOpioid, () => session.send({ type: 'opioid.stop' }))),
  );
  const reductionLabel = reduction.field.querySelector('label');
  function refresh() {
    const dosing = session.doseNow(session.state.editing);
    // A rat's doses are per kg, never MME (doseNow gives its unit; the rotation's label follows).
    const rat = editing(deps).scenario.subject === 'rat';
    setText(reductionLabel, rat ? w.rotateReductionRat : w.rotateReduction);
    const when = clockTimeText(deps.clock);
    const amount = `${round1(dosing.dosePerDay)} ${dosing.unit}`;
    const nowText = dosing.drugLabel ? w.doseNow(when, amount, dosing.drugLabel) : w.noOpioidNow(when);
    if (now.textContent !== nowText) now.textContent = nowText;
    const pct = reduction.value();
    const after = `${round1(dosing.dosePerDay * (1 - pct / 100))} ${dosing.unit}`;
    setLinkedText(deps, rotateNote, w.rotateExplain(pct, amount, after));
  }
  return { element, refresh };
}

/** The regimen the course starts with (not for the rat, whose regimens are the experiments'). */
function startSection(deps: ControlsDeps): DosingSection {
  const drug = selectField(
    'start-drug',
    w.drugLabel,
    CLINICAL_DRUGS.map((d) => ({ value: d.id, label: d.label })),
    'morphine' as DrugId,
  );
  const dose = numberField('start-dose', w.startDoseLabel, 60, { min: 0, max: 3000, step: 5 });
  const every = selectField(
    'start-every',
    w.everyLabel,
    HOURS.map((h) => ({ value: h, label: w.hours(h) })),
    4,
  );
  const schedule = selectField(
    'start-schedule',
    w.scheduleLabel,
    SCHEDULES.map((s) => ({ value: s, label: w.schedules[s] })),
    'escalating' as ScheduleId,
  );
  const ratNote = el('p', { class: 'control-note', hidden: true }, w.ratNote);
  const apply = button(w.applyStart, () =>
    deps.session.send({
      type: 'regimen.set',
      drug: drug.value(),
      dosePerDay: dose.value(),
      everyHours: every.value(),
      schedule: schedule.value(),
    }),
  );
  const element = group(
    w.startLegend,
    row(drug.field, dose.field, every.field, schedule.field, apply),
    ratNote,
  );
  const doseLabel = dose.field.querySelector('label');
  function refresh() {
    const rat = editing(deps).scenario.subject === 'rat';
    ratNote.hidden = !rat;
    setText(doseLabel, rat ? w.startDoseLabelRat : w.startDoseLabel);
    for (const control of [drug.select, dose.input, every.select, schedule.select, apply])
      control.disabled = rat;
  }
  return { element, refresh };
}

/** The course length in weeks; a length no option names (from a link or a file) gets its own option. */
function courseLengthSection(deps: ControlsDeps): DosingSection {
  const length = selectField(
    'course-length',
    w.durationLabel,
    WEEKS.map((n) => ({ value: n, label: w.weeks(n) })),
    26,
  );
  length.select.addEventListener('change', () =>
    deps.session.send({ type: 'duration.set', days: length.value() * 7 }),
  );
  function refresh() {
    const weeks = Math.round(editing(deps).scenario.durationDays / 7);
    if (!WEEKS.some((n) => n === weeks) && !length.select.querySelector(`option[value="${weeks}"]`))
      length.select.append(el('option', { value: String(weeks) }, w.weeks(weeks)));
    length.select.value = String(weeks);
  }
  return { element: length.field, refresh };
}

/** Sets an element's words only when they change (a refresh runs on every clock tick). */
function setText(element: Element | null, words: string): void {
  if (element && element.textContent !== words) element.textContent = words;
}
