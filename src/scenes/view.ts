import type { ThemeId } from '../content/themes';
import type { Scenario, SceneRegionId, Snapshot } from '../model';

/**
 * What the scene needs of the run besides its moment (a Snapshot has neither): whose pathway it is, a
 * patient's or a rat's, and how long the run lasts, which sets whether its time is told in weeks, days or hours.
 */
export interface SceneRun {
  readonly subject: Scenario['subject'];
  readonly durationDays: number;
}

/**
 * The view interface of architecture.md ("Views are replaceable"). The UI hosts any object of this shape, so
 * DOM tests pass a fake and only the real pixi view needs a browser.
 */
export interface PathwayView {
  mount(host: HTMLElement): Promise<void>;
  /** Draws a moment of a run; without `run`, a patient's run told in weeks. */
  update(snapshot: Snapshot, run?: SceneRun): void;
  /**
   * The pain felt in the run before the learner's last change, at the time now shown, or null (no change yet,
   * or compare mode): the pain meter marks it with a tick.
   */
  showBefore(painScore: number | null): void;
  setTheme(theme: ThemeId): void;
  setReducedMotion(on: boolean): void;
  /**
   * Stops the animation (no frame is drawn) while the scene is out of sight behind a view that covers the
   * workspace, and starts it again: what changed meanwhile is drawn on the first frame after.
   */
  setPaused(paused: boolean): void;
  resize(width: number, height: number): void;
  highlight(region: SceneRegionId | null): void;
  onSelect(callback: (region: SceneRegionId) => void): () => void;
  destroy(): void;
}
