import { levelSentence, mechanismText, toleranceSentence } from '../../content/mechanisms';
import { appStrings } from '../../content/strings';
import type { SceneRegionId, Snapshot } from '../../model';
import { el } from '../kit/dom';

export interface LevelReadout {
  readonly element: HTMLElement;
  /** Shows the level and trend of `id` at `snapshot`, or that there is none yet. */
  render(id: SceneRegionId, snapshot: Snapshot | null): void;
}

/**
 * "Now in this simulation": the level as a percent, in words and with its trend, over a bar whose length
 * shows the level. The words carry the meaning (the bar is hidden from screen readers); there is no live
 * region, because the level changes on every frame while the clock plays.
 */
export function createLevelReadout(): LevelReadout {
  const text = el('p', { class: 'mechanism-level-text' });
  const fill = el('span', { class: 'mechanism-meter-fill' });
  const meter = el('span', { class: 'mechanism-meter', 'aria-hidden': 'true' }, fill);
  const element = el(
    'div',
    { class: 'mechanism-now' },
    el('h4', { class: 'mechanism-section-title' }, appStrings.mechanismNow),
    text,
    meter,
  );
  // Written only when the rounded words change, so a playing clock does not rewrite the DOM every frame.
  let shownText = '';
  let shownWidth = '';
  const write = (words: string, level: number | null) => {
    if (words !== shownText) text.textContent = shownText = words;
    meter.hidden = level === null;
    const width = `${Math.round(Math.min(1, Math.max(0, level ?? 0)) * 100)}%`;
    if (width !== shownWidth) fill.style.width = shownWidth = width;
  };
  return {
    element,
    render(id, snapshot) {
      if (!snapshot) return write(appStrings.mechanismNotYet, null);
      if (id === 'tolerance') {
        const { fold, level, trendPerDay } = snapshot.tolerance;
        return write(toleranceSentence(fold, level, trendPerDay), level);
      }
      if (snapshot.knockedOut.includes(id)) {
        return write(`${appStrings.mechanismKnockedOut}: ${mechanismText[id].removedLabel}`, 0);
      }
      const { level, trendPerDay } = snapshot.mechanisms[id];
      write(levelSentence(level, trendPerDay), level);
    },
  };
}
