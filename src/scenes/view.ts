import type { ThemeId } from '../content/themes';
import type { SceneRegionId, Snapshot } from '../model';

/**
 * The view interface of architecture.md ("Views are replaceable"). The UI hosts any object of this shape, so
 * DOM tests pass a fake and only the real pixi view needs a browser.
 */
export interface PathwayView {
  mount(host: HTMLElement): Promise<void>;
  update(snapshot: Snapshot): void;
  setTheme(theme: ThemeId): void;
  setReducedMotion(on: boolean): void;
  resize(width: number, height: number): void;
  highlight(region: SceneRegionId | null): void;
  onSelect(callback: (region: SceneRegionId) => void): () => void;
  destroy(): void;
}
