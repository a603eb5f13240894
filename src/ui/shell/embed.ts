import { deployWords } from '../../content/deploy-words';
import { appStrings } from '../../content/strings';
import { el } from '../kit/dom';
import { icon } from '../kit/icons';
import './embed.css';

/** The URL flag that asks for the embedded view: `index.html?embed=1`. */
export const EMBED_PARAMETER = 'embed';

export function isEmbedded(search: string): boolean {
  const value = new URLSearchParams(search).get(EMBED_PARAMETER);
  return value !== null && value !== '0' && value !== 'false';
}

/** The same page without the embed flag, for "Open the full app". */
export function fullAppUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(EMBED_PARAMETER);
  return url.href;
}

/**
 * Embed mode, for an iframe in a course page (`?embed=1`): the header and footer give way to one compact bar
 * with the title, the education-only notice and a link to the full app, and the workspace fills the frame
 * without scrolling the page (embed.css). Call once the shell is mounted. Returns whether the page is embedded.
 */
export function applyEmbedMode(doc: Document, where: Pick<Location, 'search' | 'href'>): boolean {
  if (!isEmbedded(where.search)) return false;
  doc.documentElement.dataset['embed'] = 'on';
  doc.body.querySelector(':scope > .embed-bar')?.remove();
  const bar = el(
    'div',
    { class: 'embed-bar' },
    el('h1', { class: 'embed-title' }, appStrings.productName),
    el(
      'p',
      { class: 'notice embed-notice', title: appStrings.noticeDetail },
      icon('warning', 'notice-icon'),
      el('span', {}, appStrings.notice),
    ),
    el(
      'a',
      { class: 'embed-open', href: fullAppUrl(where.href), target: '_blank', rel: 'noopener' },
      deployWords.embedOpenFull,
      el('span', { class: 'visually-hidden' }, ` ${deployWords.embedOpenFullHint}`),
    ),
  );
  doc.body.prepend(bar);
  foldEditorOnce(doc);
  return true;
}

/**
 * A frame has no height to spare, so the scenario editor starts folded away, as on a short projector screen:
 * the transport, the tabs and "Show controls" stay, and choosing a tab opens it. The workbench decides the
 * fold only from the screen size, so this presses its own toggle once, the first time it appears open.
 */
function foldEditorOnce(doc: Document): void {
  const fold = () => {
    const toggle = doc.querySelector<HTMLButtonElement>('.controls-toggle');
    if (!toggle) return false;
    if (toggle.getAttribute('aria-expanded') === 'true') toggle.click();
    return true;
  };
  if (fold()) return;
  const observer = new MutationObserver(() => {
    if (fold()) observer.disconnect();
  });
  observer.observe(doc.body, { childList: true, subtree: true });
}
