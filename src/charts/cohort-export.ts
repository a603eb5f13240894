/**
 * The cohort charts' PNG and SVG export (issue 21), as the app's other charts export: a standalone SVG with the
 * styles inlined and the title and the sentence at the top (export.ts, serializeSvg), and a PNG drawn from it.
 * A cohort chart's legend is HTML beside its SVG, so the file would lose it: the export draws the legend's lines
 * under the plot, each mark with the same classes as the chart's own (so the theme styles it the same), in a
 * copy of the SVG placed off screen while its styles are read, then removed.
 */
import { chartToolbar } from '../content/charts';
import { download, serializeSvg, svgToPng } from './export';
import { chartFontPx, wrapInto } from './text-metrics';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A legend line of the file: a mark drawn with the chart's class (a symbol's path, a line or a band) and words. */
export interface ExportKey {
  readonly mark: 'symbol' | 'line' | 'band';
  readonly className: string;
  /** A symbol's path data (its shape). */
  readonly d?: string;
  readonly text: string;
}

export interface ExportJob {
  readonly svg: SVGSVGElement;
  readonly title: string;
  readonly subtitle: string;
  readonly keys: readonly ExportKey[];
  readonly file: (ext: 'png' | 'svg') => string;
}

function keyMark(doc: Document, key: ExportKey, fontPx: number): SVGElement {
  const cx = fontPx * 1.3;
  const cy = -fontPx * 0.35;
  if (key.mark === 'symbol') {
    const path = doc.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', key.d ?? '');
    path.setAttribute('transform', `translate(${cx},${cy})`);
    path.setAttribute('class', key.className);
    return path;
  }
  if (key.mark === 'band') {
    const rect = doc.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(cx - fontPx * 0.8));
    rect.setAttribute('y', String(cy - fontPx * 0.4));
    rect.setAttribute('width', String(fontPx * 1.6));
    rect.setAttribute('height', String(fontPx * 0.8));
    rect.setAttribute('class', key.className);
    return rect;
  }
  const line = doc.createElementNS(SVG_NS, 'line');
  line.setAttribute('x1', String(cx - fontPx * 0.9));
  line.setAttribute('x2', String(cx + fontPx * 0.9));
  line.setAttribute('y1', String(cy));
  line.setAttribute('y2', String(cy));
  line.setAttribute('class', key.className);
  return line;
}

/** The chart as a standalone SVG document: title, sentence, the plot, and its legend under it. */
export function cohortExportSvg(job: ExportJob): string {
  const { svg } = job;
  const doc = svg.ownerDocument;
  const box = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const width = box[2] || Number(svg.getAttribute('width')) || 640;
  const height = box[3] || Number(svg.getAttribute('height')) || 400;
  const fontPx = chartFontPx(svg);
  const sheet = svg.cloneNode(true) as SVGSVGElement;
  sheet.removeAttribute('role');
  sheet.removeAttribute('aria-labelledby');
  sheet.setAttribute('aria-hidden', 'true');
  sheet.setAttribute('style', 'position:absolute;left:-100000px;top:0');
  const keys = doc.createElementNS(SVG_NS, 'g');
  let y = height + fontPx * 1.2;
  for (const key of job.keys) {
    const row = doc.createElementNS(SVG_NS, 'g');
    row.setAttribute('transform', `translate(0,${y.toFixed(1)})`);
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(fontPx * 2.7));
    const lines = wrapInto(text, key.text, width - fontPx * 3.2, fontPx, 3);
    row.append(keyMark(doc, key, fontPx), text);
    keys.append(row);
    y += fontPx * (1.2 * lines + 0.3);
  }
  const total = Math.ceil(y);
  sheet.setAttribute('height', String(total));
  sheet.setAttribute('viewBox', `0 0 ${width} ${total}`);
  sheet.append(keys);
  svg.after(sheet);
  try {
    return serializeSvg(sheet, job.title, job.subtitle);
  } finally {
    sheet.remove();
  }
}

export interface ExportToolbar {
  readonly root: HTMLElement;
  /** The buttons' names follow the chart's title; they work once the cohort is complete. */
  update(title: string, ready: boolean): void;
}

/** PNG and SVG buttons, as on the app's other charts (chartToolbar's words); `job` is read at the click. */
export function exportToolbar(doc: Document, job: () => ExportJob | null): ExportToolbar {
  const root = doc.createElement('div');
  root.className = 'oc-toolbar cohort-export';
  const button = (text: string, onClick: (j: ExportJob) => void) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.className = 'oc-button';
    b.textContent = text;
    b.disabled = true;
    b.addEventListener('click', () => {
      const j = job();
      if (j) onClick(j);
    });
    root.append(b);
    return b;
  };
  const png = button(chartToolbar.exportPng, (j) => {
    void svgToPng(cohortExportSvg(j)).then((blob) => download(blob, j.file('png')));
  });
  const svg = button(chartToolbar.exportSvg, (j) =>
    download(new Blob([cohortExportSvg(j)], { type: 'image/svg+xml' }), j.file('svg')),
  );
  return {
    root,
    update(title, ready) {
      png.setAttribute('aria-label', chartToolbar.exportPngLabel(title));
      svg.setAttribute('aria-label', chartToolbar.exportSvgLabel(title));
      png.disabled = !ready;
      svg.disabled = !ready;
    },
  };
}
