// @vitest-environment happy-dom
import { getByRole, queryByRole } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEmbedMode, fullAppUrl, isEmbedded } from '../../../src/ui/shell/embed';

const at = (href: string) => ({ href, search: new URL(href).search });

afterEach(() => {
  document.body.replaceChildren();
  delete document.documentElement.dataset['embed'];
});

describe('embed mode', () => {
  it('is asked for with ?embed=1 (or any value but 0 and false)', () => {
    expect(isEmbedded('?embed=1')).toBe(true);
    expect(isEmbedded('?x=2&embed')).toBe(true);
    expect(isEmbedded('?embed=0')).toBe(false);
    expect(isEmbedded('?embed=false')).toBe(false);
    expect(isEmbedded('')).toBe(false);
  });

  it('leaves a page without the flag alone', () => {
    expect(applyEmbedMode(document, at('https://example.org/lab/'))).toBe(false);
    expect(document.documentElement.dataset['embed']).toBeUndefined();
    expect(document.body.children).toHaveLength(0);
  });

  it('marks the page and keeps the title and the education-only notice in one compact bar', () => {
    expect(applyEmbedMode(document, at('https://example.org/course/lab/?embed=1#s=abc'))).toBe(true);
    expect(document.documentElement.dataset['embed']).toBe('on');
    const bar = document.body.firstElementChild as HTMLElement;
    expect(getByRole(bar, 'heading', { level: 1 }).textContent).toBe('Opioid Paradox Lab');
    expect(bar.textContent).toContain('For education — not for dosing decisions');
    const open = getByRole(bar, 'link', { name: /Open the full app/ }) as HTMLAnchorElement;
    expect(open.href).toBe('https://example.org/course/lab/#s=abc');
    expect(open.target).toBe('_blank');
    expect(open.rel).toBe('noopener');
  });

  it('applied twice still shows one bar', () => {
    applyEmbedMode(document, at('https://example.org/?embed=1'));
    applyEmbedMode(document, at('https://example.org/?embed=1'));
    expect(document.querySelectorAll('.embed-bar')).toHaveLength(1);
    expect(queryByRole(document.body, 'banner')).toBeNull();
  });

  it('"Open the full app" keeps every other query parameter', () => {
    expect(fullAppUrl('https://example.org/lab/?lang=en&embed=1')).toBe('https://example.org/lab/?lang=en');
  });
});

describe('embed mode and the scenario editor', () => {
  it('folds the editor away once, when the controls appear, and leaves it to the learner after that', async () => {
    applyEmbedMode(document, at('https://example.org/?embed=1'));
    const toggle = document.createElement('button');
    toggle.className = 'controls-toggle';
    toggle.setAttribute('aria-expanded', 'true');
    let clicks = 0;
    toggle.addEventListener('click', () => {
      clicks += 1;
      toggle.setAttribute('aria-expanded', String(toggle.getAttribute('aria-expanded') !== 'true'));
    });
    document.body.append(toggle);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(clicks).toBe(1);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    document.body.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });
});
