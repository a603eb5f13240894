// @vitest-environment happy-dom
import { getByRole, getByText, queryByRole, within } from '@testing-library/dom';
import { createActor } from 'xstate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { preferencesMachine } from '../../src/app/preferences';
import { mountShell, type Shell } from '../../src/ui/shell';

let root: HTMLElement;
let shell: Shell;
let saved: unknown[];

beforeEach(() => {
  saved = [];
  root = document.createElement('div');
  document.body.append(root);
  const preferences = createActor(preferencesMachine, {
    input: { saved: null, save: (p) => saved.push(p) },
  }).start();
  shell = mountShell(root, preferences);
});

afterEach(() => {
  shell.destroy();
  root.remove();
});

describe('app shell', () => {
  it('has banner, main and contentinfo landmarks and names the product', () => {
    expect(getByRole(root, 'banner')).toBeTruthy();
    expect(getByRole(root, 'main')).toBeTruthy();
    expect(getByRole(root, 'contentinfo')).toBeTruthy();
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Opioid Paradox Lab');
  });

  it('shows the education notice in the header', () => {
    const banner = getByRole(root, 'banner');
    expect(getByText(banner, 'For education — not for dosing decisions')).toBeTruthy();
  });

  it('has a named region for the scene, the charts and the controls, each with a body to mount a view in', () => {
    const main = getByRole(root, 'main');
    for (const [id, name] of [
      ['scene', 'Pain pathway'],
      ['charts', 'Dose–response and time course'],
      ['controls', 'Scenario'],
    ] as const) {
      const region = within(main).getByRole('region', { name });
      expect(region.contains(shell.regions[id])).toBe(true);
    }
  });

  it('says in one line what will appear in each region that is not built yet', () => {
    for (const body of Object.values(shell.regions)) {
      const lines = body.querySelectorAll('.upcoming p');
      expect(lines).toHaveLength(1);
      expect(lines[0]?.textContent).toMatch(/^Coming next: .{40,}\.$/);
    }
  });

  it('switches the theme on the document root from the labelled picker and saves it', () => {
    const select = getByRole(root, 'combobox', { name: 'Theme' }) as HTMLSelectElement;
    expect(document.documentElement.dataset['theme']).toBe('default');
    select.value = 'high-contrast';
    select.dispatchEvent(new Event('change'));
    expect(document.documentElement.dataset['theme']).toBe('high-contrast');
    expect(saved).toEqual([{ theme: 'high-contrast', motion: 'system' }]);
  });

  it('offers exactly the three themes', () => {
    const select = getByRole(root, 'combobox', { name: 'Theme' }) as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.text])).toEqual([
      ['default', 'Default'],
      ['projector', 'Projector'],
      ['high-contrast', 'High contrast'],
    ]);
  });

  it('opens the About dialog with what the app is, its sources and license, and closes it', () => {
    getByRole(root, 'button', { name: 'About' }).click();
    const dialog = getByRole(root, 'dialog', { name: 'About Opioid Paradox Lab' });
    expect(dialog.textContent).toContain('opioid-induced hyperalgesia');
    expect(dialog.textContent).toContain('never outputs a dose for a real patient');
    expect(within(dialog).getByRole('heading', { name: 'Sources' })).toBeTruthy();
    expect(within(dialog).getAllByRole('listitem').length).toBeGreaterThanOrEqual(5);
    expect(dialog.textContent).toContain('MIT License');
    within(dialog).getByRole('button', { name: 'Close' }).click();
    expect(queryByRole(root, 'dialog')).toBeNull();
  });
});
