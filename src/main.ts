// Composition root: build the actors, mount the views.
import { createActor } from 'xstate';
import { clockMachine } from './app/clock';
import { preferencesMachine } from './app/preferences';
import { browserStorage, createPreferencesStore } from './app/preferences-store';
import { createSimulationClient } from './app/simulation-client';
import { findPreset, normalizeScenario, snapshotAt } from './model';
import { createChartsPanel } from './charts';
import { PixiPathwayScene } from './scenes/pathway-scene';
import { createClockControls } from './ui/clock-controls';
import { showScenarioSummary, showStartupError } from './ui/controls-region';
import { hostCharts } from './ui/charts-host';
import { hostScene } from './ui/scene-host';
import { installAppShortcuts } from './ui/app-shortcuts';
import { mountShell } from './ui/shell';
import './ui/theme.css';
import './ui/app.css';

/** What a first-time visitor sees: the escalation preset at week 8, where OIH is well established. */
const DEFAULT_PRESET = 'oih-escalation';
const DEFAULT_DAY = 56;

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');

const store = createPreferencesStore(browserStorage());
const preferences = createActor(preferencesMachine, {
  input: {
    saved: store.load(),
    systemPrefersMoreContrast: window.matchMedia('(prefers-contrast: more)').matches,
    save: store.save,
  },
}).start();
const shell = mountShell(root, preferences);

const found = findPreset(DEFAULT_PRESET);
if (!found) throw new Error(`no preset ${DEFAULT_PRESET}`);
const preset = found;
const scenario = normalizeScenario(preset.scenario);
const clock = createActor(clockMachine, {
  input: { durationDays: scenario.durationDays, tDays: DEFAULT_DAY },
}).start();
const simulation = createSimulationClient(
  () => new Worker(new URL('./app/simulation.worker.ts', import.meta.url), { type: 'module' }),
);

installAppShortcuts(window, { clock, preferences, help: shell.shortcuts });

async function start() {
  const scene = await hostScene(shell.regions.scene, new PixiPathwayScene(), preferences);
  const [charts, computed] = await Promise.all([
    hostCharts(shell.regions.charts, createChartsPanel(), preferences, {
      scrub: (tDays) => clock.send({ type: 'scrub', tDays }),
      select: (id) => scene.select(id),
    }),
    simulation.run(scenario, DEFAULT_DAY),
  ]);
  if (!computed?.doseResponse) return;
  charts.setResults({ label: preset.name, result: computed.result, doseResponse: computed.doseResponse });
  const draw = () => {
    const snapshot = snapshotAt(computed.result, clock.getSnapshot().context.tDays);
    scene.show(snapshot);
    charts.show(snapshot);
  };
  draw();
  clock.subscribe(draw);
  showScenarioSummary(shell.regions.controls, preset, createClockControls(clock));
  performance.mark('app-ready');
}

start().catch((error: unknown) => showStartupError(shell.regions.scene, error));
