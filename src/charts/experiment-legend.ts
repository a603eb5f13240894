/**
 * An experiment chart's legend, in HTML beside the SVG (it wraps on a phone): each model curve with its
 * colour, dash and marker and its name; each kind of paper mark the chart uses, by shape and in words.
 */
import {
  curveStyle,
  markPath,
  paperMarkKind,
  paperMarkShape,
  WHAT_IF_MARKER_TURN,
  WHAT_IF_STYLE,
  type PaperMarkKind,
} from './experiment-marks';
import type { ExperimentChartWords, ExperimentPlotData, PaperPoint } from './experiment-plot-data';
import { dashArray, type SeriesStyle } from './series-style';

const SVG = 'http://www.w3.org/2000/svg';

function sample(doc: Document, parts: readonly (readonly [string, Record<string, string>])[]): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'xc-legend-sample');
  svg.setAttribute('width', '34');
  svg.setAttribute('height', '16');
  svg.setAttribute('viewBox', '0 0 34 16');
  svg.setAttribute('aria-hidden', 'true');
  for (const [tag, attributes] of parts) {
    const node = doc.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    svg.append(node);
  }
  return svg;
}

function curveSample(doc: Document, style: SeriesStyle, points: boolean, whatIf = false) {
  return sample(doc, [
    [
      'line',
      {
        class: whatIf ? 'oc-line xc-what-if-line' : points ? 'oc-line xc-thin' : 'oc-line',
        x1: '1',
        x2: '33',
        y1: '8',
        y2: '8',
        style: `stroke:${style.color};stroke-dasharray:${dashArray(style)}`,
      },
    ],
    [
      'path',
      {
        class: 'xc-model-marker',
        d: markPath(style.symbol, 64),
        transform: `translate(17,8)${whatIf ? ` ${WHAT_IF_MARKER_TURN}` : ''}`,
        style: `fill:${style.color}`,
      },
    ],
  ]);
}

function paperSample(doc: Document, kind: PaperMarkKind, point: PaperPoint) {
  if (kind === 'level')
    return sample(doc, [['line', { class: 'xc-reference', x1: '1', x2: '33', y1: '8', y2: '8' }]]);
  if (kind === 'time')
    return sample(doc, [['line', { class: 'xc-reference', x1: '17', x2: '17', y1: '1', y2: '15' }]]);
  return sample(doc, [
    [
      'path',
      {
        class: 'xc-paper-marker',
        d: markPath(paperMarkShape(point), 110),
        transform: 'translate(17,8)',
        style: 'fill:var(--color-text)',
      },
    ],
  ]);
}

export function experimentLegend(
  doc: Document,
  data: ExperimentPlotData,
  words: ExperimentChartWords,
): HTMLElement {
  const list = doc.createElement('ul');
  list.className = 'xc-legend';
  list.setAttribute('aria-label', `${words.legendLabel}: ${data.title}`);
  const item = (svg: SVGSVGElement, text: string) => {
    const li = doc.createElement('li');
    const span = doc.createElement('span');
    span.textContent = text;
    li.append(svg, span);
    list.append(li);
  };
  data.curves.forEach((curve, i) =>
    item(curveSample(doc, curveStyle(i), curve.kind === 'points'), `${words.modelPrefix}: ${curve.label}`),
  );
  if (data.whatIf) {
    item(curveSample(doc, WHAT_IF_STYLE, false, true), data.whatIf.label);
    list.lastElementChild?.classList.add('xc-legend-what-if');
  }
  const kinds = new Map<PaperMarkKind, PaperPoint>();
  for (const point of data.points)
    if (!kinds.has(paperMarkKind(point))) kinds.set(paperMarkKind(point), point);
  for (const [kind, point] of kinds) item(paperSample(doc, kind, point), words.markNames[kind]);
  return list;
}
