import { wrapInto } from './text-metrics';

/**
 * Export of a chart as SVG or PNG. The live SVG is styled by CSS custom properties of the page, which a
 * file on its own does not have, so every element's computed style is written into the copy first.
 */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A standalone SVG document of the chart, with its title (and the one-line explanation under it, which
 * carries the chart's verdict) drawn at the top, on the theme's background.
 */
export function serializeSvg(svg: SVGSVGElement, title: string, subtitle = ''): string {
  // The drawing's own size (its viewBox): on screen a chart may be scaled down to fit its box.
  const box = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const width = box[2] || Number(svg.getAttribute('width')) || 640;
  const height = box[3] || Number(svg.getAttribute('height')) || 400;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  const doc = svg.ownerDocument;
  const style = getComputedStyle(svg);
  const fontPx = Number.parseFloat(style.fontSize) || 14;
  const sub = doc.createElementNS(SVG_NS, 'text');
  sub.setAttribute('x', String(fontPx * 0.5));
  sub.setAttribute('y', String(fontPx * 3));
  sub.setAttribute('style', `fill:${style.color};font-family:${style.fontFamily};font-size:${fontPx}px`);
  const subLines = subtitle ? wrapInto(sub, subtitle, width - fontPx, fontPx, 5) : 0;
  const titleH = Math.round(fontPx * (2 + 1.2 * subLines + (subLines > 0 ? 0.6 : 0)));
  const out = doc.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height + titleH));
  out.setAttribute('viewBox', `0 0 ${width} ${height + titleH}`);
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', surfaceColor(svg));
  const heading = doc.createElementNS(SVG_NS, 'text');
  heading.setAttribute('x', String(fontPx * 0.5));
  heading.setAttribute('y', String(fontPx * 1.4));
  heading.setAttribute(
    'style',
    `fill:${style.color};font-family:${style.fontFamily};font-size:${fontPx * 1.15}px;font-weight:700`,
  );
  heading.textContent = title;
  const body = doc.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0,${titleH})`);
  for (const child of [...copy.childNodes]) body.append(child);
  out.append(bg, heading);
  if (subLines > 0) out.append(sub);
  out.append(body);
  return new XMLSerializer().serializeToString(out);
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const parts: string[] = [];
  for (const prop of STYLE_PROPS) {
    const value = computed.getPropertyValue(prop);
    if (value) parts.push(`${prop}:${value}`);
  }
  if (parts.length > 0) target.setAttribute('style', parts.join(';'));
  target.removeAttribute('class');
  const from = source.children;
  const to = target.children;
  for (let i = 0; i < from.length; i++) {
    const s = from[i];
    const t = to[i];
    if (s && t) inlineStyles(s, t);
  }
}

/** The first opaque background up the tree, so dark-theme text stays readable in the file. */
function surfaceColor(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

/** PNG through an image of the serialized SVG drawn on a canvas (no library, works offline). */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement;
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas context for the PNG export');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
