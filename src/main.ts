// Composition root: build the actors, mount the views.
import { createActor } from 'xstate';
import { clockMachine } from './app/clock';
import { writeLink } from './app/link-state';
import { preferencesMachine } from './app/preferences';
import { browserStorage, createPreferencesStore } from './app/preferences-store';
import { createSimulationClient } from './app/simulation-client';
import { startupFrom } from './app/startup';
import { snapshotAt } from './model';
import { createChartsPanel } from './charts';
import { PixiPathwayScene } from './scenes/pathway-scene';
import { installAppShortcuts } from './ui/app-shortcuts';
import { createClockControls } from './ui/clock-controls';
import { showLinkProblem, showScenarioSummary, showStartupError } from './ui/controls-region';
import { createCopyLink } from './ui/copy-link';
import { hostCharts } from './ui/charts-host';
import { hostScene } from './ui/scene-host';
import { mountShell } from './ui/shell';
import './ui/theme.css';
import './ui/app.css';
import './ui/dialogs.css';
import './ui/controls.css';

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
const opening = startupFrom(location.hash);
if (opening.theme) preferences.send({ type: 'theme.preview', theme: opening.theme });
const shell = mountShell(root, preferences);
if (opening.problem) showLinkProblem(shell.regions.scene.closest('main') ?? root, opening.problem);

const { scenario } = opening;
const clock = createActor(clockMachine, {
  input: { durationDays: scenario.durationDays, tDays: opening.tDays },
}).start();
const simulation = createSimulationClient(
  () => new Worker(new URL('./app/simulation.worker.ts', import.meta.url), { type: 'module' }),
);
installAppShortcuts(window, { clock, preferences, help: shell.shortcuts });
const link = () => {
  const tDays = clock.getSnapshot().context.tDays;
  const hash = writeLink({
    scenario,
    tDays,
    compare: null,
    chartDay: opening.chartDay,
    mechanism: null,
    theme: null,
  });
  return `${location.origin}${location.pathname}${hash}`;
};

async function start() {
  const scene = await hostScene(shell.regions.scene, new PixiPathwayScene(), preferences);
  const [charts, computed] = await Promise.all([
    hostCharts(shell.regions.charts, createChartsPanel(), preferences, {
      scrub: (tDays) => clock.send({ type: 'scrub', tDays }),
      select: (id) => scene.select(id),
    }),
    simulation.run(scenario, opening.chartDay),
  ]);
  if (!computed?.doseResponse) return;
  charts.setResults({ label: opening.title, result: computed.result, doseResponse: computed.doseResponse });
  const draw = () => {
    const snapshot = snapshotAt(computed.result, clock.getSnapshot().context.tDays);
    scene.show(snapshot);
    charts.show(snapshot);
  };
  draw();
  clock.subscribe(draw);
  if (opening.mechanism) scene.select(opening.mechanism);
  const tools = [createClockControls(clock), createCopyLink(link, navigator.clipboard)];
  showScenarioSummary(
    shell.regions.controls,
    { name: opening.title, description: opening.description },
    ...tools,
  );
  performance.mark('app-ready');
}

start().catch((error: unknown) => showStartupError(shell.regions, error));
