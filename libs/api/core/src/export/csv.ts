/** UTF-8 with a byte-order mark, so Excel opens Japanese text correctly. */
export const CSV_BOM = '\ufeff';

function cell(v: unknown): string {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(' ') : String(v);
  // Neutralise leading formula characters (CSV injection into spreadsheets), then quote when needed.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with CRLF line ends and a BOM. */
export function toCsv(rows: unknown[][]): string {
  return CSV_BOM + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
