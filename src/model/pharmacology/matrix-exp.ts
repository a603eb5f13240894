/**
 * Matrix exponential of a small square matrix (row-major), by scaling and squaring of a Taylor series.
 * Used once per drug, route and step to build the exact linear propagator of the pharmacokinetics
 * (facts §3.1 (10)), so the per-step cost is a few multiply-adds.
 */
export function expm(a: Float64Array, n: number): Float64Array {
  let norm = 0;
  for (let i = 0; i < n; i++) {
    let row = 0;
    for (let j = 0; j < n; j++) row += Math.abs(a[i * n + j] ?? 0);
    norm = Math.max(norm, row);
  }
  const squarings = Math.max(0, Math.ceil(Math.log2(norm || 1)) + 4);
  const scale = 1 / 2 ** squarings;
  const x = new Float64Array(n * n);
  for (let i = 0; i < n * n; i++) x[i] = (a[i] ?? 0) * scale;
  let result = identity(n);
  let term = identity(n);
  for (let k = 1; k <= 18; k++) {
    term = multiply(term, x, n);
    for (let i = 0; i < n * n; i++) term[i] = (term[i] ?? 0) / k;
    for (let i = 0; i < n * n; i++) result[i] = (result[i] ?? 0) + (term[i] ?? 0);
  }
  for (let s = 0; s < squarings; s++) result = multiply(result, result, n);
  return result;
}

function identity(n: number): Float64Array {
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) m[i * n + i] = 1;
  return m;
}

function multiply(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const aik = a[i * n + k] ?? 0;
      if (aik === 0) continue;
      for (let j = 0; j < n; j++) out[i * n + j] = (out[i * n + j] ?? 0) + aik * (b[k * n + j] ?? 0);
    }
  }
  return out;
}
