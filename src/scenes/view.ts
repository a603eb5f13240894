import type { Snapshot } from '../model';

/** Ids of the regions a learner can point at: the five mechanisms and the µ-receptors (tolerance). */
export type SceneRegionId = 'nmda' | 'rvm' | 'glia' | 'dynorphin' | 'hcn2' | 'tolerance';

export type ThemeName = 'default' | 'projector' | 'high-contrast';

/**
 * The view interface of architecture.md ("Views are replaceable"). The UI hosts any object of this shape, so
 * DOM tests pass a fake and only the real pixi view needs a browser.
 */
export interface PathwayView {
  mount(host: HTMLElement): Promise<void>;
  update(snapshot: Snapshot): void;
  setTheme(theme: ThemeName): void;
  setReducedMotion(on: boolean): void;
  resize(width: number, height: number): void;
  highlight(region: SceneRegionId | null): void;
  onSelect(callback: (region: SceneRegionId) => void): () => void;
  destroy(): void;
}
