// CSV for spreadsheets (RFC 4180): CRLF rows, quoted where needed, UTF-8 with a BOM so Excel
// reads Chinese correctly, and no cell that a spreadsheet would run as a formula.
export const BOM = '\uFEFF';

/** Cells starting like a formula get a leading apostrophe (OWASP CSV injection guidance). */
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly (readonly (string | number | undefined | null)[])[]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
