import { scaleLinear, select, type ScaleLinear } from 'd3';
import { formatWeek, mechanismsText as T } from '../content/charts';
import { mechanismLabels, toleranceLabels } from '../content/mechanism-labels';
import { MECHANISM_IDS, valueAt, type SceneRegionId, type SimulationResult } from '../model';
import { drawXAxis, drawYAxis, ensure } from './axes';
import { ChartFrame, type G } from './chart-frame';
import { drawLegend } from './legend';
import { drawLines, type LineSeries } from './lines';
import { SERIES_STYLES, compareStyle } from './series-style';
import type { Cell, ChartTable } from './table';
import { runTimeText, timeAxisWords, timeScaleOf } from '../content/run-time';
import { maxOf, pick, sampled, timeAxis } from './time-axis';
import { joinGroups } from './join';

interface Panel {
  readonly id: SceneRegionId;
  /** The short name (NMDA, RVM, …, Tolerance): a panel is small. */
  readonly name: string;
  readonly color: string;
  readonly series: (r: SimulationResult) => Float64Array;
  readonly unit: string;
}

const PANELS: readonly Panel[] = [
  ...MECHANISM_IDS.map((id) => ({
    id,
    name: mechanismLabels[id].shortName,
    color: `var(--color-${id})`,
    series: (r: SimulationResult) => r.series[id],
    unit: T.units.level,
  })),
  {
    id: 'tolerance',
    name: toleranceLabels.shortName,
    color: 'var(--color-tolerance)',
    series: (r: SimulationResult) => r.series.toleranceFold,
    unit: T.units.fold,
  },
];

interface Knockout {
  readonly key: string;
  readonly from: number;
  readonly to: number;
}

/**
 * Small multiples: the five OIH mechanisms and tolerance over time, on one time axis each, with the
 * cursor in sync. A knocked-out mechanism is shaded and labelled over the days it is out, so a flat line
 * reads as "removed", not as "not involved". Each panel is a button that selects the mechanism.
 */
/** "week 6.4" in a course; "day 2, hour 5" in an experiment of hours to days, as the clock says it. */
const when = (t: number, duration: number) =>
  timeScaleOf(duration) === 'weeks' ? `week ${formatWeek(t)}` : runTimeText(t, duration).toLowerCase();

export class MechanismsChart extends ChartFrame {
  /** Drawn as strips (one per panel, one time axis) rather than small multiples. */
  private strip = false;
  private readonly scales = new Map<
    SceneRegionId,
    { x: ScaleLinear<number, number>; y: ScaleLinear<number, number> }
  >();

  constructor() {
    super('mechanisms', T.title, T.desc);
  }

  protected draw(): void {
    const f = this.fontPx;
    const W = this.width;
    const inputs = this.inputs();
    const legend = this.legendLayer();
    const legendH =
      inputs.length > 1
        ? drawLegend(
            legend,
            inputs.map((i) => ({
              key: i.key,
              label: i.label,
              style: i.key === 'a' ? SERIES_STYLES.ink : compareStyle('var(--color-text)'),
            })),
            W - f,
            f,
          ) +
          f * 0.6
        : (legend.selectAll('*').remove(), 0);
    const m = { top: f * 2.4, left: f * 3.4, right: f * 1.2, bottom: f * 3.4 };
    const room = this.availableHeight - legendH;
    const grid = panelGrid(W, room, f, m);
    // Too little height for small multiples with their own axes (the projector's type on a 720-px screen):
    // one strip per panel, its name at the left, one time axis under the last.
    this.strip = grid.innerH < f * MIN_PANEL_EM && room >= stripsHeight(f, f * MIN_STRIP_EM);
    const layout = this.strip ? stripLayout(W, room, f) : gridLayout(W, grid, m, f);
    const totalH = legendH + layout.height;
    this.svg.attr('width', W).attr('height', totalH).attr('viewBox', `0 0 ${W} ${totalH}`);
    const duration = Math.max(...inputs.map((i) => i.result.scenario.durationDays));
    this.setExplanation(T.explain);
    const { innerW, innerH, at } = layout;
    const x = scaleLinear().domain([0, duration]).range([0, innerW]);
    this.layer
      .selectAll<SVGGElement, Panel>('g.oc-mechanism')
      .data(PANELS, (d) => d.id)
      .join((enter) => {
        // The whole panel takes clicks; the button (frame and title) is what keyboards and screen readers
        // reach, so its accessible name starts with the visible title (WCAG 2.5.3).
        const g = enter.append('g').attr('class', 'oc-mechanism');
        g.on('click', (_e, d) => this.select(d.id));
        const button = g
          .append('g')
          .attr('class', 'oc-mechanism-button')
          .attr('role', 'button')
          .attr('tabindex', 0);
        button.on('keydown', (e: KeyboardEvent) => {
          if (e.key !== 'Enter' && e.key !== ' ') return;
          e.preventDefault();
          const id = (e.currentTarget as Element).parentElement?.getAttribute('data-focus');
          if (id) this.select(id as SceneRegionId);
        });
        return g;
      })
      .attr('data-focus', (d) => d.id)
      .attr('transform', (_, i) => {
        const [px, py] = at(i);
        return `translate(${px},${legendH + py})`;
      })
      .each((p, i, nodes) => {
        const node = nodes[i];
        const last = i === PANELS.length - 1;
        if (node)
          this.drawPanel(select(node), p, x, { innerW, innerH, duration, xAxis: !this.strip || last });
      });
  }

  protected drawCursor(): void {
    const f = this.fontPx;
    const a = this.a?.result;
    if (!a) return;
    this.layer.selectAll<SVGGElement, Panel>('g.oc-mechanism').each((p, i, nodes) => {
      const node = nodes[i];
      const s = this.scales.get(p.id);
      if (!node) return;
      if (!s) return;
      const g = select(node);
      const [x0, x1] = s.x.domain() as [number, number];
      const t = Math.min(x1, Math.max(x0, this.tDays));
      const v = valueAt(a, p.series(a), t);
      const cx = s.x(t);
      const [h] = s.y.range() as [number, number];
      ensure(g, 'line.oc-cursor-line', 'line', 'oc-cursor-line')
        .attr('x1', cx)
        .attr('x2', cx)
        .attr('y1', 0)
        .attr('y2', h);
      const right = cx < (s.x.range()[1] ?? 0) * 0.6;
      ensure(g, 'text.oc-cursor-value', 'text', 'oc-note oc-cursor-value')
        .attr('x', right ? cx + f * 0.4 : cx - f * 0.4)
        .attr('y', Math.max(f, s.y(v) - f * 0.4))
        .attr('text-anchor', right ? 'start' : 'end')
        .text(p.id === 'tolerance' ? `×${v.toFixed(1)}` : v.toFixed(2));
      g.attr('data-t', t);
      g.select('g.oc-mechanism-button').attr(
        'aria-label',
        `${p.name}: ${p.id === 'tolerance' ? `×${v.toFixed(1)}` : v.toFixed(2)} (${p.unit}), ${when(t, x1)}` +
          (g.attr('data-knocked-out') ? ` · ${T.knockedOut}` : ''),
      );
    });
  }

  protected table(): ChartTable {
    const inputs = this.inputs();
    const a = inputs[0]?.result as SimulationResult;
    const s = sampled(a);
    const columns = [
      'Day',
      ...inputs.flatMap((i) => PANELS.map((p) => (inputs.length > 1 ? `${p.name}: ${i.label}` : p.name))),
    ];
    const rows: Cell[][] = Array.from(s.t, (t) => [
      Math.round(t * 1000) / 1000,
      ...inputs.flatMap((i) => PANELS.map((p) => valueAt(i.result, p.series(i.result), t))),
    ]);
    return { columns, rows };
  }

  private inputs() {
    if (!this.a) throw new Error('MechanismsChart drawn without a result');
    const out = [{ key: 'a', label: this.a.label, result: this.a.result }];
    if (this.b) out.push({ key: 'b', label: this.b.label, result: this.b.result });
    return out;
  }

  private drawPanel(
    g: G,
    p: Panel,
    x: ScaleLinear<number, number>,
    size: { innerW: number; innerH: number; duration: number; xAxis: boolean },
  ): void {
    const { innerW, innerH, duration } = size;
    const f = this.fontPx;
    const inputs = this.inputs();
    const max = Math.max(...inputs.map((i) => maxOf(p.series(i.result))));
    const y = scaleLinear()
      .domain(p.id === 'tolerance' ? [1, Math.max(2, max)] : [0, 1])
      .range([innerH, 0])
      .nice(2);
    this.scales.set(p.id, { x, y });
    const button = g.select<SVGGElement>('g.oc-mechanism-button');
    const frame = this.strip
      ? {
          x: -f * STRIP_LABEL_EM,
          y: -f * 0.2,
          width: innerW + f * (STRIP_LABEL_EM + 0.6),
          height: innerH + f * 0.4,
        }
      : { x: -f * 3.2, y: -f * 2.2, width: innerW + f * 4.2, height: innerH + f * 5.4 };
    ensure(button, 'rect.oc-frame', 'rect', 'oc-frame')
      .attr('x', frame.x)
      .attr('y', frame.y)
      .attr('width', frame.width)
      .attr('height', frame.height)
      .attr('rx', 6);
    ensure(button, 'text.oc-plot-title', 'text', 'oc-plot-title')
      .attr('x', this.strip ? -f * (STRIP_LABEL_EM - 0.3) : -f * 2.8)
      .attr('y', this.strip ? innerH / 2 : -f * 0.8)
      .attr('dy', this.strip ? '0.35em' : null)
      .text(p.name);
    this.drawKnockouts(g, p, x, innerH);
    const axes = ensure(g, 'g.oc-axes', 'g', 'oc-axes').attr('aria-hidden', 'true');
    if (this.strip) axes.select('g.oc-axis-y').remove();
    else drawYAxis(axes, { scale: y, ticks: 2, title: '' }, f);
    const axis = timeAxis(duration, innerW, f);
    const unit = timeAxisWords[timeScaleOf(duration)].unit;
    if (size.xAxis)
      drawXAxis(axes, { scale: x, tickValues: axis.ticks, format: axis.format, title: '' }, innerH, f);
    else axes.select('g.oc-axis-x').remove();
    ensure(axes, 'text.oc-unit', 'text', 'oc-unit')
      .attr('x', innerW)
      .attr('y', innerH + f * 2.4)
      .attr('text-anchor', 'end')
      .text(size.xAxis ? (this.strip ? T.units.time(unit) : `${p.unit} · ${unit}`) : '');
    const series: LineSeries[] = inputs.map((i) => {
      const s = sampled(i.result);
      const style = i.key === 'a' ? { ...SERIES_STYLES.a, color: p.color } : compareStyle(p.color);
      return { key: i.key, style, xs: s.t, ys: pick(p.series(i.result), s) };
    });
    drawLines(ensure(g, 'g.oc-lines', 'g', 'oc-lines').attr('aria-hidden', 'true'), series, x, y, f * 2.2, 4);
  }

  private drawKnockouts(g: G, p: Panel, x: ScaleLinear<number, number>, innerH: number): void {
    const f = this.fontPx;
    const a = this.a?.result;
    const [, end] = x.domain() as [number, number];
    const kos: Knockout[] = (a?.scenario.knockouts ?? [])
      .filter((k) => k.mechanism === p.id && k.level < 0.5)
      .map((k, i) => ({ key: String(i), from: k.startDay, to: Math.min(end, k.stopDay ?? end) }));
    const bands = joinGroups(g, 'oc-knockout-band', kos, (d) => d.key, [
      ['rect', { class: 'oc-knockout' }],
      ['text', { class: 'oc-note' }],
    ]).attr('aria-label', (d) => T.knockedOutDesc(p.name, when(d.from, end), when(d.to, end)));
    bands
      .select('rect')
      .attr('x', (d) => x(d.from))
      .attr('width', (d) => Math.max(2, x(d.to) - x(d.from)))
      .attr('y', 0)
      .attr('height', innerH);
    bands
      .select('text')
      .attr('x', (d) => x(d.from) + f * 0.4)
      .attr('y', innerH / 2)
      .text(T.knockedOut);
    g.attr('data-knocked-out', kos.length > 0 ? 'true' : null);
  }
}

/**
 * The panels' grid for a plot area: the number of columns (1, 2, 3 or all in a row) that gives each panel
 * the tallest plot, no wider than 4:3 and no taller than 10 lines of text, in the height there is. The height
 * may be below the least a panel needs (the chart then draws strips).
 */
export function panelGrid(
  width: number,
  room: number,
  fontPx: number,
  m: { top: number; left: number; right: number; bottom: number },
): { cols: number; innerH: number } {
  let best = { cols: 2, innerH: -Infinity };
  for (const cols of [1, 2, 3, PANELS.length]) {
    const innerW = width / cols - m.left - m.right;
    if (innerW < fontPx * 7 && cols > 1) continue;
    const rows = Math.ceil(PANELS.length / cols);
    const innerH = Math.min(fontPx * 10, room / rows - m.top - m.bottom, innerW * 0.75);
    if (innerH > best.innerH + 0.5) best = { cols, innerH };
  }
  return best;
}

/** The least plot height of a small multiple, and of a strip, in font sizes. */
const MIN_PANEL_EM = 2.5;
const MIN_STRIP_EM = 1;
/** The strips' name column, in font sizes (the longest short name is "Tolerance"/"Dynorphin"). */
const STRIP_LABEL_EM = 6.2;
/** Below the last strip: its ticks and the axis's name. */
const STRIP_AXIS_EM = 3;
const STRIP_GAP_EM = 0.5;

function stripsHeight(fontPx: number, stripH: number): number {
  return PANELS.length * (stripH + fontPx * STRIP_GAP_EM) + fontPx * STRIP_AXIS_EM;
}

interface PanelLayout {
  readonly innerW: number;
  readonly innerH: number;
  readonly height: number;
  /** Where panel i's plot starts. */
  readonly at: (i: number) => [number, number];
}

function gridLayout(
  width: number,
  grid: { cols: number; innerH: number },
  m: { top: number; left: number; right: number; bottom: number },
  fontPx: number,
): PanelLayout {
  const cellW = width / grid.cols;
  const innerH = Math.max(fontPx * MIN_PANEL_EM, grid.innerH);
  const cellH = innerH + m.top + m.bottom;
  return {
    innerW: cellW - m.left - m.right,
    innerH,
    height: Math.ceil(PANELS.length / grid.cols) * cellH,
    at: (i) => [(i % grid.cols) * cellW + m.left, Math.floor(i / grid.cols) * cellH + m.top],
  };
}

/** One strip per panel, as tall as the room allows (up to 4 lines of text each). */
function stripLayout(width: number, room: number, fontPx: number): PanelLayout {
  const gap = fontPx * STRIP_GAP_EM;
  const innerH = Math.min(fontPx * 4, (room - fontPx * STRIP_AXIS_EM) / PANELS.length - gap);
  const left = fontPx * STRIP_LABEL_EM;
  return {
    innerW: Math.max(fontPx * 4, width - left - fontPx * 1.2),
    innerH,
    height: stripsHeight(fontPx, innerH),
    at: (i) => [left, gap / 2 + i * (innerH + gap)],
  };
}
