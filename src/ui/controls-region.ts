import { appStrings, regionText } from '../content/strings';
import { el } from './dom';

/** The scenario being shown, the clock controls, and a line on the controls still to come. */
export function showScenarioSummary(
  region: HTMLElement,
  scenario: { readonly name: string; readonly description: string },
  clockControls: HTMLElement,
): void {
  region.replaceChildren(
    el(
      'div',
      { class: 'controls-stack' },
      el(
        'div',
        { class: 'scenario-summary' },
        el('h3', { id: 'scenario-name' }, `${appStrings.scenarioLabel} ${scenario.name}`),
        el('p', {}, scenario.description),
      ),
      clockControls,
      el('p', { class: 'upcoming-inline' }, regionText.controls.upcoming),
    ),
  );
}

/** If the simulation cannot start, say so in plain words where the scene would be; the rest keeps working. */
export function showStartupError(region: HTMLElement, error: unknown): void {
  console.error(error);
  region.replaceChildren(
    el(
      'p',
      { class: 'startup-error', role: 'alert' },
      appStrings.startupError,
      ' ',
      String(error instanceof Error ? error.message : error),
    ),
  );
}
