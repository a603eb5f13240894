import { deployWords } from '../../content/deploy-words';
import { el } from '../kit/dom';
import './offline.css';

/**
 * Offers a new version of the app without ever taking over: a small bar, not a dialog, so a running lesson or
 * lecture keeps the focus and the keyboard. "Update now" calls `update` (which reloads the page once the new
 * version is active); "Not now" closes the bar. Announced politely. Showing it again replaces the old bar.
 * Returns the bar.
 */
export function showUpdatePrompt(host: HTMLElement, update: () => void): HTMLElement {
  host.querySelector(':scope > .update-prompt')?.remove();
  const now = el('button', { type: 'button', class: 'button-primary' }, deployWords.updateNow);
  const later = el('button', { type: 'button' }, deployWords.updateDismiss);
  const bar = el(
    'div',
    { class: 'update-prompt', role: 'status' },
    el(
      'p',
      { class: 'update-prompt-text' },
      el('strong', {}, deployWords.updateReady),
      ' ',
      deployWords.updateLater,
    ),
    el('div', { class: 'update-prompt-actions' }, now, later),
  );
  now.addEventListener('click', () => {
    now.disabled = true;
    later.disabled = true;
    update();
  });
  later.addEventListener('click', () => bar.remove());
  host.append(bar);
  return bar;
}
