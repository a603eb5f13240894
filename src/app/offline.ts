import type { Workbox } from 'workbox-window';
import { isScormPackage, isSingleFile } from './single-file';

export interface OfflineHooks {
  /**
   * A new version is installed and waiting. Nothing changes until `update()` is called (the learner chose
   * "Update now"): it activates the new version and then reloads this page, once. Otherwise the new version
   * starts by itself only when every window of the app has been closed.
   */
  updateReady(update: () => void): void;
}

/** What registerOffline needs of the page; a test passes fakes. */
export interface OfflineHost {
  readonly location: Pick<Location, 'reload'>;
  /**
   * False in the development server, in the single-file build, in the SCORM package and on file:// pages: no
   * service worker there.
   */
  readonly canCache: boolean;
  /** Calls `start` when caching may begin; the default waits for a pause in the learner's input (whenQuiet). */
  readonly whenQuiet?: (start: () => void) => void;
  /** Builds the registration; the default is workbox-window's. */
  readonly workbox?: (
    url: string,
    scope: string,
  ) => Pick<Workbox, 'addEventListener' | 'messageSkipWaiting' | 'register'>;
}

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls `start` once the page has loaded and the learner has paused for `quietMs` (or after `latestMs` in
 * any case). Precaching fetches the whole build again (about 1 MB): on a first visit it should not compete
 * with the learner's first drag of a slider on a slow machine.
 */
export function whenQuiet(win: Window, start: () => void, quietMs = 2000, latestMs = 30_000): void {
  let timer = 0;
  let latest = 0;
  let finished = false;
  const done = () => {
    if (finished) return;
    finished = true;
    for (const type of INPUT_EVENTS) win.removeEventListener(type, wait, { capture: true });
    win.clearTimeout(timer);
    win.clearTimeout(latest);
    start();
  };
  const wait = () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(done, quietMs);
  };
  const begin = () => {
    for (const type of INPUT_EVENTS) win.addEventListener(type, wait, { capture: true, passive: true });
    latest = win.setTimeout(done, latestMs);
    wait();
  };
  if (win.document.readyState === 'complete') begin();
  else win.addEventListener('load', begin, { once: true });
}

const browserHost = (): OfflineHost => ({
  location,
  canCache:
    'serviceWorker' in navigator &&
    !import.meta.env.DEV &&
    !isSingleFile() &&
    !isScormPackage() &&
    location.protocol !== 'file:',
});

/**
 * Registers the service worker that precaches the whole app (vite-plugin-pwa writes `sw.js` next to
 * index.html), so that after one visit the app, its lessons and its lecture sequences open with no network.
 * The URL and scope are relative, so the app works from any sub-path of a static host. Does nothing in the
 * development server, in the single-file build, in the SCORM package and on file:// pages.
 * Returns a function that stops offering updates.
 */
export function registerOffline(hooks: OfflineHooks, host: OfflineHost = browserHost()): () => void {
  if (!host.canCache) return () => undefined;
  // workbox-window itself is fetched only when caching starts, after the learner's first pause.
  const make = host.workbox;
  const workbox = make
    ? async (url: string, scope: string) => make(url, scope)
    : async (url: string, scope: string) => new (await import('workbox-window')).Workbox(url, { scope });
  let live = true;
  let updating = false;
  const start = async () => {
    const wb = await workbox('./sw.js', './');
    // Only the page whose learner chose "Update now" reloads; other open windows keep running their version.
    wb.addEventListener('controlling', () => {
      if (updating) host.location.reload();
    });
    wb.addEventListener('waiting', () => {
      if (!live) return;
      hooks.updateReady(() => {
        updating = true;
        wb.messageSkipWaiting();
      });
    });
    await wb.register({ immediate: true });
  };
  const whenQuietHere = host.whenQuiet ?? ((begin: () => void) => whenQuiet(window, begin));
  whenQuietHere(() => {
    if (!live) return;
    start().catch((error: unknown) => console.warn('Offline use is not available:', error));
  });
  return () => {
    live = false;
  };
}
