import { pointer, type ScaleLinear, type Selection } from 'd3';
import { ensure } from './axes';

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface CursorSpec {
  readonly x: ScaleLinear<number, number>;
  readonly height: number;
  readonly label: string;
  readonly valueText: (tDays: number) => string;
  readonly fontPx: number;
  /** Called with the new time when the learner drags or keys the cursor. */
  readonly onScrub: (tDays: number) => void;
}

/**
 * The time cursor as an ARIA slider: draggable with a pointer anywhere on the plot, and movable with the
 * arrow keys (a day), Page Up/Down (a week) and Home/End. It does not move itself: it reports the wanted
 * time, the app moves the clock, and the new snapshot moves the cursor (one direction of data).
 */
export function drawCursor(g: G, spec: CursorSpec, tDays: number): void {
  const [x0, x1] = spec.x.range() as [number, number];
  const [d0, d1] = spec.x.domain() as [number, number];
  const hit = ensure(g, 'rect.oc-cursor-hit', 'rect', 'oc-cursor-hit')
    .attr('x', x0)
    .attr('y', 0)
    .attr('width', x1 - x0)
    .attr('height', spec.height);
  const cursor = ensure(g, 'g.oc-cursor', 'g', 'oc-cursor')
    .attr('role', 'slider')
    .attr('tabindex', 0)
    .attr('aria-label', spec.label)
    .attr('aria-orientation', 'horizontal')
    .attr('aria-valuemin', round(d0))
    .attr('aria-valuemax', round(d1))
    .attr('aria-valuenow', round(tDays))
    .attr('aria-valuetext', spec.valueText(tDays))
    .attr('data-t', tDays)
    .attr('transform', `translate(${spec.x(clampT(tDays, d0, d1))},0)`);
  ensure(cursor, 'line', 'line', 'oc-cursor-line').attr('y1', 0).attr('y2', spec.height);
  const r = spec.fontPx * 0.7;
  ensure(cursor, 'rect.oc-cursor-handle', 'rect', 'oc-cursor-handle')
    .attr('x', -r)
    .attr('y', -r * 2)
    .attr('width', 2 * r)
    .attr('height', 2 * r)
    .attr('rx', r / 2);
  const scrubTo = (t: number) => spec.onScrub(clampT(t, d0, d1));
  const fromPointer = (event: PointerEvent) => scrubTo(spec.x.invert(pointer(event, g.node())[0]));
  const start = (event: PointerEvent) => {
    const target = event.currentTarget as Element;
    target.setPointerCapture?.(event.pointerId);
    (cursor.node() as SVGGElement | null)?.focus();
    fromPointer(event);
  };
  const move = (event: PointerEvent) => {
    if ((event.currentTarget as Element).hasPointerCapture?.(event.pointerId)) fromPointer(event);
  };
  hit.on('pointerdown', start).on('pointermove', move);
  cursor.on('pointerdown', start).on('pointermove', move);
  cursor.on('keydown', (event: KeyboardEvent) => {
    const step: Record<string, number> = {
      ArrowLeft: -1,
      ArrowDown: -1,
      ArrowRight: 1,
      ArrowUp: 1,
      PageDown: -7,
      PageUp: 7,
    };
    const now = Number(cursor.attr('data-t'));
    let next: number | undefined;
    if (event.key in step) next = now + (step[event.key] ?? 0);
    else if (event.key === 'Home') next = d0;
    else if (event.key === 'End') next = d1;
    if (next === undefined) return;
    event.preventDefault();
    scrubTo(next);
  });
}

/** Moves an already drawn cursor: the cheap path for every animation frame. */
export function moveCursor(g: G, x: ScaleLinear<number, number>, tDays: number, valueText: string): void {
  const [d0, d1] = x.domain() as [number, number];
  g.select('g.oc-cursor')
    .attr('aria-valuenow', round(tDays))
    .attr('aria-valuetext', valueText)
    .attr('data-t', tDays)
    .attr('transform', `translate(${x(clampT(tDays, d0, d1))},0)`);
}

function clampT(t: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, t));
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
