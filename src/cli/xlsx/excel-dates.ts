/**
 * Number formats that make ExcelJS read a number as a date: any of y m d h M s b outside brackets and
 * quotes. Crude (a literal "m" suffix counts), but it is the test ExcelJS applies, and the snapshot
 * must read the same through either reader.
 */
export function isDateFormat(fmt: string): boolean {
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/**
 * An Excel serial date as "YYYY-MM-DD" (1900 system, or 1904 when the workbook says so); null when
 * the serial is no date at all (text, an error, or beyond what a Date holds).
 */
export function excelDateText(serial: number, date1904: boolean): string | null {
  // Multiplied step by step, as ExcelJS does: one product 86400000 rounds differently near midnight.
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}
