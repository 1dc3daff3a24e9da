// CSV files a trainer or a team leader opens in Excel or LibreOffice: the class roster and the logbook reports.

// Excel and LibreOffice run a cell that starts with one of these as a formula, even from a CSV file.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: a would-be formula is made text with a leading apostrophe, and quotes are doubled. */
export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Rows as a CSV file Excel opens with Vietnamese intact: UTF-8 with BOM, every cell quoted, CRLF between rows. */
export function csvFile(rows: readonly (readonly (string | number | null)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
