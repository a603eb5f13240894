/**
 * The cohort's fan of pain over time (issue 21): the 5–95 % and 25–75 % bands, the median, the current patient's
 * own line on top and the pain without the opioid as a reference, with a cursor at the week the dot plot reads.
 * Bands are told apart by lightness and the legend's words, the lines by dash and weight (never colour alone).
 * A sentence says the numbers at the cursor; a data table has them week by week. PNG and SVG export as the
 * other charts (the file draws the legend under the plot).
 */
import { area, line, scaleLinear, select } from 'd3';
import { cohortChartWords as w } from '../content/cohort-words';
import { formatWeek } from '../content/charts';
import { drawXAxis, drawYAxis, ensure } from './axes';
import type { G } from './chart-frame';
import type { CohortChart, CohortFanData, PainLine } from './cohort-data';
import { renderTable, type Cell } from './table';
import { cohortChartBody, measuredBox } from './cohort-box';
import { exportToolbar, type ExportKey } from './cohort-export';

let made = 0;

/** Each legend line's mark in an exported file: the class the plot draws it with. */
const KEY_MARKS: Readonly<Record<keyof typeof w.fanLegend, Omit<ExportKey, 'text'>>> = {
  median: { mark: 'line', className: 'cohort-median' },
  middleHalf: { mark: 'band', className: 'cohort-band-50' },
  middle90: { mark: 'band', className: 'cohort-band-90' },
  thisPatient: { mark: 'line', className: 'cohort-this-patient' },
  untreated: { mark: 'line', className: 'cohort-untreated' },
};

/** A line's value at a day (the nearest sample at or before it). */
function valueAt(lineData: PainLine, day: number): number | null {
  const { days, pain } = lineData;
  if (days.length === 0) return null;
  let i = 0;
  while (i + 1 < days.length && (days[i + 1] ?? Infinity) <= day + 1e-9) i++;
  const v = pain[i];
  return v === undefined || !Number.isFinite(v) ? null : v;
}

/** The fan's quantile row j at sample k. */
const q = (data: CohortFanData, j: number, k: number) => data.fan.values[j]?.[k] ?? NaN;

function fanSentence(data: CohortFanData): string {
  const k = Math.max(0, Math.min(data.fan.days.length - 1, Math.round(data.day / data.fan.sampleDays)));
  if (data.fan.patients === 0 || data.fan.days.length === 0) return '';
  const week = formatWeek(data.day);
  const words = [
    w.fanSummary(week, q(data, 2, k), q(data, 1, k), q(data, 3, k), q(data, 0, k), q(data, 4, k)),
  ];
  const own = data.thisPatient && valueAt(data.thisPatient, data.day);
  if (own !== null && own !== undefined) words.push(w.fanThisPatient(own));
  const untreated = data.untreated && valueAt(data.untreated, data.day);
  if (untreated !== null && untreated !== undefined) words.push(w.fanUntreated(untreated));
  return words.join(' ');
}

function fanTable(data: CohortFanData): { columns: string[]; rows: Cell[][] } {
  const c = w.columns;
  const rows: Cell[][] = [];
  for (let week = 0; week * 7 <= data.durationDays + 1e-9; week++) {
    const k = Math.round((week * 7) / data.fan.sampleDays);
    if (k >= data.fan.days.length) break;
    rows.push([
      week,
      ...[0, 1, 2, 3, 4].map((j) => q(data, j, k)),
      data.thisPatient ? valueAt(data.thisPatient, week * 7) : null,
      data.untreated ? valueAt(data.untreated, week * 7) : null,
    ]);
  }
  return {
    columns: [c.week, c.q5, c.q25, c.median, c.q75, c.q95, c.thisPatient, c.untreated],
    rows,
  };
}

export function cohortFanChart(host: HTMLElement): CohortChart<CohortFanData> {
  const n = ++made;
  const doc = host.ownerDocument;
  const titleId = `cf-title-${n}`;
  const summaryId = `cf-summary-${n}`;
  const figure = doc.createElement('figure');
  figure.className = 'xc-chart cohort-chart cohort-fan';
  figure.setAttribute('aria-labelledby', titleId);
  const title = doc.createElement('p');
  title.className = 'xc-chart-title';
  title.id = titleId;
  title.textContent = w.fanTitle;
  const legend = doc.createElement('ul');
  legend.className = 'xc-legend cohort-legend';
  for (const [key, text] of Object.entries(w.fanLegend)) {
    const item = doc.createElement('li');
    const sample = doc.createElement('span');
    sample.className = `cohort-sample cohort-sample-${key}`;
    sample.setAttribute('aria-hidden', 'true');
    item.append(sample, text);
    legend.append(item);
  }
  const { svgBox, svgEl, summary, details, detailsSummary, tableBox } = cohortChartBody(
    doc,
    titleId,
    summaryId,
  );
  detailsSummary.textContent = `${w.dataTable}: ${w.fanTitle}`;
  tableBox.setAttribute('aria-label', w.fanCaption);
  let data: CohortFanData | null = null;
  const toolbar = exportToolbar(doc, () =>
    data
      ? {
          svg: svgEl,
          title: w.fanTitle,
          subtitle: summary.textContent ?? '',
          keys: Object.entries(w.fanLegend).map(([key, text]) => ({
            ...KEY_MARKS[key as keyof typeof w.fanLegend],
            text,
          })),
          file: (ext) => w.exportFile(data?.total ?? 0, data?.seed ?? 0, 'fan', ext, data?.side),
        }
      : null,
  );
  toolbar.update(w.fanTitle, false);
  const head = doc.createElement('div');
  head.className = 'cohort-chart-head';
  head.append(title, toolbar.root);
  figure.append(head, legend, svgBox, summary, details);
  host.replaceChildren(figure);

  const drawTable = () => {
    if (data && details.open) renderTable(tableBox, w.fanCaption, fanTable(data));
  };
  details.addEventListener('toggle', drawTable);
  const draw = () => data && drawFan(svgEl, data, box.width, box.fontPx);
  const box = measuredBox(svgBox, svgEl, draw);
  return {
    draw(next) {
      data = next;
      summary.textContent = fanSentence(next);
      toolbar.update(w.fanTitle, next.fan.patients > 0 && next.fan.patients >= next.total);
      draw();
      drawTable();
    },
    destroy() {
      box.destroy();
      figure.remove();
    },
  };
}

function drawFan(svgEl: SVGSVGElement, data: CohortFanData, width: number, fontPx: number) {
  const narrow = width < 480;
  const height = Math.round(Math.min(340, Math.max(210, width * 0.5)));
  // On a narrow screen the y axis's title goes above the plot (rotated, it would be cut at the left edge).
  const margin = {
    left: fontPx * (narrow ? 2.4 : 4.2),
    right: fontPx,
    top: fontPx * (narrow ? 1.8 : 0.8),
    bottom: fontPx * 3.6,
  };
  const plotWidth = width - margin.left - margin.right;
  const x = scaleLinear([0, data.durationDays / 7], [0, plotWidth]);
  const y = scaleLinear([0, 10], [height - margin.bottom, margin.top]);
  const svg = select(svgEl)
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`);
  // The axes are kept (drawn again only when their scales change, axes.ts); the bands and lines are new each time.
  const g = ensure(svg as unknown as G, 'g.cohort-fan-plot', 'g', 'cohort-fan-plot').attr(
    'transform',
    `translate(${margin.left},0)`,
  );
  g.selectChildren(':not(.oc-axis):not(.oc-axis-title)').remove();
  drawXAxis(g, { scale: x, title: w.fanX, ticks: narrow ? 4 : 8 }, height - margin.bottom, fontPx);
  drawYAxis(g, { scale: y, title: w.fanY, ticks: 5 }, fontPx, narrow);
  const { days } = data.fan;
  const ks = Array.from({ length: days.length }, (_, k) => k);
  const wx = (k: number) => x((days[k] ?? 0) / 7);
  const band = (lo: number, hi: number, cls: string) =>
    g
      .append('path')
      .attr('class', cls)
      .attr(
        'd',
        area<number>()
          .x(wx)
          .y0((k) => y(q(data, lo, k)))
          .y1((k) => y(q(data, hi, k)))
          .defined((k) => Number.isFinite(q(data, lo, k)))(ks),
      );
  if (data.fan.patients > 0) {
    band(0, 4, 'cohort-band-90');
    band(1, 3, 'cohort-band-50');
    g.append('path')
      .attr('class', 'cohort-median')
      .attr(
        'd',
        line<number>()
          .x(wx)
          .y((k) => y(q(data, 2, k)))
          .defined((k) => Number.isFinite(q(data, 2, k)))(ks),
      );
  }
  const painLine = (l: PainLine | null, cls: string) => {
    if (!l) return;
    const idx = Array.from({ length: l.days.length }, (_, i) => i);
    g.append('path')
      .attr('class', cls)
      .attr(
        'd',
        line<number>()
          .x((i) => x((l.days[i] ?? 0) / 7))
          .y((i) => y(l.pain[i] ?? NaN))
          .defined((i) => Number.isFinite(l.pain[i] ?? NaN))(idx),
      );
  };
  painLine(data.untreated, 'cohort-untreated');
  painLine(data.thisPatient, 'cohort-this-patient');
  const cx = x(data.day / 7);
  g.append('line')
    .attr('class', 'oc-cursor-line cohort-cursor')
    .attr('x1', cx)
    .attr('x2', cx)
    .attr('y1', y(0))
    .attr('y2', y(10));
}
