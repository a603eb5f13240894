// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createTabs, type TabsOptions } from '../../src/widgets/tabs';

afterEach(() => document.body.replaceChildren());

function mount(arrows: TabsOptions<string>['arrows'], changes: string[] = []) {
  const panels = ['one', 'two', 'three'].map(() => document.createElement('div'));
  const tabs = createTabs({
    idPrefix: 'test',
    label: 'Pick one',
    tabs: ['one', 'two', 'three'].map((key, i) => ({ key, label: key.toUpperCase(), panel: panels[i]! })),
    classPrefix: 'demo',
    arrows,
    onChange: (key) => changes.push(key),
  });
  document.body.append(tabs.list, ...panels);
  const buttons = [...tabs.list.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const press = (i: number, key: string) =>
    buttons[i]!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  return { tabs, panels, buttons, press };
}

describe('tabs', () => {
  it('names and links each tab to its panel, shows the first and leaves the rest out of the tab order', () => {
    const changes: string[] = [];
    const { tabs, panels, buttons } = mount('horizontal', changes);
    expect(tabs.list.className).toBe('demo-tablist');
    expect(tabs.list.getAttribute('aria-label')).toBe('Pick one');
    expect(buttons.map((b) => b.className)).toEqual(['demo-tab', 'demo-tab', 'demo-tab']);
    expect(panels.map((p) => p.id)).toEqual(['test-one', 'test-two', 'test-three']);
    expect(buttons.map((b) => b.getAttribute('aria-controls'))).toEqual(panels.map((p) => p.id));
    expect(panels.map((p) => p.getAttribute('aria-labelledby'))).toEqual(buttons.map((b) => b.id));
    expect(tabs.selected).toBe('one');
    expect(panels.map((p) => p.hidden)).toEqual([false, true, true]);
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    // The first tab is shown at creation without a change: nothing was chosen yet.
    expect(changes).toEqual([]);
  });

  it('moves with Left and Right (wrapping), Home and End, and reports each change', () => {
    const changes: string[] = [];
    const { tabs, buttons, press } = mount('horizontal', changes);
    press(0, 'ArrowLeft');
    expect(tabs.selected).toBe('three');
    expect(document.activeElement).toBe(buttons[2]);
    press(2, 'Home');
    press(0, 'ArrowRight');
    press(1, 'End');
    expect(changes).toEqual(['three', 'one', 'two', 'three']);
    // A horizontal list leaves Up and Down to the page.
    press(2, 'ArrowDown');
    expect(tabs.selected).toBe('three');
  });

  it('answers the arrows of both axes when the stylesheet may lay it out either way', () => {
    const { tabs, press } = mount('both');
    press(0, 'ArrowDown');
    expect(tabs.selected).toBe('two');
    press(1, 'ArrowUp');
    press(0, 'ArrowUp');
    expect(tabs.selected).toBe('three');
  });

  it('selects by key from code, moving focus only when asked', () => {
    const { tabs, panels, buttons } = mount('horizontal');
    tabs.select('two');
    expect(panels.map((p) => p.hidden)).toEqual([true, false, true]);
    expect(document.activeElement).not.toBe(buttons[1]);
    buttons[1]!.click();
    expect(document.activeElement).toBe(buttons[1]);
  });
});
