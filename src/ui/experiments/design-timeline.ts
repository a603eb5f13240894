/**
 * The design's schedule as a timeline (issue 20): one lane per kind of event (the doses of a series share a
 * lane), a tick for a dose or a reading, a bar for an infusion or a treatment with an end, the lane's label
 * above it and a time axis below. Drawn as SVG at the width it is given (again on resize); its accessible name
 * says the same in words.
 */
import type { DoseEvent } from '../../science';

const SVG = 'http://www.w3.org/2000/svg';
/** A width per character that is generous for the wide system fonts (DejaVu Sans averages ~0.6 em): a label
 * wraps a little early rather than running past the box. */
const CHAR_EM = 0.62;

interface Lane {
  readonly label: string;
  readonly spans: { readonly from: number; readonly to: number | null }[];
}

const startOf = (e: DoseEvent) => ('atHours' in e ? e.atHours : e.atDays);
const endOf = (e: DoseEvent) => ('atHours' in e ? e.untilHours : e.untilDays) ?? null;
/** "fentanyl … (bolus 3)", "morphine … (day 4)" and "(dose 2)" share their series' lane. */
const laneKey = (label: string) => label.replace(/\s*\((?:bolus|day|dose) \d+\)$/, '');

export function lanesOf(schedule: readonly DoseEvent[]): Lane[] {
  const lanes = new Map<string, Lane>();
  for (const event of schedule) {
    const key = laneKey(event.label);
    const lane = lanes.get(key) ?? { label: key, spans: [] };
    lane.spans.push({ from: startOf(event), to: endOf(event) });
    lanes.set(key, lane);
  }
  return [...lanes.values()];
}

export const unitOf = (schedule: readonly DoseEvent[]) =>
  schedule[0] && 'atDays' in schedule[0] ? 'days' : 'h';

const num = (v: number) => String(Number(v.toPrecision(4)));

/** The timeline in words: each lane, when its events fall. */
export function timelineText(schedule: readonly DoseEvent[]): string {
  const unit = unitOf(schedule);
  return lanesOf(schedule)
    .map((lane) => {
      const times = lane.spans.map((s) => (s.to === null ? num(s.from) : `${num(s.from)}–${num(s.to)}`));
      return `${lane.label}: ${times.join(', ')} ${unit}`;
    })
    .join('; ');
}

function wrap(text: string, widthPx: number, fontPx: number): string[] {
  const max = Math.max(8, Math.floor(widthPx / (CHAR_EM * fontPx)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function node<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = doc.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

function niceTicks(lo: number, hi: number, count: number): number[] {
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + 1e-9; t += step) ticks.push(Number(t.toPrecision(6)));
  return ticks;
}

/** Draws the timeline into `svg`, `width` pixels wide, with text of `fontPx`. */
export function drawTimeline(
  svg: SVGSVGElement,
  schedule: readonly DoseEvent[],
  width: number,
  fontPx: number,
) {
  const doc = svg.ownerDocument;
  const lanes = lanesOf(schedule);
  const unit = unitOf(schedule);
  const times = lanes.flatMap((l) => l.spans.flatMap((s) => (s.to === null ? [s.from] : [s.from, s.to])));
  let lo = Math.min(...times);
  let hi = Math.max(...times);
  if (hi === lo) hi = lo + 1;
  const pad = (hi - lo) * 0.03;
  [lo, hi] = [lo - pad, hi + pad];
  const left = fontPx * 0.5;
  const right = width - fontPx * 1.5;
  const x = (t: number) => left + ((t - lo) / (hi - lo)) * (right - left);
  const lineHeight = fontPx * 1.25;
  const children: SVGElement[] = [];
  let y = fontPx * 0.3;
  lanes.forEach((lane, i) => {
    const lines = wrap(lane.label, width - left - fontPx, fontPx);
    lines.forEach((line) => {
      y += lineHeight;
      children.push(node(doc, 'text', { class: 'xt-label', x: left, y: y - fontPx * 0.3 }, line));
    });
    const mid = y + fontPx * 0.6;
    children.push(node(doc, 'line', { class: 'xt-lane', x1: left, x2: right, y1: mid, y2: mid }));
    for (const span of lane.spans) {
      if (span.to === null)
        children.push(
          node(doc, 'line', {
            class: `xt-tick xt-tick-${i % 3}`,
            x1: x(span.from),
            x2: x(span.from),
            y1: mid - fontPx * 0.55,
            y2: mid + fontPx * 0.55,
          }),
        );
      else
        children.push(
          node(doc, 'rect', {
            class: `xt-bar xt-bar-${i % 3}`,
            x: x(span.from),
            y: mid - fontPx * 0.35,
            width: Math.max(2, x(span.to) - x(span.from)),
            height: fontPx * 0.7,
          }),
        );
    }
    y = mid + fontPx * 0.9;
  });
  const axisY = y + fontPx * 0.2;
  children.push(node(doc, 'line', { class: 'xt-axis', x1: left, x2: right, y1: axisY, y2: axisY }));
  for (const t of niceTicks(lo, hi, Math.max(2, Math.floor((right - left) / (fontPx * 5))))) {
    children.push(node(doc, 'line', { class: 'xt-axis', x1: x(t), x2: x(t), y1: axisY, y2: axisY + 4 }));
    children.push(
      node(
        doc,
        'text',
        { class: 'xt-tick-label', x: x(t), y: axisY + fontPx * 1.2, 'text-anchor': 'middle' },
        num(t),
      ),
    );
  }
  children.push(
    node(
      doc,
      'text',
      { class: 'xt-unit', x: right + fontPx * 1.4, y: axisY + fontPx * 1.2, 'text-anchor': 'end' },
      unit,
    ),
  );
  const height = Math.ceil(axisY + fontPx * 1.6);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.replaceChildren(...children);
}

/** A timeline that fits its box: drawn now and on each change of width. */
export function timeline(
  doc: Document,
  schedule: readonly DoseEvent[],
  name: string,
): {
  element: HTMLElement;
  draw(): void;
  destroy(): void;
} {
  const box = doc.createElement('div');
  box.className = 'xt-box';
  const svg = node(doc, 'svg', {
    class: 'xt-svg',
    role: 'img',
    'aria-label': `${name}. ${timelineText(schedule)}`,
  });
  box.append(svg);
  let drawn = -1;
  const draw = () => {
    const width = Math.max(240, Math.round(box.clientWidth || 560));
    if (width === drawn) return;
    drawn = width;
    const px = Number.parseFloat(doc.defaultView?.getComputedStyle(box).fontSize ?? '');
    drawTimeline(svg, schedule, width, Number.isFinite(px) && px > 0 ? px * 0.875 : 14);
  };
  const View = doc.defaultView;
  const observer = View && 'ResizeObserver' in View ? new View.ResizeObserver(() => draw()) : null;
  observer?.observe(box);
  return { element: box, draw, destroy: () => observer?.disconnect() };
}
