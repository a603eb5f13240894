import type { Side } from '../../app/compare';
import { controlWords as w } from '../../content/controls';
import { createTabs } from '../../widgets/tabs';
import { addonsTab } from './addons-tab';
import { createClockControls } from './clock-controls';
import { compareTab } from './compare-tab';
import type { ControlsDeps, ControlTab } from './controls-deps';
import { el } from '../kit/dom';
import { dosingTab } from './dosing-tab';
import { button } from './fields';
import { mechanismsTab } from './mechanisms-tab';
import { patientTab } from './patient-tab';
import { scenarioTab } from './scenario-tab';

export interface ControlsPanel {
  readonly element: HTMLElement;
  /** Brings every control up to date (a new scenario, result or time). */
  refresh(): void;
  /** Shows one tab (lessons point the learner at a control). */
  showTab(tab: ControlTabId): void;
  destroy(): void;
}

export type ControlTabId = keyof typeof w.tabs;

/**
 * The controls region: a transport bar (clock, Reset All, Copy link, full screen, show/hide the editor), the
 * scenario editor in tabs, and the live summary of what changed (aria-live, polite).
 */
export function createControlsPanel(
  deps: ControlsDeps,
  extras: {
    readonly copyLink: HTMLElement;
    readonly compare: { send(event: { type: 'compare.show' | 'compare.edit'; side: Side }): void };
    readonly fullScreen: () => void;
    /** Start with the editor folded away (a wide but short screen); the tabs and the toggle open it. */
    readonly startFolded?: boolean;
  },
): ControlsPanel {
  const tabs: Record<ControlTabId, DeferredTab> = {
    scenario: deferredTab('scenario', () => scenarioTab(deps)),
    dosing: deferredTab('dosing', () => dosingTab(deps)),
    addons: deferredTab('addons', () => addonsTab(deps)),
    mechanisms: deferredTab('mechanisms', () => mechanismsTab(deps)),
    patient: deferredTab('patient', () => patientTab(deps)),
    compare: deferredTab('compare', () => compareTab(deps, extras.compare)),
  };
  const keys = Object.keys(tabs) as ControlTabId[];
  const switcher = createTabs({
    idPrefix: 'controls',
    label: w.panelLabel,
    tabs: keys.map((key) => ({ key, label: w.tabs[key], panel: tabs[key].panel })),
    classPrefix: 'control',
    arrows: 'both',
    onChange: (key) => tabs[key].build(),
  });
  const stopBuilding = buildInTurn(tabs, switcher.selected);
  const editor = el(
    'div',
    { class: 'controls-editor', id: 'controls-editor' },
    el('div', { class: 'control-panels' }, ...keys.map((k) => tabs[k].panel)),
  );
  const toggle = el(
    'button',
    { type: 'button', class: 'controls-toggle', 'aria-expanded': 'true', 'aria-controls': editor.id },
    w.hideEditor,
  );
  const showEditor = (on: boolean) => {
    editor.hidden = !on;
    toggle.setAttribute('aria-expanded', String(on));
    toggle.textContent = on ? w.hideEditor : w.showEditor;
  };
  toggle.addEventListener('click', () => showEditor(Boolean(editor.hidden)));
  // Choosing a tab opens the editor if it was hidden.
  switcher.list.addEventListener('click', () => showEditor(true));
  switcher.list.addEventListener('keydown', (event) => {
    if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(event.key))
      showEditor(true);
  });
  // On a short projector screen the editor starts folded away, so the scene keeps its height.
  showEditor(!extras.startFolded);
  const summary = el('p', {
    class: 'live-summary',
    role: 'status',
    'aria-live': 'polite',
    'aria-atomic': 'true',
  });
  const element = el(
    'div',
    { class: 'controls-layout' },
    el('div', { class: 'transport' }, createClockControls(deps.clock)),
    el(
      'div',
      { class: 'editor-bar' },
      switcher.list,
      el(
        'div',
        { class: 'transport-tools' },
        button(w.resetAll, () => deps.session.resetAll(), {
          title: w.resetAllHint,
          'aria-keyshortcuts': 'R',
        }),
        extras.copyLink,
        button(w.fullScreen, extras.fullScreen, { 'aria-keyshortcuts': 'F' }),
        toggle,
      ),
    ),
    editor,
    summary,
  );
  const refresh = () => {
    for (const key of keys) tabs[key].refresh();
    if (summary.textContent !== deps.session.state.summary) summary.textContent = deps.session.state.summary;
  };
  const off = deps.session.subscribe(refresh);
  // The time changes the "now" lines (the dose now, which add-ons run now): redraw them once per model day,
  // not on every frame of playback.
  let shownDay = Math.floor(deps.clock.getSnapshot().context.tDays);
  let playing = false;
  const clockSub = deps.clock.subscribe((snapshot) => {
    const { context } = snapshot;
    // The summary follows the clock: while it plays, screen readers wait for the words it stops on.
    if (snapshot.matches('playing') !== playing) {
      playing = !playing;
      summary.setAttribute('aria-busy', String(playing));
    }
    const day = Math.floor(context.tDays);
    if (day === shownDay) return;
    shownDay = day;
    tabs.dosing.refresh();
    tabs.addons.refresh();
  });
  return {
    element,
    refresh,
    showTab: (tab) => {
      switcher.select(tab);
      showEditor(true);
    },
    destroy() {
      stopBuilding();
      off();
      clockSub.unsubscribe();
      element.remove();
    },
  };
}

/**
 * The first tab is built now; the others when they are first shown or, before that, one per idle task once
 * the page is up (step 14: the page's first task builds only what it shows). Returns a function that stops.
 */
function buildInTurn(tabs: Record<ControlTabId, DeferredTab>, first: ControlTabId): () => void {
  tabs[first].build();
  const rest = (Object.keys(tabs) as ControlTabId[]).filter((key) => !tabs[key].built);
  let stopped = false;
  const later = (step: () => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(step, { timeout: 2000 })
      : setTimeout(step, 50);
  const buildNext = () => {
    const key = rest.shift();
    if (stopped || !key) return;
    tabs[key].build();
    later(buildNext);
  };
  later(buildNext);
  return () => {
    stopped = true;
  };
}

interface DeferredTab extends ControlTab {
  readonly built: boolean;
  build(): void;
}

/**
 * A tab whose controls are made on demand: its panel (the tab list's target, with the tab's class) is there
 * from the start, and `build()` fills it with the tab's own controls; `refresh` waits for them.
 */
function deferredTab(key: ControlTabId, make: () => ControlTab): DeferredTab {
  const panel = el('div', { class: `control-panel ${key}-tab` });
  let tab: ControlTab | null = null;
  return {
    panel,
    get built() {
      return tab !== null;
    },
    build() {
      if (tab) return;
      tab = make();
      panel.replaceChildren(...tab.panel.childNodes);
    },
    refresh: () => tab?.refresh(),
  };
}
