import type { LinkState } from '../../app/link-state';
import type { Computed, Session } from '../../app/session';
import type { ChartSeriesInput, ScrubbableChartView } from '../../charts/view';
import type { ChartId } from '../../content/charts';
import { controlWords as w } from '../../content/controls';
import type { SimEvent, SimSetup } from '../../lessons/types';
import type { MechanismId, SceneRegionId } from '../../model';
import type { PathwayView } from '../../scenes/view';
import { hostCharts, type ChartsHost } from './charts-host';
import { createControlsPanel, type ControlsPanel } from '../controls/controls-panel';
import { hostScene, type SceneHost } from './scene-host';
import type { PreferencesActor } from '../kit/theme-picker';
import { yieldToMain } from '../kit/yield';

/** Screens on which the editor starts folded (step 12): mid-size, and wide but short; it opens as a column. */
const FOLDED = '(min-width: 701px) and (max-width: 1100px), (min-width: 1101px) and (max-height: 820px)';

export interface Workbench {
  readonly controls: ControlsPanel;
  /** The mechanism the learner last chose (for links), or null. */
  readonly mechanism: SceneRegionId | null;
  /** The chart tab shown (for links), or null when the charts have no tabs. */
  readonly chart: ChartId | null;
  select(id: SceneRegionId): void;
  /** Sets the simulation as a lesson step or lecture scene asks; returns a problem in words, or null. */
  applySetup(setup: SimSetup): string | null;
  /** The simulation as it stands, as a setup that restores it. */
  captureSetup(): SimSetup;
  /** Playing stops at this day when it gets there (a lesson's task day); null lets it run to the end. */
  stopPlayAt(day: number | null): void;
  /** What the learner does (not what a setup does): for lessons checking their tasks. */
  onAction(listener: (event: SimEvent) => void): () => void;
  destroy(): void;
}

/** The charts panel's tabs, which lessons and lecture scenes choose and learners' choices are reported. */
export interface ChartsWithTabs extends ScrubbableChartView {
  show(chart: ChartId): void;
  readonly shown: ChartId;
  onShow(callback: (chart: ChartId) => void): () => void;
}

export interface WorkbenchParts {
  readonly regions: {
    readonly scene: HTMLElement;
    readonly charts: HTMLElement;
    readonly controls: HTMLElement;
  };
  /** The scene, or its module still loading (main.ts loads pixi.js after the page's first task). */
  readonly scene: PathwayView | Promise<PathwayView>;
  /** The charts, or their module still loading (main.ts loads d3 and the charts after the page's first task). */
  readonly charts: ScrubbableChartView | ChartsWithTabs | Promise<ScrubbableChartView | ChartsWithTabs>;
  readonly preferences: PreferencesActor;
  readonly session: Session;
  readonly copyLink: HTMLElement;
  readonly fullScreen: () => void;
  readonly openGlossary?: (term: string) => void;
  /** Opens the About dialog's sources at a reference. */
  readonly openReference?: (id: string, opener?: HTMLElement) => void;
  /** Opens the cohort view (issue 21). */
  readonly openCohort?: (opener: HTMLElement) => void;
}

const series = (
  computed: Computed,
  comparing: boolean,
  session: Session,
  before: Computed | null = null,
): ChartSeriesInput | null =>
  computed.doseResponse
    ? {
        // The run before the learner's last change, drawn faintly (the session has none in compare mode).
        ...(before && !comparing
          ? { before: { result: before.result, doseResponse: before.doseResponse } }
          : {}),
        label: comparing
          ? `${computed.side.toUpperCase()}: ${session.title(computed.side)}`
          : session.title(computed.side),
        result: computed.result,
        doseResponse: computed.doseResponse,
        regionsAt: (t) => {
          const snap = session.snapshot(computed.side, t);
          return {
            painful: snap?.painfulRegions ?? [],
            allodynic: snap?.allodynicRegions ?? [],
            original: snap?.originalRegions ?? [],
          };
        },
      }
    : null;

/**
 * Puts the scene, the charts and the controls to work on one session: new results go to the charts (A, and
 * B overlaid in compare mode), every clock change draws the side the scene shows, and the scene's title says
 * which side that is.
 */
export async function mountWorkbench(
  parts: WorkbenchParts,
  opening: { mechanism: LinkState['mechanism']; chart?: ChartId | null },
): Promise<Workbench> {
  const { session, regions } = parts;
  const { clock } = session;
  const sceneTitle = regions.scene.closest('section')?.querySelector('h2') ?? null;
  const title = sceneTitle && { element: sceneTitle, plain: sceneTitle.textContent };
  let mechanism: SceneRegionId | null = null;
  const actions = learnerActions();
  let shownScene: SceneHost | null = null;
  // The controls go in first, before anything waits: the page's layout (the editor's column on a wide screen)
  // is then final at the first paint, and the scene and the chart arrive into boxes that keep their size.
  const controls = createControlsPanel(
    {
      session,
      editors: session.editors,
      clock,
      explain: (id: MechanismId) => shownScene?.select(id),
      ...(parts.openGlossary ? { openGlossary: parts.openGlossary } : {}),
      ...(parts.openReference ? { openReference: parts.openReference } : {}),
      ...(parts.openCohort ? { openCohort: parts.openCohort } : {}),
    },
    {
      copyLink: parts.copyLink,
      // Compare's show/edit choices go to the session, which passes them to compare mode.
      compare: session.actor,
      fullScreen: parts.fullScreen,
      startFolded: regions.controls.ownerDocument.defaultView?.matchMedia(FOLDED).matches ?? false,
    },
  );
  regions.controls.replaceChildren(controls.element);
  regions.controls.classList.add('has-controls');
  // The page's layout is final: the workspace may show (main.ts hid it while it was being built).
  regions.controls.closest('[data-building]')?.removeAttribute('data-building');
  await yieldToMain();
  const scene = await hostScene(
    regions.scene,
    await parts.scene,
    parts.preferences,
    (id) => {
      mechanism = id;
      if (id) actions.act({ type: 'sim.select', region: id });
    },
    parts.openGlossary,
  );
  shownScene = scene;
  await yieldToMain();
  const chartsView = await parts.charts;
  const tabbed = 'onShow' in chartsView ? chartsView : null;
  const offChartTab = tabbed?.onShow((chart) => actions.act({ type: 'sim.chart', chart }));
  const charts = await hostCharts(regions.charts, chartsView, parts.preferences, {
    scrub: (tDays) => clock.send({ type: 'scrub', tDays }),
    select: (id) => scene.select(id),
  });
  const unfollow = followSession(session, { scene, charts, title }, (tDays) =>
    actions.act({ type: 'sim.time', tDays }),
  );
  // The learner's own edits and compare switches (a setup's are not emitted), for lessons' tasks.
  const offEdited = session.on('edited', ({ edit }) => actions.act({ type: 'sim.edit', edit }));
  const offCompared = session.on('compared', ({ on }) => actions.act({ type: 'sim.compare', on }));
  if (opening.mechanism) scene.select(opening.mechanism);
  if (opening.chart) tabbed?.show(opening.chart);
  return {
    controls,
    get mechanism() {
      return mechanism;
    },
    get chart() {
      return tabbed?.shown ?? null;
    },
    select: (id) => scene.select(id),
    applySetup: (setup) =>
      actions.whileApplying(() => {
        const problem = session.applySetup(setup);
        // What the scene highlights and which chart shows are the views' part of a setup.
        if (setup.highlight !== undefined)
          if (setup.highlight) scene.select(setup.highlight, false);
          else scene.deselect();
        if (setup.chart) tabbed?.show(setup.chart);
        return problem;
      }),
    captureSetup: () => {
      const chart = tabbed?.shown ?? null;
      return { ...session.captureSetup(), highlight: mechanism, ...(chart ? { chart } : {}) };
    },
    stopPlayAt: (day) => clock.send({ type: 'stop.at', tDays: day }),
    onAction: actions.listen,
    destroy() {
      offChartTab?.();
      offEdited();
      offCompared();
      actions.clear();
      unfollow();
      controls.destroy();
      charts.destroy();
      scene.destroy();
    },
  };
}

/**
 * What the learner does, for lessons checking their tasks: told to every listener, except while a setup is
 * applied (what a setup changes is not the learner's doing).
 */
function learnerActions() {
  const listeners = new Set<(event: SimEvent) => void>();
  let applying = false;
  return {
    act(event: SimEvent) {
      if (!applying) for (const listener of listeners) listener(event);
    },
    listen(listener: (event: SimEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    whileApplying<T>(apply: () => T): T {
      applying = true;
      try {
        return apply();
      } finally {
        applying = false;
      }
    },
    clear() {
      listeners.clear();
    },
  };
}

/**
 * Draws the session: each new result goes to the charts, every clock change to the scene (the side it shows)
 * and the charts (side A), and in compare mode the scene's title says which side it shows. `onTime` hears of
 * each new time. Returns the function that stops it.
 */
function followSession(
  session: Session,
  views: {
    readonly scene: SceneHost;
    readonly charts: ChartsHost;
    /** The scene's title (its section's heading) and its text outside compare mode, if it has one. */
    readonly title: { readonly element: HTMLElement; readonly plain: string } | null;
  },
  onTime: (tDays: number) => void,
): () => void {
  const { clock } = session;
  const { scene, charts, title } = views;
  const draw = () => {
    const { state } = session;
    const t = clock.getSnapshot().context.tDays;
    const side = state.comparing ? state.shown : 'a';
    const shown = session.snapshot(side, t) ?? session.snapshot('a', t);
    const computed = state[side] ?? state.a;
    if (!shown || !computed) return;
    // The scene draws the subject of the side it shows (a rat's pathway for a rat experiment), and tells
    // time as the clock does, by the length of the run.
    const run = {
      subject: computed.scenario.subject,
      durationDays: clock.getSnapshot().context.durationDays,
    };
    scene.show(shown, run);
    scene.showBefore(session.painBefore(t));
    charts.show(session.snapshot('a', t) ?? shown);
  };
  let drawnRevision = -1;
  const onSession = () => {
    const { state } = session;
    if (title) {
      const side = state.comparing ? state.shown : 'a';
      const computed = state[side];
      title.element.textContent =
        state.comparing && computed ? w.sceneTitle(side.toUpperCase(), session.title(side)) : title.plain;
    }
    if (state.resultsRevision === drawnRevision || !state.a) return;
    const first = drawnRevision === -1;
    const revision = (drawnRevision = state.resultsRevision);
    const a = series(state.a, state.comparing, session, state.before);
    const b = state.comparing && state.b ? series(state.b, true, session) : null;
    const drawCharts = () => {
      if (a && b) charts.setResults(a, b);
      else if (a) charts.setResults(a);
    };
    if (first) {
      // The page's first result: the scene and the chart are two tasks, not one (step 18: ~120 ms at a
      // phone's speed together). The chart draws the next task unless a newer result came first.
      draw();
      void yieldToMain().then(() => {
        if (drawnRevision !== revision) return;
        drawCharts();
        const moment = session.snapshot('a', clock.getSnapshot().context.tDays);
        if (moment) charts.show(moment);
      });
      return;
    }
    drawCharts();
    draw();
  };
  const offSession = session.subscribe(onSession);
  onSession();
  let lastT = clock.getSnapshot().context.tDays;
  const clockSub = clock.subscribe(({ context }) => {
    draw();
    if (context.tDays === lastT) return;
    lastT = context.tDays;
    onTime(context.tDays);
  });
  return () => {
    offSession();
    clockSub.unsubscribe();
  };
}
