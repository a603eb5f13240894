import { appStrings } from '../../content/strings';
import { iconMarkup } from '../kit/icons';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * The skip link and the header (brand, tagline, the education-only notice, an empty place for the header's
 * buttons) as markup. The build writes it into index.html's #app (vite.config.ts, `staticHeader`), so the
 * first paint needs only the HTML and the stylesheet — not the app's scripts: on a slow phone that was the
 * last step before anything showed (step 18: Lighthouse's first and largest contentful paint, the tagline).
 * mountShell adopts these elements and fills in the buttons; without them (tests, an older page) it builds
 * the same from this markup.
 */
export function headerMarkup(): string {
  return (
    `<a class="skip-link" href="#workspace">${escape(appStrings.skipToContent)}</a>` +
    `<header class="app-header">` +
    `<div class="brand">${iconMarkup('brand', 'brand-mark')}<div>` +
    `<h1 class="brand-name">${escape(appStrings.productName)}</h1>` +
    `<p class="brand-tagline">${escape(appStrings.tagline)}</p>` +
    `</div></div>` +
    `<p class="notice" id="education-notice" title="${escape(appStrings.noticeDetail)}">` +
    `${iconMarkup('warning', 'notice-icon')}<span>${escape(appStrings.notice)}</span></p>` +
    `<div class="header-tools"></div>` +
    `</header>`
  );
}
