// @vitest-environment happy-dom
import { getByRole, queryAllByRole, within } from '@testing-library/dom';
import { createActor } from 'xstate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preferencesMachine } from '../../../src/app/preferences';
import { glossary } from '../../../src/content/glossary';
import { createGlossaryDialog, type GlossaryDialog } from '../../../src/ui/dialogs/glossary-dialog';
import { linkTerms } from '../../../src/ui/kit/glossary-links';
import { mountShell } from '../../../src/ui/shell/shell';

const REQUIRED = [
  'Allodynia',
  'Hyperalgesia',
  'Opioid-induced hyperalgesia (OIH)',
  'Tolerance',
  'MME',
  'EC50 / ED50',
  'RVM',
  'DRG',
  'NMDA receptor',
  'Dynorphin',
  'Glia',
  'HCN2 channel',
  'Central sensitization',
  'Descending facilitation',
  'Incomplete cross-tolerance',
  'Tapering',
  'Opioid rotation',
  'Withdrawal',
  'Adjuvant',
];

/** Renders linkTerms into a paragraph and records the terms its buttons open. */
function linked(text: string): { p: HTMLParagraphElement; opened: string[] } {
  const opened: string[] = [];
  const p = document.createElement('p');
  p.append(linkTerms(text, (term) => opened.push(term)));
  document.body.append(p);
  return { p, opened };
}

afterEach(() => document.body.replaceChildren());

describe('glossary links', () => {
  it('turns the first occurrence of each term into a button named "<term> — glossary", leaving the text unchanged', () => {
    const text = 'Allodynia is a sign of OIH; allodynia again, and the RVM.';
    const { p, opened } = linked(text);
    expect(p.textContent).toBe(text);
    const buttons = queryAllByRole(p, 'button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Allodynia — glossary',
      'OIH — glossary',
      'RVM — glossary',
    ]);
    expect(
      buttons.every((b) => b.getAttribute('type') === 'button' && b.classList.contains('term-link')),
    ).toBe(true);
    buttons[2]!.click();
    expect(opened).toEqual(['RVM']);
  });

  it('matches whole words only, in any case, and the longest name first', () => {
    const { p, opened } = linked(
      'Spinal NMDA receptors, GLIAL cells and glycine; cross-tolerance; tolerance.',
    );
    const names = queryAllByRole(p, 'button').map((b) => b.textContent);
    expect(names).toEqual(['NMDA receptors', 'GLIAL cells', 'cross-tolerance', 'tolerance']);
    for (const button of queryAllByRole(p, 'button')) button.click();
    expect(opened).toEqual(['NMDA receptor', 'Glia', 'Incomplete cross-tolerance', 'Tolerance']);
  });

  it('does not link an acronym written in lower case', () => {
    const { p } = linked('It acts on cells in the brainstem; the ON cells facilitate.');
    expect(queryAllByRole(p, 'button').map((b) => b.textContent)).toEqual(['ON cells']);
  });

  it('leaves a term linked by an earlier text of the same panel plain', () => {
    const seen = new Set<string>();
    const first = linkTerms('NMDA and glia', () => undefined, document, seen);
    const second = linkTerms('glia, NMDA and dynorphin', () => undefined, document, seen);
    expect(first.querySelectorAll('button')).toHaveLength(2);
    expect([...second.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['dynorphin']);
  });

  it('never parses HTML: markup in the text stays text', () => {
    const text = '<img src=x onerror=alert(1)> allodynia <b>bold</b>';
    const { p } = linked(text);
    expect(p.textContent).toBe(text);
    expect(p.querySelector('img, b')).toBeNull();
    expect(p.querySelectorAll('button')).toHaveLength(1);
  });

  it('returns plain text when there is no term', () => {
    const fragment = linkTerms('Nothing to see here.', () => undefined);
    expect(fragment.childNodes).toHaveLength(1);
    expect(fragment.firstChild?.nodeType).toBe(Node.TEXT_NODE);
  });
});

describe('glossary dialog', () => {
  let dialog: GlossaryDialog;
  let opener: HTMLButtonElement;

  beforeEach(() => {
    dialog = createGlossaryDialog();
    opener = document.createElement('button');
    opener.textContent = 'opener';
    document.body.append(opener, dialog.element);
  });

  const entries = () => [...dialog.element.querySelectorAll<HTMLElement>('.glossary-entry')];
  const visibleTerms = () =>
    entries()
      .filter((e) => !e.hidden)
      .map((e) => e.querySelector('dt')!.textContent);

  it('lists every term alphabetically as a definition list, including the required ones', () => {
    dialog.open(opener);
    const named = getByRole(document.body, 'dialog', { name: 'Glossary' });
    const terms = [...named.querySelectorAll('dl dt')].map((dt) => dt.textContent ?? '');
    expect(terms).toHaveLength(glossary.length);
    for (const term of REQUIRED) expect(terms).toContain(term);
    const sorted = [...terms].sort((a, b) =>
      a.replace(/^µ/, 'mu').localeCompare(b.replace(/^µ/, 'mu'), 'en', { sensitivity: 'base' }),
    );
    expect(terms).toEqual(sorted);
    expect(named.querySelectorAll('dl dd')).toHaveLength(glossary.length);
  });

  it('shows each entry’s other names once, not the term again with another dash', () => {
    const aliases = dialog.element.querySelector('#glossary-dose-response-curve .glossary-aliases');
    expect(aliases?.textContent).toBe('Also: dose–response');
  });

  it('gives each entry a stable id', () => {
    const ids = entries().map((e) => e.id);
    expect(ids).toContain('glossary-rvm');
    expect(ids).toContain('glossary-ec50-ed50');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('opens with the labelled filter focused; the filter narrows the list and says how many match', () => {
    dialog.open(opener);
    const filter = getByRole(dialog.element, 'searchbox', { name: 'Filter terms' }) as HTMLInputElement;
    expect(document.activeElement).toBe(filter);
    filter.value = 'dynorphin';
    filter.dispatchEvent(new Event('input'));
    expect(visibleTerms()).toContain('Dynorphin');
    expect(visibleTerms().length).toBeLessThan(glossary.length);
    expect(dialog.element.querySelector('.glossary-count')?.textContent).toBe(
      `${visibleTerms().length} of ${glossary.length} terms`,
    );
    filter.value = 'zzzz';
    filter.dispatchEvent(new Event('input'));
    expect(visibleTerms()).toEqual([]);
    expect(dialog.element.querySelector('.glossary-count')?.textContent).toMatch(/^No term matches/);
  });

  it('opens at a term by an alias: clears the filter, highlights and focuses that entry; focus returns on close', () => {
    dialog.open(opener);
    const filter = getByRole(dialog.element, 'searchbox') as HTMLInputElement;
    filter.value = 'zzzz';
    filter.dispatchEvent(new Event('input'));
    dialog.close();
    opener.focus();
    dialog.open(opener, 'dorsal root ganglion');
    const entry = dialog.element.querySelector<HTMLElement>('#glossary-drg')!;
    expect(entry.hidden).toBe(false);
    expect(filter.value).toBe('');
    expect(entry.classList.contains('glossary-entry-current')).toBe(true);
    expect(document.activeElement).toBe(entry.querySelector('dt'));
    expect(dialog.element.querySelectorAll('.glossary-entry-current')).toHaveLength(1);
    dialog.close();
    expect(document.activeElement).toBe(opener);
  });

  it('links terms inside definitions to their own entries', () => {
    dialog.open(opener);
    const central = dialog.element.querySelector('#glossary-central-sensitization')!;
    within(central as HTMLElement)
      .getByRole('button', { name: 'NMDA receptors — glossary' })
      .click();
    expect(document.activeElement).toBe(dialog.element.querySelector('#glossary-nmda-receptor dt'));
  });
});

describe('the Glossary button in the header', () => {
  it('opens the glossary (its code loads on the first open) and exposes it on the shell', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const preferences = createActor(preferencesMachine, { input: { saved: null } }).start();
    const shell = mountShell(root, preferences);
    const button = getByRole(getByRole(root, 'banner'), 'button', { name: 'Glossary' });
    expect(root.querySelector('dialog[aria-labelledby="glossary-title"]')).toBeNull();
    button.click();
    const dialog = await shell.glossary.loaded();
    await vi.waitFor(() => expect(dialog.element.open).toBe(true));
    shell.glossary.close();
    await vi.waitFor(() => expect(dialog.element.open).toBe(false));
    expect(document.activeElement).toBe(button);
    shell.destroy();
  });
});
