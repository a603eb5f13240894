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
