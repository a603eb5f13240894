import { el } from './dom';

/**
 * ARIA tabs for the controls (WAI-ARIA Authoring Practices, "Tabs with automatic activation"), vertical
 * where there is room: arrow keys of either axis move between tabs, Home/End go to the ends, and only the
 * selected tab is in the tab order. The charts keep their own horizontal tabs (they may not import the UI).
 */
export interface ControlTabs<K extends string> {
  readonly list: HTMLElement;
  readonly selected: K;
  select(key: K, focus?: boolean): void;
}

const MOVES: Readonly<Record<string, 1 | -1>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

export function controlTabs<K extends string>(
  idPrefix: string,
  label: string,
  tabs: readonly { readonly key: K; readonly label: string; readonly panel: HTMLElement }[],
): ControlTabs<K> {
  const list = el('div', { class: 'control-tablist', role: 'tablist', 'aria-label': label });
  const buttons = tabs.map(({ key, label: text, panel }, i) => {
    panel.id = `${idPrefix}-${key}`;
    const button = el(
      'button',
      { type: 'button', role: 'tab', class: 'control-tab', id: `${panel.id}-tab`, 'aria-controls': panel.id },
      text,
    );
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', button.id);
    button.addEventListener('click', () => api.select(key, true));
    button.addEventListener('keydown', (event) => {
      const n = tabs.length;
      const move = MOVES[event.key];
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
  const api: ControlTabs<K> = {
    list,
    get selected() {
      return selected;
    },
    select(key, focus = false) {
      selected = key;
      tabs.forEach((tab, i) => {
        const on = tab.key === key;
        buttons[i]?.setAttribute('aria-selected', String(on));
        buttons[i]?.setAttribute('tabindex', on ? '0' : '-1');
        tab.panel.hidden = !on;
        if (on && focus) buttons[i]?.focus();
      });
    },
  };
  api.select(selected);
  return api;
}
