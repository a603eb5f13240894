import { chartFontPx } from './text-metrics';

/**
 * The size a cohort chart draws at, measured only where measuring is free: in a ResizeObserver's callback (after
 * layout) — never while drawing. Patients arrive several times a second and the view changes the page just
 * before each redraw, so reading a width or a font size there forced a layout of the whole page each time
 * (tens of milliseconds on a busy machine, issue 21's long-task check). Until the box is first laid out (the
 * view is hidden when it is built) the chart draws at 600 px and 14 px type, then again at its real size.
 */
export interface MeasuredBox {
  readonly width: number;
  readonly fontPx: number;
  destroy(): void;
}

export function measuredBox(box: HTMLElement, svg: SVGSVGElement, resized: () => void): MeasuredBox {
  let width = 600;
  let fontPx = 14;
  const View = box.ownerDocument.defaultView;
  const observer =
    View && 'ResizeObserver' in View
      ? new View.ResizeObserver((entries) => {
          const measured = entries[entries.length - 1]?.contentRect.width ?? 0;
          if (measured <= 0) return;
          const next = Math.max(260, Math.round(measured));
          const nextFont = chartFontPx(svg);
          if (Math.abs(next - width) < 2 && nextFont === fontPx) return;
          width = next;
          fontPx = nextFont;
          resized();
        })
      : null;
  observer?.observe(box);
  return {
    get width() {
      return width;
    },
    get fontPx() {
      return fontPx;
    },
    destroy: () => observer?.disconnect(),
  };
}

/**
 * The body both cohort charts share under their title and legend: the SVG (named by the title and the summary),
 * the summary in words, and the data table in a closed <details>, filled when it is opened.
 */
export function cohortChartBody(doc: Document, titleId: string, summaryId: string) {
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
  return { svgBox, svgEl, summary, details, detailsSummary, tableBox };
}
