/**
 * Decorative icons, drawn inline so the app works offline and themes can recolour them (currentColor).
 * Each is hidden from assistive technology: the text next to it carries the meaning.
 */
const ICONS = {
  // A descending arrow that turns back upwards: relief that turns into pain.
  brand:
    '<svg viewBox="0 0 36 36" fill="none" stroke-linecap="round" stroke-linejoin="round"><rect x="1" y="1" width="34" height="34" rx="8" fill="var(--color-surface-raised)" stroke="var(--color-border)" stroke-width="2"/><path d="M7 9 C 12 26, 17 28, 20 22 S 26 8, 29 10" stroke="var(--color-tolerance)" stroke-width="3"/><path d="M25 7 l4 3 -3.5 3.6" stroke="var(--color-tolerance)" stroke-width="3"/><circle cx="18.5" cy="24" r="2.6" fill="var(--color-oih)"/></svg>',
  warning:
    '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 3 L22 20 H2 Z"/><path d="M12 10 v4"/><circle cx="12" cy="17" r="0.6" fill="currentColor"/></svg>',
  pathway:
    '<svg viewBox="0 0 48 48" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"><circle cx="24" cy="8" r="5"/><path d="M24 13 v10"/><path d="M10 40 C 16 30, 20 26, 24 23 C 28 26, 32 30, 38 40"/><circle cx="10" cy="40" r="3"/><circle cx="38" cy="40" r="3"/><path d="M30 12 C 38 16, 38 24, 30 28" stroke-dasharray="3 3"/></svg>',
  chart:
    '<svg viewBox="0 0 48 48" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><path d="M6 6 v36 h36"/><path d="M8 38 C 18 36, 22 14, 40 12"/><path d="M8 30 C 18 30, 26 34, 40 40" stroke-dasharray="4 3"/></svg>',
  sliders:
    '<svg viewBox="0 0 48 48" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"><path d="M8 12 h32 M8 24 h32 M8 36 h32"/><circle cx="16" cy="12" r="4" fill="var(--color-surface)"/><circle cx="32" cy="24" r="4" fill="var(--color-surface)"/><circle cx="22" cy="36" r="4" fill="var(--color-surface)"/></svg>',
} as const;

export type IconName = keyof typeof ICONS;

/**
 * An icon as markup, with the same attributes `icon` sets: for the page's first paint, which index.html draws
 * before any script has run (ui/shell/header-markup.ts).
 */
export function iconMarkup(name: IconName, className: string): string {
  return ICONS[name].replace(/^<svg /, `<svg class="${className}" aria-hidden="true" focusable="false" `);
}

export function icon(name: IconName, className: string): SVGSVGElement {
  const template = document.createElement('template');
  template.innerHTML = iconMarkup(name, className);
  return template.content.firstElementChild as SVGSVGElement;
}
