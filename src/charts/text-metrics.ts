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
