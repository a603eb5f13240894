import type { Actor } from 'xstate';
import type { compareMachine, Side } from '../app/compare';
import type { editorMachine } from '../app/editor';
import type { Session } from '../app/session';
import type { ChartId } from '../content/charts';
import type { SimSetup } from '../lessons/types';
import type { SceneRegionId } from '../scenes/view';
import type { ClockActor } from './clock-controls';

/** What applying and capturing a setup needs from the workbench. */
export interface SetupTargets {
  readonly session: Session;
  readonly clock: ClockActor;
  readonly editors: Readonly<Record<Side, Actor<typeof editorMachine>>>;
  readonly compare: Actor<typeof compareMachine>;
  select(id: SceneRegionId | null): void;
  readonly selected: () => SceneRegionId | null;
  showChart(chart: ChartId): void;
  readonly chartShown: () => ChartId | null;
}

/**
 * Sets the simulation as a lesson step or a lecture scene asks (fields left out stay as they are). The
 * clock's length follows the new scenarios at once, so that a time in the setup is not cut short by the old
 * course. Returns the first problem (an unknown preset, an invalid scenario), or null.
 */
export function applySetup(targets: SetupTargets, setup: SimSetup): string | null {
  const { editors, clock, compare } = targets;
  let problem: string | null = null;
  const check = (side: Side) => {
    problem ??= editors[side].getSnapshot().context.problem;
  };
  if (setup.preset !== undefined) editors.a.send({ type: 'preset.choose', name: setup.preset });
  else if (setup.scenario)
    editors.a.send({ type: 'scenario.load', scenario: setup.scenario.scenario, title: setup.scenario.title });
  check('a');
  for (const edit of setup.edits ?? []) editors.a.send(edit);
  if (setup.compare === null) compare.send({ type: 'compare.stop' });
  else if (setup.compare) {
    if ('preset' in setup.compare) {
      editors.b.send({ type: 'preset.choose', name: setup.compare.preset });
      for (const edit of setup.compare.edits ?? []) editors.b.send(edit);
    } else {
      const { scenario, title } = setup.compare.scenario;
      editors.b.send({ type: 'scenario.load', scenario, title });
    }
    check('b');
    compare.send({ type: 'compare.start' });
  }
  if (setup.shown) compare.send({ type: 'compare.show', side: setup.shown });
  const comparing = compare.getSnapshot().matches('on');
  const durations = [editors.a, ...(comparing ? [editors.b] : [])].map(
    (e) => e.getSnapshot().context.scenario.durationDays,
  );
  clock.send({ type: 'duration', durationDays: Math.max(...durations) });
  if (setup.tDays !== undefined) clock.send({ type: 'scrub', tDays: setup.tDays });
  if (setup.play === true) clock.send({ type: 'play' });
  else if (setup.play === false || setup.tDays !== undefined) clock.send({ type: 'pause' });
  if (setup.highlight !== undefined) targets.select(setup.highlight);
  if (setup.chart) targets.showChart(setup.chart);
  return problem;
}

/** The simulation as it stands, as a setup that restores it (a lecturer's "add this scene"). */
export function captureSetup(targets: SetupTargets): SimSetup {
  const { session, editors, clock } = targets;
  const { state } = session;
  const chart = targets.chartShown();
  return {
    scenario: { title: session.title('a'), scenario: editors.a.getSnapshot().context.scenario },
    compare: state.comparing
      ? { scenario: { title: session.title('b'), scenario: editors.b.getSnapshot().context.scenario } }
      : null,
    ...(state.comparing ? { shown: state.shown } : {}),
    tDays: Math.round(clock.getSnapshot().context.tDays * 100) / 100,
    highlight: targets.selected(),
    ...(chart ? { chart } : {}),
  };
}
