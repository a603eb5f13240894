/**
 * Estimated text widths for layout. getBBox is missing in happy-dom and forces a layout in the browser on
 * every render (too slow for the 16 ms budget), so layout uses a width per character that is generous for
 * system-ui fonts: text may end a little short of its box, never overflow it.
 */
const CHAR_WIDTH_EM = 0.56;

export function textWidth(text: string, fontPx: number): number {
  return text.length * CHAR_WIDTH_EM * fontPx;
}

/** Cuts a label to fit a width, with an ellipsis; the full text stays in the table and <title>. */
export function fitText(text: string, widthPx: number, fontPx: number): string {
  const max = Math.floor(widthPx / (CHAR_WIDTH_EM * fontPx));
  if (text.length <= max) return text;
  return max <= 1 ? '' : `${text.slice(0, max - 1)}…`;
}

/** The font size a chart's text is drawn with, read from CSS so the projector theme's larger type counts. */
export function chartFontPx(element: Element): number {
  const px = Number.parseFloat(getComputedStyle(element).fontSize);
  return Number.isFinite(px) && px > 0 ? px : 14;
}

/**
 * Word-wraps a label into <tspan> lines that fit a width (at most maxLines; the last line is cut with an
 * ellipsis). Returns the number of lines, so the caller can make room.
 */
export function wrapInto(
  text: SVGTextElement,
  label: string,
  widthPx: number,
  fontPx: number,
  maxLines = 2,
): number {
  const words = label.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (textWidth(next, fontPx) <= widthPx || !line) line = next;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = fitText(
      `${kept[maxLines - 1] ?? ''} ${lines.slice(maxLines).join(' ')}`,
      widthPx,
      fontPx,
    );
    lines.splice(0, lines.length, ...kept);
  }
  const x = text.getAttribute('x') ?? '0';
  text.textContent = '';
  lines.forEach((l, i) => {
    const span = text.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'tspan');
    span.setAttribute('x', x);
    span.setAttribute('dy', i === 0 ? '0' : '1.2em');
    span.textContent = l;
    text.append(span);
  });
  return lines.length;
}

/** How many lines wrapInto would use, without touching the DOM (for layout before drawing). */
export function lineCount(label: string, widthPx: number, fontPx: number, maxLines = 2): number {
  let lines = 1;
  let line = '';
  for (const w of label.split(/\s+/)) {
    const next = line ? `${line} ${w}` : w;
    if (textWidth(next, fontPx) <= widthPx || !line) line = next;
    else {
      lines++;
      line = w;
    }
  }
  return Math.min(lines, maxLines);
}
