/**
 * Each patient's pain at one week as a dot (issue 21): a beeswarm along a 0–10 pain axis, the pain without the
 * opioid marked by a dashed line, each dot shaped and filled by its class (filled triangle: worse; filled
 * diamond: hyperalgesia hidden by relief; open square: tolerance only; open circle: neither) as well as
 * coloured. A click on a dot picks that patient; the keyboard picks from the view's list of the same patients
 * (src/ui/cohort), so the dots themselves are not tab stops (200–1000 of them would be a trap).
 */
import { scaleLinear, select, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle } from 'd3';
import { cohortChartWords as w, cohortClassWords } from '../content/cohort-words';
import { formatWeek } from '../content/charts';
import { COHORT_CLASSES, type CohortClass, type PatientAtDay } from '../model';
import { drawXAxis } from './axes';
import type { CohortChart, CohortDotData } from './cohort-data';
import { renderTable, type Cell } from './table';
import { chartFontPx } from './text-metrics';

const SHAPES: Readonly<Record<CohortClass, typeof symbolCircle>> = {
  worse: symbolTriangle,
  hyperalgesia: symbolDiamond,
  'tolerance-only': symbolSquare,
  neither: symbolCircle,
};

let made = 0;

/**
 * Beeswarm offsets: dots in order of pain, each at the smallest distance from the axis (above, then below)
 * where it overlaps none placed before. Only neighbours closer than a diameter in x are checked.
 */
export function swarm(xs: readonly number[], radius: number): number[] {
  const order = xs.map((_, i) => i).sort((a, b) => (xs[a] ?? 0) - (xs[b] ?? 0));
  const ys = new Array<number>(xs.length).fill(0);
  const placed: number[] = [];
  const d = radius * 2;
  let start = 0;
  for (const i of order) {
    const xi = xs[i] ?? 0;
    while (start < placed.length && xi - (xs[placed[start] ?? 0] ?? 0) >= d) start++;
    const near = placed.slice(start);
    const free = (y: number) =>
      near.every((j) => {
        const dx = xi - (xs[j] ?? 0);
        const dy = y - (ys[j] ?? 0);
        return dx * dx + dy * dy >= d * d - 1e-6;
      });
    let y = 0;
    for (let step = 0; !free(y); step++) y = (step % 2 === 0 ? 1 : -1) * Math.ceil((step + 1) / 2) * d * 0.5;
    ys[i] = y;
    placed.push(i);
  }
  return ys;
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
    item.append(sample, `${cohortClassWords[cls].legend}: `, count);
    legend.append(item);
  }
  const svgBox = doc.createElement('div');
  svgBox.className = 'xc-svg-box';
  const svgEl = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svgEl.setAttribute('class', 'oc-svg xc-svg cohort-svg');
  svgEl.setAttribute('role', 'img');
  svgEl.setAttribute('aria-labelledby', `${titleId} ${summaryId}`);
  svgBox.append(svgEl);
  const summary = doc.createElement('p');
  summary.className = 'xc-summary';
  summary.id = summaryId;
  const details = doc.createElement('details');
  details.className = 'xc-tables';
  const detailsSummary = doc.createElement('summary');
  const tableBox = doc.createElement('div');
  tableBox.className = 'xc-table-wrap';
  tableBox.tabIndex = 0;
  tableBox.setAttribute('role', 'group');
  details.append(detailsSummary, tableBox);
  figure.append(title, legend, svgBox, summary, details);
  host.replaceChildren(figure);

  svgEl.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-patient]') : null;
    const index = Number(target?.getAttribute('data-patient'));
    if (target && Number.isInteger(index)) onPick(index);
  });

  let data: CohortDotData | null = null;
  let drawnWidth = -1;
  const drawTable = () => {
    if (!data || !details.open) return;
    renderTable(tableBox, w.dotsCaption(formatWeek(data.summary.day)), dotsTable(data));
  };
  details.addEventListener('toggle', drawTable);
  const draw = (force: boolean) => {
    if (!data) return;
    const width = Math.max(260, Math.round(svgBox.clientWidth || host.clientWidth || 600));
    if (!force && Math.abs(width - drawnWidth) < 2) return;
    drawnWidth = width;
    drawDots(svgEl, data, width);
  };
  const View = doc.defaultView;
  const observer = View && 'ResizeObserver' in View ? new View.ResizeObserver(() => draw(false)) : null;
  observer?.observe(svgBox);
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
      draw(true);
      drawTable();
    },
    destroy() {
      observer?.disconnect();
      figure.remove();
    },
  };
}

function drawDots(svgEl: SVGSVGElement, data: CohortDotData, width: number) {
  const fontPx = chartFontPx(svgEl);
  const { summary } = data;
  const margin = { left: fontPx * 1.2, right: fontPx * 1.2, top: fontPx * 1.6, bottom: fontPx * 3.6 };
  const swarmHeight = Math.round(Math.min(260, Math.max(150, width * 0.32)));
  const height = swarmHeight + margin.top + margin.bottom;
  const x = scaleLinear([0, 10], [0, width - margin.left - margin.right]);
  const xs = summary.each.map((p) => x(Math.min(10, Math.max(0, p.pain))));
  // The largest dot (up to 6 px) whose swarm fits the height; 1000 patients get small dots.
  let radius = Math.max(3, Math.min(6, Math.sqrt((width * swarmHeight) / Math.max(1, data.total)) / 3));
  let ys = swarm(xs, radius);
  while (radius > 1.6 && ys.some((y) => Math.abs(y) > swarmHeight / 2 - radius)) {
    radius *= 0.85;
    ys = swarm(xs, radius);
  }
  const mid = margin.top + swarmHeight / 2;
  const svg = select(svgEl)
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`);
  svg.selectAll('*').remove();
  const g = svg.append('g').attr('transform', `translate(${margin.left},0)`);
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
  const dots = g.append('g').attr('class', 'cohort-dots-layer');
  summary.each.forEach((p, i) => {
    dots
      .append('path')
      .attr('class', `cohort-dot cohort-dot-${p.class}`)
      .attr('data-patient', p.index)
      .attr('data-class', p.class)
      .attr('d', symbol(SHAPES[p.class], area)())
      .attr('transform', `translate(${(xs[i] ?? 0).toFixed(1)},${(mid - (ys[i] ?? 0)).toFixed(1)})`)
      .append('title')
      .text(`Patient ${p.index + 1}: pain ${p.pain.toFixed(1)}, ${cohortClassWords[p.class].name}`);
  });
}
