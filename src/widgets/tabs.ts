/**
 * ARIA tabs (WAI-ARIA Authoring Practices, "Tabs with automatic activation"): arrow keys move between tabs and
 * show the tab's panel, Home/End go to the ends, and only the selected tab is in the tab order. One component
 * for the charts panel (horizontal) and the controls (vertical where there is room), each with its own look.
 */
export interface Tabs<K extends string> {
  readonly list: HTMLElement;
  readonly selected: K;
  select(key: K, focus?: boolean): void;
}

export interface TabsOptions<K extends string> {
  /** Each panel gets the id `${idPrefix}-${key}` and its tab `${idPrefix}-${key}-tab`. */
  readonly idPrefix: string;
  /** The tab list's accessible name. */
  readonly label: string;
  readonly tabs: readonly { readonly key: K; readonly label: string; readonly panel: HTMLElement }[];
  /** The list is `${classPrefix}-tablist` and each tab `${classPrefix}-tab`: the stylesheet of the host. */
  readonly classPrefix: string;
  /**
   * 'horizontal': Left and Right move. 'both': the stylesheet lays the list out either way (vertical where
   * there is room), so the arrows of both axes move.
   */
  readonly arrows: 'horizontal' | 'both';
  /** Called on every selection, by the learner or by select(); not for the first tab chosen at creation. */
  readonly onChange?: (key: K) => void;
}

const MOVES: Readonly<Record<TabsOptions<string>['arrows'], Readonly<Record<string, 1 | -1>>>> = {
  horizontal: { ArrowRight: 1, ArrowLeft: -1 },
  both: { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 },
};

export function createTabs<K extends string>(options: TabsOptions<K>): Tabs<K> {
  const { idPrefix, label, tabs, classPrefix, onChange } = options;
  const moves = MOVES[options.arrows];
  const list = document.createElement('div');
  list.className = `${classPrefix}-tablist`;
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', label);
  const buttons = tabs.map(({ key, label: text, panel }, i) => {
    panel.id = `${idPrefix}-${key}`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `${classPrefix}-tab`;
    button.setAttribute('role', 'tab');
    button.id = `${panel.id}-tab`;
    button.setAttribute('aria-controls', panel.id);
    button.textContent = text;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', button.id);
    button.addEventListener('click', () => api.select(key, true));
    button.addEventListener('keydown', (event) => {
      const n = tabs.length;
      const move = moves[event.key];
      const to =
        move !== undefined ? (i + move + n) % n : event.key === 'Home' ? 0 : event.key === 'End' ? n - 1 : -1;
      const next = tabs[to];
      if (!next) return;
      event.preventDefault();
      api.select(next.key, true);
    });
    list.append(button);
    return button;
  });
  let selected = tabs[0]?.key as K;
  const show = (key: K, focus: boolean) => {
    selected = key;
    tabs.forEach((tab, i) => {
      const on = tab.key === key;
      buttons[i]?.setAttribute('aria-selected', String(on));
      buttons[i]?.setAttribute('tabindex', on ? '0' : '-1');
      tab.panel.hidden = !on;
      if (on && focus) buttons[i]?.focus();
    });
  };
  const api: Tabs<K> = {
    list,
    get selected() {
      return selected;
    },
    select(key, focus = false) {
      show(key, focus);
      onChange?.(key);
    },
  };
  show(selected, false);
  return api;
}
