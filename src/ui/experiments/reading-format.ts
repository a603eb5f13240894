/**
 * How the Experiments view prints a model reading: three significant figures (whole numbers from 100), a true
 * minus sign. The e2e test formats the values it computes in Node with this same function.
 */
export function formatReading(value: number): string {
  if (!Number.isFinite(value)) return value === Infinity ? '∞' : value === -Infinity ? '−∞' : '—';
  const text = Math.abs(value) >= 100 ? value.toFixed(0) : String(Number(value.toPrecision(3)));
  return text.replace(/^-/, '−');
}
