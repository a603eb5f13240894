// @vitest-environment happy-dom
import { findByRole, getByRole, getByText, queryByRole, within } from '@testing-library/dom';
import { createActor } from 'xstate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { preferencesMachine } from '../../../src/app/preferences';
import { mountShell, type Shell } from '../../../src/ui/shell/shell';
import { headerMarkup } from '../../../src/ui/shell/header-markup';

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

  it('says in each region, as a status, that its view is loading (no placeholder for a missing feature)', () => {
    for (const body of Object.values(shell.regions)) {
      const status = within(body).getByRole('status');
      expect(status.textContent).toMatch(/^(Loading|Computing) the .+…$/);
    }
    expect(root.textContent).not.toMatch(/Coming next/);
  });

  it('switches the theme on the document root from the Display dialog and saves it', () => {
    getByRole(root, 'button', { name: 'Display' }).click();
    const dialog = getByRole(root, 'dialog', { name: 'Display settings' });
    expect(document.documentElement.dataset['theme']).toBe('default');
    within(dialog).getByRole('radio', { name: 'High contrast' }).click();
    expect(document.documentElement.dataset['theme']).toBe('high-contrast');
    expect(saved).toEqual([{ theme: 'high-contrast', motion: 'system' }]);
  });

  it('offers exactly the three themes, in a labelled group', () => {
    getByRole(root, 'button', { name: 'Display' }).click();
    const group = getByRole(root, 'group', { name: 'Theme' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).value),
    ).toEqual(['default', 'projector', 'high-contrast']);
    expect((within(group).getByRole('radio', { name: 'Default' }) as HTMLInputElement).checked).toBe(true);
  });

  it('sets the motion preference and mirrors it on the document root', () => {
    getByRole(root, 'button', { name: 'Display' }).click();
    const group = getByRole(root, 'group', { name: 'Motion' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).value),
    ).toEqual(['system', 'reduce', 'full']);
    within(group)
      .getByRole('radio', { name: /^Reduced/ })
      .click();
    expect(document.documentElement.dataset['motion']).toBe('reduce');
    within(group)
      .getByRole('radio', { name: /^Follow the system/ })
      .click();
    expect(document.documentElement.dataset['motion']).toBeUndefined();
  });

  it('opens the About dialog (loaded on the first open) with what the app is, its sources and license, and closes it', async () => {
    expect(queryByRole(root, 'dialog', { hidden: true, name: 'About Opioid Paradox Lab' })).toBeNull();
    getByRole(root, 'button', { name: 'About' }).click();
    const dialog = await findByRole(root, 'dialog', { name: 'About Opioid Paradox Lab' });
    expect(dialog.textContent).toContain('opioid-induced hyperalgesia');
    expect(dialog.textContent).toContain('never outputs a dose for a real patient');
    expect(within(dialog).getByRole('heading', { name: 'Sources' })).toBeTruthy();
    expect(within(dialog).getAllByRole('listitem').length).toBeGreaterThanOrEqual(5);
    expect(dialog.textContent).toContain('MIT License');
    within(dialog).getByRole('button', { name: 'Close' }).click();
    expect(queryByRole(root, 'dialog')).toBeNull();
  });
});

describe('tearing the shell down', () => {
  it('stops following the preferences actor', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const preferences = createActor(preferencesMachine, { input: { saved: null } }).start();
    const shell = mountShell(root, preferences);
    const radio = root.querySelector<HTMLInputElement>('input[name="theme"][value="projector"]')!;
    shell.destroy();
    preferences.send({ type: 'theme.set', theme: 'projector' });
    expect(radio.checked).toBe(false);
    root.remove();
  });
});

describe('app shell over the header index.html already shows', () => {
  it('keeps the painted skip link and header (the same elements, in place), fills in the buttons and drops the noscript note', () => {
    const page = document.createElement('div');
    page.innerHTML = `${headerMarkup()}<noscript>needs JavaScript</noscript>`;
    document.body.append(page);
    const [skip, header] = [...page.children];
    const preferences = createActor(preferencesMachine, {
      input: { saved: null, save: () => undefined },
    }).start();
    const mounted = mountShell(page, preferences);
    try {
      expect(page.children[0]).toBe(skip);
      expect(page.children[1]).toBe(header);
      expect(getByRole(page, 'banner')).toBe(header);
      expect(page.querySelectorAll('header').length).toBe(1);
      expect(page.querySelector('noscript')).toBeNull();
      expect(within(header as HTMLElement).getByRole('button', { name: 'Lessons' })).toBeTruthy();
      expect(page.children[2]?.matches('main#workspace')).toBe(true);
    } finally {
      mounted.destroy();
      page.remove();
    }
  });
});
