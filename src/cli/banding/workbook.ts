import path from "path";
import type ExcelJS from "exceljs";
import { TelaahInputError } from "../../core/errors";
import { ZERO, type Decimal } from "../../core/money/decimal";
import {
  KOMPARASI_HEADER,
  comparisonSheetRows,
  type ComparisonResult,
  type ComparisonSheetRow,
  type LevelTotal,
} from "../../core/compare";
import { excelJs } from "../read-xlsx";
import type { SideInfo } from "./json";

const MONEY = "#,##0;[Red]-#,##0";
const FILL: Record<ComparisonSheetRow["status"], string | undefined> = {
  sama: undefined,
  changed: "FFFFF2CC",
  added: "FFE2EFDA",
  removed: "FFF4CCCC",
};
const HEADER_FILL = "FFD9E1F2";
const num = (d: Decimal | null | undefined) => (d === null || d === undefined ? null : d.toNumber());
/** The cached result of a % formula: selisih / semula, "" where semula is zero (as the formula says). */
const ratio = (selisih: Decimal, base: Decimal): number | string => (base.isZero() ? "" : selisih.div(base).toNumber());

function header(ws: ExcelJS.Worksheet, top: number, groups: [string, number, number][], labels: string[]) {
  for (const [text, from, to] of groups) {
    ws.mergeCells(top, from, top, to);
    ws.getCell(top, from).value = text;
  }
  labels.forEach((l, i) => (ws.getCell(top + 1, i + 1).value = l));
  for (const r of [top, top + 1])
    for (let c = 1; c <= labels.length; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    }
}

/** The comparison sheet: one row per line of either side, outline levels by depth, selisih and % as formulas. */
function writeComparison(ws: ExcelJS.Worksheet, result: ComparisonResult, semula: SideInfo, menjadi: SideInfo) {
  ws.getCell("A1").value = "KOMPARASI SEMULA / MENJADI";
  ws.getCell("A1").font = { bold: true, size: 13 };
  ws.getCell("A2").value = `Semula: ${path.basename(semula.file)}, lembar "${semula.sheet}"`;
  ws.getCell("A3").value = `Menjadi: ${path.basename(menjadi.file)}, lembar "${menjadi.sheet}"`;
  header(
    ws,
    5,
    [
      ["Semula", 3, 6],
      ["Menjadi", 7, 10],
    ],
    // The same columns as the live comparison sheet in Excel, without its jenis belanja helpers.
    KOMPARASI_HEADER.slice(0, 13)
  );
  for (const c of [1, 2, 11, 12, 13]) ws.mergeCells(5, c, 6, c);
  ws.getCell(5, 11).value = "Selisih";
  ws.getCell(5, 12).value = "%";
  ws.getCell(5, 13).value = "Keterangan";
  const widths = [16, 60, 9, 8, 14, 17, 9, 8, 14, 17, 16, 9, 40];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: "frozen", ySplit: 6, xSplit: 2 }];
  ws.properties.outlineProperties = { summaryBelow: false, summaryRight: false };

  const rows = comparisonSheetRows(result);
  const first = 7;
  const tops: number[] = [];
  rows.forEach((r, i) => {
    const n = first + i;
    const row = ws.getRow(n);
    const a = r.semula;
    const b = r.menjadi;
    row.values = [
      r.kode,
      "  ".repeat(r.depth) + r.uraian.trim(),
      num(a?.volume),
      a?.satuan ?? null,
      num(a?.hargaSatuan),
      a ? num(a.jumlah) : null,
      num(b?.volume),
      b?.satuan ?? null,
      num(b?.hargaSatuan),
      b ? num(b.jumlah) : null,
    ];
    const selisih = (b?.jumlah ?? ZERO).minus(a?.jumlah ?? ZERO);
    row.getCell(11).value = { formula: `J${n}-F${n}`, result: selisih.toNumber() };
    row.getCell(12).value = { formula: `IF(F${n}=0,"",K${n}/F${n})`, result: ratio(selisih, a?.jumlah ?? ZERO) };
    row.getCell(13).value = r.keterangan || null;
    for (const c of [5, 6, 9, 10, 11]) row.getCell(c).numFmt = MONEY;
    row.getCell(12).numFmt = "0.00%";
    if (!r.isLine) row.font = { bold: true };
    const fill = FILL[r.status];
    if (fill)
      for (let c = 1; c <= 13; c++)
        row.getCell(c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
    // Excel has 8 outline levels (0..7): deeper rows share the last one.
    row.outlineLevel = Math.min(r.depth, 7);
    if (r.depth === 0) tops.push(n);
  });
  const t = first + rows.length;
  const total = ws.getRow(t);
  total.getCell(2).value = "JUMLAH";
  const sumOf = (col: string) =>
    tops.length && tops.length <= 200
      ? tops.map((r) => `${col}${r}`).join(",")
      : `${col}${first}:${col}${Math.max(first, t - 1)}`;
  const p = result.totals.pagu;
  // Only the top rows are summed: every rupiah is in exactly one of them.
  total.getCell(6).value =
    tops.length <= 200 ? { formula: `SUM(${sumOf("F")})`, result: p.semula.toNumber() } : p.semula.toNumber();
  total.getCell(10).value =
    tops.length <= 200 ? { formula: `SUM(${sumOf("J")})`, result: p.menjadi.toNumber() } : p.menjadi.toNumber();
  total.getCell(11).value = { formula: `J${t}-F${t}`, result: p.selisih.toNumber() };
  total.getCell(12).value = { formula: `IF(F${t}=0,"",K${t}/F${t})`, result: ratio(p.selisih, p.semula) };
  total.font = { bold: true };
  for (const c of [6, 10, 11]) total.getCell(c).numFmt = MONEY;
  total.getCell(12).numFmt = "0.00%";
}

function amountRows(
  ws: ExcelJS.Worksheet,
  start: number,
  title: string,
  rows: { label: string; semula: Decimal | null; menjadi: Decimal | null }[]
): number {
  ws.getCell(start, 1).value = title;
  ws.getCell(start, 1).font = { bold: true };
  const labels = ["Uraian", "Semula", "Menjadi", "Selisih", "%"];
  labels.forEach((l, i) => {
    const c = ws.getCell(start + 1, i + 1);
    c.value = l;
    c.font = { bold: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  });
  rows.forEach((r, i) => {
    const n = start + 2 + i;
    const row = ws.getRow(n);
    row.getCell(1).value = r.label;
    row.getCell(2).value = num(r.semula);
    row.getCell(3).value = num(r.menjadi);
    const d = (r.menjadi ?? ZERO).minus(r.semula ?? ZERO);
    row.getCell(4).value = { formula: `C${n}-B${n}`, result: d.toNumber() };
    row.getCell(5).value = { formula: `IF(B${n}=0,"",D${n}/B${n})`, result: ratio(d, r.semula ?? ZERO) };
    for (const c of [2, 3, 4]) row.getCell(c).numFmt = MONEY;
    row.getCell(5).numFmt = "0.00%";
  });
  return start + 3 + rows.length;
}

function writeSummary(ws: ExcelJS.Worksheet, result: ComparisonResult) {
  ws.getColumn(1).width = 60;
  for (const c of [2, 3, 4]) ws.getColumn(c).width = 18;
  const t = result.totals;
  let r = amountRows(ws, 1, "Jumlah pagu", [{ label: "Pagu", semula: t.pagu.semula, menjadi: t.pagu.menjadi }]);
  r = amountRows(
    ws,
    r,
    "Per jenis belanja",
    t.jenisBelanja.map((j) => ({ label: `${j.kode} ${j.uraian}`, semula: j.semula, menjadi: j.menjadi }))
  );
  const level = (ts: LevelTotal[]) =>
    ts
      .filter((x) => !x.selisih.isZero())
      .map((x) => ({
        label: `${x.path.join("/")} ${x.level === "akun" ? "" : x.uraian.trim()}`.trim(),
        semula: x.rowSemula === undefined ? null : x.semula,
        menjadi: x.rowMenjadi === undefined ? null : x.menjadi,
      }));
  r = amountRows(ws, r, "RO yang berubah", level(t.ro));
  r = amountRows(ws, r, "Komponen yang berubah", level(t.komponen));
  r = amountRows(ws, r, "Akun yang berubah", level(t.akun));
  ws.getCell(r, 1).value = "Catatan revisi";
  ws.getCell(r, 1).font = { bold: true };
  if (!result.flags.length) ws.getCell(r + 1, 1).value = "Pagu tetap dan tidak ada pergeseran antar jenis belanja.";
  result.flags.forEach((f, i) => {
    ws.getCell(r + 1 + i * 2, 1).value = `${f.rule} (${f.severity}): ${f.message}`;
    ws.getCell(r + 2 + i * 2, 1).value = `Dasar: ${f.basis}`;
  });
}

/** Writes a new workbook with the sheets "Komparasi" and "Ringkasan"; never over an input file. */
export async function writeComparisonWorkbook(
  result: ComparisonResult,
  semula: SideInfo,
  menjadi: SideInfo,
  outFile: string
): Promise<void> {
  for (const input of [semula.file, menjadi.file])
    if (path.resolve(outFile) === path.resolve(input))
      throw new TelaahInputError(
        "Berkas keluaran tidak boleh sama dengan berkas masukan: Telaah tidak menimpa berkas Anda.",
        "SAME_FILE"
      );
  const wb = new (await excelJs()).Workbook();
  wb.creator = "Telaah";
  writeComparison(wb.addWorksheet("Komparasi"), result, semula, menjadi);
  writeSummary(wb.addWorksheet("Ringkasan"), result);
  try {
    await wb.xlsx.writeFile(outFile);
  } catch (e) {
    throw new TelaahInputError(
      `Berkas komparasi tidak dapat ditulis ke ${outFile}: ${(e as Error).message}`,
      "WRITE_FAILED"
    );
  }
}
