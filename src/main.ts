// Composition root: build the actors, mount the views.
import { createActor } from 'xstate';
import { hasLinkState } from './app/link-param';
import { preferencesIgnored, preferencesMachine, readPreferences } from './app/preferences';
import { browserStorage, createPreferencesStore } from './app/preferences-store';
import { loadPresetDescriptions } from './app/catalogue';
import { createSession } from './app/session';
import { createChartsPanel } from './charts';
import { PixiPathwayScene } from './scenes/pathway-scene';
import { createSimulationClient } from './app/simulation-client';
import { sessionInputFrom, startupFrom } from './app/startup';
import { installAppShortcuts, toggleFullScreen } from './ui/shell/app-shortcuts';
import { showLinkProblem, showSavedSettingsNotice, showStartupError } from './ui/shell/controls-region';
import { createCopyLink } from './ui/controls/copy-link';
import { mountShell, type Shell } from './ui/shell/shell';
import { mountWorkbench } from './ui/hosts/workbench';
import { afterNextPaint, yieldToMain } from './ui/kit/yield';
import { makeWorker } from './app/make-worker';
import { registerOffline } from './app/offline';
import { isSingleFile } from './app/single-file';
import { applyEmbedMode } from './ui/shell/embed';
import { createFileSharingNote } from './ui/shell/file-sharing-note';
import { showUpdatePrompt } from './ui/shell/update-prompt';
import type { Teaching } from './teaching';
import type { Experiments } from './experiments';
import { experimentInLink } from './app/experiment-link';
import type { Workbench } from './ui/hosts/workbench';
import type { CohortView } from './ui/cohort/cohort-view';
import type { Session } from './app/session';
import type { CohortLink } from './app/link-state';
import './ui/styles/theme.css';
import './ui/styles/app.css';
import './ui/styles/dialogs.css';
import './ui/styles/controls.css';
import './ui/styles/editor.css';
import './ui/styles/panels.css';
import './ui/styles/layout.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
const app = root;

const store = createPreferencesStore(browserStorage());
const saved = store.load();
const systemPrefersMoreContrast = window.matchMedia('(prefers-contrast: more)').matches;
const preferences = createActor(preferencesMachine, {
  input: { saved, systemPrefersMoreContrast, save: store.save },
}).start();
// The link code (lz-string and the link schema) is fetched only for a page opened from a link, or later.
const linkCode = () => import('./app/link-state');
let shell: Shell | null = null;

async function start() {
  // The modules' own setup (xstate, d3, the content) is one task, building the page the next; between them
  // the browser paints the header index.html holds (title, tagline, the education-only notice).
  await afterNextPaint();
  const opening = startupFrom(
    hasLinkState(location.hash) ? (await linkCode()).readLink(location.hash) : { ok: 'empty' },
  );
  if (opening.theme) preferences.send({ type: 'theme.preview', theme: opening.theme });
  const { regions, lessonsButton, lectureButton, experimentsButton, experimentsSlot, ...dialogs } = (shell =
    mountShell(app, preferences));
  applyEmbedMode(document, location);
  registerOffline({ updateReady: (update) => showUpdatePrompt(document.body, update) });
  const workspace = regions.scene.closest('main') ?? app;
  // The header paints now; the workspace stays out of sight (layout.css) until its controls are in, so its
  // regions appear in their final places (no layout shift) and the page's first task stays short.
  workspace.toggleAttribute('data-building', true);
  await yieldToMain();
  if (opening.problem) showLinkProblem(workspace, opening.problem);
  if (preferencesIgnored(saved)) {
    // Said once: what could be read replaces the stored record (only this key; other saved data is kept).
    showSavedSettingsNotice(workspace);
    store.save(readPreferences(saved, systemPrefersMoreContrast));
  }

  const clients = { a: createSimulationClient(makeWorker), b: createSimulationClient(makeWorker) };
  const session = createSession(sessionInputFrom(opening), {
    run: (side, scenario, chartDay) => clients[side].run(scenario, chartDay),
  });
  const { clock } = session;
  // Starting the session (its machines, the first run sent to the worker) and building the controls are
  // two tasks, not one (each ~50 ms at 4× CPU slowdown, step 14).
  await yieldToMain();
  const openGlossary = (term: string) => dialogs.glossary.open(undefined, term);

  // Lessons and lecture mode (src/teaching.ts) load after app-ready; a click on their buttons before is kept.
  let teaching: Teaching | null = null;
  let pendingClick: HTMLButtonElement | null = null;
  const keepClick = (event: Event) => {
    pendingClick = event.currentTarget as HTMLButtonElement;
  };
  const laterButtons = [lessonsButton, lectureButton, experimentsButton];
  for (const button of laterButtons) button.addEventListener('click', keepClick);

  const cohort = startCohort(workspace, session, () => makeCopyLink());
  const link = async () => {
    const { writeLink } = await linkCode();
    const open = teaching?.lessons.open ? teaching.lessons.panel.current() : null;
    const lesson = open ? { id: open.lessonId, step: open.stepId } : null;
    const state = session.link({ mechanism: bench.mechanism, chart: bench.chart, theme: null, lesson });
    const shown = cohort.link();
    return `${location.origin}${location.pathname}${writeLink(shown ? { ...state, cohort: shown } : state)}`;
  };
  const makeCopyLink = () =>
    isSingleFile() ? createFileSharingNote() : createCopyLink(link, navigator.clipboard);
  const bench = await mountWorkbench(
    {
      regions,
      scene: new PixiPathwayScene({ yieldBetweenSteps: yieldToMain, avoidSoftwareWebGL: true }),
      charts: createChartsPanel(),
      preferences,
      session,
      copyLink: makeCopyLink(),
      fullScreen: () => toggleFullScreen(document),
      openGlossary,
      openReference: (id, opener) => dialogs.about.showReference(id, opener),
      openCohort: cohort.open,
    },
    opening,
  );
  installAppShortcuts(window, {
    clock,
    preferences,
    help: dialogs.shortcuts,
    glossary: dialogs.glossary,
    resetAll: session.resetAll,
    lecture: {
      active: () => teaching?.lecture.keys.active() ?? false,
      next: () => teaching?.lecture.keys.next(),
      prev: () => teaching?.lecture.keys.prev(),
      presenter: () => teaching?.lecture.keys.presenter(),
    },
  });
  await new Promise<void>((resolve) => {
    const off = session.subscribe((state) => {
      if (!state.a && !state.error) return;
      off();
      resolve();
    });
    if (session.state.a) resolve();
  });
  if (session.state.error) throw new Error(session.state.error);
  performance.mark('app-ready');

  void linkCode();
  void loadPresetDescriptions();
  const { mountTeaching } = await import('./teaching');
  teaching = mountTeaching({
    ...shell,
    problemHost: workspace,
    workbench: bench,
    preferences,
    openGlossary,
    openCohort: (request, opener) => cohort.open(opener, request),
    clipboard: navigator.clipboard,
    lectureLink: isSingleFile()
      ? undefined
      : (encoded) => `${location.origin}${location.pathname}#lecture=${encoded}`,
    opening: { lesson: opening.lesson, lecture: new URLSearchParams(location.hash.slice(1)).get('lecture') },
  });
  startExperiments(experimentsButton, experimentsSlot, bench, workspace);
  if (opening.cohort) cohort.openFromLink(opening.cohort);
  for (const button of laterButtons) button.removeEventListener('click', keepClick);
  (pendingClick as HTMLButtonElement | null)?.click();
}

/**
 * The Experiments view (src/experiments.ts) loads the first time its button is pressed, or at once when the
 * link (or a later change of it) asks for #experiment=<id>; in the single file too, where the module is inside
 * the file (tools/vite-single-file.ts packs it).
 */
function startExperiments(
  button: HTMLButtonElement,
  slot: HTMLElement,
  workbench: Workbench,
  problemHost: HTMLElement,
) {
  let experiments: Promise<Experiments> | null = null;
  const load = () =>
    (experiments ??= import('./experiments').then(({ mountExperiments }) => {
      button.removeEventListener('click', openFirst);
      return mountExperiments({ slot, button, workbench, problemHost });
    }));
  function openFirst() {
    void load().then(({ view }) => view.open());
  }
  button.addEventListener('click', openFirst);
  const fromLink = () => {
    const id = experimentInLink(location.hash);
    if (id !== null) void load().then((x) => x.openFromLink(id));
  };
  fromLink();
  window.addEventListener('hashchange', fromLink);
}

/**
 * The cohort view (src/cohort.ts: issue 21) loads the first time the Patient tab's button asks for it, or after
 * app-ready when the link carries a cohort; until then a link carries none.
 */
function startCohort(workspace: HTMLElement, session: Session, copyLink: () => HTMLElement) {
  let view: Promise<CohortView> | null = null;
  let loaded: CohortView | null = null;
  // Where the focus goes back on Close: the button that opened the view, found again when a lesson step has
  // been drawn anew meanwhile (a lesson's or lecture's cohort comes with its size and seed).
  let opener: () => HTMLElement | null = () => null;
  const load = () =>
    (view ??= import('./cohort').then(({ mountCohort }) => {
      loaded = mountCohort({ workspace, session, opener: () => opener(), copyLink: copyLink() });
      return loaded;
    }));
  return {
    open(from: HTMLElement | (() => HTMLElement | null), request?: { n: number; seed: number }) {
      opener = typeof from === 'function' ? from : () => from;
      void load().then((v) => v.open(request));
    },
    openFromLink(request: CohortLink) {
      void load().then((v) => v.open(request));
    },
    link: () => loaded?.link ?? null,
  };
}

start().catch((error: unknown) => showStartupError(shell?.regions ?? { controls: app }, error));
