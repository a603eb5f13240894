/**
 * An ARIA tabs widget (WAI-ARIA Authoring Practices, "Tabs with automatic activation"): arrow keys move
 * between tabs and show the tab's panel, Home/End go to the ends, and only the selected tab is in the
 * tab order.
 */
export interface Tabs<K extends string> {
  readonly list: HTMLElement;
  select(key: K, focus?: boolean): void;
  readonly selected: K;
}

export function createTabs<K extends string>(
  label: string,
  tabs: readonly { key: K; label: string; panel: HTMLElement }[],
  onChange: (key: K) => void,
): Tabs<K> {
  const list = document.createElement('div');
  list.className = 'oc-tablist';
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', label);
  const buttons = tabs.map((t, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'oc-tab';
    b.setAttribute('role', 'tab');
    b.id = `${t.panel.id}-tab`;
    b.setAttribute('aria-controls', t.panel.id);
    b.textContent = t.label;
    t.panel.setAttribute('role', 'tabpanel');
    t.panel.setAttribute('aria-labelledby', b.id);
    b.addEventListener('click', () => state.select(t.key, true));
    b.addEventListener('keydown', (e) => {
      const n = tabs.length;
      const to = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      const next = tabs[to];
      if (next) state.select(next.key, true);
    });
    list.append(b);
    return b;
  });
  let selected = tabs[0]?.key as K;
  const state: Tabs<K> = {
    list,
    get selected() {
      return selected;
    },
    select(key, focus = false) {
      selected = key;
      tabs.forEach((t, i) => {
        const on = t.key === key;
        const b = buttons[i];
        b?.setAttribute('aria-selected', String(on));
        b?.setAttribute('tabindex', on ? '0' : '-1');
        t.panel.hidden = !on;
        if (on && focus) b?.focus();
      });
      onChange(key);
    },
  };
  return state;
}
