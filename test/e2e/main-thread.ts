import type { Page } from '@playwright/test';

/**
 * The page's main-thread tasks as Chromium's trace records them, with each task's CPU time as well as its wall
 * time. A long-task bound in wall time measures the machine as much as the app: on two busy cores a 30 ms task
 * is stretched past 100 ms whenever the scheduler runs something else. A task's CPU time (the trace's `tdur`,
 * the thread's own clock) is what the page's code costs, and what a bound on the app's work should read; the
 * wall times are reported beside it.
 */
interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

export interface MainThreadTask {
  /** Milliseconds after `from` (the end of the measure named, or the trace's start). */
  readonly start: number;
  readonly wall: number;
  readonly cpu: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/** Starts tracing the page (Chromium only). */
export async function startTrace(page: Page): Promise<void> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser to trace');
  await browser.startTracing(page, { categories: CATEGORIES });
}

/** Stops tracing and reads the events. */
async function stopTracing(page: Page): Promise<TraceEvent[]> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser to trace');
  const raw = JSON.parse((await browser.stopTracing()).toString()) as
    { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(raw) ? raw : raw.traceEvents;
}

/** The renderer main thread's top-level tasks, and the time of the first. */
function mainThreadTasks(events: readonly TraceEvent[]) {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`) && e.dur !== undefined,
  );
  return { tasks, first: Math.min(...tasks.map((e) => e.ts)) };
}

const toTask = (e: TraceEvent, from: number): MainThreadTask => ({
  start: (e.ts - from) / 1000,
  wall: (e.dur ?? 0) / 1000,
  cpu: (e.tdur ?? e.dur ?? 0) / 1000,
});

/**
 * Stops tracing; returns the renderer main thread's tasks that began after the end of the performance measure
 * `after` (its last one), e.g. 'cohort-open': the view's opening, which starts a cohort's run.
 */
export async function stopTrace(page: Page, after?: string): Promise<MainThreadTask[]> {
  const events = await stopTracing(page);
  const { tasks, first } = mainThreadTasks(events);
  let from = first;
  if (after) {
    const marks = events.filter((e) => e.name === after && e.cat.includes('blink.user_timing'));
    if (marks.length === 0) throw new Error(`no '${after}' measure in the trace`);
    from = Math.max(...marks.map((e) => e.ts + (e.dur ?? 0)));
  }
  return tasks.filter((e) => e.ts >= from).map((e) => toTask(e, from));
}

/**
 * Stops tracing; returns every main-thread task since tracing began and the spans of the performance measure
 * `measure` (each `performance.measure` call: a begin and an end event, or one complete event), in ms from the
 * first task.
 */
export async function stopTraceWithMeasure(
  page: Page,
  measure: string,
): Promise<{ tasks: MainThreadTask[]; spans: { start: number; duration: number }[] }> {
  const events = await stopTracing(page);
  const { tasks, first } = mainThreadTasks(events);
  const marks = events
    .filter((e) => e.name === measure && e.cat.includes('blink.user_timing'))
    .sort((a, b) => a.ts - b.ts);
  const spans: { start: number; duration: number }[] = [];
  let begun: number | null = null;
  for (const e of marks) {
    if (e.ph === 'X') spans.push({ start: (e.ts - first) / 1000, duration: (e.dur ?? 0) / 1000 });
    else if (e.ph === 'b') begun = e.ts;
    else if (e.ph === 'e' && begun !== null) {
      spans.push({ start: (begun - first) / 1000, duration: (e.ts - begun) / 1000 });
      begun = null;
    }
  }
  return { tasks: tasks.map((e) => toTask(e, first)), spans };
}

/** The longest task by CPU time and by wall time, and the tasks over `over` ms of either, for a message. */
export function longestTasks(tasks: readonly MainThreadTask[], over = 50) {
  return {
    cpu: Math.max(0, ...tasks.map((t) => t.cpu)),
    wall: Math.max(0, ...tasks.map((t) => t.wall)),
    listed: tasks
      .filter((t) => t.cpu > over || t.wall > over)
      .map((t) => `at ${Math.round(t.start)} ms: ${Math.round(t.cpu)} ms CPU, ${Math.round(t.wall)} ms wall`)
      .join('; '),
  };
}
