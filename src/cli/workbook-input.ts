import type ExcelJS from "exceljs";
import { TelaahInputError } from "../core/errors";
import { detectLayout } from "../core/layout/detect";
import type { LayoutResult } from "../core/layout/types";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import { loadWorkbook, sheetSnapshot } from "./read-xlsx";

export interface BudgetInput {
  workbook: ExcelJS.Workbook;
  worksheet: ExcelJS.Worksheet;
  sheet: SheetSnapshot;
  layout: LayoutResult;
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
  const workbook = await loadWorkbook(file);
  if (workbook.worksheets.length === 0) throw new TelaahInputError(`${file} tidak memuat lembar kerja.`, "NO_SHEETS");
  if (lembar) {
    const ws = workbook.worksheets.find((w) => w.name.trim().toLowerCase() === lembar.trim().toLowerCase());
    if (!ws) {
      const names = workbook.worksheets.map((w) => `"${w.name}"`).join(", ");
      throw new TelaahInputError(`Lembar "${lembar}" tidak ada di ${file}; lembar yang ada: ${names}.`, "NO_SHEET");
    }
    const sheet = sheetSnapshot(ws);
    const layout = detectLayout(sheet);
    if (!layout || (accept && !accept(layout)))
      throw new TelaahInputError(
        `Lembar "${ws.name}" tidak memuat tabel anggaran yang dikenali (baris judul kode/uraian/jumlah tidak ditemukan).`,
        "NO_BUDGET"
      );
    return { workbook, worksheet: ws, sheet, layout };
  }
  for (const ws of workbook.worksheets) {
    const sheet = sheetSnapshot(ws);
    const layout = detectLayout(sheet);
    if (layout && (!accept || accept(layout))) return { workbook, worksheet: ws, sheet, layout };
  }
  throw new TelaahInputError(
    `Tidak ada lembar di ${file} yang memuat tabel anggaran (baris judul kode/uraian/jumlah tidak ditemukan).`,
    "NO_BUDGET"
  );
}
