import { promises as fs } from "fs";
import type ExcelJS from "exceljs";
import { TelaahInputError } from "../core/errors";
import {
  looksNumeric,
  type CellValue,
  type MergedArea,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../core/sheet/snapshot";
import { fromA1 } from "../core/sheet/address";
import { biffVersion } from "./xls/biff2";

/** ZIP local-file header: every .xlsx starts with it. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE compound file: the old binary .xls. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * ExcelJS, loaded on first use: requiring it costs about half a second, which a run that reads its
 * workbook with the fast reader and writes nothing never needs to pay.
 */
export async function excelJs(): Promise<typeof ExcelJS> {
  const m = (await import("exceljs")) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
  return m.default ?? m;
}

/**
 * Reads a workbook file's bytes (a .xlsx, or a binary .xls: the RKAKL application's BIFF2 stream or an
 * Excel 5.0-2003 compound file, see xls/), turning every way it can be unusable before parsing into one
 * Indonesian sentence.
 */
export async function readWorkbookBytes(file: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new TelaahInputError(`Berkas tidak ditemukan: ${file}`, "NOT_FOUND");
    if (code === "EISDIR") throw new TelaahInputError(`${file} adalah folder, bukan berkas buku kerja.`, "NOT_A_FILE");
    throw new TelaahInputError(`Berkas tidak dapat dibaca: ${file} (${code ?? "galat"}).`, "UNREADABLE");
  }
  if (bytes.length === 0) throw new TelaahInputError(`Berkas kosong (0 bita): ${file}`, "EMPTY_FILE");
  const biff = biffVersion(bytes);
  if (biff === 3 || biff === 4)
    throw new TelaahInputError(
      `${file} berformat Excel ${biff}.0 lama (BIFF${biff}); buka di Excel lalu simpan sebagai .xlsx.`,
      "XLS"
    );
  if (biff !== 2 && !bytes.subarray(0, 4).equals(ZIP_MAGIC) && !bytes.subarray(0, 4).equals(OLE_MAGIC))
    throw new TelaahInputError(`${file} bukan buku kerja .xlsx (isinya bukan arsip Office Open XML).`, "NOT_XLSX");
  return bytes;
}

/** ExcelJS's full model of a workbook's bytes (read by readWorkbookBytes). */
export async function loadWorkbookBytes(bytes: Buffer, file: string): Promise<ExcelJS.Workbook> {
  const wb = new (await excelJs()).Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new TelaahInputError(`${file} rusak atau bukan buku kerja .xlsx yang sah.`, "CORRUPT");
  }
  return wb;
}

/** Opens a workbook file with ExcelJS. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookBytes(await readWorkbookBytes(file), file);
}

/** ExcelJS's cell value in the snapshot's terms; formulas are returned beside it. */
function convertValue(v: ExcelJS.CellValue): { value: CellValue; formula?: string; text?: boolean } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "number" || typeof v === "boolean") return { value: v };
  if (typeof v === "string") return { value: v, text: true };
  // A number or formula result in a date format that is no date (text, an error, 1e20) is an
  // Invalid Date to ExcelJS; the snapshot holds nothing there rather than failing on it.
  if (v instanceof Date) return { value: Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10) };
  const o = v as unknown as Record<string, unknown>;
  if ("error" in o && typeof o.error === "string") return { value: { error: o.error } };
  if ("formula" in o || "sharedFormula" in o) {
    const result = o.result as ExcelJS.CellValue | undefined;
    const inner = result === undefined ? { value: null } : convertValue(result);
    const f = typeof o.formula === "string" ? o.formula : undefined;
    return { value: inner.value, formula: f ? `=${f}` : undefined };
  }
  if ("richText" in o && Array.isArray(o.richText))
    return { value: (o.richText as { text: string }[]).map((t) => t.text).join(""), text: true };
  if ("text" in o) return { value: String(o.text), text: true };
  return { value: null };
}

export function mergesOf(ws: ExcelJS.Worksheet): MergedArea[] {
  // ExcelJS keeps the merges in `_merges` (master address -> range); its public `model` would build
  // the model of every row of the sheet just to list them. The model stays the fallback.
  const internal = (ws as unknown as { _merges?: Record<string, { range?: string }> })._merges;
  const ranges =
    internal && typeof internal === "object"
      ? Object.values(internal).flatMap((m) => (typeof m?.range === "string" ? [m.range] : []))
      : (((ws as unknown as { model: { merges?: string[] } }).model.merges ?? []) as string[]);
  const out: MergedArea[] = [];
  for (const ref of ranges) {
    const [a, b] = ref.split(":");
    const s = fromA1(a);
    const e = fromA1(b ?? a);
    if (s && e) out.push({ top: s.row, left: s.col, bottom: e.row, right: e.col });
  }
  return out;
}

/**
 * A cell's formula as "=...". A formula filled down is stored once and shared; ExcelJS translates it
 * for each cell it covers. When the master's text is gone (merged away under another cell), ExcelJS
 * throws: the cell keeps its value and has no formula.
 */
export function formulaOf(cell: ExcelJS.Cell): string | undefined {
  try {
    return cell.formula ? `=${cell.formula}` : undefined;
  } catch {
    return undefined;
  }
}

/** Reads one worksheet into the host-neutral snapshot. */
export function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | undefined)[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  const hiddenRows: number[] = [];
  const textNumbers = new Set<string>();
  let hasFormula = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const line: CellValue[] = [];
    if (row.hidden) hiddenRows.push(r);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      // Merged cells other than the top-left repeat its value in ExcelJS; the snapshot keeps them empty.
      if (cell.isMerged && cell.master !== cell) return;
      const conv = convertValue(cell.value);
      line[c] = conv.value;
      const formula = conv.formula ?? formulaOf(cell);
      if (formula) {
        (formulas[r] ??= [])[c] = formula;
        hasFormula = true;
      }
      if (conv.text && typeof conv.value === "string" && looksNumeric(conv.value)) textNumbers.add(`${r},${c}`);
      const fmt = cell.numFmt;
      if (fmt && fmt !== "General") (numberFormats[r] ??= [])[c] = fmt;
    });
    values[r] = line;
  });
  for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
  const snap: SheetSnapshot = { name: ws.name, values, merges: mergesOf(ws), hiddenRows, textNumbers, numberFormats };
  if (hasFormula) snap.formulas = formulas;
  return snap;
}

export function workbookSnapshot(wb: ExcelJS.Workbook, file?: string): WorkbookSnapshot {
  return { file, sheets: wb.worksheets.map(sheetSnapshot) };
}

/**
 * A new ExcelJS workbook holding the snapshots' values, number formats, merged areas and hidden rows:
 * the model a command writes its copy from when the input is no .xlsx ExcelJS could load (a binary .xls).
 */
export async function workbookOfSnapshots(sheets: readonly SheetSnapshot[]): Promise<ExcelJS.Workbook> {
  const wb = new (await excelJs()).Workbook();
  for (const sheet of sheets) addSnapshotSheet(wb, sheet);
  return wb;
}

function addSnapshotSheet(wb: ExcelJS.Workbook, sheet: SheetSnapshot): void {
  const ws = wb.addWorksheet(sheet.name);
  sheet.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      const fmt = sheet.numberFormats?.[r]?.[c];
      if (typeof v === "object") cell.value = { error: v.error } as ExcelJS.CellErrorValue;
      else if (typeof v === "string" && fmt && /^\d{4}-\d{2}-\d{2}$/.test(v)) cell.value = new Date(`${v}T00:00:00Z`);
      else cell.value = v;
      if (fmt) cell.numFmt = fmt;
    })
  );
  for (const r of sheet.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
  for (const m of sheet.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
}
