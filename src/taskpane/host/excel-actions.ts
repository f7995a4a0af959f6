/**
 * The pane's own small Office.js actions (the big ones, reading and marking, live in src/excel). Each
 * takes a RequestContext, so tests mock only the context; Excel.run is called by excel-host.ts.
 */
import type { FindingFix } from "../../core/findings/finding";
import { columnLetters as columnLetter } from "../../core/sheet/address";
import { looksNumeric, type CellValue } from "../../core/sheet/snapshot";
import { snapshotValue } from "../../excel/cell-values";
import { attempt, type HostResult } from "../../excel/errors";
import type { RowRead } from "../periksa/patch-snapshot";
import type { SelectionRows } from "./types";

/** Excel's limit on a sheet name, and the characters it refuses. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_BAD = /[[\]:*?/\\]/g;
/** Rows written per sync when exporting: a findings row weighs a few hundred bytes, far under 5 MB. */
const EXPORT_ROWS_PER_SYNC = 2000;

export async function listSheets(context: Excel.RequestContext): Promise<HostResult<string[]>> {
  return attempt(async () => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

export async function selectCell(
  context: Excel.RequestContext,
  sheetName: string,
  cell: string
): Promise<HostResult<void>> {
  return attempt(async () => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(cell).select();
    await context.sync();
  });
}

/** Writes the fix's value (a formula when it starts with "="), nothing else. */
export async function applyFix(
  context: Excel.RequestContext,
  sheetName: string,
  fix: FindingFix
): Promise<HostResult<void>> {
  return attempt(async () => {
    const range = context.workbook.worksheets.getItem(sheetName).getRange(fix.cell);
    if (typeof fix.value === "string" && fix.value.startsWith("=")) range.formulas = [[fix.value]];
    else range.values = [[fix.value]];
    await context.sync();
  });
}

/** "Temuan Telaah", "Temuan Telaah (2)", … : the first name no sheet has (case-insensitive, as Excel compares). */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const clean = base.replace(SHEET_NAME_BAD, " ").trim().slice(0, SHEET_NAME_MAX) || "Telaah";
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * A new sheet holding `rows` (the first is the header). Text columns are formatted as text first, so
 * a message or a formula quoted in a finding is never evaluated. Returns the sheet's name.
 */
export async function exportTable(
  context: Excel.RequestContext,
  baseName: string,
  rows: readonly (readonly (string | number)[])[]
): Promise<HostResult<string>> {
  return attempt(async () => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const name = uniqueSheetName(
      baseName,
      sheets.items.map((s) => s.name)
    );
    const sheet = sheets.add(name);
    const width = Math.max(1, ...rows.map((r) => r.length));
    const lastCol = columnLetter(width - 1);
    for (let start = 0; start < rows.length; start += EXPORT_ROWS_PER_SYNC) {
      const chunk = rows
        .slice(start, start + EXPORT_ROWS_PER_SYNC)
        .map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
      const range = sheet.getRange(`A${start + 1}:${lastCol}${start + chunk.length}`);
      range.numberFormat = chunk.map((r) => r.map((v) => (typeof v === "number" ? "0" : "@")));
      range.values = chunk;
      // One sync per block of rows keeps each request far under Excel on the web's 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    if (rows.length > 0) {
      sheet.getRange(`A1:${lastCol}1`).format.font.bold = true;
      sheet.freezePanes.freezeRows(1);
      sheet.getRange(`A1:${lastCol}${rows.length}`).format.autofitColumns();
    }
    sheet.activate();
    await context.sync();
    return name;
  });
}

export async function selectedRows(context: Excel.RequestContext): Promise<HostResult<SelectionRows>> {
  return attempt(async () => {
    const range = context.workbook.getSelectedRange().load("rowIndex,rowCount");
    const sheet = range.worksheet.load("name");
    await context.sync();
    return { sheet: sheet.name, top: range.rowIndex + 1, bottom: range.rowIndex + range.rowCount };
  });
}

/** A JSON value kept in the workbook's settings (ExcelApi 1.4); null when there is none. */
export async function readSetting(context: Excel.RequestContext, key: string): Promise<HostResult<unknown>> {
  return attempt(async () => {
    const setting = context.workbook.settings.getItemOrNullObject(key).load("value");
    await context.sync();
    return setting.isNullObject ? null : (setting.value as unknown);
  });
}

/** Saves a JSON value in the workbook's settings, or removes it (null). */
export async function writeSetting(
  context: Excel.RequestContext,
  key: string,
  value: unknown
): Promise<HostResult<void>> {
  return attempt(async () => {
    if (value === null || value === undefined) {
      const setting = context.workbook.settings.getItemOrNullObject(key);
      await context.sync();
      if (!setting.isNullObject) setting.delete();
    } else {
      context.workbook.settings.add(key, value);
    }
    await context.sync();
  });
}

/**
 * Some rows of a sheet (0-based), columns A to `columns`, converted as readSheetSnapshot converts them:
 * one range per run of consecutive rows, all in one sync.
 */
export async function readRows(
  context: Excel.RequestContext,
  sheetName: string,
  rows: readonly number[],
  columns: number
): Promise<HostResult<RowRead[]>> {
  return attempt(async () => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const lastCol = columnLetter(Math.max(1, columns) - 1);
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    const runs: { top: number; bottom: number }[] = [];
    for (const r of sorted) {
      const last = runs[runs.length - 1];
      if (last && last.bottom === r - 1) last.bottom = r;
      else runs.push({ top: r, bottom: r });
    }
    const ranges = runs.map((run) =>
      sheet.getRange(`A${run.top + 1}:${lastCol}${run.bottom + 1}`).load("values,formulas,numberFormat")
    );
    await context.sync();
    const out: RowRead[] = [];
    runs.forEach((run, i) => {
      const range = ranges[i];
      for (let r = run.top; r <= run.bottom; r++) {
        const k = r - run.top;
        const read: RowRead = { row: r, values: [], formulas: [], numberFormats: [], textNumberCols: [] };
        range.values[k].forEach((raw, c) => {
          const fmt = range.numberFormat[k]?.[c] as string | undefined;
          const f = range.formulas[k]?.[c];
          const isFormula = typeof f === "string" && f.startsWith("=");
          const v: CellValue = snapshotValue(raw, fmt);
          read.values[c] = v;
          if (isFormula) read.formulas[c] = f;
          if (typeof fmt === "string" && fmt !== "General") read.numberFormats[c] = fmt;
          if (!isFormula && typeof v === "string" && looksNumeric(v)) read.textNumberCols.push(c);
        });
        out.push(read);
      }
    });
    return out;
  });
}
