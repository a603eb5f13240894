/**
 * The numbers behind a chart, once: the "show as table" view and the CSV export both come from it, so the
 * table cannot drift from what is drawn.
 */
export type Cell = number | string | null;

export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** Display precision: enough to compare with the chart, not so much that a column becomes noise. */
export function formatCell(value: Cell): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function renderTable(host: HTMLElement, caption: string, table: ChartTable): void {
  const doc = host.ownerDocument;
  const el = doc.createElement('table');
  el.className = 'oc-table';
  const cap = doc.createElement('caption');
  cap.textContent = caption;
  const head = doc.createElement('thead');
  const headRow = doc.createElement('tr');
  for (const c of table.columns) {
    const th = doc.createElement('th');
    th.scope = 'col';
    th.textContent = c;
    headRow.append(th);
  }
  head.append(headRow);
  const body = doc.createElement('tbody');
  for (const row of table.rows) {
    const tr = doc.createElement('tr');
    row.forEach((cell, i) => {
      const td = doc.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) td.setAttribute('scope', 'row');
      td.textContent = formatCell(cell);
      tr.append(td);
    });
    body.append(tr);
  }
  el.append(cap, head, body);
  host.replaceChildren(el);
}

/** RFC 4180 CSV with full-precision numbers (the table rounds for reading; the file does not). */
export function toCsv(table: ChartTable): string {
  const quote = (v: Cell): string => {
    if (v === null) return '';
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return [table.columns, ...table.rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}
