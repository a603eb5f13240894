/**
 * Lets the browser paint and handle input between two steps of work (step 14: no long task at startup).
 * `scheduler.yield()` where the browser has it (the rest of the work keeps its place at the front of the
 * queue); elsewhere a new task after a zero timeout.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves after the browser has painted the next frame (a task queued from an animation frame runs after
 * that frame's paint), or after `timeoutMs` if no frame comes (a page opened in a background tab draws none).
 * Startup waits for it once, so the header that index.html already holds is on screen before the app's
 * scripts build the rest: a browser loading a page does not stop for a frame between the tasks of a busy
 * start (step 18: the first paint came only after ~1 s of startup work on this machine, ~2 s at a phone's
 * speed).
 */
export function afterNextPaint(timeoutMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve();
        }, 0),
      ),
    );
  });
}
