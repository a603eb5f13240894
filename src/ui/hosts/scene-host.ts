import type { SceneRegionId, Snapshot } from '../../model';
import type { PathwayView } from '../../scenes/view';
import { el } from '../kit/dom';
import { createMechanismCard } from './mechanism-card';
import { watchReducedMotion } from '../kit/motion';
import type { PreferencesActor } from '../kit/theme-picker';

export interface SceneHost {
  /** Draws a new moment of the simulation. */
  show(snapshot: Snapshot): void;
  /** The pain at that moment in the run before the learner's last change (the pain meter's tick), or null. */
  showBefore(painScore: number | null): void;
  /**
   * Highlights a mechanism and shows its explanation, as when the learner chooses it in the scene; with
   * `moveFocus` false (a lesson step or lecture scene shows it), the keyboard focus stays where it is.
   */
  select(id: SceneRegionId, moveFocus?: boolean): void;
  /** Clears the highlight and closes the explanation. */
  deselect(): void;
  destroy(): void;
}

/**
 * Puts a pathway view (the pixi scene, or a fake in DOM tests) into the scene region, keeps it in step with
 * the theme and motion preferences, and shows a mechanism's explanation when the learner selects it.
 */
export async function hostScene(
  region: HTMLElement,
  view: PathwayView,
  preferences: PreferencesActor,
  onSelected: (id: SceneRegionId | null) => void = () => undefined,
  openGlossary?: (term: string) => void,
): Promise<SceneHost> {
  const window = region.ownerDocument.defaultView ?? globalThis.window;
  const viewHost = el('div', { class: 'scene-view' });
  const card = createMechanismCard(() => {
    view.highlight(null);
    onSelected(null);
  }, openGlossary);
  region.replaceChildren(viewHost, card.element);
  await view.mount(viewHost);
  view.setTheme(preferences.getSnapshot().context.theme);

  const select = (id: SceneRegionId, moveFocus = true) => {
    view.highlight(id);
    card.show(id, moveFocus);
    onSelected(id);
  };
  const unselect = view.onSelect((id) => select(id));
  let theme = preferences.getSnapshot().context.theme;
  const themeSubscription = preferences.subscribe(({ context }) => {
    if (context.theme === theme) return;
    theme = context.theme;
    // The new theme's tokens are applied to the document in the same turn; read them on the next frame.
    window.requestAnimationFrame(() => view.setTheme(theme));
  });
  const unwatchMotion = watchReducedMotion(preferences, window, (reduced) => view.setReducedMotion(reduced));

  return {
    show: (snapshot) => {
      view.update(snapshot);
      card.update(snapshot);
    },
    showBefore: (painScore) => view.showBefore(painScore),
    select,
    deselect() {
      view.highlight(null);
      if (card.shown) card.hide();
      onSelected(null);
    },
    destroy() {
      unselect();
      themeSubscription.unsubscribe();
      unwatchMotion();
      view.destroy();
      region.replaceChildren();
    },
  };
}
