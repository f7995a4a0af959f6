/**
 * A host-neutral picture of one worksheet. The Office.js reader and the xlsx reader both produce it,
 * so a workbook behaves the same in Excel and in the CLI. Coordinates are 0-based and absolute
 * (row 0 = sheet row 1, col 0 = column A); hosts pad a used range that starts further in.
 */
export interface CellError {
  /** Excel's error text: "#REF!", "#VALUE!", "#DIV/0!", "#N/A", "#NAME?", "#NUM!", "#NULL!", ... */
  error: string;
}

export type CellValue = string | number | boolean | null | CellError;

export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** values[row][col]; rows may be shorter than the widest row. */
  values: CellValue[][];
  /** Formulas where a cell has one ("=SUM(F10:F12)"), same shape as values, sparse. */
  formulas?: (string | null | undefined)[][];
  numberFormats?: (string | null | undefined)[][];
  merges?: MergedArea[];
  /** 0-based indexes of hidden rows. */
  hiddenRows?: number[];
  /** Cells whose value was typed as text although it reads as a number (xlsx: type string). */
  textNumbers?: Set<string>;
}

export interface WorkbookSnapshot {
  file?: string;
  sheets: SheetSnapshot[];
}

/** Constant text that reads as a number ("1.250.000", "15"): a typing slip the RUMUS rules report. */
export function looksNumeric(text: string): boolean {
  return TEXT_NUMBER.test(text) && DIGIT.test(text);
}
const TEXT_NUMBER = /^\s*-?[\d.,]+\s*$/;
const DIGIT = /\d/;

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function formulaAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  const f = sheet.formulas?.[row]?.[col];
  return f ? f : null;
}

export function rowCount(sheet: SheetSnapshot): number {
  return sheet.values.length;
}

export function colCount(sheet: SheetSnapshot): number {
  let max = 0;
  for (const r of sheet.values) if (r && r.length > max) max = r.length;
  return max;
}

/** Text of a cell for matching: numbers as written, errors as their code, null as "". */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return v.error;
}
