// Every report also as one plain table: the CSV and the PDF are both written
// from it, so the two files can never disagree with each other or the screen.
export type Cell = string | number;

export interface ReportTable {
  title: string;
  /** Range, scope and generation time: what a reader needs to trust the numbers. */
  subtitle: string;
  columns: string[];
  rows: Cell[][];
  /** Rules applied and findings, printed under the table. */
  notes: string[];
}

// A spreadsheet would run a cell starting with one of these as a formula: a
// partner's name is data from outside, so it is never allowed to.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: Cell): string {
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function tableToCsv(table: ReportTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
