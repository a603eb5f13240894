import { presenterText as t } from '../../content/lecture-words';
import { presenterEnd } from './presenter-link';
import { mountPresenterView, type PresenterView } from './presenter-view';

/**
 * The presenter view's window. The single file runs from file://, where a second page of the app cannot be
 * a URL of its own, so the window is always an empty one (about:blank, same origin as the lecture) whose
 * document the lecture writes: a language, a title, the page's own style sheets and theme, and the view.
 * The view still talks to the lecture only over the BroadcastChannel, like a page of its own would.
 *
 * Its code runs in the lecture's page, so it stops when that page goes: the lecture's `pagehide` shows
 * "lecture closed" in the window first. Closing the window says goodbye to the lecture.
 */
export interface PresenterWindow {
  /** Opens the window (or brings the open one forward); 'blocked' when the browser refused a pop-up. */
  open(): 'opened' | 'focused' | 'blocked';
  /** The lecture stops: the window stays, showing "lecture closed" (the channel tells it). */
  destroy(): void;
}

export interface PresenterWindowOptions {
  /** The lecture's channel (presenter-link.ts `presenterChannelName`). */
  readonly channelName: string;
  /** `window.open` of the lecture's page; tests pass their own. */
  readonly open?: (url: string, target: string, features: string) => Window | null;
  /** Wall-clock time in ms since the epoch (Date.now by default), the stopwatch's clock. */
  readonly now?: () => number;
}

/** One presenter window per lecture tab: a second lecture in the same tab reuses it. */
let windowName: string | null = null;
const FEATURES = 'popup,width=1000,height=720';

export function presenterWindow(opener: Window, options: PresenterWindowOptions): PresenterWindow {
  const open = options.open ?? ((url, target, features) => opener.open(url, target, features));
  let shown: { readonly popup: Window; readonly view: PresenterView; readonly stop: () => void } | null =
    null;
  // The window's listeners are this page's: once it goes, the view is done (a page back from the
  // back/forward cache opens the window anew).
  const onOpenerHide = () => {
    shown?.view.stop();
    shown?.stop();
  };
  opener.addEventListener('pagehide', onOpenerHide);

  return {
    open() {
      if (shown && !shown.popup.closed) {
        shown.popup.focus();
        return 'focused';
      }
      windowName ??= `opioid-paradox-lab-presenter-${Math.random().toString(36).slice(2)}`;
      const popup = open('', windowName, FEATURES);
      if (!popup) return 'blocked';
      const stopMirror = prepareDocument(popup.document, opener.document);
      const view = mountPresenterView(popup.document, {
        connect: (handlers) => presenterEnd(new BroadcastChannel(options.channelName), handlers),
        now: options.now ?? (() => Date.now()),
        every: (tick, ms) => {
          const id = popup.setInterval(tick, ms);
          return () => popup.clearInterval(id);
        },
      });
      const onHide = () => {
        view.stop();
        stop();
      };
      const stop = () => {
        stopMirror();
        popup.removeEventListener('pagehide', onHide);
        if (shown?.view === view) shown = null;
      };
      popup.addEventListener('pagehide', onHide);
      shown = { popup, view, stop };
      popup.focus();
      return 'opened';
    },
    destroy() {
      opener.removeEventListener('pagehide', onOpenerHide);
      shown?.stop();
    },
  };
}

/**
 * Makes the empty window's document the presenter's: the lecture page's language, theme and motion
 * setting (kept in step while the window is open), its style sheets, a title, and an empty body.
 * Returns what stops the theme from following.
 */
function prepareDocument(document: Document, from: Document): () => void {
  const root = document.documentElement;
  root.lang = from.documentElement.lang || 'en';
  const mirror = () => {
    for (const name of ['data-theme', 'data-motion']) {
      const value = from.documentElement.getAttribute(name);
      if (value === null) root.removeAttribute(name);
      else root.setAttribute(name, value);
    }
  };
  mirror();
  const observer = new MutationObserver(mirror);
  observer.observe(from.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme', 'data-motion'],
  });
  adoptStyles(document, from);
  document.title = t.heading;
  document.body.replaceChildren();
  document.body.className = 'presenter-page';
  return () => observer.disconnect();
}

/**
 * The lecture page's style rules, as one constructed style sheet of the window. Copied as rules rather than
 * as <link> or <style> elements, the window needs no network (the single file has none, an offline page
 * none it can count on) and no inline style the page's policy would have to allow.
 */
function adoptStyles(document: Document, from: Document): void {
  const css = [...from.styleSheets]
    .map((sheet) => {
      try {
        return [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
      } catch {
        return ''; // a sheet of another origin keeps its rules to itself; the app has none
      }
    })
    .join('\n');
  const realm = document.defaultView as (Window & typeof globalThis) | null;
  if (!realm?.CSSStyleSheet || !('adoptedStyleSheets' in document)) return;
  const sheet = new realm.CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [sheet];
}
