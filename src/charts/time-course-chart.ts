import {
  area,
  scaleLinear,
  select as selectNode,
  symbol,
  symbolCircle,
  symbolDiamond,
  type ScaleLinear,
} from 'd3';
import { valueAt, type ModelEvent, type SimulationResult } from '../model';
import { beforeWords as B } from '../content/before';
import { formatWeek, timeCourseText as T } from '../content/charts';
import { drawXAxis, drawYAxis, ensure } from './axes';
import { drawBefore } from './before-line';
import { ChartFrame, type G } from './chart-frame';
import { drawCursor, moveCursor } from './cursor';
import { drawLegend, legendItemWidth } from './legend';
import { drawLines, type LineSeries } from './lines';
import { SERIES_STYLES } from './series-style';
import type { Cell, ChartTable } from './table';
import { fitText, textWidth } from './text-metrics';
import { runTimeText, timeAxisWords, timeScaleOf } from '../content/run-time';
import { maxOf, pick, sampled, timeAxis } from './time-axis';
import { timeRows, type RowSpec } from './time-rows';
import type { ScrubbableChartView } from './view';
import { joinGroups } from './join';

interface EventGroup {
  readonly key: string;
  readonly n: number;
  readonly tDays: number;
  /** A taper's or an escalation's last step: its steps are drawn as one band from tDays to here. */
  readonly endDays: number | null;
  readonly labels: readonly string[];
  /** A band's short name, written in it where it fits. */
  readonly name: string | null;
}

/**
 * Pain, nociceptive threshold, dose and withdrawal over the weeks of the scenario, one row each on a
 * shared time axis, with events numbered (the steps of a taper or an escalation as one band) and a draggable,
 * keyboard-movable cursor. The threshold row
 * shades where it falls below normal: hyperalgesia, the part of the picture tolerance never shows.
 */
export class TimeCourseChart extends ChartFrame implements ScrubbableChartView {
  private readonly scrubListeners = new Set<(tDays: number) => void>();
  private x: ScaleLinear<number, number> = scaleLinear();
  private rows: RowSpec[] = [];

  constructor() {
    super('time-course', T.title, T.desc);
  }

  onScrub(callback: (tDays: number) => void): () => void {
    this.scrubListeners.add(callback);
    return () => this.scrubListeners.delete(callback);
  }

  protected draw(): void {
    const a = this.results()[0] as SimulationResult;
    const f = this.fontPx;
    const W = this.width;
    const inputs = this.inputs();
    const legend = this.legendLayer();
    // A short plot area (a 720-px projector, an embed, a phone): short legend words, rows and markers closer.
    const tight = this.availableHeight < f * TIGHT_EM;
    const short = tight || W < f * 50;
    this.markerY = tight ? -f * 2.1 : -f * 2.6;
    const legendH =
      drawLegend(
        legend,
        [
          // Drawn tight, a long scenario title is cut to share its row (the table and the title keep it).
          ...inputs.map((s) => ({
            key: s.key,
            label: tight ? fitText(s.input.label, W * 0.45 - f * 4, f) : s.input.label,
            style: s.style,
          })),
          {
            key: 'guide',
            label: short ? T.guideLegendShort : T.guideLegend,
            style: SERIES_STYLES.ink,
            kind: 'guide' as const,
          },
          {
            key: 'worse',
            label: short ? T.worseLegendShort : T.worseLegend,
            style: SERIES_STYLES.ink,
            kind: 'area' as const,
          },
        ],
        W - f,
        f,
      ) +
      f * 0.6;
    const left = f * 4.2;
    const innerW = Math.max(100, W - left - f * 1.5);
    const events = this.eventGroups();
    const top = legendH + f * (tight ? 2.9 : 3.6);
    const axisH = f * 3.4;
    const rowGap = f * (tight ? 1.9 : 2.2);
    const fit = fitRows(this.availableHeight - top - axisH, (events.length + 1) * f * 1.35, f, rowGap);
    const eventsH = fit.listEvents ? (events.length + 1) * f * 1.35 : 0;
    const rowH = Math.max(
      f * MIN_ROW_EM,
      Math.min(f * 9, (this.availableHeight - top - axisH - eventsH) / fit.rows - rowGap),
    );
    this.rows = keepRows(timeRows(a), fit.rows);
    const plotH = this.rows.length * (rowH + rowGap) - rowGap;
    const totalH = top + plotH + axisH + eventsH;
    this.svg.attr('width', W).attr('height', totalH).attr('viewBox', `0 0 ${W} ${totalH}`);
    const duration = Math.max(...this.results().map((r) => r.scenario.durationDays));
    this.x = scaleLinear().domain([0, duration]).range([0, innerW]);
    const plot = ensure(this.layer, 'g.oc-plot', 'g', 'oc-plot').attr(
      'transform',
      `translate(${left},${top})`,
    );
    const rowsG = ensure(plot, 'g.oc-rows', 'g', 'oc-rows').attr('aria-hidden', 'true');
    rowsG
      .selectAll<SVGGElement, RowSpec>('g.oc-row')
      .data(this.rows, (d) => d.id)
      .join('g')
      .attr('class', 'oc-row')
      .attr('data-row', (d) => d.id)
      .attr('transform', (_, i) => `translate(0,${i * (rowH + rowGap)})`)
      .each((spec, i, nodes) => this.drawRow(selectG(nodes[i]), spec, innerW, rowH));
    const axis = timeAxis(duration, innerW, f);
    drawXAxis(
      ensure(plot, 'g.oc-time-axis', 'g', 'oc-time-axis').attr('aria-hidden', 'true'),
      {
        scale: this.x,
        tickValues: axis.ticks,
        format: axis.format,
        title: timeAxisWords[timeScaleOf(duration)].title,
      },
      plotH,
      f,
    );
    this.drawEvents(plot, events, plotH, innerW, axisH, fit.listEvents);
    // The verdict of the first result, from the same rows the shading uses (threshold below normal).
    const verdict = a.series.thresholdRelative.some((v) => v < 0.95) ? T.explainOih : T.explainTolerance;
    const partial = fit.rows < 4 || (!fit.listEvents && events.length > 0);
    this.setExplanation(partial ? `${verdict} ${T.moreInLargerWindow}` : verdict);
    this.describeBefore(this.runBefore() !== null);
  }

  protected drawCursor(): void {
    const plot = this.layer.select<SVGGElement>('g.oc-plot');
    if (plot.empty() || this.rows.length === 0) return;
    const text = this.valueText(this.tDays);
    // Drawn again when the plot's size changed (its hit area spans the plot), else only moved.
    const size = `${this.plotHeight()}|${this.x.range().join(',')}`;
    if (plot.select('g.oc-cursor').empty() || this.cursorSize !== size) {
      drawCursor(
        ensure(plot, 'g.oc-cursor-layer', 'g', 'oc-cursor-layer'),
        {
          x: this.x,
          height: this.plotHeight(),
          label: T.cursorLabel,
          valueText: (t) => this.valueText(t),
          fontPx: this.fontPx,
          onScrub: (t) => this.scrub(t),
        },
        this.tDays,
      );
      this.cursorSize = size;
    } else moveCursor(plot.select('g.oc-cursor-layer'), this.x, this.tDays, text);
    this.drawCursorValues(plot);
  }

  protected table(): ChartTable {
    const inputs = this.inputs();
    const a = this.results()[0] as SimulationResult;
    const s = sampled(a);
    const rows = timeRows(a);
    const events = this.eventGroups(false);
    const before = this.runBefore()?.result;
    const beforeRows = before ? rows.filter((r) => this.showsBefore(r)) : [];
    const columns = [
      T.tableTime,
      T.tableWeek,
      ...inputs.flatMap((i) =>
        rows.map((r) => (inputs.length > 1 ? `${r.title}: ${i.input.label}` : r.title)),
      ),
      ...beforeRows.map((r) => B.column(r.title)),
      T.events,
    ];
    const out: Cell[][] = Array.from(s.t, (t, k) => {
      const next = s.t[k + 1] ?? Infinity;
      const here = events
        .filter((e) => e.tDays >= t - 1e-9 && e.tDays < next - 1e-9)
        .flatMap((e) => e.labels);
      return [
        round(t, 3),
        round(t / 7, 2),
        ...inputs.flatMap((i) => rows.map((r) => valueAt(i.input.result, r.values(i.input.result), t))),
        ...beforeRows.map((r) =>
          before && t <= before.scenario.durationDays + 1e-9 ? valueAt(before, r.values(before), t) : null,
        ),
        here.join('; ') || null,
      ];
    });
    return { columns, rows: out };
  }

  private cursorSize = '';
  /** Where the numbered event markers sit above the first row. */
  private markerY = 0;

  private plotHeight(): number {
    const axis = this.layer.select<SVGGElement>('g.oc-time-axis g.oc-axis-x');
    const m = /translate\(0,([-\d.e]+)\)/.exec(axis.attr('transform') ?? '');
    return Number(m?.[1] ?? 0);
  }

  private scrub(t: number): void {
    this.tDays = t;
    this.drawCursor();
    for (const cb of this.scrubListeners) cb(t);
  }

  private inputs() {
    if (!this.a) throw new Error('TimeCourseChart drawn without a result');
    const out = [{ key: 'a', input: this.a, style: SERIES_STYLES.ink }];
    if (this.b)
      out.push({ key: 'b', input: this.b, style: { ...SERIES_STYLES.b, color: 'var(--color-dynorphin)' } });
    return out;
  }

  private results(): SimulationResult[] {
    return this.inputs().map((i) => i.input.result);
  }

  /** A row draws the run before unless it is the dose row of another subject (rat mg/kg against MME). */
  private showsBefore(spec: RowSpec): boolean {
    const before = this.runBefore();
    return (
      !!before && (spec.id !== 'dose' || before.result.scenario.subject === this.a?.result.scenario.subject)
    );
  }

  /** The run before's line in a row, cut to the time axis (its course may have been longer). */
  private beforeLine(spec: RowSpec): { xs: Float64Array; ys: Float64Array } | null {
    const before = this.runBefore()?.result;
    if (!before || !this.showsBefore(spec)) return null;
    const s = sampled(before);
    const end = this.x.domain()[1] ?? Infinity;
    let n = s.t.length;
    while (n > 0 && (s.t[n - 1] ?? 0) > end + 1e-9) n -= 1;
    return { xs: s.t.subarray(0, n), ys: pick(spec.values(before), s).subarray(0, n) };
  }

  private drawRow(g: G, spec: RowSpec, innerW: number, rowH: number): void {
    const f = this.fontPx;
    const inputs = this.inputs();
    const before = this.beforeLine(spec);
    const max = Math.max(
      ...inputs.map((i) => maxOf(spec.values(i.input.result))),
      before ? maxOf(before.ys) : -Infinity,
    );
    const y = scaleLinear().domain(spec.domain(max)).range([rowH, 0]).nice(3);
    const title = ensure(g, 'text.oc-plot-title', 'text', 'oc-plot-title')
      .attr('x', -f * 4)
      .attr('y', -f * 0.6);
    if (title.select('tspan').empty()) {
      title.append('tspan').attr('class', 'oc-row-name');
      title.append('tspan').attr('class', 'oc-cursor-value');
    }
    // The run before the last change is named at the right of the pain row's heading (no legend row is
    // taken from the rows); its faint lines in the rows below follow the same key.
    const key = spec.id === 'painScore' && before ? B.label : null;
    // It ends short of the plot's right edge by the time cursor's handle (0.7 em each side), which sits on
    // this line when the clock is at the course's end, where lessons and lecture scenes often stop.
    const keyW = key ? legendItemWidth(key, f) + f * 2.8 : 0;
    // The row's name with its value at the cursor (": 0.62×") must fit above the row: else the short name.
    const widest = this.inputs().length > 1 ? ': A 00.00× · B 00.00×' : ': 00.00×';
    const fits = textWidth(`${spec.title}${widest}`, f) + keyW <= innerW + f * 4;
    title.select('tspan.oc-row-name').text(fits ? spec.title : spec.short);
    drawLegend(
      ensure(g, 'g.oc-before-key', 'g', 'oc-before-key').attr(
        'transform',
        `translate(${innerW - keyW + f},${-f * 1.75})`,
      ),
      key ? [{ key: 'before', label: key, style: SERIES_STYLES.ink, kind: 'before' }] : [],
      keyW,
      f,
    );
    drawYAxis(g, { scale: y, ticks: rowH > f * 6 ? 4 : 2, title: '' }, f);
    const series: LineSeries[] = inputs.map((i) => {
      const s = sampled(i.input.result);
      return { key: i.key, style: i.style, xs: s.t, ys: pick(spec.values(i.input.result), s) };
    });
    const guides = ensure(g, 'g.oc-guides', 'g', 'oc-guides');
    this.drawGuides(guides, spec, series[0], y, innerW);
    const lines = ensure(g, 'g.oc-lines', 'g', 'oc-lines');
    drawLines(lines, series, this.x, y, f * 2.6, 8);
    drawBefore(lines, before, SERIES_STYLES.ink.color, this.x, y);
    g.attr('data-ymin', y.domain()[0] ?? 0)
      .attr('data-ymax', y.domain()[1] ?? 1)
      .attr('data-height', rowH);
  }

  private drawGuides(
    g: G,
    spec: RowSpec,
    first: LineSeries | undefined,
    y: ScaleLinear<number, number>,
    innerW: number,
  ): void {
    // Worse than before opioids is shaded: pain above its starting level, threshold below normal
    // (hyperalgesia). Tolerance alone never enters these bands; OIH does.
    const ref = spec.id === 'thresholdRelative' ? 1 : spec.id === 'painScore' ? (first?.ys[0] ?? null) : null;
    const worse = spec.id === 'thresholdRelative' ? Math.min : Math.max;
    const guides = ref === null || !first ? [] : [{ ref, first }];
    g.selectAll('line.oc-guide')
      .data(guides)
      .join('line')
      .attr('class', 'oc-guide')
      .attr('x1', 0)
      .attr('x2', innerW)
      .attr('y1', (d) => y(d.ref))
      .attr('y2', (d) => y(d.ref));
    g.selectAll<SVGPathElement, (typeof guides)[number]>('path.oc-worse')
      .data(guides)
      .join('path')
      .attr('class', 'oc-hyperalgesia oc-worse')
      .attr(
        'd',
        (d) =>
          area<number>()
            .x((i) => this.x(d.first.xs[i] ?? 0))
            .y0(y(d.ref))
            .y1((i) => y(worse(d.ref, d.first.ys[i] ?? d.ref)))(
            Array.from({ length: d.first.xs.length }, (_, i) => i),
          ) ?? '',
      );
  }

  /**
   * The events to mark, numbered in time: events at one time share a mark, and with `courses` the steps of
   * one taper or escalation (of one result) are one band with the course's name. The table lists every step.
   */
  private eventGroups(courses = true): EventGroup[] {
    const bands = new Map<
      string,
      { tDays: number; endDays: number; label: string; name: string; steps: number }
    >();
    const points: ModelEvent[] = [];
    this.results().forEach((r, i) => {
      for (const e of r.events) {
        if (!courses || !e.course) {
          points.push(e);
          continue;
        }
        const key = `${i}:${e.course.key}`;
        const { label, name } = e.course;
        const band = bands.get(key) ?? { tDays: e.tDays, endDays: e.tDays, label, name, steps: 0 };
        band.tDays = Math.min(band.tDays, e.tDays);
        band.endDays = Math.max(band.endDays, e.tDays);
        band.steps += 1;
        bands.set(key, band);
      }
    });
    const byTime = new Map<number, string[]>();
    for (const e of points) {
      const key = Math.round(e.tDays * 1000) / 1000;
      const list = byTime.get(key) ?? [];
      if (!list.includes(e.label)) list.push(e.label);
      byTime.set(key, list);
    }
    const marks = [
      ...[...byTime.entries()].map(([tDays, labels]) => ({
        key: String(tDays),
        tDays,
        endDays: null,
        labels,
        name: null,
      })),
      ...[...bands.entries()].map(([key, b]) => ({
        key: `course-${key}`,
        tDays: b.tDays,
        endDays: b.steps > 1 ? b.endDays : null,
        labels: [b.label],
        name: b.steps > 1 ? b.name : null,
      })),
    ];
    return marks.sort((p, q) => p.tDays - q.tDays).map((m, i) => ({ ...m, n: i + 1 }));
  }

  /**
   * A mark's line in the list under the chart and its accessible name: its week in a course, its day and hour
   * (or hour) in an experiment of `durationDays`, as the clock says it.
   */
  private static eventText(d: EventGroup, durationDays: number): string {
    const label = d.labels.join('; ');
    if (timeScaleOf(durationDays) !== 'weeks') {
      const at = (t: number) => runTimeText(t, durationDays).toLowerCase();
      return d.endDays === null
        ? T.eventLineAt(d.n, at(d.tDays), label)
        : T.bandLineAt(d.n, at(d.tDays), at(d.endDays), label);
    }
    return d.endDays === null
      ? T.eventLine(d.n, formatWeek(d.tDays), label)
      : T.bandLine(d.n, formatWeek(d.tDays), formatWeek(d.endDays), label);
  }

  private drawEvents(
    plot: G,
    events: readonly EventGroup[],
    plotH: number,
    innerW: number,
    axisH: number,
    listed = true,
  ): void {
    const f = this.fontPx;
    const g = ensure(plot, 'g.oc-events', 'g', 'oc-events');
    const marks = joinGroups(g, 'oc-event', events, (d) => d.key, [
      ['line'],
      ['rect', { class: 'oc-event-band' }],
      ['circle'],
      ['text', { class: 'oc-event-n', 'text-anchor': 'middle', dy: '0.35em' }],
      ['text', { class: 'oc-event-band-label', dy: '0.35em' }],
    ])
      .attr('data-t', (d) => d.tDays)
      .attr('transform', (d) => `translate(${this.x(d.tDays)},0)`);
    marks
      .select('line')
      .attr('y1', this.markerY + f * 0.75)
      .attr('y2', plotH);
    // A course's band runs from its first step to its last, behind its number.
    marks
      .attr('data-end', (d) => d.endDays)
      .select('rect')
      .attr('x', 0)
      .attr('y', this.markerY - f * 0.6)
      .attr('height', f * 1.2)
      .attr('rx', f * 0.6)
      .attr('width', (d) => (d.endDays === null ? 0 : this.x(d.endDays) - this.x(d.tDays)))
      .attr('visibility', (d) => (d.endDays === null ? 'hidden' : null));
    marks
      .select('circle')
      .attr('cy', this.markerY)
      .attr('r', f * 0.75);
    marks
      .select('text.oc-event-n')
      .attr('y', this.markerY)
      .text((d) => d.n);
    marks
      .select('text.oc-event-band-label')
      .attr('x', f * 1.1)
      .attr('y', this.markerY)
      .text((d) =>
        d.endDays === null || !d.name
          ? ''
          : fitText(d.name, this.x(d.endDays) - this.x(d.tDays) - f * 1.5, f * 0.8),
      );
    marks.attr('aria-label', (d) => TimeCourseChart.eventText(d, this.x.domain()[1] ?? 0));
    const width = innerW + f * 4;
    g.selectAll<SVGTextElement, EventGroup>('text.oc-event-line')
      .data(listed ? events : [], (d) => d.key)
      .join('text')
      .attr('class', 'oc-event-line')
      .attr('x', -f * 4)
      .attr('y', (_, i) => plotH + axisH + (i + 0.6) * f * 1.35)
      .text((d) => fitText(TimeCourseChart.eventText(d, this.x.domain()[1] ?? 0), width, f));
  }

  private drawCursorValues(plot: G): void {
    const f = this.fontPx;
    const rows = plot.selectAll<SVGGElement, RowSpec>('g.oc-row');
    if (!this.a) return;
    const inputs = this.inputs();
    const x = this.x(Math.min(this.x.domain()[1] ?? 0, Math.max(0, this.tDays)));
    rows.each((spec, i, nodes) => {
      const g = selectG(nodes[i]);
      const y = scaleLinear()
        .domain([Number(g.attr('data-ymin')), Number(g.attr('data-ymax'))])
        .range([Number(g.attr('data-height')), 0]);
      const values = inputs.map((input) => ({
        key: input.key,
        style: input.style,
        v: valueAt(input.input.result, spec.values(input.input.result), this.tDays),
      }));
      // The value at the cursor goes in the row's title, where it never collides with lines or labels —
      // each side's in compare mode; a dot on each line (a circle on A, a diamond on B) shows where it is read.
      g.select('text.oc-plot-title tspan.oc-cursor-value').text(`: ${this.cursorValues(spec, values)}`);
      g.selectAll<SVGPathElement, (typeof values)[number]>('path.oc-cursor-dot')
        .data(values, (d) => d.key)
        .join('path')
        .attr('class', 'oc-cursor-dot')
        .attr('data-series', (d) => d.key)
        .attr(
          'd',
          (d) => symbol(d.key === 'a' ? symbolCircle : symbolDiamond, Math.PI * (f * 0.4) ** 2)() ?? '',
        )
        .attr('transform', (d) => `translate(${x},${y(d.v)})`)
        .style('fill', (d) => (d.key === 'a' ? null : d.style.color));
    });
  }

  /** One row's values at the cursor: the value, or each side's in compare mode ("A 7.7 · B 2.5"). */
  private cursorValues(spec: RowSpec, values: readonly { key: string; v: number }[]): string {
    if (values.length === 1) return spec.format(values[0]?.v ?? 0);
    return values.map((d) => T.sideValue(d.key.toUpperCase(), spec.format(d.v))).join(T.sideSeparator);
  }

  private valueText(t: number): string {
    // An experiment's time as the clock says it ("Day 2, hour 5"); a course's in weeks with its day.
    const duration = Math.max(...this.results().map((r) => r.scenario.durationDays));
    const head =
      timeScaleOf(duration) === 'weeks'
        ? T.cursorValue(formatWeek(t), t.toFixed(1))
        : runTimeText(t, duration);
    if (!this.a) return head;
    const inputs = this.inputs();
    return `${head}: ${this.rows
      .map((r) => {
        const values = inputs.map((i) => ({
          key: i.key,
          v: valueAt(i.input.result, r.values(i.input.result), t),
        }));
        return `${r.short} ${this.cursorValues(r, values)}`;
      })
      .join(', ')}`;
  }
}

function selectG(node: SVGGElement | undefined): G {
  return selectNode(node as SVGGElement);
}

function round(v: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(v * k) / k;
}

/** The lowest a row of the time course gets, in font sizes: enough for its line and three ticks. */
const MIN_ROW_EM = 2;
/** Below this plot-area height (in font sizes) the chart draws tight. */
const TIGHT_EM = 32;

/**
 * How many rows (4: pain, threshold, dose, withdrawal; then 3 without withdrawal; then 2, pain and dose) and
 * whether the numbered list of events fits in `room` px (the height left for rows and the list). The list goes
 * first (its numbers stay on the chart and the table lists every event); then rows, least telling first.
 */
export function fitRows(
  room: number,
  listH: number,
  fontPx: number,
  rowGap: number,
): { rows: number; listEvents: boolean } {
  const need = (rows: number) => rows * (fontPx * MIN_ROW_EM + rowGap) - rowGap;
  for (const rows of [4, 3, 2]) {
    if (need(rows) + listH <= room) return { rows, listEvents: true };
    if (need(rows) <= room) return { rows, listEvents: false };
  }
  return { rows: 2, listEvents: false };
}

/** The rows kept when not all fit: withdrawal goes first, then the threshold; pain and dose stay. */
function keepRows(rows: RowSpec[], count: number): RowSpec[] {
  const dropOrder: RowSpec['id'][] = ['withdrawal', 'thresholdRelative'];
  const dropped = new Set(dropOrder.slice(0, Math.max(0, rows.length - count)));
  return rows.filter((r) => !dropped.has(r.id));
}
