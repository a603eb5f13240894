// @vitest-environment happy-dom
import { fireEvent, getByLabelText, getByRole, waitFor } from '@testing-library/dom';
import { createActor, SimulatedClock } from 'xstate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EditorEvent } from '../../../src/app/editor';
import { loadPresetDescriptions, PRESET_ENTRIES, presetTitle } from '../../../src/app/catalogue';
import { preferencesMachine } from '../../../src/app/preferences';
import { createSession, type Session } from '../../../src/app/session';
import { createSimulationClient } from '../../../src/app/simulation-client';
import type { ChartSeriesInput, ScrubbableChartView } from '../../../src/charts/view';
import {
  findPreset,
  normalizeScenario,
  snapshotAt,
  type SceneRegionId,
  type Snapshot,
} from '../../../src/model';
import type { PathwayView, SceneRun } from '../../../src/scenes/view';
import { mountWorkbench, type Workbench } from '../../../src/ui/hosts/workbench';

/** Stand-ins for the pixi scene and the d3 charts: they record what the workbench asks of them. */
class FakeScene implements PathwayView {
  readonly shown: Snapshot[] = [];
  /** The run each snapshot belonged to (its subject and length). */
  readonly runs: (SceneRun | undefined)[] = [];
  readonly highlighted: (SceneRegionId | null)[] = [];
  async mount() {
    // Nothing to draw.
  }
  update(snapshot: Snapshot, run?: SceneRun) {
    this.shown.push(snapshot);
    this.runs.push(run);
  }
  setTheme() {
    // Nothing to draw.
  }
  setReducedMotion() {
    // Nothing to draw.
  }
  setPaused() {
    // Nothing animates.
  }
  resize() {
    // Nothing to draw.
  }
  highlight(id: SceneRegionId | null) {
    this.highlighted.push(id);
  }
  /** What the pain meter was asked to mark: the pain before the last change, or null. */
  readonly before: (number | null)[] = [];
  showBefore(pain: number | null) {
    this.before.push(pain);
  }
  onSelect() {
    return () => undefined;
  }
  destroy() {
    // Nothing to draw.
  }
}

class FakeCharts implements ScrubbableChartView {
  readonly results: string[][] = [];
  /** The run before the last change each setResults was given (A's), or null. */
  readonly befores: (ChartSeriesInput['before'] | null)[] = [];
  async mount() {
    // Nothing to draw.
  }
  setResults(a: ChartSeriesInput, b?: ChartSeriesInput) {
    this.results.push(b ? [a.label, b.label] : [a.label]);
    this.befores.push(a.before ?? null);
  }
  update() {
    // Nothing to draw.
  }
  setTheme() {
    // Nothing to draw.
  }
  setReducedMotion() {
    // Nothing to draw.
  }
  setPaused() {
    // Nothing animates.
  }
  resize() {
    // Nothing to draw.
  }
  highlight() {
    // Nothing to draw.
  }
  showBefore() {
    // No pain meter to mark.
  }
  onSelect() {
    return () => undefined;
  }
  onScrub() {
    return () => undefined;
  }
  destroy() {
    // Nothing to draw.
  }
}

let root: HTMLElement;
let bench: Workbench;
let session: Session;
let sent: EditorEvent[];
let scene: FakeScene;
let charts: FakeCharts;
let referencesOpened: string[];

beforeEach(async () => {
  // main.ts loads them after app-ready; here they are there from the start.
  await loadPresetDescriptions();
  root = document.createElement('div');
  const regions = {
    scene: document.createElement('div'),
    charts: document.createElement('div'),
    controls: document.createElement('div'),
  };
  const sceneSection = document.createElement('section');
  sceneSection.append(
    Object.assign(document.createElement('h2'), { textContent: 'Pain pathway' }),
    regions.scene,
  );
  root.append(sceneSection, regions.charts, regions.controls);
  document.body.append(root);
  const scenario = normalizeScenario(findPreset('oih-escalation')?.scenario);
  sent = [];
  const side = { scenario, title: 'oih-escalation', description: '', presetName: 'oih-escalation' };
  const clients = { a: createSimulationClient(null), b: createSimulationClient(null) };
  session = createSession(
    { a: side, b: null, shown: 'a', tDays: 56, chartDay: 56 },
    { run: (s, sc, day) => clients[s].run(sc, day), clock: new SimulatedClock() },
  );
  // Record every event the controls send to an editor.
  session.actor.system.inspect((e) => {
    const to = (e.actorRef as { id?: string }).id;
    if (
      e.type === '@xstate.event' &&
      (to === 'editorA' || to === 'editorB') &&
      !String(e.event.type).startsWith('xstate.')
    )
      sent.push(e.event as EditorEvent);
  });
  scene = new FakeScene();
  charts = new FakeCharts();
  referencesOpened = [];
  bench = await mountWorkbench(
    {
      regions,
      scene,
      charts,
      preferences: createActor(preferencesMachine, { input: { saved: null } }).start(),
      session,
      copyLink: document.createElement('button'),
      fullScreen: () => undefined,
      openReference: (id) => referencesOpened.push(id),
    },
    { mechanism: null },
  );
  // The first run is simulated in this thread (no worker here): on a busy machine it takes over the default 1 s.
  await waitFor(() => expect(charts.results.length).toBeGreaterThan(0), { timeout: 15_000 });
});

afterEach(() => {
  bench.destroy();
  session.destroy();
  root.remove();
});

const summary = () => root.querySelector('.live-summary')?.textContent ?? '';
const tab = (name: string) => fireEvent.click(getByRole(root, 'tab', { name }));

describe('workbench controls', () => {
  it('draws the first result in the charts and the scene', () => {
    expect(charts.results[0]).toEqual(['oih-escalation']);
    expect(scene.shown.at(-1)?.tDays).toBe(56);
  });

  it('Change dose sends a from-now dose change as asked, and the live summary says the dose it came to', async () => {
    tab('Dosing');
    fireEvent.change(getByLabelText(root, 'Change dose by'), { target: { value: '50' } });
    fireEvent.click(getByRole(root, 'button', { name: 'Change dose' }));
    expect(sent.at(-1)).toEqual({ type: 'dose.change', percent: 50, atDay: 56 });
    const live = root.querySelector('.live-summary');
    expect(live?.getAttribute('aria-live')).toBe('polite');
    await waitFor(() =>
      expect(summary()).toMatch(
        /^Dose increased 50 % at week 8: now 360 MME\/day\. Now, week 8, day 0: pain \d\.\d\/10\. By week 12: pain \d\.\d\/10 \(before your change \d\.\d, [+−]\d\.\d\)\.$/,
      ),
    );
  });

  it('taper, stop and rotation send their events at the current time', () => {
    tab('Dosing');
    fireEvent.change(getByLabelText(root, 'Taper: cut'), { target: { value: '15' } });
    fireEvent.change(getByLabelText(root, 'of the dose each'), { target: { value: 'month' } });
    fireEvent.click(getByRole(root, 'button', { name: 'Start taper' }));
    expect(sent.at(-1)).toMatchObject({ type: 'taper.start', percent: 15, per: 'month', atDay: 56 });
    fireEvent.change(getByLabelText(root, 'Rotate to'), { target: { value: 'buprenorphine' } });
    expect((getByLabelText(root, 'with fewer MME (%)') as HTMLInputElement).value).toBe('25');
    expect(root.querySelector('#rotate-note')?.textContent).toMatch(/25 % lower/);
    fireEvent.click(getByRole(root, 'button', { name: 'Rotate' }));
    expect(sent.at(-1)).toMatchObject({ type: 'drug.rotate', toDrug: 'buprenorphine', reductionPercent: 25 });
    fireEvent.click(getByRole(root, 'button', { name: 'Stop the opioid now' }));
    expect(sent.at(-1)).toEqual({ type: 'opioid.stop', atDay: 56 });
  });

  it('add-ons, mechanism switches and sliders, and the patient send their events', () => {
    tab('Add-on treatments');
    fireEvent.click(getByLabelText(root, 'Ketamine, low dose (NMDA antagonist)'));
    expect(sent.at(-1)).toEqual({ type: 'adjuvant.set', kind: 'ketamine', on: true, atDay: 56 });
    tab('Mechanisms');
    fireEvent.click(getByLabelText(root, 'RVM on'));
    expect(sent.at(-1)).toEqual({ type: 'mechanism.set', mechanism: 'rvm', level: 0 });
    const slider = getByLabelText(root, 'Glia strength') as HTMLInputElement;
    slider.value = '35';
    fireEvent.input(slider);
    expect(sent.at(-1)).toEqual({ type: 'mechanism.set', mechanism: 'glia', level: 0.35 });
    expect(slider.getAttribute('aria-valuetext')).toBe('35 %');
    fireEvent.click(getByRole(root, 'button', { name: /What is this\? Glial activation/ }));
    expect(scene.highlighted.at(-1)).toBe('glia');
    tab('Patient');
    const susceptibility = getByLabelText(root, /OIH susceptibility/) as HTMLInputElement;
    susceptibility.value = '2';
    fireEvent.input(susceptibility);
    expect(sent.at(-1)).toEqual({ type: 'patient.susceptibility', value: 2 });
  });

  it('compare mode overlays B in the charts and names the side the scene shows; Reset All ends it', async () => {
    tab('Compare');
    fireEvent.change(getByLabelText(root, 'Scenario B'), { target: { value: 'tolerance-only' } });
    fireEvent.click(getByRole(root, 'button', { name: 'Start comparing' }));
    await waitFor(() =>
      expect(charts.results.at(-1)).toEqual([
        'A: oih-escalation',
        'B: The escalation trap with tolerance only',
      ]),
    );
    fireEvent.click(
      getByRole(getByRole(root, 'group', { name: 'The pathway shows' }), 'radio', { name: 'B' }),
    );
    expect(root.querySelector('h2')?.textContent).toBe(
      'Pain pathway — B: The escalation trap with tolerance only',
    );
    fireEvent.click(getByRole(root, 'button', { name: 'Reset all' }));
    await waitFor(() => expect(charts.results.at(-1)).toEqual(['oih-escalation']));
    expect(root.querySelector('h2')?.textContent).toBe('Pain pathway');
    expect(summary()).toMatch(/^Reset all/);
  });

  it('after a change the charts draw the run before, the scene marks its pain and the live line says it; compare mode has none', async () => {
    const first = session.state.a!;
    expect(charts.befores).toEqual([null]);
    expect(scene.before.at(-1)).toBeNull();
    tab('Mechanisms');
    fireEvent.click(getByLabelText(root, 'Glia on'));
    await waitFor(() => expect(charts.befores.at(-1)?.result).toBe(first.result));
    const painBefore = snapshotAt(first.result, 56).painScore;
    const painNow = session.snapshot('a', 56)!.painScore;
    expect(scene.before.at(-1)).toBe(painBefore);
    expect(summary()).toBe(
      `Glial activation switched off. Now, week 8, day 0: pain ${painNow.toFixed(1)}/10 (before your change ${painBefore.toFixed(1)}, −${(Number(painBefore.toFixed(1)) - Number(painNow.toFixed(1))).toFixed(1)}).`,
    );
    // The clock moves the mark with it (the pain at the time shown), not the run before.
    session.clock.send({ type: 'scrub', tDays: 100 });
    expect(scene.before.at(-1)).toBe(snapshotAt(first.result, 100).painScore);
    expect(charts.befores.at(-1)?.result).toBe(first.result);
    tab('Compare');
    fireEvent.change(getByLabelText(root, 'Scenario B'), { target: { value: 'tolerance-only' } });
    fireEvent.click(getByRole(root, 'button', { name: 'Start comparing' }));
    await waitFor(() => expect(charts.results.at(-1)).toHaveLength(2));
    expect(charts.befores.at(-1)).toBeNull();
    expect(scene.before.at(-1)).toBeNull();
    fireEvent.click(getByRole(root, 'button', { name: 'Stop comparing' }));
    await waitFor(() => expect(charts.results.at(-1)).toHaveLength(1));
    expect(charts.befores.at(-1)).toBeNull();
    expect(scene.before.at(-1)).toBeNull();
  });

  it('a preset is opened from the picker with its description shown', () => {
    tab('Scenario');
    fireEvent.change(getByLabelText(root, 'Ready-made scenario'), { target: { value: 'abrupt-stop' } });
    expect(root.querySelector('#preset-description')?.textContent).toMatch(/stopped at once/);
    fireEvent.click(getByRole(root, 'button', { name: 'Open' }));
    expect(sent.at(-1)).toEqual({ type: 'preset.choose', name: 'abrupt-stop' });
  });
});

describe('the scenario picker', () => {
  const picker = () => root.querySelector<HTMLSelectElement>('#preset-picker')!;
  const search = () => getByLabelText(root, 'Find a scenario') as HTMLInputElement;
  const listed = () => [...picker().options].map((o) => o.value);
  const find = (text: string) => {
    search().value = text;
    fireEvent.input(search());
  };

  it('groups the presets under their titles: clinical, lesson, people, rats; ids only as values', () => {
    tab('Scenario');
    const groups = [...picker().querySelectorAll('optgroup')];
    expect(groups.map((g) => g.label)).toEqual([
      'Clinical scenarios',
      'Lesson scenarios: what if',
      'Experiments in people',
      'Experiments in rats',
    ]);
    const options = [...picker().options];
    expect(options).toHaveLength(PRESET_ENTRIES.length);
    for (const option of options) {
      expect(option.textContent).toBe(PRESET_ENTRIES.find((p) => p.name === option.value)?.title);
      expect(option.textContent).not.toBe(option.value);
    }
    expect(picker().value).toBe('oih-escalation');
    expect(root.querySelector('.preset-count')?.textContent).toBe(`All ${PRESET_ENTRIES.length} listed`);
  });

  it('a search narrows the list to its matches, says how many, and keeps a choice still listed', () => {
    tab('Scenario');
    find('spinal mk-801');
    expect(listed()).toEqual(['dunbar-1996-spinal-mk801', 'dunbar-1996-spinal-mk801-day-7']);
    expect(root.querySelector('.preset-count')?.textContent).toBe(`2 of ${PRESET_ENTRIES.length} match`);
    // The first match is chosen and described; Open opens it.
    expect(picker().value).toBe('dunbar-1996-spinal-mk801');
    expect(root.querySelector('#preset-description')?.textContent).toMatch(/MK-801 infused alongside/);
    fireEvent.change(picker(), { target: { value: 'dunbar-1996-spinal-mk801-day-7' } });
    find('day 7 only');
    expect(picker().value).toBe('dunbar-1996-spinal-mk801-day-7');
    fireEvent.click(getByRole(root, 'button', { name: 'Open' }));
    expect(sent.at(-1)).toEqual({ type: 'preset.choose', name: 'dunbar-1996-spinal-mk801-day-7' });
  });

  it('a search that matches nothing says so and cannot open anything', () => {
    tab('Scenario');
    find('unicorn');
    expect(listed()).toEqual([]);
    expect(root.querySelector('.preset-count')?.textContent).toBe('None match');
    expect(root.querySelector('#preset-description')?.textContent).toMatch(/No ready-made scenario/);
    expect((getByRole(root, 'button', { name: 'Open' }) as HTMLButtonElement).disabled).toBe(true);
    find('');
    expect(listed()).toHaveLength(PRESET_ENTRIES.length);
    expect((getByRole(root, 'button', { name: 'Open' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('from the search field ↓ goes to the list and Escape clears the search', () => {
    tab('Scenario');
    find('taper');
    search().focus();
    fireEvent.keyDown(search(), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(picker());
    search().focus();
    fireEvent.keyDown(search(), { key: 'Escape' });
    expect(search().value).toBe('');
    expect(listed()).toHaveLength(PRESET_ENTRIES.length);
    expect(document.activeElement).toBe(search());
  });

  it('cites an experiment’s source by author and year, linked to the About dialog’s list', () => {
    tab('Scenario');
    fireEvent.change(picker(), { target: { value: 'laulin-2002-saline-morphine' } });
    const description = root.querySelector('#preset-description')!;
    expect(description.textContent).toMatch(/Source: Laulin et al\. 2002\.$/);
    expect(description.textContent).not.toMatch(/laulin-2002|facts/);
    fireEvent.click(getByRole(description as HTMLElement, 'button', { name: /^Laulin et al\. 2002/ }));
    expect(referencesOpened).toEqual(['laulin-2002']);
    fireEvent.change(picker(), { target: { value: 'oih-state' } });
    expect(description.textContent).not.toMatch(/Source/);
  });

  it('a choice not yet opened stays through new results; a scenario opened elsewhere is shown, search or not', async () => {
    tab('Scenario');
    fireEvent.change(picker(), { target: { value: 'abrupt-stop' } });
    session.send({ type: 'dose.change', percent: 10 });
    await waitFor(() => expect(summary()).toMatch(/^Dose increased/));
    expect(picker().value).toBe('abrupt-stop');
    find('rats');
    session.applySetup({ preset: 'oih-state' });
    await waitFor(() =>
      expect(root.querySelector('#scenario-name')?.textContent).toBe(presetTitle('oih-state')),
    );
    expect(search().value).toBe('');
    expect(picker().value).toBe('oih-state');
  });
});

describe('a rat experiment in the main view', () => {
  const readout = () => root.querySelector('.clock-readout')?.textContent;

  it('the scene is told it draws a rat; the clock says days and hours; the dose is per kg, never MME', async () => {
    expect(scene.runs.at(-1)).toEqual({ subject: 'human', durationDays: 182 });
    expect(readout()).toBe('Week 8, day 0');
    session.applySetup({ preset: 'celerier-2000-fentanyl-100', tDays: 2.25 });
    await waitFor(() => expect(scene.runs.at(-1)?.subject).toBe('rat'), { timeout: 15_000 });
    expect(scene.runs.at(-1)?.durationDays).toBe(10);
    await waitFor(() => expect(readout()).toBe('Day 2, hour 6'));
    // The live line says the time as the clock does.
    await waitFor(() => expect(summary()).toMatch(/Now, day 2, hour 6: pain \d\.\d\/10/));
    const slider = root.querySelector<HTMLInputElement>('#clock-time')!;
    // The slider moves in hours: 10 days are 240 steps, and it stands at hour 54.
    expect(slider.max).toBe('240');
    expect(slider.value).toBe('54');
    expect(slider.getAttribute('aria-valuetext')).toBe('Day 2, hour 6');
    fireEvent.input(slider, { target: { value: '30' } });
    expect(readout()).toBe('Day 1, hour 6');
    tab('Dosing');
    const now = root.querySelector('.dose-now')?.textContent ?? '';
    expect(now).toMatch(/Day 1, hour 6: (no opioid|[\d.]+ (mg\/kg|µg\/kg))/);
    expect(now).not.toMatch(/Day 1, hour 6: [\d.]+ MME/);
    expect(getByLabelText(root, 'with a lower dose (%)')).toBeTruthy();
    expect(getByLabelText(root, 'Dose (mg/kg/day)')).toBeTruthy();
    const dosingPanel = root.querySelector('[role="tabpanel"]:not([hidden])')?.textContent ?? '';
    expect(dosingPanel).toContain('Change dose by');
    expect(dosingPanel).not.toMatch(/MME/);
    // Vanderah 2001: a steady s.c. morphine pump, told per kg of the rat.
    session.applySetup({ preset: 'vanderah-2001-continuous', tDays: 1.5 });
    await waitFor(() => expect(readout()).toBe('Day 1, hour 12'), { timeout: 15_000 });
    await waitFor(() =>
      expect(root.querySelector('.dose-now')?.textContent).toMatch(
        /^Day 1, hour 12: [\d.]+ mg\/kg\/day of Morphine$/,
      ),
    );
  });
});
