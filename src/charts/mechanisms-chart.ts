import { scaleLinear, select, type ScaleLinear } from 'd3';
import { formatWeek, mechanismsText as T } from '../content/charts';
import { mechanismText, toleranceText } from '../content/mechanisms';
import { MECHANISM_IDS, valueAt, type SceneRegionId, type SimulationResult } from '../model';
import { drawXAxis, drawYAxis, ensure } from './axes';
import { ChartFrame, type G } from './chart-frame';
import { drawLegend } from './legend';
import { drawLines, type LineSeries } from './lines';
import { SERIES_STYLES, compareStyle } from './series-style';
import type { Cell, ChartTable } from './table';
import { formatWeekTick, maxOf, pick, sampled, weekTicks } from './time-axis';
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
    name: mechanismText[id].shortName,
    color: `var(--color-${id})`,
    series: (r: SimulationResult) => r.series[id],
    unit: T.units.level,
  })),
  {
    id: 'tolerance',
    name: toleranceText.shortName,
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
export class MechanismsChart extends ChartFrame {
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
    const cols = W >= 900 ? 3 : 2;
    const cellW = W / cols;
    const m = { top: f * 2.4, left: f * 3.4, right: f * 1.2, bottom: f * 3.4 };
    const innerW = cellW - m.left - m.right;
    const rows = Math.ceil(PANELS.length / cols);
    const innerH = Math.max(
      f * 5,
      Math.min(f * 10, (this.availableHeight - legendH) / rows - m.top - m.bottom, innerW * 0.75),
    );
    const cellH = innerH + m.top + m.bottom;
    const totalH = legendH + rows * cellH;
    this.svg.attr('width', W).attr('height', totalH).attr('viewBox', `0 0 ${W} ${totalH}`);
    const duration = Math.max(...inputs.map((i) => i.result.scenario.durationDays));
    this.setExplanation(T.explain);
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
      .attr(
        'transform',
        (_, i) =>
          `translate(${(i % cols) * cellW + m.left},${legendH + Math.floor(i / cols) * cellH + m.top})`,
      )
      .each((p, i, nodes) => {
        const node = nodes[i];
        if (node) this.drawPanel(select(node), p, x, innerW, innerH, duration);
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
        `${p.name}: ${p.id === 'tolerance' ? `×${v.toFixed(1)}` : v.toFixed(2)} (${p.unit}), week ${formatWeek(t)}` +
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
    innerW: number,
    innerH: number,
    duration: number,
  ): void {
    const f = this.fontPx;
    const inputs = this.inputs();
    const max = Math.max(...inputs.map((i) => maxOf(p.series(i.result))));
    const y = scaleLinear()
      .domain(p.id === 'tolerance' ? [1, Math.max(2, max)] : [0, 1])
      .range([innerH, 0])
      .nice(2);
    this.scales.set(p.id, { x, y });
    const button = g.select<SVGGElement>('g.oc-mechanism-button');
    ensure(button, 'rect.oc-frame', 'rect', 'oc-frame')
      .attr('x', -f * 3.2)
      .attr('y', -f * 2.2)
      .attr('width', innerW + f * 4.2)
      .attr('height', innerH + f * 5.4)
      .attr('rx', 6);
    ensure(button, 'text.oc-plot-title', 'text', 'oc-plot-title')
      .attr('x', -f * 2.8)
      .attr('y', -f * 0.8)
      .text(p.name);
    this.drawKnockouts(g, p, x, innerH);
    const axes = ensure(g, 'g.oc-axes', 'g', 'oc-axes').attr('aria-hidden', 'true');
    drawYAxis(axes, { scale: y, ticks: 2, title: '' }, f);
    drawXAxis(
      axes,
      { scale: x, tickValues: weekTicks(duration, innerW, f), format: formatWeekTick, title: '' },
      innerH,
      f,
    );
    ensure(axes, 'text.oc-unit', 'text', 'oc-unit')
      .attr('x', innerW)
      .attr('y', innerH + f * 2.4)
      .attr('text-anchor', 'end')
      .text(`${p.unit} · weeks`);
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
    ]).attr('aria-label', (d) => T.knockedOutDesc(p.name, formatWeek(d.from), formatWeek(d.to)));
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
