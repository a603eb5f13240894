/**
 * Each patient's pain at one week as a dot (issue 21): a dot plot along a 0–10 pain axis, the pain without the
 * opioid marked by a dashed line, each dot shaped and filled by its class (filled triangle: worse; filled
 * diamond: hyperalgesia hidden by relief; open square: tolerance only; open circle: neither) as well as
 * coloured. A click on a dot picks that patient; the keyboard picks from the view's list of the same patients
 * (src/ui/cohort), so the dots themselves are not tab stops (200–1000 of them would be a trap).
 */
import { scaleLinear, select, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle } from 'd3';
import { cohortChartWords as w, cohortClassWords } from '../content/cohort-words';
import { formatWeek } from '../content/charts';
import { COHORT_CLASSES, type CohortClass, type PatientAtDay } from '../model';
import { drawXAxis, ensure } from './axes';
import type { G } from './chart-frame';
import type { CohortChart, CohortDotData } from './cohort-data';
import { renderTable, type Cell } from './table';
import { cohortChartBody, measuredBox } from './cohort-box';

const SHAPES: Readonly<Record<CohortClass, typeof symbolCircle>> = {
  worse: symbolTriangle,
  hyperalgesia: symbolDiamond,
  'tolerance-only': symbolSquare,
  neither: symbolCircle,
};

let made = 0;

/**
 * A dot plot's places: the pain axis cut into columns one dot wide, each column's dots stacked out from the
 * middle, alternately above and below, in order of pain. Linear in the patients (a beeswarm's overlap search
 * was quadratic where pain crowds, which is most of a cohort: 1000 dots took too long to place while they
 * arrive). A dot sits within its radius of its pain; the data table has the exact values.
 */
export function stackDots(xs: readonly number[], radius: number): { x: number[]; y: number[] } {
  const d = radius * 2;
  const order = xs.map((_, i) => i).sort((a, b) => (xs[a] ?? 0) - (xs[b] ?? 0));
  const inColumn = new Map<number, number>();
  const x = new Array<number>(xs.length).fill(0);
  const y = new Array<number>(xs.length).fill(0);
  for (const i of order) {
    const column = Math.floor((xs[i] ?? 0) / d);
    const k = inColumn.get(column) ?? 0;
    inColumn.set(column, k + 1);
    x[i] = (column + 0.5) * d;
    y[i] = (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * d;
  }
  return { x, y };
}

function dotsTable(data: CohortDotData): { columns: string[]; rows: Cell[][] } {
  const c = w.columns;
  return {
    columns: [
      c.patient,
      c.pain,
      c.threshold,
      c.allodynia,
      c.toleranceFold,
      c.susceptibility,
      c.metabolism,
      c.class,
    ],
    rows: data.summary.each.map((p: PatientAtDay) => [
      p.index + 1,
      p.pain,
      p.threshold,
      p.allodynia,
      p.toleranceFold,
      p.susceptibility,
      p.metabolism,
      cohortClassWords[p.class].name,
    ]),
  };
}

export function cohortDotChart(
  host: HTMLElement,
  onPick: (index: number) => void,
): CohortChart<CohortDotData> {
  const n = ++made;
  const doc = host.ownerDocument;
  const titleId = `cd-title-${n}`;
  const summaryId = `cd-summary-${n}`;
  const figure = doc.createElement('figure');
  figure.className = 'xc-chart cohort-chart cohort-dots';
  figure.setAttribute('aria-labelledby', titleId);
  const title = doc.createElement('p');
  title.className = 'xc-chart-title';
  title.id = titleId;
  const legend = doc.createElement('ul');
  legend.className = 'xc-legend cohort-legend';
  const legendCounts = new Map<CohortClass, HTMLElement>();
  for (const cls of COHORT_CLASSES) {
    const item = doc.createElement('li');
    const sample = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    sample.setAttribute('class', 'cohort-key');
    sample.setAttribute('viewBox', '-8 -8 16 16');
    sample.setAttribute('aria-hidden', 'true');
    const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('class', `cohort-dot cohort-dot-${cls}`);
    path.setAttribute('d', symbol(SHAPES[cls], 70)() ?? '');
    sample.append(path);
    const count = doc.createElement('span');
    legendCounts.set(cls, count);
    const words = doc.createElement('span');
    words.append(`${cohortClassWords[cls].legend}: `, count);
    item.append(sample, words);
    legend.append(item);
  }
  const { svgBox, svgEl, summary, details, detailsSummary, tableBox } = cohortChartBody(
    doc,
    titleId,
    summaryId,
  );
  figure.append(title, legend, svgBox, summary, details);
  host.replaceChildren(figure);

  svgEl.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-patient]') : null;
    const index = Number(target?.getAttribute('data-patient'));
    if (target && Number.isInteger(index)) onPick(index);
  });

  let data: CohortDotData | null = null;
  const drawTable = () => {
    if (!data || !details.open) return;
    renderTable(tableBox, w.dotsCaption(formatWeek(data.summary.day)), dotsTable(data));
  };
  details.addEventListener('toggle', drawTable);
  const draw = () => data && drawDots(svgEl, data, box.width, box.fontPx);
  const box = measuredBox(svgBox, svgEl, draw);
  return {
    draw(next) {
      data = next;
      const { summary: s } = next;
      const week = formatWeek(s.day);
      title.textContent = w.dotsTitle(week);
      detailsSummary.textContent = `${w.dataTable}: ${w.dotsTitle(week)}`;
      tableBox.setAttribute('aria-label', w.dotsCaption(week));
      for (const cls of COHORT_CLASSES) {
        const count = legendCounts.get(cls);
        if (count) count.textContent = `${s.byClass[cls]} of ${s.patients}`;
      }
      summary.textContent =
        s.patients > 0 ? w.dotsSummary(week, s.patients, s.worse.count, s.untreatedPain) : '';
      draw();
      drawTable();
    },
    destroy() {
      box.destroy();
      figure.remove();
    },
  };
}

function drawDots(svgEl: SVGSVGElement, data: CohortDotData, width: number, fontPx: number) {
  const { summary } = data;
  const margin = { left: fontPx * 1.2, right: fontPx * 1.2, top: fontPx * 1.6, bottom: fontPx * 3.6 };
  const swarmHeight = Math.round(Math.min(260, Math.max(150, width * 0.32)));
  const height = swarmHeight + margin.top + margin.bottom;
  const x = scaleLinear([0, 10], [0, width - margin.left - margin.right]);
  const xs = summary.each.map((p) => x(Math.min(10, Math.max(0, p.pain))));
  // The largest dot (up to 6 px) whose stacks fit the height; 1000 patients get small dots.
  let radius = 6;
  let placed = stackDots(xs, radius);
  while (radius > 1.6 && placed.y.some((y) => Math.abs(y) > swarmHeight / 2 - radius)) {
    radius *= 0.85;
    placed = stackDots(xs, radius);
  }
  const mid = margin.top + swarmHeight / 2;
  const svg = select(svgEl)
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`);
  // The frame (axis, the untreated mark) is drawn again; the dots are joined by patient, so a redraw while
  // patients arrive moves the ones there and adds the new, instead of making all of them again.
  const g = ensure(svg as unknown as G, 'g.cohort-plot', 'g', 'cohort-plot').attr(
    'transform',
    `translate(${margin.left},0)`,
  );
  g.selectChildren(':not(.cohort-dots-layer)').remove();
  drawXAxis(g, { scale: x, title: w.dotsX, ticks: 10 }, height - margin.bottom, fontPx);
  if (Number.isFinite(summary.untreatedPain)) {
    const ux = x(summary.untreatedPain);
    g.append('line')
      .attr('class', 'cohort-untreated-mark')
      .attr('x1', ux)
      .attr('x2', ux)
      .attr('y1', margin.top * 0.8)
      .attr('y2', height - margin.bottom);
    g.append('text')
      .attr('class', 'xc-reference-label')
      .attr('x', ux)
      .attr('y', margin.top * 0.6)
      .attr('text-anchor', ux > x(7) ? 'end' : ux < x(3) ? 'start' : 'middle')
      .text(w.untreatedMark(summary.untreatedPain));
  }
  const area = Math.PI * radius * radius * 1.3;
  const shapes = new Map(COHORT_CLASSES.map((c) => [c, symbol(SHAPES[c], area)() ?? ''] as const));
  // Outlines thin with the dots, so 1000 small shapes stay shapes rather than merging into one mass.
  const dots = ensure(g, 'g.cohort-dots-layer', 'g', 'cohort-dots-layer')
    .style('--dot-stroke', `${Math.max(0.6, Math.min(1.5, radius / 3)).toFixed(2)}px`)
    .raise();
  const where = new Map(summary.each.map((p, i) => [p.index, i]));
  dots
    .selectAll<SVGPathElement, PatientAtDay>('path.cohort-dot')
    .data(summary.each, (p) => p.index)
    .join((enter) => {
      const path = enter.append('path');
      path.append('title');
      return path;
    })
    .attr('class', (p) => `cohort-dot cohort-dot-${p.class}`)
    .attr('data-patient', (p) => p.index)
    .attr('data-class', (p) => p.class)
    .attr('d', (p) => shapes.get(p.class) ?? '')
    .attr('transform', (p) => {
      const i = where.get(p.index) ?? 0;
      return `translate(${(placed.x[i] ?? 0).toFixed(1)},${(mid - (placed.y[i] ?? 0)).toFixed(1)})`;
    })
    .select('title')
    .text((p) => `Patient ${p.index + 1}: pain ${p.pain.toFixed(1)}, ${cohortClassWords[p.class].name}`);
}
