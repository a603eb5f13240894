import type { SceneRegionId, Snapshot } from '../../model';
import type { PathwayView, SceneRun } from '../../scenes/view';
import { el } from '../kit/dom';
import type { MechanismCard } from './mechanism-card';
import { watchReducedMotion } from '../kit/motion';
import { watchCovers } from '../kit/covers';
import type { PreferencesActor } from '../kit/theme-picker';

export interface SceneHost {
  /** Draws a new moment of the simulation, of a run of this subject and length (a rat's pathway for a rat). */
  show(snapshot: Snapshot, run?: SceneRun): void;
  /** The pain at that moment in the run before the learner's last change (the pain meter's tick), or null. */
  showBefore(painScore: number | null): void;
  /**
   * Highlights a mechanism and shows its explanation, as when the learner chooses it in the scene (the first
   * time, once the explanation's module has loaded); with `moveFocus` false (a lesson step or lecture scene
   * shows it), the keyboard focus stays where it is.
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
  region.replaceChildren(viewHost);
  await view.mount(viewHost);
  view.setTheme(preferences.getSnapshot().context.theme);

  // The explanation (its module, the mechanisms' long texts and the references) loads when a mechanism is
  // first chosen, not with the first screen; until then a selection waits for it, and the latest snapshot is
  // kept for it. The card goes in after the view, where it always was; it is hidden until shown.
  let card: MechanismCard | null = null;
  let loading: Promise<MechanismCard> | null = null;
  let waiting: { readonly id: SceneRegionId; readonly moveFocus: boolean } | null = null;
  let latest: Snapshot | null = null;
  let destroyed = false;
  const loadCard = () =>
    (loading ??= import('./mechanism-card').then(({ createMechanismCard }) => {
      const created = createMechanismCard(() => {
        view.highlight(null);
        onSelected(null);
      }, openGlossary);
      if (latest) created.update(latest);
      if (!destroyed) region.append(created.element);
      card = created;
      return created;
    }));

  const select = (id: SceneRegionId, moveFocus = true) => {
    view.highlight(id);
    if (card) card.show(id, moveFocus);
    else {
      waiting = { id, moveFocus };
      void loadCard().then((loaded) => {
        if (!waiting || destroyed) return;
        loaded.show(waiting.id, waiting.moveFocus);
        waiting = null;
      });
    }
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
  // Behind the Experiments or the cohort view the scene is out of sight: it stops animating until they close.
  const unwatchCovers = watchCovers(region.ownerDocument, (covered) => view.setPaused(covered));

  return {
    show: (snapshot, run) => {
      view.update(snapshot, run);
      latest = snapshot;
      card?.update(snapshot);
    },
    showBefore: (painScore) => view.showBefore(painScore),
    select,
    deselect() {
      view.highlight(null);
      waiting = null;
      if (card?.shown) card.hide();
      onSelected(null);
    },
    destroy() {
      destroyed = true;
      unselect();
      themeSubscription.unsubscribe();
      unwatchMotion();
      unwatchCovers();
      view.destroy();
      region.replaceChildren();
    },
  };
}
