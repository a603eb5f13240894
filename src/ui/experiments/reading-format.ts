/**
 * How the Experiments view prints a model reading: three significant figures (whole numbers from 100), a true
 * minus sign. The e2e test formats the values it computes in Node with this same function.
 */
export function formatReading(value: number): string {
  if (!Number.isFinite(value)) return value === Infinity ? '∞' : value === -Infinity ? '−∞' : '—';
  const text = Math.abs(value) >= 100 ? value.toFixed(0) : String(Number(value.toPrecision(3)));
  return text.replace(/^-/, '−');
}

/**
 * A model reading in its band's units, so the Model cell reads like the Band cell beside it: "3.88 h" beside
 * "2–5 h", "62 %" beside "≥ 50 %" (a band written in per cent over a fraction: the value is scaled by the
 * same factor), "31×" beside "10–40×", "day 3" beside "day 2–6". Bands without a unit give the bare number.
 */
export function formatReadingAs(value: number, band: readonly (string | number)[], bandText: string): string {
  const first = band.find((b): b is number => typeof b === 'number');
  const written = /[−+-]?\d+(?:\.\d+)?/.exec(bandText.replace(/^day\s*/, ''))?.[0];
  const shown = written === undefined ? NaN : Number(written.replace('−', '-'));
  const scale =
    first && Number.isFinite(shown) && shown !== 0 && Math.abs(shown / first - 100) < 1e-6 ? 100 : 1;
  const text = formatReading(value * scale);
  if (/^(?:[<>≤≥]\s*)?day\b/.test(bandText)) return `day ${text}`;
  if (/\s%$/.test(bandText)) return `${text} %`;
  if (/×$/.test(bandText)) return `${text}×`;
  if (/\sh$/.test(bandText)) return `${text} h`;
  return text;
}
