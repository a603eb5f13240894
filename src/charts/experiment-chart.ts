/**
 * An experiment's result chart (issue 20): the model's curves and the paper's points on the same axes, with an
 * HTML legend, a one-sentence summary and the data as tables. Curves are told apart by colour, dash and
 * marker; the paper's marks by shape (circle: a value, diamond: at, triangles: above or below) and dashed
 * reference lines for a level with no time or a time with no level — never by colour alone.
 */
import { select, type Selection } from 'd3';
import './experiment-chart.css';
import { drawXAxis, drawYAxis, logTicks } from './axes';
import {
  markPath,
  paperMarkKind,
  paperMarkShape,
  curveStyle,
  WHAT_IF_MARKER_TURN,
  WHAT_IF_STYLE,
} from './experiment-marks';
import { plotScales, symlogTicks, type PlotScales } from './experiment-scales';
import type { DrawExperimentChart, ExperimentPlotData, PaperPoint } from './experiment-plot-data';
import { experimentLegend } from './experiment-legend';
import { experimentTables } from './experiment-table';
import { chartFontPx, fitText } from './text-metrics';
import { dashArray } from './series-style';

let made = 0;

/** Draws into `host` now and again whenever its width changes; `destroy` stops following it. */
export const drawExperimentChart: DrawExperimentChart = (host, data, words) => {
  const n = ++made;
  const doc = host.ownerDocument;
  const titleId = `xc-title-${n}`;
  const summaryId = `xc-summary-${n}`;
  const title = doc.createElement('p');
  title.className = 'xc-chart-title';
  title.id = titleId;
  title.textContent = data.title;
  const figure = doc.createElement('figure');
  figure.className = 'xc-chart';
  figure.dataset['plot'] = data.id;
  figure.setAttribute('aria-labelledby', titleId);
  const svgBox = doc.createElement('div');
  svgBox.className = 'xc-svg-box';
  const summary = doc.createElement('p');
  summary.className = 'xc-summary';
  summary.id = summaryId;
  summary.textContent = data.summary;
  const yTitle = doc.createElement('p');
  yTitle.className = 'xc-y-title';
  const arrow = doc.createElement('span');
  arrow.setAttribute('aria-hidden', 'true');
  arrow.textContent = '↑ ';
  yTitle.append(arrow, data.yTitle);
  figure.append(
    title,
    experimentLegend(doc, data, words),
    yTitle,
    svgBox,
    summary,
    experimentTables(doc, data, words),
  );
  host.replaceChildren(figure);

  let drawnWidth = -1;
  const draw = () => {
    const width = Math.max(260, Math.round(svgBox.clientWidth || host.clientWidth || 600));
    if (Math.abs(width - drawnWidth) < 2) return;
    drawnWidth = width;
    drawSvg(svgBox, data, width, [titleId, summaryId].join(' '));
  };
  draw();
  const View = doc.defaultView;
  const observer = View && 'ResizeObserver' in View ? new View.ResizeObserver(() => draw()) : null;
  observer?.observe(svgBox);
  return { destroy: () => observer?.disconnect() };
};

function drawSvg(box: HTMLElement, data: ExperimentPlotData, width: number, labelledBy: string) {
  const svgEl =
    box.querySelector('svg') ??
    box.appendChild(box.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'svg'));
  svgEl.setAttribute('class', 'oc-svg xc-svg');
  const fontPx = chartFontPx(svgEl);
  const narrow = width < 480;
  const height = Math.round(Math.min(360, Math.max(230, width * 0.5)));
  const margin = {
    left: fontPx * (narrow ? 3.4 : 4.4),
    right: fontPx * 1.2,
    top: fontPx,
    bottom: fontPx * 3.6,
  };
  // The plot's own coordinates: x from 0 at the y axis (drawYAxis draws it at x = 0).
  const plotWidth = width - margin.left - margin.right;
  const scales = plotScales(data, [0, plotWidth], [height - margin.bottom, margin.top]);
  const svg = select(svgEl)
    .attr('role', 'img')
    .attr('aria-labelledby', labelledBy)
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`);
  svg.selectAll('*').remove();
  const g = svg.append('g').attr('transform', `translate(${margin.left},0)`);
  const x = scales.x;
  const categories = data.categories;
  drawXAxis(
    g,
    {
      scale: x,
      title: data.xTitle,
      ...(categories
        ? {
            tickValues: categories.map((_, i) => i),
            format: (v: number) => fitText(categories[v] ?? '', plotWidth / categories.length, fontPx),
          }
        : data.xScale === 'symlog'
          ? { tickValues: symlogTicks(x, x.domain() as [number, number], fontPx) }
          : { ticks: narrow ? 4 : 7 }),
    },
    height - margin.bottom,
    fontPx,
  );
  // The y axis's title is above the plot, in HTML, where a long one wraps (drawn here it would be cut).
  const plotHeight = height - margin.top - margin.bottom;
  drawYAxis(
    g,
    {
      scale: scales.y,
      title: '',
      format: tickFormat(scales),
      // A log axis gets 1-2-5 ticks (or fewer) that fit its height, not d3's nine a decade.
      ...(scales.yLog
        ? { tickValues: logTicks(scales.y.domain() as [number, number], plotHeight * 1.6, fontPx) }
        : { ticks: 5 }),
    },
    fontPx,
  );
  drawCurves(g, data, scales);
  // Under the paper's marks, which stay in sight for reference.
  drawWhatIf(g, data, scales);
  drawPaper(g, data, scales, fontPx);
}

const tickFormat = (scales: PlotScales) => (v: number) => {
  if (scales.yLog) return Number(v.toPrecision(2)).toString();
  return Math.abs(v) >= 100 ? v.toFixed(0) : String(Number(v.toPrecision(3)));
};

type G = Selection<SVGGElement, unknown, null, undefined>;

/**
 * Readings of several groups on the same day (Dunbar's five on day 8) stand a few pixels apart, each with the
 * paper's mark of its group, so none hides another; lines of a course are never moved.
 */
function dodge(data: ExperimentPlotData, curve: number | null): number {
  const n = data.curves.length;
  if (curve === null || n < 2 || data.curves.some((c) => c.kind === 'line')) return 0;
  return (curve - (n - 1) / 2) * 7;
}

function drawCurves(g: G, data: ExperimentPlotData, { x, y }: PlotScales) {
  data.curves.forEach((curve, i) => {
    const style = curveStyle(i);
    const points = curve.x
      .map((xv, k) => [xv, curve.y[k] ?? NaN] as const)
      .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && (!y.log || b > 0));
    const d = points
      .map(([a, b], k) => `${k === 0 ? 'M' : 'L'}${x(a).toFixed(1)},${y(b).toFixed(1)}`)
      .join('');
    const curveG = g
      .append('g')
      .attr('class', 'xc-curve')
      .attr('data-curve', curve.label)
      .attr('transform', `translate(${dodge(data, i)},0)`);
    curveG
      .append('path')
      .attr('class', curve.kind === 'points' ? 'oc-line xc-thin' : 'oc-line')
      .attr('d', d)
      .style('stroke', style.color)
      .style('stroke-dasharray', dashArray(style));
    // Markers along a course (five), or on every reading.
    const every = curve.kind === 'points' ? 1 : Math.max(1, Math.floor(points.length / 5));
    const offset = curve.kind === 'points' ? 0 : Math.floor((every * (i + 1)) / (data.curves.length + 1));
    points.forEach(([a, b], k) => {
      if ((k - offset) % every !== 0 || k < offset) return;
      curveG
        .append('path')
        .attr('class', 'xc-model-marker')
        .attr('d', markPath(style.symbol, 64))
        .attr('transform', `translate(${x(a).toFixed(1)},${y(b).toFixed(1)})`)
        .style('fill', style.color);
    });
  });
}

/**
 * The what-if curve, in its own look (WHAT_IF_STYLE, heavier: .xc-what-if); readings of several groups on one
 * day stand beside the last group's, so it hides none.
 */
function drawWhatIf(g: G, data: ExperimentPlotData, { x, y }: PlotScales) {
  const curve = data.whatIf;
  if (!curve) return;
  const style = WHAT_IF_STYLE;
  const n = data.curves.length;
  const shift = n >= 2 && !data.curves.some((c) => c.kind === 'line') ? ((n - 1) / 2 + 1) * 7 : 0;
  const points = curve.x
    .map((xv, k) => [xv, curve.y[k] ?? NaN] as const)
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && (!y.log || b > 0));
  const curveG = g
    .append('g')
    .attr('class', 'xc-curve xc-what-if')
    .attr('data-curve', curve.label)
    .attr('transform', `translate(${shift},0)`);
  curveG
    .append('path')
    .attr('class', 'oc-line')
    .attr(
      'd',
      points.map(([a, b], k) => `${k === 0 ? 'M' : 'L'}${x(a).toFixed(1)},${y(b).toFixed(1)}`).join(''),
    )
    .style('stroke', style.color)
    .style('stroke-dasharray', dashArray(style));
  const every = curve.kind === 'points' ? 1 : Math.max(1, Math.floor(points.length / 6));
  points.forEach(([a, b], k) => {
    if (k % every !== Math.floor(every / 2) % every) return;
    curveG
      .append('path')
      .attr('class', 'xc-model-marker')
      .attr('d', markPath(style.symbol, 90))
      .attr('transform', `translate(${x(a).toFixed(1)},${y(b).toFixed(1)}) ${WHAT_IF_MARKER_TURN}`)
      .style('fill', style.color);
  });
}

function drawPaper(g: G, data: ExperimentPlotData, scales: PlotScales, fontPx: number) {
  const { x, y } = scales;
  const [x0, x1] = x.range() as [number, number];
  const [y0, y1] = y.range() as [number, number];
  for (const point of data.points) {
    const kind = paperMarkKind(point);
    const mark = g
      .append('g')
      .attr('class', 'xc-published')
      .attr('data-kind', kind)
      .attr('transform', kind === 'level' ? null : `translate(${dodge(data, point.curve)},0)`);
    mark.append('title').text(`${point.label}: ${point.note}`);
    const color = point.curve === null ? 'var(--color-text)' : curveStyle(point.curve).color;
    if (kind === 'level' && point.y !== null) {
      if (point.low !== undefined && point.high !== undefined)
        mark
          .append('rect')
          .attr('class', 'xc-band')
          .attr('x', x0)
          .attr('width', x1 - x0)
          .attr('y', y(point.high))
          .attr('height', Math.abs(y(point.low) - y(point.high)));
      mark
        .append('line')
        .attr('class', 'xc-reference')
        .attr('x1', x0)
        .attr('x2', x1)
        .attr('y1', y(point.y))
        .attr('y2', y(point.y))
        .style('stroke', color);
      mark
        .append('text')
        .attr('class', 'xc-reference-label')
        .attr('x', x1 - 4)
        .attr('y', y(point.y) - 4)
        .attr('text-anchor', 'end')
        .text(fitText(`${point.label}`, (x1 - x0) * 0.6, fontPx * 0.85));
      continue;
    }
    if (kind === 'time' && point.x !== null) {
      if (point.xRange)
        mark
          .append('rect')
          .attr('class', 'xc-band')
          .attr('x', x(point.xRange[0]))
          .attr('y', y1)
          .attr('width', x(point.xRange[1]) - x(point.xRange[0]))
          .attr('height', y0 - y1);
      mark
        .append('line')
        .attr('class', 'xc-reference')
        .attr('x1', x(point.x))
        .attr('x2', x(point.x))
        .attr('y1', y0)
        .attr('y2', y1)
        .style('stroke', color);
      mark
        .append('text')
        .attr('class', 'xc-reference-label')
        .attr('x', x(point.x) + 4)
        .attr('y', y1 + fontPx)
        .text(fitText(point.label, (x1 - x(point.x)) * 0.9, fontPx * 0.85));
      continue;
    }
    drawPointMark(mark, point, scales, color);
  }
}

function drawPointMark(mark: G, point: PaperPoint, { x, y }: PlotScales, color: string) {
  if (point.x === null || point.y === null) return;
  const cx = x(point.x);
  const cy = y(point.y);
  const cap = 5;
  if (point.low !== undefined && point.high !== undefined) {
    const [lo, hi] = [y(point.low), y(point.high)];
    mark
      .append('path')
      .attr('class', 'xc-error')
      .attr('d', `M${cx},${lo}V${hi}M${cx - cap},${lo}H${cx + cap}M${cx - cap},${hi}H${cx + cap}`);
  }
  if (point.xRange) {
    const [a, b] = [x(point.xRange[0]), x(point.xRange[1])];
    mark
      .append('path')
      .attr('class', 'xc-error')
      .attr('d', `M${a},${cy}H${b}M${a},${cy - cap}V${cy + cap}M${b},${cy - cap}V${cy + cap}`);
  }
  mark
    .append('path')
    .attr('class', 'xc-paper-marker')
    .attr('d', markPath(paperMarkShape(point), 150))
    .attr('transform', `translate(${cx.toFixed(1)},${cy.toFixed(1)})`)
    .style('fill', color);
}
