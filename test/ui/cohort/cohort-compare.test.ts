// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/dom';
import { SimulatedClock } from 'xstate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CohortRequest } from '../../../src/app/cohort-pool';
import { catchDownloads } from '../../charts/catch-downloads';
import { fakePool, sessionComputed, type FakeRun } from './fake-pool';
import { createSession, type Session } from '../../../src/app/session';
import { createSimulationClient } from '../../../src/app/simulation-client';
import { cohortCharts } from '../../../src/charts/cohort-charts';
import { formatWeek } from '../../../src/content/charts';
import { cohortChartWords, cohortWords as w } from '../../../src/content/cohort-words';
import {
  findPreset,
  normalizeScenario,
  summarizeCohort,
  type PatientOutcome,
  type Scenario,
} from '../../../src/model';
import { cohortOutcomes, untreatedOutcome } from '../../../src/model/run';
import { presetTitle, suggestedComparison } from '../../../src/app/catalogue';
import { contrastSentence } from '../../../src/ui/cohort/cohort-draw';
import { mountCohortView, type CohortView } from '../../../src/ui/cohort/cohort-view';

/**
 * The cohort view's compare mode (issue 21): while the app compares A (240 MME/day) and B (120 MME/day), the
 * view runs both with the same seed, shows each side's progress, shares and charts, says A's count beside B's
 * in one sentence, opens a picked patient in its own side, and exports both with a column for the side. A fake
 * pool hands the view real patients, computed here in Node from the requests the view made.
 */
const SEED = 42;
const DAY = 56;
let a: Scenario;
let b: Scenario;
/** Each scenario's patients and untreated run, by its JSON. */
const computed = new Map<string, { outcomes: PatientOutcome[]; untreated: PatientOutcome }>();
const cohortOf = (request: CohortRequest) => {
  const key = JSON.stringify([request.scenario, request.n, request.seed]);
  let found = computed.get(key);
  if (!found) {
    found = {
      outcomes: cohortOutcomes(request.scenario, request.n, request.seed),
      untreated: untreatedOutcome(request.scenario),
    };
    computed.set(key, found);
  }
  return found;
};
beforeAll(() => {
  a = normalizeScenario(findPreset('oih-state')?.scenario);
  const [regimen] = a.regimens;
  if (regimen?.kind !== 'fixed') throw new Error('oih-state is one fixed regimen');
  b = { ...a, regimens: [{ ...regimen, dosePerDay: 120 }] };
  // The 400 patients the view will ask for, computed once (the tests' requests find them here).
  for (const scenario of [a, b]) cohortOf({ scenario, n: 200, seed: SEED });
}, 120_000);

let session: Session;
let view: CohortView;
let runs: FakeRun[];
let slot: HTMLElement;
let downloads: { blob: Blob; filename: string }[];
async function mount(compareB: Scenario | null, presetName: string | null = null) {
  const clients = { a: createSimulationClient(null), b: createSimulationClient(null) };
  const opened = (scenario: Scenario, title: string) => ({
    scenario,
    title,
    description: '',
    presetName,
  });
  session = createSession(
    {
      a: opened(a, '240 MME/day'),
      b: compareB ? opened(compareB, '120 MME/day') : null,
      shown: 'a',
      tDays: DAY,
      chartDay: DAY,
    },
    { run: (s, sc, day) => clients[s].run(sc, day), clock: new SimulatedClock() },
  );
  slot = document.createElement('section');
  document.body.append(slot);
  runs = [];
  downloads = [];
  const pool = fakePool(runs);
  view = mountCohortView(slot, {
    session,
    charts: { ...cohortCharts, download: (blob, filename) => downloads.push({ blob, filename }) },
    loadPool: () => Promise.resolve(pool),
    newSeed: () => SEED,
    opener: () => null,
    redrawMs: 0,
  });
  await sessionComputed(session);
}

/** All of a run's patients, as the pool would send them, then its end. */
function deliverAll(run: FakeRun) {
  const { outcomes, untreated } = cohortOf(run.request);
  run.callbacks.onUntreated?.(untreated);
  outcomes.forEach((o, i) => run.callbacks.onPatient?.(o, { finished: i + 1, total: outcomes.length }));
  run.finish({ untreated, outcomes });
}

const side = (s: 'a' | 'b') => slot.querySelector(`.cv-side-${s}`) as HTMLElement;
const shares = (s: 'a' | 'b') => [...side(s).querySelectorAll('.cv-shares li')].map((li) => li.textContent);
const progressOf = (s: 'a' | 'b') => side(s).querySelector('progress') as HTMLProgressElement;

async function bothRun(): Promise<[FakeRun, FakeRun]> {
  await waitFor(() => expect(runs.length).toBe(2));
  return [runs[0] as FakeRun, runs[1] as FakeRun];
}

describe('the cohort view compares A and B', () => {
  afterEach(() => {
    view.destroy();
    session.destroy();
    document.body.replaceChildren();
  });

  it('runs A and B on the same patients and shows each side’s shares (summarizeCohort’s) and the contrast', async () => {
    await mount(b);
    view.open();
    const [runA, runB] = await bothRun();
    expect(runA.request.scenario).toEqual(session.editors.a.getSnapshot().context.scenario);
    expect(runB.request.scenario).toEqual(session.editors.b.getSnapshot().context.scenario);
    expect(runA.request).toMatchObject({ n: 200, seed: SEED });
    expect(runB.request).toMatchObject({ n: 200, seed: SEED });
    // The same seed draws the same patients: patient i has one susceptibility and clearance on A and on B.
    const A = cohortOf(runA.request);
    const B = cohortOf(runB.request);
    expect(B.outcomes.map((o) => [o.susceptibility, o.metabolism])).toEqual(
      A.outcomes.map((o) => [o.susceptibility, o.metabolism]),
    );
    expect(side('a').querySelector('h3')?.textContent).toBe(w.sideTitle('A', session.title('a')));
    expect(side('b').querySelector('h3')?.textContent).toBe(w.sideTitle('B', session.title('b')));

    deliverAll(runA);
    await waitFor(() => expect(progressOf('a').value).toBe(200));
    expect(progressOf('b').value).toBe(0);
    // B has no patients yet: no sentence that would compare 200 with none.
    expect(slot.querySelector('#cv-contrast')?.textContent).toBe(w.contrastWaiting);
    deliverAll(runB);
    await waitFor(() => expect(progressOf('b').value).toBe(200));

    const summaryA = summarizeCohort(A.outcomes, A.untreated, DAY);
    const summaryB = summarizeCohort(B.outcomes, B.untreated, DAY);
    const words = (s: typeof summaryA) => [
      w.worse(s.worse.count, 200),
      w.allodynia(s.allodynia.count, 200),
      w.toleranceOnly(s.toleranceOnly.count, 200),
    ];
    await waitFor(() => expect(shares('b')).toEqual(words(summaryB)));
    expect(shares('a')).toEqual(words(summaryA));
    // The doses differ, and so do the counts the sentence names (A's 240 MME/day leaves more patients worse).
    expect(summaryA.worse.count).toBeGreaterThan(summaryB.worse.count);
    expect(slot.querySelector('#cv-contrast')?.textContent).toBe(
      w.contrast(formatWeek(DAY), summaryA.worse.count, 200, summaryB.worse.count, 200),
    );
    for (const s of ['a', 'b'] as const) {
      // Both dot plots of the week (pain and threshold), a dot a patient in each.
      // (Each chart is drawn in a task of its own after the shares: wait for the last.)
      for (const plot of ['pain', 'threshold'])
        await waitFor(() =>
          expect(side(s).querySelectorAll(`.cohort-dots-${plot} .cohort-dot[data-patient]`).length).toBe(200),
        );
      expect(side(s).querySelector('.cv-status')?.textContent).toMatch(
        new RegExp(`^${s.toUpperCase()}: All 200 patients computed`),
      );
    }
    // Each side's quartiles in words (the fan's sentence), and the page's own single-cohort parts give way.
    expect(side('a').querySelector('.cohort-fan')?.textContent).toMatch(/median patient's pain/);
    expect(slot.querySelector('.cv')?.classList.contains('cv-comparing')).toBe(true);
    expect(view.link).toEqual({ n: 200, seed: SEED, compare: true });
  });

  it('a dot picked in B opens that patient in B’s scenario (and shows B); A is left as it was', async () => {
    await mount(b);
    view.open();
    const [runA, runB] = await bothRun();
    deliverAll(runA);
    deliverAll(runB);
    await waitFor(() =>
      expect(side('b').querySelectorAll('.cohort-dots-pain .cohort-dot[data-patient]').length).toBe(200),
    );
    const picked = cohortOf(runB.request).outcomes[17] as PatientOutcome;
    fireEvent.click(side('b').querySelector('.cohort-dots-pain .cohort-dot[data-patient="17"]') as Element);
    await waitFor(() =>
      expect(session.editors.b.getSnapshot().context.scenario.patient).toMatchObject({
        susceptibility: picked.susceptibility,
        metabolism: picked.metabolism,
      }),
    );
    expect(session.editors.a.getSnapshot().context.scenario.patient).toEqual(a.patient);
    expect(session.state.editing).toBe('b');
    expect(session.state.shown).toBe('b');
    expect(view.isOpen).toBe(false);
    // Reopened, the same two cohorts are shown (B's picked patient is one of B's), not run again.
    view.open();
    expect(runs.length).toBe(2);
  });

  it('exports both cohorts as one CSV with a column for the side; each side’s list opens its patient', async () => {
    await mount(b);
    view.open();
    const [runA, runB] = await bothRun();
    const csvButton = slot.querySelector('.cv-csv') as HTMLButtonElement;
    deliverAll(runA);
    await waitFor(() => expect(progressOf('a').value).toBe(200));
    expect(csvButton.disabled).toBe(true);
    deliverAll(runB);
    await waitFor(() => expect(csvButton.disabled).toBe(false));
    expect(csvButton.getAttribute('aria-label')).toBe(w.exportCompareCsvLabel(200, SEED));
    fireEvent.click(csvButton);
    expect(downloads.map((d) => d.filename)).toEqual([`cohort-a-b-200-seed-${SEED}.csv`]);
    const lines = (await (downloads[0] as { blob: Blob }).blob.text()).trim().split(/\r?\n/);
    expect(lines[0]?.split(',').slice(0, 4)).toEqual(['Seed', 'Scenario', 'Week', 'Patient']);
    const rows = lines.slice(1).map((line) => line.split(','));
    // Weeks 0–12 of the 12-week course, 200 patients each, for A and then B.
    expect(rows.length).toBe(2 * 13 * 200);
    expect(rows.filter((r) => r[1] === 'A').length).toBe(13 * 200);
    expect(rows.filter((r) => r[1] === 'B').length).toBe(13 * 200);
    const worseAtWeek8 = (s: string) =>
      rows.filter((r) => r[1] === s && r[2] === '8' && r.at(-1) === 'worse than without the opioid').length;
    const summaryB = summarizeCohort(cohortOf(runB.request).outcomes, cohortOf(runB.request).untreated, DAY);
    expect(worseAtWeek8('B')).toBe(summaryB.worse.count);
    // The keyboard's way in: each side's list of patients, filled once its run is over.
    const listB = slot.querySelector('#cv-pick-b') as HTMLSelectElement;
    await waitFor(() => expect(listB.options.length).toBe(200));
    expect((slot.querySelector('#cv-pick-a') as HTMLSelectElement).options.length).toBe(200);
    const picked = cohortOf(runB.request).outcomes[123] as PatientOutcome;
    fireEvent.change(listB, { target: { value: '123' } });
    fireEvent.click(side('b').querySelector('.cv-pick-button') as Element);
    await waitFor(() =>
      expect(session.editors.b.getSnapshot().context.scenario.patient).toMatchObject({
        susceptibility: picked.susceptibility,
        metabolism: picked.metabolism,
      }),
    );
  });

  it('each side’s images export under a name with its letter, size and seed, with that side’s own chart', async () => {
    // The images go through the charts' own download (an anchor's click), not the view's CSV hook.
    const saved = catchDownloads();
    await mount(b);
    view.open();
    const [runA, runB] = await bothRun();
    deliverAll(runA);
    deliverAll(runB);
    const svgButtons = (s: 'a' | 'b') =>
      [...side(s).querySelectorAll<HTMLButtonElement>('.cohort-export button')].filter(
        (button) => button.textContent === 'SVG',
      );
    await waitFor(() => expect(svgButtons('b').every((button) => !button.disabled)).toBe(true));
    expect(svgButtons('a').length).toBe(3);
    expect(svgButtons('b').length).toBe(3);
    for (const s of ['a', 'b'] as const) for (const button of svgButtons(s)) fireEvent.click(button);
    expect(saved.map((file) => file.name)).toEqual(
      ['a', 'b'].flatMap((s) =>
        ['fan', 'pain', 'threshold'].map((chart) => cohortChartWords.exportFile(200, SEED, chart, 'svg', s)),
      ),
    );
    expect(saved[0]?.name).toBe(`cohort-200-seed-${SEED}-a-fan.svg`);
    // Each file holds its own side's chart: A's and B's pain dot plots differ (240 vs 120 MME/day).
    const text = await Promise.all(saved.map((file) => file.blob.text()));
    expect(text.every((svg) => svg.startsWith('<svg'))).toBe(true);
    expect(text[1]).not.toBe(text[4]);
    // The single view's names carry no letter (the chart-level tests cover those).
    expect(saved.some((file) => /seed-\d+-(fan|pain|threshold)/.test(file.name))).toBe(false);
  });

  it('the switch turns compare off and on; a link without compare opens one cohort even in compare mode', async () => {
    await mount(b);
    view.open({ n: 200, seed: 7 });
    await waitFor(() => expect(runs.length).toBe(1));
    expect(runs[0]?.request.seed).toBe(7);
    const toggle = slot.querySelector('#cv-compare') as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(toggle.disabled).toBe(false);
    expect((slot.querySelector('.cv-sides') as HTMLElement).hidden).toBe(true);
    expect(view.link).toEqual({ n: 200, seed: 7 });
    fireEvent.click(toggle);
    await waitFor(() => expect(runs.length).toBe(3));
    expect(runs.slice(1).map((r) => r.request.seed)).toEqual([7, 7]);
    expect(view.link).toEqual({ n: 200, seed: 7, compare: true });
    // The single cohort, no longer shown, stopped; so do A's and B's when the switch goes off again.
    expect((runs[0] as FakeRun).cancelled).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(runs.length).toBe(4));
    expect(runs.slice(1, 3).every((r) => r.cancelled)).toBe(true);
    expect(view.link).toEqual({ n: 200, seed: 7 });
  });

  it('without compare mode in the app, B is chosen beside the switch, which starts the app’s compare mode', async () => {
    await mount(null, 'oih-state');
    view.open();
    const toggle = slot.querySelector('#cv-compare') as HTMLInputElement;
    const chooseB = slot.querySelector('#cv-compare-b') as HTMLSelectElement;
    expect(toggle.disabled).toBe(false);
    expect(toggle.checked).toBe(false);
    expect(slot.querySelector('#cv-compare-note')?.textContent).toBe(w.compareOff);
    expect(view.link).toEqual({ n: 200, seed: SEED });
    // The Compare tab's suggestion for A's preset comes first (an OIH preset beside tolerance only).
    expect(chooseB.value).toBe(suggestedComparison('oih-state'));
    expect(chooseB.value).toBe('tolerance-only');
    expect((chooseB.closest('.cv-compare-b') as HTMLElement).hidden).toBe(false);
    await waitFor(() => expect(runs.length).toBe(1));
    fireEvent.change(chooseB, { target: { value: 'oih-escalation' } });
    // Closed and opened again with A unchanged, the view keeps the learner's choice of B.
    view.close();
    view.open();
    expect(chooseB.value).toBe('oih-escalation');
    fireEvent.click(toggle);
    expect(session.state.comparing).toBe(true);
    expect(session.title('b')).toBe(presetTitle('oih-escalation'));
    expect(session.editors.b.getSnapshot().context.scenario).toEqual(
      normalizeScenario(findPreset('oih-escalation')?.scenario),
    );
    // The single cohort stops; A's and B's run on the same patients, and the list gives way to the note.
    await waitFor(() => expect(runs.length).toBe(3));
    expect((runs[0] as FakeRun).cancelled).toBe(true);
    expect(runs.slice(1).map((r) => r.request.seed)).toEqual([SEED, SEED]);
    expect(runs[2]?.request.scenario).toEqual(session.editors.b.getSnapshot().context.scenario);
    expect(toggle.checked).toBe(true);
    expect((chooseB.closest('.cv-compare-b') as HTMLElement).hidden).toBe(true);
    expect(slot.querySelector('#cv-compare-note')?.textContent).toBe(w.compareHint);
    expect(view.link).toEqual({ n: 200, seed: SEED, compare: true });
    // Turned off again, the view shows one cohort; the app still compares (the Compare tab stops it).
    fireEvent.click(toggle);
    expect(toggle.checked).toBe(false);
    expect(session.state.comparing).toBe(true);
  });
});

describe('the sentence that sets A beside B', () => {
  it('reads each side at its own last week when one course ends before the week shown', () => {
    const A = cohortOf({ scenario: a, n: 200, seed: SEED });
    const B = cohortOf({ scenario: b, n: 200, seed: SEED });
    // A's course is 12 weeks; asked for week 20, A is read at week 12 (summarizeCohort's nearest sample).
    const atA = summarizeCohort(A.outcomes, A.untreated, 140);
    const atB = summarizeCohort(B.outcomes, B.untreated, 56);
    expect(atA.day).toBe(84);
    expect(contrastSentence(atA, atB, false)).toBe(
      w.contrastWeeks('12', atA.worse.count, 200, '8', atB.worse.count, 200),
    );
    expect(contrastSentence(atA, null, true)).toBe(w.contrastWaiting);
    const partial = summarizeCohort(B.outcomes.slice(0, 50), B.untreated, 84);
    expect(contrastSentence(atA, partial, true)).toBe(
      `${w.contrast('12', atA.worse.count, 200, partial.worse.count, 50)} ${w.contrastSoFar}`,
    );
  });
});
