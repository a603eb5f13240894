import type { SceneRegionId, Snapshot } from '../../model';
import type { ChartSeriesInput, ScrubbableChartView } from '../../charts/view';
import { watchReducedMotion } from '../kit/motion';
import type { PreferencesActor } from '../kit/theme-picker';

export interface ChartsHost {
  setResults(a: ChartSeriesInput, b?: ChartSeriesInput): void;
  show(snapshot: Snapshot): void;
  destroy(): void;
}

/**
 * Puts the charts (any view of the chart interface) into the charts region and keeps them in step with theme
 * and motion; each chart sizes itself to the box the page layout gives its plot (ChartFrame). Scrubbing a chart's cursor and selecting a mechanism are passed to the app.
 */
export async function hostCharts(
  region: HTMLElement,
  view: ScrubbableChartView,
  preferences: PreferencesActor,
  on: { scrub: (tDays: number) => void; select: (id: SceneRegionId) => void },
): Promise<ChartsHost> {
  const window = region.ownerDocument.defaultView ?? globalThis.window;
  region.replaceChildren();
  region.classList.add('has-charts');
  await view.mount(region);
  view.setTheme(preferences.getSnapshot().context.theme);
  let theme = preferences.getSnapshot().context.theme;
  const themeSubscription = preferences.subscribe(({ context }) => {
    if (context.theme === theme) return;
    theme = context.theme;
    // Type sizes change with the theme: re-measure once the new tokens apply.
    window.requestAnimationFrame(() => view.setTheme(theme));
  });
  const unwatchMotion = watchReducedMotion(preferences, window, (reduced) => view.setReducedMotion(reduced));
  const unscrub = view.onScrub(on.scrub);
  const unselect = view.onSelect(on.select);
  return {
    setResults: (a, b) => view.setResults(a, b),
    show: (snapshot) => view.update(snapshot),
    destroy() {
      themeSubscription.unsubscribe();
      unwatchMotion();
      unscrub();
      unselect();
      view.destroy();
    },
  };
}
