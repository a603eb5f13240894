// Composition root: build the actors, mount the views.
import { createActor } from 'xstate';
import { clockMachine } from './app/clock';
import { compareMachine } from './app/compare';
import { editorMachine } from './app/editor';
import { writeLink } from './app/link-state';
import { preferencesMachine } from './app/preferences';
import { browserStorage, createPreferencesStore } from './app/preferences-store';
import { createSession } from './app/session';
import { createSimulationClient } from './app/simulation-client';
import { startupFrom } from './app/startup';
import { createChartsPanel } from './charts';
import { PixiPathwayScene } from './scenes/pathway-scene';
import { installAppShortcuts, toggleFullScreen } from './ui/app-shortcuts';
import { showLinkProblem, showStartupError } from './ui/controls-region';
import { createCopyLink } from './ui/copy-link';
import { mountShell } from './ui/shell';
import { mountWorkbench } from './ui/workbench';
import { hostLessons } from './ui/lessons-host';
import { lessonMachine } from './lessons/lesson-machine';
import { LESSONS } from './lessons/lessons/index';
import { createProgressStore } from './lessons/progress-store';
import { decodeLecture, lectureFiles } from './lessons/lecture-file';
import { lectureMachine } from './lessons/lecture-machine';
import { READY_LECTURE } from './lessons/lectures';
import { makeWorker } from './app/make-worker';
import { registerOffline } from './app/offline';
import { isSingleFile } from './app/single-file';
import { applyEmbedMode } from './ui/embed';
import { createFileSharingNote } from './ui/file-sharing-note';
import { hostLecture } from './ui/lecture-host';
import { showUpdatePrompt } from './ui/update-prompt';
import './ui/theme.css';
import './ui/app.css';
import './ui/dialogs.css';
import './ui/controls.css';
import './ui/editor.css';
import './ui/panels.css';

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
applyEmbedMode(document, location);
registerOffline({ updateReady: (update) => showUpdatePrompt(document.body, update) });
if (opening.problem) showLinkProblem(shell.regions.scene.closest('main') ?? root, opening.problem);

const { scenario, compare: b } = opening;
const durationDays = Math.max(scenario.durationDays, b?.scenario.durationDays ?? 0);
const clock = createActor(clockMachine, { input: { durationDays, tDays: opening.tDays } }).start();
const editor = (input: { scenario: typeof scenario; title: string; presetName: string | null }) =>
  createActor(editorMachine, { input: { description: opening.description, ...input } }).start();
const editors = {
  a: editor({ scenario, title: opening.title, presetName: opening.presetName }),
  b: editor(
    b
      ? { scenario: b.scenario, title: b.title, presetName: null }
      : { scenario, title: opening.title, presetName: opening.presetName },
  ),
};
const compare = createActor(compareMachine, { input: { on: b !== null, shown: b?.shown ?? 'a' } }).start();
const clients = { a: createSimulationClient(makeWorker), b: createSimulationClient(makeWorker) };
const later = (callback: () => void, ms: number) => {
  const handle = window.setTimeout(callback, ms);
  return () => window.clearTimeout(handle);
};
const session = createSession({ clock, editors, compare, clients, later }, { chartDay: opening.chartDay });

const openGlossary = (term: string) => shell.glossary.open(undefined, term);

async function start() {
  const link = () => {
    const open = lessons.open ? lessons.panel.current() : null;
    const lesson = open ? { id: open.lessonId, step: open.stepId } : null;
    return `${location.origin}${location.pathname}${writeLink(session.link({ mechanism: bench.mechanism, theme: null, lesson }))}`;
  };
  const bench = await mountWorkbench(
    {
      regions: shell.regions,
      scene: new PixiPathwayScene(),
      charts: createChartsPanel(),
      preferences,
      clock,
      session,
      editors,
      compare,
      copyLink: isSingleFile() ? createFileSharingNote() : createCopyLink(link, navigator.clipboard),
      fullScreen: () => toggleFullScreen(document),
      openGlossary,
    },
    opening,
  );
  const lessons = hostLessons(shell.lessonSlot, shell.lessonsButton, bench, {
    lessons: LESSONS,
    machine: lessonMachine,
    store: createProgressStore(browserStorage()),
    openGlossary,
  });
  if (opening.lesson) {
    lessons.show(true);
    lessons.panel.open(opening.lesson.id, opening.lesson.step ?? undefined);
  }
  const lecture = hostLecture(shell.lectureSlot, shell.lectureButton, {
    machine: lectureMachine,
    ready: READY_LECTURE,
    files: lectureFiles,
    workbench: bench,
    preferences,
    ...(navigator.clipboard ? { clipboard: navigator.clipboard } : {}),
    ...(isSingleFile()
      ? {}
      : { onShareLink: (encoded: string) => `${location.origin}${location.pathname}#lecture=${encoded}` }),
  });
  const lectureParam = new URLSearchParams(location.hash.slice(1)).get('lecture');
  if (lectureParam !== null) {
    const read = decodeLecture(lectureParam);
    if (read.ok) lecture.start(read.lecture);
    else showLinkProblem(shell.regions.scene.closest('main') ?? document.body, read.message);
  }
  installAppShortcuts(window, {
    clock,
    preferences,
    help: shell.shortcuts,
    glossary: shell.glossary,
    resetAll: session.resetAll,
    lecture: lecture.keys,
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
}

start().catch((error: unknown) => showStartupError(shell.regions, error));
