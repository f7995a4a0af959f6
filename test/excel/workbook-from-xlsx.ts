/**
 * An ExcelJS workbook as Excel would show it to the add-in, in a FakeWorkbook: values as Range.values
 * gives them (error values as their text, "#REF!"; dates as serial numbers beside their date format;
 * rich text and hyperlinks as their plain text), formulas as "=...", number formats, hidden rows and
 * merged areas (only the top-left cell of a merge holds a value, as in Excel).
 *
 * Formula cells show the result cached in the file, as Excel does until it recalculates; a formula
 * with no cached result shows nothing. That keeps the pane's input the same as the CLI's for one file.
 */
import type ExcelJS from "exceljs";
import { formulaOf, mergesOf } from "../../src/cli/read-xlsx";
import { FakeWorkbook, type FakeCell, type FakeSheet } from "./fake-workbook";

const DAY_MS = 86_400_000;
/** Excel's serial 0 (with the 1900 leap-year quirk absorbed, as src/excel/cell-values.ts reads it back). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** The format Excel gives a date cell that the file left without one. */
const DEFAULT_DATE_FORMAT = "m/d/yyyy";

type Shown = { value: FakeCell["value"]; date?: boolean };

/** What Range.values holds for an ExcelJS value (a formula's cached result for formulas); null = empty. */
function shown(v: ExcelJS.CellValue | undefined): Shown | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v === "" ? null : { value: v };
  if (v instanceof Date) {
    const t = v.getTime();
    return Number.isNaN(t) ? null : { value: (t - EPOCH_MS) / DAY_MS, date: true };
  }
  const o = v as unknown as Record<string, unknown>;
  if (typeof o.error === "string") return { value: o.error };
  if ("formula" in o || "sharedFormula" in o) return shown(o.result as ExcelJS.CellValue | undefined);
  if (Array.isArray(o.richText)) return shown((o.richText as { text: string }[]).map((t) => t.text).join(""));
  if ("text" in o) return shown(o.text as ExcelJS.CellValue);
  return null;
}

/** Copies one worksheet into a new sheet of `wb`. */
export function addWorksheet(wb: FakeWorkbook, ws: ExcelJS.Worksheet): FakeSheet {
  const sheet = wb.addSheet(ws.name);
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) sheet.hiddenRows.add(r);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const c = colNumber - 1;
      const s = shown(cell.value);
      const formula = formulaOf(cell);
      const format = cell.numFmt || (s?.date ? DEFAULT_DATE_FORMAT : undefined);
      if (!s && !formula && !format) return;
      const fake = sheet.ensure(r, c);
      fake.value = s?.value ?? "";
      if (formula) fake.formula = formula;
      if (format && format !== "General") fake.numberFormat = format;
    });
  });
  sheet.merges = mergesOf(ws);
  return sheet;
}

/** Every worksheet of an ExcelJS workbook, in order; the first one is active unless `active` names another. */
export function fakeWorkbookFrom(xlsx: ExcelJS.Workbook, active?: string): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const ws of xlsx.worksheets) addWorksheet(wb, ws);
  if (active !== undefined) {
    const i = wb.sheets.findIndex((s) => s.name === active);
    if (i < 0) throw new Error(`no sheet ${active}`);
    wb.activeIndex = i;
  }
  return wb;
}
