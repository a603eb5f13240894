// @vitest-environment happy-dom
import { getByRole } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showUpdatePrompt } from '../../../src/ui/shell/update-prompt';

afterEach(() => document.body.replaceChildren());

describe('update prompt', () => {
  it('offers the new version politely, without moving the focus or updating by itself', () => {
    const focused = document.body.appendChild(document.createElement('button'));
    focused.focus();
    const update = vi.fn();
    const bar = showUpdatePrompt(document.body, update);
    expect(bar.getAttribute('role')).toBe('status');
    expect(bar.textContent).toContain('A new version of Opioid Paradox Lab is ready.');
    expect(document.activeElement).toBe(focused);
    expect(update).not.toHaveBeenCalled();
  });

  it('"Update now" updates once and disables both buttons', () => {
    const update = vi.fn();
    const bar = showUpdatePrompt(document.body, update);
    const now = getByRole(bar, 'button', { name: 'Update now' }) as HTMLButtonElement;
    now.click();
    now.click();
    expect(update).toHaveBeenCalledTimes(1);
    expect(now.disabled).toBe(true);
    expect((getByRole(bar, 'button', { name: 'Not now' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('"Not now" closes the bar and leaves the version as it is', () => {
    const update = vi.fn();
    const bar = showUpdatePrompt(document.body, update);
    getByRole(bar, 'button', { name: 'Not now' }).click();
    expect(bar.isConnected).toBe(false);
    expect(update).not.toHaveBeenCalled();
  });

  it('a second offer replaces the first', () => {
    showUpdatePrompt(document.body, vi.fn());
    showUpdatePrompt(document.body, vi.fn());
    expect(document.querySelectorAll('.update-prompt')).toHaveLength(1);
  });
});
