import { controlWords as w } from '../../content/controls';
import { editing, type ControlsDeps, type ControlTab } from './controls-deps';
import { el } from '../kit/dom';
import { button, group, rangeField } from './fields';

/** The virtual patient: OIH susceptibility and the pain of the disease itself. */
export function patientTab(deps: ControlsDeps): ControlTab {
  const susceptibility = rangeField(
    'patient-susceptibility',
    w.susceptibilityLabel,
    { min: 0, max: 3, step: 0.1 },
    (v) => v.toFixed(1),
  );
  const baseline = rangeField(
    'patient-baseline',
    w.baselineLabel,
    { min: 0, max: 10, step: 0.5 },
    (v) => `${v}/10`,
  );
  susceptibility.input.addEventListener('input', () =>
    deps.session.send({ type: 'patient.susceptibility', value: Number(susceptibility.input.value) }),
  );
  baseline.input.addEventListener('input', () =>
    deps.session.send({ type: 'patient.baseline', value: Number(baseline.input.value) }),
  );
  // A cohort of patients like this one (issue 21): its view and charts load when first asked for.
  const openCohort = deps.openCohort;
  const cohort = openCohort
    ? button(w.cohortOpen, () => openCohort(cohort ?? panel), {
        class: 'cohort-open',
        title: w.cohortOpenHint,
      })
    : null;
  const panel = el(
    'div',
    { class: 'control-panel patient-tab' },
    group(w.patientLegend, susceptibility.field, baseline.field),
    cohort,
  );
  const refresh = () => {
    const { patient } = editing(deps).scenario;
    const active = panel.ownerDocument.activeElement;
    if (active !== susceptibility.input) susceptibility.set(patient.susceptibility);
    if (active !== baseline.input)
      baseline.set(patient.disease.kind === 'none' ? 0 : patient.disease.baseline);
  };
  refresh();
  return { panel, refresh };
}
