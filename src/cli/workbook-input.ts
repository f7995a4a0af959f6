import type ExcelJS from "exceljs";
import { TelaahInputError } from "../core/errors";
import { detectLayout } from "../core/layout/detect";
import type { LayoutResult } from "../core/layout/types";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import { openWorkbookSource, type WorkbookSource } from "./workbook-source";

export interface BudgetInput {
  source: WorkbookSource;
  /** Position of the budget sheet in `source.sheetNames`. */
  sheetIndex: number;
  sheet: SheetSnapshot;
  layout: LayoutResult;
}

/** Index of the sheet named `lembar` (case and outer spaces ignored), or -1. */
export function findSheet(source: WorkbookSource, lembar: string): number {
  const want = lembar.trim().toLowerCase();
  return source.sheetNames.findIndex((n) => n.trim().toLowerCase() === want);
}

export function sheetList(source: WorkbookSource): string {
  return source.sheetNames.map((n) => `"${n}"`).join(", ");
}

/**
 * Opens a file and picks the sheet to work on: the one named by --lembar, else the first sheet that
 * holds a budget table (of the wanted kinds, when given). Sheets are read one at a time, lazily.
 */
export async function openBudget(
  file: string,
  lembar?: string,
  accept?: (l: LayoutResult) => boolean
): Promise<BudgetInput> {
  const source = await openWorkbookSource(file);
  if (source.sheetNames.length === 0) throw new TelaahInputError(`${file} tidak memuat lembar kerja.`, "NO_SHEETS");
  if (lembar) {
    const index = findSheet(source, lembar);
    if (index < 0)
      throw new TelaahInputError(
        `Lembar "${lembar}" tidak ada di ${file}; lembar yang ada: ${sheetList(source)}.`,
        "NO_SHEET"
      );
    const sheet = await source.sheet(index);
    const layout = detectLayout(sheet);
    if (!layout || (accept && !accept(layout)))
      throw new TelaahInputError(
        `Lembar "${source.sheetNames[index]}" tidak memuat tabel anggaran yang dikenali (baris judul kode/uraian/jumlah tidak ditemukan).`,
        "NO_BUDGET"
      );
    return { source, sheetIndex: index, sheet, layout };
  }
  for (let index = 0; index < source.sheetNames.length; index++) {
    const sheet = await source.sheet(index);
    const layout = detectLayout(sheet);
    if (layout && (!accept || accept(layout))) return { source, sheetIndex: index, sheet, layout };
  }
  throw new TelaahInputError(
    `Tidak ada lembar di ${file} yang memuat tabel anggaran (baris judul kode/uraian/jumlah tidak ditemukan).`,
    "NO_BUDGET"
  );
}

/** ExcelJS's model of the budget's workbook and sheet, for a command that writes a copy. */
export async function excelSheet(
  input: BudgetInput
): Promise<{ workbook: ExcelJS.Workbook; worksheet: ExcelJS.Worksheet }> {
  const workbook = await input.source.excel();
  return { workbook, worksheet: workbook.worksheets[input.sheetIndex] };
}
