/**
 * Workbooks written by ExcelJS, part two: merges, hidden rows, styles, several sheets, the date system,
 * sheet decorations, a large sheet and the streaming writer. The fast reader must read all of them;
 * only the cases in EXCELJS_MAY_DECLINE are allowed to be declined.
 */
import ExcelJS from "exceljs";
import { err, f, put, utc, type Cell, type ExcelJsVariant } from "./xlsx-variants";

export const EXCELJS_SHEET_VARIANTS: ExcelJsVariant[] = [
  {
    name: "merged cells: values in covered cells, past the last row, over hidden rows",
    build: (wb) => {
      const ws = wb.addWorksheet("Gabung");
      put(ws, [
        ["judul", "tertutup", "tertutup"],
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ]);
      ws.mergeCells("A1:C1");
      ws.mergeCells("B2:B4");
      ws.getRow(3).hidden = true;
      ws.mergeCells("E3:F4");
      ws.mergeCells("A10:C12");
      ws.mergeCells("H1:H1");
      ws.getCell("G20").value = "akhir";
      ws.mergeCells("G20:G22");
    },
  },
  {
    name: "hidden rows with and without values",
    build: (wb) => {
      const ws = wb.addWorksheet("Sembunyi");
      put(ws, [["a"], ["b"], [], ["d"], [null, null], ["f"]]);
      for (const r of [1, 3, 5, 6, 9]) ws.getRow(r).hidden = true;
      ws.getCell("B5").numFmt = "0.00"; // hidden row whose only cell is styled and empty
    },
  },
  {
    name: "styled empty cells, row and column styles",
    build: (wb) => {
      const ws = wb.addWorksheet("Gaya");
      ws.getColumn(2).numFmt = "dd/mm/yyyy";
      ws.getColumn(3).font = { bold: true };
      ws.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
      ws.getCell("D4").numFmt = "#,##0";
      ws.getRow(6).font = { italic: true };
      ws.getRow(7).numFmt = "0.0";
      put(
        ws,
        [
          [null, 45000, "tebal", null],
          [1, 45001.5, 3],
        ],
        2
      );
      ws.getCell("A7").value = 2.25;
      ws.getCell("E7").border = { top: { style: "thin" } };
    },
  },
  {
    name: "several sheets, hidden ones, names with & and unicode",
    build: (wb) => {
      put(wb.addWorksheet("R&D <2026>"), [["satu"]]);
      wb.addWorksheet("Kosong");
      put(wb.addWorksheet("Tersembunyi", { state: "hidden" }), [[1]]);
      put(wb.addWorksheet("Sangat tersembunyi", { state: "veryHidden" }), [[2]]);
      put(wb.addWorksheet("Anggaran 🧾 ٢٠٢٦ 'x' akhir"), [["dua"]]);
      put(wb.addWorksheet("Ümlaut ß – tepat 31 karakter!!!"), [[3]]);
    },
  },
  {
    name: "numbers typed as text",
    build: (wb) => {
      const ws = wb.addWorksheet("Angka Teks");
      put(ws, [["1.500.000", "001", " 12 ", "-5", "1,5", "1e5", "(1.000)", "Rp 5.000", "12.", ".", "-"]]);
      ws.getCell("A2").value = 42;
      ws.getCell("A2").numFmt = "@";
    },
  },
  {
    name: "1904 date system",
    build: (wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("1904");
      put(ws, [[utc(2026, 1, 5), 0, 45000, f("A1+1", utc(2026, 1, 6))]]);
      for (const a of ["A1", "B1", "C1", "D1"]) ws.getCell(a).numFmt = "dd/mm/yyyy";
    },
  },
  {
    name: "sparse rows and far columns",
    build: (wb) => {
      const ws = wb.addWorksheet("Jarang");
      ws.getCell("A1").value = 1;
      ws.getCell("AA5").value = "AA";
      ws.getCell("ZZ1000").value = "ZZ";
      ws.getCell("XFD3").value = "XFD";
      ws.addRow([null, undefined, 3, null, 5]);
    },
  },
  {
    name: "notes, validation, conditional formats, filter, frozen panes, print titles, outline, table",
    build: (wb) => {
      const ws = wb.addWorksheet("Hiasan", { views: [{ state: "frozen", ySplit: 1 }] });
      put(ws, [
        ["kode", "nilai"],
        ["a", 1],
        ["b", 2],
        ["c", 3],
      ]);
      ws.getCell("A2").note = "catatan & <penting>";
      ws.getCell("B2").dataValidation = { type: "whole", operator: "between", formulae: [0, 10], allowBlank: true };
      ws.addConditionalFormatting({
        ref: "B2:B4",
        rules: [
          { type: "cellIs", operator: "greaterThan", formulae: [1], priority: 1, style: { font: { bold: true } } },
        ],
      });
      ws.autoFilter = "A1:B4";
      ws.pageSetup.printTitlesRow = "1:1";
      ws.getRow(3).outlineLevel = 1;
      ws.getColumn(1).width = 30;
      const t = wb.addWorksheet("Tabel");
      t.addTable({
        name: "Tabel1",
        ref: "A1",
        columns: [{ name: "Kode" }, { name: "Nilai", totalsRowFunction: "sum" }],
        rows: [
          ["x", 1],
          ["y", 2],
        ],
        totalsRow: true,
      });
    },
  },
  {
    name: "an image in the sheet",
    build: (wb) => {
      const png = Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
        "base64"
      );
      const ws = wb.addWorksheet("Gambar");
      put(ws, [["logo"]]);
      ws.addImage(wb.addImage({ buffer: png, extension: "png" } as unknown as ExcelJS.Image), "B2:C3");
    },
  },
  {
    name: "a few thousand rows of mixed values",
    build: (wb) => {
      const ws = wb.addWorksheet("Besar");
      for (let r = 1; r <= 3000; r++)
        ws.addRow([
          r % 7 ? `${r % 50}` : null,
          `- Uraian ${r % 97} [${r % 5} OK]`,
          r % 3,
          "OK",
          r * 1000,
          f(`C${r}*E${r}`, (r % 3) * r * 1000),
          r % 11 === 0,
        ]);
      ws.getColumn(5).numFmt = "#,##0";
    },
  },
  { name: "streaming writer without shared strings or styles", bytes: () => streamingWorkbook() },
];

/** Variants the fast reader may decline, each with the reason. */
export const EXCELJS_MAY_DECLINE: Record<string, string> = {
  "a hyperlinked cell": "ExcelJS reads hyperlinked cells as {text, hyperlink}; the reader declines <hyperlinks>",
};
EXCELJS_SHEET_VARIANTS.push({
  name: "a hyperlinked cell",
  build: (wb) =>
    put(wb.addWorksheet("Tautan"), [[{ text: "situs", hyperlink: "https://example.org/?a=1&b=2" } as Cell, 1]]),
});

async function streamingWorkbook(): Promise<Uint8Array> {
  const { PassThrough } = await import("stream");
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (b: Buffer) => chunks.push(b));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet("Aliran");
  ws.addRow(["kode", "uraian & <x>", 1, true, err("#N/A"), f("C1*2", 2), utc(2026, 1, 5)]).commit();
  ws.addRow([null, "  spasi  ", -0.5, false]).commit();
  ws.mergeCells("A3:B4");
  ws.commit();
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
