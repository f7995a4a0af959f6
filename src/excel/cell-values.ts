/**
 * Office.js cell values in the snapshot's terms, matching what the xlsx reader produces for the same
 * workbook: empty -> null, error text -> { error }, dates -> ISO date text, constant text that reads as a
 * number is remembered in textNumbers.
 */
import type { CellValue } from "../core/sheet/snapshot";

/** Error values Excel returns as text in Range.values. */
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#FIELD!",
  "#CALC!",
  "#BUSY!",
  "#PYTHON!",
]);

export function isErrorText(v: unknown): v is string {
  return typeof v === "string" && ERROR_VALUES.has(v);
}

/** A number format that shows a date (d, y, or m beside them), ignoring quoted text, escapes and [..]. */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dy]/i.test(bare);
}

/** Excel's 1900 date serial (with its 1900-02-29 quirk absorbed by the 1899-12-30 epoch) -> "YYYY-MM-DD". */
export function serialToIsoDate(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

export function snapshotValue(value: unknown, numberFormat?: string | null): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { error: "#NUM!" };
    return isDateFormat(numberFormat) && value >= 1 && value < 2_958_466 ? serialToIsoDate(value) : value;
  }
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return isErrorText(value) ? { error: value } : value;
  return String(value);
}
