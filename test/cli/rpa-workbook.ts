import ExcelJS from "exceljs";
import { NAMA_BULAN } from "../../src/core/rpa/months";

export const BULAN = NAMA_BULAN;

export type RpaRow = [
  kode: string | null,
  uraian: string,
  pagu: number | null,
  months?: Record<number, { pct?: number | { formula: string }; rp?: number | { formula: string } }>,
];

/** An RPA sheet: a title, month names merged over "%" / "Rp", Kode/Uraian/Pagu merged over two rows. */
export function rpaWorkbook(
  rows: RpaRow[],
  opts: { percentFormat?: string; onlyRupiah?: boolean; sheetName?: string } = {}
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Catatan").addRow(["bukan tabel anggaran"]);
  const ws = wb.addWorksheet(opts.sheetName ?? "RPA");
  const per = opts.onlyRupiah ? 1 : 2;
  ws.addRow(["RENCANA PENARIKAN DANA TA 2026"]);
  ws.addRow([]);
  const top: (string | null)[] = ["Kode", "Uraian", "Pagu"];
  const sub: (string | null)[] = [null, null, null];
  BULAN.forEach((m) => {
    if (opts.onlyRupiah) {
      top.push(m);
      sub.push("Rp");
    } else {
      top.push(m, null);
      sub.push("%", "Rp");
    }
  });
  ws.addRow(top);
  ws.addRow(sub);
  ws.mergeCells("A3:A4");
  ws.mergeCells("B3:B4");
  ws.mergeCells("C3:C4");
  if (!opts.onlyRupiah) for (let i = 0; i < 12; i++) ws.mergeCells(3, 4 + i * 2, 3, 5 + i * 2);
  for (const [kode, uraian, pagu, months] of rows) {
    const row = ws.addRow([kode, uraian, pagu]);
    for (const [m, v] of Object.entries(months ?? {})) {
      const base = 4 + (Number(m) - 1) * per;
      if (v.pct !== undefined && !opts.onlyRupiah) {
        const c = row.getCell(base);
        c.value = v.pct as ExcelJS.CellValue;
        if (opts.percentFormat) c.numFmt = opts.percentFormat;
      }
      if (v.rp !== undefined) row.getCell(opts.onlyRupiah ? base : base + 1).value = v.rp as ExcelJS.CellValue;
    }
  }
  return wb;
}

/** Column (1-based) of a month's % or Rp cell in rpaWorkbook's layout with both. */
export const pctCol = (m: number) => 4 + (m - 1) * 2;
export const rpCol = (m: number) => 5 + (m - 1) * 2;

export function numberAt(ws: ExcelJS.Worksheet, row: number, col: number): number | null {
  const v = ws.getCell(row, col).value;
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return v;
  if (typeof v === "object" && "result" in v) return (v.result as number) ?? null;
  return null;
}
