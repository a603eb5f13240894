import { describe, expect, it, vi } from 'vitest';
import { registerOffline, whenQuiet, type OfflineHost } from '../../src/app/offline';
import { isSingleFile } from '../../src/app/single-file';

type Listener = () => void;
/** Registration starts asynchronously (workbox-window is loaded on demand). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A stand-in for workbox-window's Workbox: events are fired by the test. */
function fakeWorkbox() {
  const listeners = new Map<string, Listener[]>();
  const made: { url: string; scope: string }[] = [];
  const wb = {
    addEventListener: vi.fn((type: string, listener: Listener) => {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    }),
    messageSkipWaiting: vi.fn(),
    register: vi.fn(() => Promise.resolve(undefined)),
  };
  const fire = (type: string) => listeners.get(type)?.forEach((listener) => listener());
  const host = (canCache = true): OfflineHost & { reload: ReturnType<typeof vi.fn> } => {
    const reload = vi.fn();
    return {
      reload,
      canCache,
      location: { reload },
      whenQuiet: (start) => start(),
      workbox: (url, scope) => {
        made.push({ url, scope });
        return wb as never;
      },
    };
  };
  return { wb, fire, host, made };
}

describe('registerOffline', () => {
  it('registers sw.js next to the page, with a relative scope, so any sub-path works', async () => {
    const fake = fakeWorkbox();
    registerOffline({ updateReady: vi.fn() }, fake.host());
    await settle();
    expect(fake.made).toEqual([{ url: './sw.js', scope: './' }]);
    expect(fake.wb.register).toHaveBeenCalledTimes(1);
  });

  it('does nothing where there is no service worker (dev server, single file, file://)', async () => {
    const fake = fakeWorkbox();
    registerOffline({ updateReady: vi.fn() }, fake.host(false));
    await settle();
    expect(fake.made).toEqual([]);
  });

  it('offers a waiting version and never reloads unless the learner chose to update', async () => {
    const fake = fakeWorkbox();
    const host = fake.host();
    const updateReady = vi.fn();
    registerOffline({ updateReady }, host);
    await settle();
    fake.fire('waiting');
    expect(updateReady).toHaveBeenCalledTimes(1);
    // Another window updated: this one becomes controlled by the new version but keeps running.
    fake.fire('controlling');
    expect(host.reload).not.toHaveBeenCalled();
    expect(fake.wb.messageSkipWaiting).not.toHaveBeenCalled();
  });

  it('"Update now" activates the new version, then reloads once it controls the page', async () => {
    const fake = fakeWorkbox();
    const host = fake.host();
    let update: () => void = () => undefined;
    registerOffline({ updateReady: (u) => (update = u) }, host);
    await settle();
    fake.fire('waiting');
    update();
    expect(fake.wb.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(host.reload).not.toHaveBeenCalled();
    fake.fire('controlling');
    expect(host.reload).toHaveBeenCalledTimes(1);
  });

  it('stops offering updates once disposed', async () => {
    const fake = fakeWorkbox();
    const updateReady = vi.fn();
    const dispose = registerOffline({ updateReady }, fake.host());
    await settle();
    dispose();
    fake.fire('waiting');
    expect(updateReady).not.toHaveBeenCalled();
  });

  it('the hosted build is not the single file', () => {
    expect(isSingleFile()).toBe(false);
  });
});

describe("whenQuiet: caching waits for a pause in the learner's input", () => {
  /** Just enough of a Window: events, timers, a loaded or loading document. */
  function fakeWindow(readyState: DocumentReadyState) {
    return Object.assign(new EventTarget(), {
      document: { readyState },
      setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
      clearTimeout: (handle: number) => clearTimeout(handle),
    }) as unknown as Window;
  }

  it('starts after the load event and two quiet seconds; each input restarts the wait', () => {
    vi.useFakeTimers();
    const win = fakeWindow('loading');
    const start = vi.fn();
    whenQuiet(win, start);
    vi.advanceTimersByTime(5000);
    expect(start).not.toHaveBeenCalled();
    win.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(1500);
    win.dispatchEvent(new Event('pointermove'));
    vi.advanceTimersByTime(1500);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(600);
    expect(start).toHaveBeenCalledTimes(1);
    win.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(60_000);
    expect(start).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('starts within 30 s even if the learner never pauses', () => {
    vi.useFakeTimers();
    const win = fakeWindow('complete');
    const start = vi.fn();
    whenQuiet(win, start);
    for (let ms = 0; ms < 29_000; ms += 1000) {
      win.dispatchEvent(new Event('pointermove'));
      vi.advanceTimersByTime(1000);
    }
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(start).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
