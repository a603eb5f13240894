/**
 * Each patient at one week as a dot (issue 21): a dot plot along an axis of pain (0–10) or of the pain threshold
 * (× normal) — the quantity is the plot's (cohort-dot-quantity.ts) — the value without the opioid marked by a
 * dashed line, each dot shaped and filled by its class (filled triangle: worse; filled diamond: hyperalgesia
 * hidden by relief; open square: tolerance only; open circle: neither) as well as coloured. A click on a dot picks
 * that patient; the keyboard picks from the view's list of the same patients (src/ui/cohort), so the dots
 * themselves are not tab stops (200–1000 of them would be a trap). PNG and SVG export as the other charts.
 */
import { scaleLinear, select, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle } from 'd3';
import { cohortChartWords as w, cohortClassWords } from '../content/cohort-words';
import { formatWeek } from '../content/charts';
import { COHORT_CLASSES, type CohortClass, type PatientAtDay } from '../model';
import { drawXAxis, ensure } from './axes';
import type { G } from './chart-frame';
import type { CohortChart, CohortDotData, DotQuantity } from './cohort-data';
import { DOT_SPECS, type DotSpec } from './cohort-dot-quantity';
import { exportToolbar } from './cohort-export';
import { renderTable } from './table';
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

export function cohortDotChart(
  host: HTMLElement,
  onPick: (index: number) => void,
  quantity: DotQuantity = 'pain',
): CohortChart<CohortDotData> {
  const spec = DOT_SPECS[quantity];
  const n = ++made;
  const doc = host.ownerDocument;
  const titleId = `cd-title-${n}`;
  const summaryId = `cd-summary-${n}`;
  const figure = doc.createElement('figure');
  figure.className = `xc-chart cohort-chart cohort-dots cohort-dots-${quantity}`;
  figure.setAttribute('aria-labelledby', titleId);
  const title = doc.createElement('p');
  title.className = 'xc-chart-title';
  title.id = titleId;
  const legend = doc.createElement('ul');
  legend.className = 'xc-legend cohort-legend';
  const legendCounts = new Map<CohortClass, HTMLElement>();
  const legendWords = new Map<CohortClass, HTMLElement>();
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
    legendWords.set(cls, words);
    item.append(sample, words);
    legend.append(item);
  }
  const { svgBox, svgEl, summary, details, detailsSummary, tableBox } = cohortChartBody(
    doc,
    titleId,
    summaryId,
  );
  let data: CohortDotData | null = null;
  const toolbar = exportToolbar(doc, () =>
    data
      ? {
          svg: svgEl,
          title: title.textContent ?? '',
          subtitle: summary.textContent ?? '',
          keys: COHORT_CLASSES.map((cls) => ({
            mark: 'symbol' as const,
            className: `cohort-dot cohort-dot-${cls}`,
            d: symbol(SHAPES[cls], 70)() ?? '',
            text: legendWords.get(cls)?.textContent ?? '',
          })),
          file: (ext) => w.exportFile(data?.total ?? 0, data?.seed ?? 0, quantity, ext, data?.side),
        }
      : null,
  );
  const head = doc.createElement('div');
  head.className = 'cohort-chart-head';
  head.append(title, toolbar.root);
  figure.append(head, legend, svgBox, summary, details);
  host.replaceChildren(figure);

  svgEl.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-patient]') : null;
    const index = Number(target?.getAttribute('data-patient'));
    if (target && Number.isInteger(index)) onPick(index);
  });

  const drawTable = () => {
    if (!data || !details.open) return;
    renderTable(tableBox, spec.caption(formatWeek(data.summary.day)), spec.table(data.summary));
  };
  details.addEventListener('toggle', drawTable);
  const draw = () => data && drawDots(svgEl, spec, data, box.width, box.fontPx);
  const box = measuredBox(svgBox, svgEl, draw);
  return {
    draw(next) {
      data = next;
      const { summary: s } = next;
      const week = formatWeek(s.day);
      title.textContent = spec.title(week);
      toolbar.update(spec.title(week), s.patients > 0 && s.patients >= next.total);
      detailsSummary.textContent = `${w.dataTable}: ${spec.title(week)}`;
      tableBox.setAttribute('aria-label', spec.caption(week));
      for (const cls of COHORT_CLASSES) {
        const count = legendCounts.get(cls);
        if (count) count.textContent = `${s.byClass[cls]} of ${s.patients}`;
      }
      summary.textContent = spec.sentence(week, s);
      draw();
      drawTable();
    },
    destroy() {
      box.destroy();
      figure.remove();
    },
  };
}

function drawDots(svgEl: SVGSVGElement, spec: DotSpec, data: CohortDotData, width: number, fontPx: number) {
  const { summary } = data;
  const margin = { left: fontPx * 1.2, right: fontPx * 1.2, top: fontPx * 1.6, bottom: fontPx * 3.6 };
  const swarmHeight = Math.round(Math.min(260, Math.max(150, width * 0.32)));
  const height = swarmHeight + margin.top + margin.bottom;
  const [lo, hi] = spec.domain(summary);
  const plotWidth = width - margin.left - margin.right;
  const x = scaleLinear([lo, hi], [0, plotWidth]);
  const xs = summary.each.map((p) => x(Math.min(hi, Math.max(lo, spec.value(p)))));
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
  // The frame is kept and changed in place (the axis is drawn again only when its scale changes, axes.ts), and
  // a dot's attributes are written only when they change: while patients arrive at one week, a dot keeps its
  // class, shape and words, and a redraw writes little more than the places of the dots that moved.
  drawXAxis(g, { scale: x, title: spec.axisTitle, ticks: spec.ticks }, height - margin.bottom, fontPx);
  const untreated = spec.untreated(summary);
  const shown = Number.isFinite(untreated);
  const ux = shown ? x(untreated) : 0;
  ensure(g, 'line.cohort-untreated-mark', 'line', 'cohort-untreated-mark')
    .attr('display', shown ? null : 'none')
    .attr('x1', ux)
    .attr('x2', ux)
    .attr('y1', margin.top * 0.8)
    .attr('y2', height - margin.bottom);
  ensure(g, 'text.xc-reference-label', 'text', 'xc-reference-label')
    .attr('x', ux)
    .attr('y', margin.top * 0.6)
    .attr('text-anchor', ux > plotWidth * 0.7 ? 'end' : ux < plotWidth * 0.3 ? 'start' : 'middle')
    .text(shown ? spec.untreatedMark(untreated) : '');
  const area = Math.PI * radius * radius * 1.3;
  const shapes = new Map(COHORT_CLASSES.map((c) => [c, symbol(SHAPES[c], area)() ?? ''] as const));
  const dots = ensure(g, 'g.cohort-dots-layer', 'g', 'cohort-dots-layer');
  const layer = dots.node() as SVGGElement;
  if (layer.nextElementSibling) dots.raise();
  // Outlines thin with the dots, so 1000 small shapes stay shapes rather than merging into one mass.
  const stroke = `${Math.max(0.6, Math.min(1.5, radius / 3)).toFixed(2)}px`;
  if (layer.style.getPropertyValue('--dot-stroke') !== stroke)
    layer.style.setProperty('--dot-stroke', stroke);
  const where = new Map(summary.each.map((p, i) => [p.index, i]));
  dots
    .selectAll<SVGPathElement, PatientAtDay>('path.cohort-dot')
    .data(summary.each, (p) => p.index)
    .join((enter) => {
      const path = enter.append('path').attr('data-patient', (p) => p.index);
      path.append('title');
      return path;
    })
    .each(function (p) {
      const i = where.get(p.index) ?? 0;
      if (setIfChanged(this, 'data-class', p.class))
        this.setAttribute('class', `cohort-dot cohort-dot-${p.class}`);
      setIfChanged(this, 'd', shapes.get(p.class) ?? '');
      setIfChanged(
        this,
        'transform',
        `translate(${(placed.x[i] ?? 0).toFixed(1)},${(mid - (placed.y[i] ?? 0)).toFixed(1)})`,
      );
      const title = this.firstElementChild;
      const words = spec.dotTitle(p);
      if (title && title.textContent !== words) title.textContent = words;
    });
}

/** Writes an attribute only when its value changes (a write of the same value still costs the browser). */
function setIfChanged(el: Element, name: string, value: string): boolean {
  if (el.getAttribute(name) === value) return false;
  el.setAttribute(name, value);
  return true;
}
