// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/dom';
import { SimulatedClock } from 'xstate';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakePool, sessionComputed, type FakeRun } from './fake-pool';
import { createSession, type Session } from '../../../src/app/session';
import { createSimulationClient } from '../../../src/app/simulation-client';
import { cohortCharts } from '../../../src/charts/cohort-charts';
import { cohortWords as w } from '../../../src/content/cohort-words';
import {
  findPreset,
  normalizeScenario,
  summarizeCohort,
  type PatientOutcome,
  type Scenario,
} from '../../../src/model';
import { cohortOutcomes, untreatedOutcome } from '../../../src/model/run';
import { mountCohortView, type CohortView } from '../../../src/ui/cohort/cohort-view';

/**
 * The cohort view (issue 21) with a fake pool: the test hands it real patients (computed here in Node) one by
 * one, as workers would, and checks the progress, the charts filling in, the shares (summarizeCohort's numbers)
 * and that a picked dot becomes the scenario's patient.
 */
const SEED = 42;
let scenario: Scenario;
let patients: PatientOutcome[];
let untreated: PatientOutcome;
beforeAll(() => {
  scenario = normalizeScenario(findPreset('oih-escalation')?.scenario);
  patients = cohortOutcomes(scenario, 200, SEED);
  untreated = untreatedOutcome(scenario);
});

let session: Session;
let view: CohortView;
let runs: FakeRun[];
let slot: HTMLElement;
beforeEach(async () => {
  const clients = { a: createSimulationClient(null), b: createSimulationClient(null) };
  session = createSession(
    {
      a: { scenario, title: 'oih-escalation', description: '', presetName: 'oih-escalation' },
      b: null,
      shown: 'a',
      tDays: 56,
      chartDay: 56,
    },
    { run: (s, sc, day) => clients[s].run(sc, day), clock: new SimulatedClock() },
  );
  const workspace = document.createElement('main');
  workspace.append(document.createElement('section'));
  slot = document.createElement('section');
  workspace.append(slot);
  document.body.append(workspace);
  runs = [];
  const pool = fakePool(runs);
  view = mountCohortView(slot, {
    session,
    charts: cohortCharts,
    loadPool: () => Promise.resolve(pool),
    newSeed: () => SEED,
    opener: () => null,
    redrawMs: 0,
  });
  await sessionComputed(session);
});
afterEach(() => {
  view.destroy();
  session.destroy();
  document.body.replaceChildren();
});

const progress = () => slot.querySelector('progress') as HTMLProgressElement;
const status = () => slot.querySelector('.cv-status')?.textContent ?? '';
const shares = () => [...slot.querySelectorAll('.cv-shares li')].map((li) => li.textContent);
const dots = (plot = 'pain') => slot.querySelectorAll(`.cohort-dots-${plot} .cohort-dot[data-patient]`);

async function started(): Promise<FakeRun> {
  await waitFor(() => expect(runs.length).toBeGreaterThan(0));
  return runs[runs.length - 1] as FakeRun;
}

function deliver(run: FakeRun, from: number, to: number) {
  if (from === 0) run.callbacks.onUntreated?.(untreated);
  for (let i = from; i < to; i++)
    run.callbacks.onPatient?.(patients[i] as PatientOutcome, { finished: i + 1, total: 200 });
}

describe('the cohort view', () => {
  it('runs the current scenario with the seed, fills in as patients arrive and says the shares with counts', async () => {
    view.open();
    const run = await started();
    expect(run.request).toMatchObject({ n: 200, seed: SEED });
    expect(run.request.scenario).toEqual(session.editors.a.getSnapshot().context.scenario);
    expect(status()).toBe(w.started(200));
    expect(progress().value).toBe(0);
    expect(slot.querySelector('#cv-seed')?.textContent).toBe(String(SEED));

    deliver(run, 0, 50);
    await waitFor(() => expect(progress().value).toBe(50));
    await waitFor(() => expect(dots().length).toBe(50));
    expect(status()).toBe(w.milestone(50, 200));
    expect(slot.querySelector('.cv-shares-heading')?.textContent).toContain(w.sharesSoFar(50, 200));

    deliver(run, 50, 200);
    run.finish({ untreated, outcomes: patients });
    const summary = summarizeCohort(patients, untreated, 56);
    await waitFor(() => expect(status()).toBe(w.finished(200, summary.worse.count)));
    expect(progress().value).toBe(200);
    // Each chart draws in a task of its own after the shares (short tasks while patients arrive).
    await waitFor(() => expect(dots('threshold').length).toBe(200));
    expect(dots().length).toBe(200);
    expect(shares()).toEqual([
      w.worse(summary.worse.count, 200),
      w.allodynia(summary.allodynia.count, 200),
      w.toleranceOnly(summary.toleranceOnly.count, 200),
    ]);
    // Each dot has its class's shape as well as its colour (data-class), as many as the summary counts.
    expect(slot.querySelectorAll('.cohort-dots-pain .cohort-dot[data-class="worse"]').length).toBe(
      summary.byClass.worse,
    );
    // The threshold plot beside it has the same patients, classes and shapes.
    expect(dots('threshold').length).toBe(200);
    expect(slot.querySelectorAll('.cohort-dots-threshold .cohort-dot[data-class="worse"]').length).toBe(
      summary.byClass.worse,
    );
    expect(view.link).toEqual({ n: 200, seed: SEED });
  });

  it('picking a dot (of either dot plot) makes that patient the scenario: its own susceptibility and clearance, unrounded', async () => {
    view.open();
    const run = await started();
    deliver(run, 0, 200);
    run.finish({ untreated, outcomes: patients });
    await waitFor(() => expect(dots('threshold').length).toBe(200));
    const picked = patients[17] as PatientOutcome;
    // A dot of the threshold plot picks its patient as the pain plot's does.
    fireEvent.click(slot.querySelector(`.cohort-dots-threshold .cohort-dot[data-patient="17"]`) as Element);
    await waitFor(() =>
      expect(session.editors.a.getSnapshot().context.scenario.patient).toMatchObject({
        susceptibility: picked.susceptibility,
        metabolism: picked.metabolism,
      }),
    );
    expect(view.isOpen).toBe(false);
    expect(view.link).toBeNull();
  });

  it('the keyboard picks a patient from the list (filled once the run is over) with Open this patient', async () => {
    view.open();
    const run = await started();
    deliver(run, 0, 200);
    const list = slot.querySelector('#cv-pick') as HTMLSelectElement;
    const open = slot.querySelector('.cv-pick-button') as HTMLButtonElement;
    await waitFor(() => expect(dots('threshold').length).toBe(200));
    // While patients arrive the list is empty and its button off (it is built once, at the end).
    expect(list.options.length).toBe(0);
    expect(open.disabled).toBe(true);
    run.finish({ untreated, outcomes: patients });
    await waitFor(() => expect(list.options.length).toBe(200));
    const picked = patients[123] as PatientOutcome;
    fireEvent.change(list, { target: { value: '123' } });
    fireEvent.click(open);
    await waitFor(() =>
      expect(session.editors.a.getSnapshot().context.scenario.patient).toMatchObject({
        susceptibility: picked.susceptibility,
        metabolism: picked.metabolism,
      }),
    );
  });

  it('Cancel stops the run and keeps what came; a link opens its own seed; New seed starts a new cohort', async () => {
    view.open({ n: 200, seed: 7 });
    const run = await started();
    expect(run.request.seed).toBe(7);
    deliver(run, 0, 10);
    fireEvent.click(slot.querySelector('.cv-cancel') as Element);
    expect(run.cancelled).toBe(true);
    await waitFor(() => expect(status()).toBe(w.cancelled(10, 200)));
    fireEvent.click(slot.querySelector('#cv-new-seed') as Element);
    await waitFor(() => expect(runs.length).toBe(2));
    expect(runs[1]?.request.seed).toBe(SEED);
  });
});
