/**
 * Workbooks written by ExcelJS itself (what the golden fixtures, `telaah banding` and most tests make),
 * part one: every kind of value, number format and formula a cell can carry. The fast reader must read
 * all of them. Part two, the sheets around the cells, is in xlsx-sheet-variants.ts.
 */
import ExcelJS from "exceljs";

export type Cell = ExcelJS.CellValue;
export interface ExcelJsVariant {
  name: string;
  build?: (wb: ExcelJS.Workbook) => void | Promise<void>;
  /** For writers other than the document writer (the streaming one). */
  bytes?: () => Promise<Uint8Array>;
}

export const f = (formula: string, result?: unknown): Cell => ({ formula, result }) as ExcelJS.CellFormulaValue;
export const err = (error: string): Cell => ({ error }) as ExcelJS.CellErrorValue;
export const utc = (y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0) =>
  new Date(Date.UTC(y, m - 1, d, h, mi, s, ms));

/** Writes rows from A1 down; null leaves a cell out. */
export function put(ws: ExcelJS.Worksheet, rows: Cell[][], from = 1) {
  rows.forEach((line, r) =>
    line.forEach((value, col) => {
      if (value !== null && value !== undefined) ws.getCell(from + r, col + 1).value = value;
    })
  );
}

const DATE_FORMATS = [
  "mm-dd-yy",
  "d-mmm-yy",
  "d-mmm",
  "mmm-yy",
  "h:mm AM/PM",
  "h:mm:ss AM/PM",
  "h:mm",
  "h:mm:ss",
  'm/d/yy "h":mm',
  "dd/mm/yyyy",
  "[$-421]dd mmmm yyyy",
  "dddd, dd mmmm yyyy",
  "yyyy-mm-dd hh:mm:ss",
  "[h]:mm:ss",
  "mm:ss.0",
];
const NUMBER_FORMATS = [
  "#,##0;[Red]-#,##0",
  "#,##0",
  "0.00%",
  '"Rp"#,##0',
  '#,##0 "hari"',
  "@",
  "0.00E+00",
  "# ?/?",
  "General",
];

export const EXCELJS_VALUE_VARIANTS: ExcelJsVariant[] = [
  {
    name: "numbers",
    build: (wb) =>
      put(wb.addWorksheet("Angka"), [
        [0, 1, -1, 0.1 + 0.2, 1e-7, 1e21, -0, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE],
        [123456789012.345, -98765.4321, 1 / 3, 2_100_000, 7.5e-310, 4.35, 100, 1e15, -1e-15, 999999999999999],
      ]),
  },
  {
    name: "strings with markup characters, unicode, emoji, zero-width and edge spaces",
    build: (wb) =>
      put(wb.addWorksheet("Teks"), [
        [
          `a & b`,
          `<tag attr="x">`,
          `"kutip" 'tunggal'`,
          "]]>",
          "&amp; sudah",
          "&#233;",
          "_x000D_ harfiah",
          "x_x0041_y",
        ],
        [
          "Belanja bahan – rapat ✓",
          "预算 🧾",
          "👩‍👩‍👧‍👦 🇮🇩",
          "كشف الميزانية",
          "Konsumsi\u0301",
          "KO\u200BDE",
          "\u200d",
          "\ufeffBOM",
        ],
        ["  dua spasi depan", "belakang  ", "   ", " ", "\ttab\t", "baris\nbaru", "baris\r\nCRLF", "\u00a0nbsp\u00a0"],
        [
          "",
          "x".repeat(5000),
          "\u2028\u2029",
          "a\u0007b",
          "\ud83d tanpa pasangan",
          "Ω≈ç√∫",
          "ä".normalize("NFD"),
          "end",
        ],
      ]),
  },
  {
    name: "rich text",
    build: (wb) =>
      put(wb.addWorksheet("Kaya"), [
        [
          { richText: [{ text: "- ATK " }, { font: { bold: true }, text: "[1 PKT]" }] },
          { richText: [{ text: "satu run" }] },
          { richText: [{ font: { italic: true, color: { argb: "FFFF0000" } }, text: "  spasi " }, { text: "& <x>" }] },
          { richText: [{ text: "1.500" }, { text: ".000" }] },
          { richText: [{ text: "" }, { text: "kosong di depan" }] },
        ],
      ]),
  },
  {
    name: "dates with built-in and custom date formats, and numbers that are not dates",
    build: (wb) => {
      const ws = wb.addWorksheet("Tanggal");
      const dates = [
        utc(2026, 1, 5),
        utc(1900, 1, 1),
        utc(1900, 3, 1),
        utc(2024, 2, 29, 23, 59, 59),
        utc(1899, 12, 31),
        utc(9999, 12, 31),
      ];
      DATE_FORMATS.forEach((fmt, r) => {
        dates.forEach((d, col) => {
          const cell = ws.getCell(r + 1, col + 1);
          cell.value = d;
          cell.numFmt = fmt;
        });
        [45000, 0, -1, 60, 45000.999999, 2958466].forEach((n, i) => {
          const cell = ws.getCell(r + 1, 8 + i);
          cell.value = n;
          cell.numFmt = fmt;
        });
      });
      NUMBER_FORMATS.forEach((fmt, r) => {
        const cell = ws.getCell(DATE_FORMATS.length + 2 + r, 1);
        cell.value = -1234567.5;
        cell.numFmt = fmt;
        ws.getCell(DATE_FORMATS.length + 2 + r, 2).value = utc(2026, 1, 5); // a Date with no format of its own
      });
    },
  },
  { name: "booleans", build: (wb) => put(wb.addWorksheet("Logika"), [[true, false, null, true], [false]]) },
  {
    name: "error values",
    build: (wb) =>
      put(wb.addWorksheet("Galat"), [
        ["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"].map(err),
      ]),
  },
  {
    name: "formulas with results of every kind",
    build: (wb) => {
      const ws = wb.addWorksheet("Rumus");
      put(ws, [
        [
          2,
          3,
          f("A1*B1", 6),
          f("A1-A1", 0),
          f('"x"&A1', "x2"),
          f('""', ""),
          f("1/0", err("#DIV/0!")),
          f("A1>1", true),
          f("A1>9", false),
        ],
        [
          f("DATE(2026,1,5)", utc(2026, 1, 5)),
          f("A1+B1"),
          f("-A1", -2),
          f('A1&"&<>"', '2&<>"'),
          f("NA()", err("#N/A")),
          f("'Lembar & 2'!A1", 7),
        ],
      ]);
      ws.getCell("A2").numFmt = "dd/mm/yyyy";
      put(wb.addWorksheet("Lembar & 2"), [[7]]);
    },
  },
  {
    name: "shared formulas (fillFormula and sharedFormula values)",
    build: (wb) => {
      const ws = wb.addWorksheet("Berbagi");
      for (let r = 1; r <= 6; r++) ws.getRow(r).values = [r, r * 10];
      ws.fillFormula("C1:C6", "A1*B1", [10, 40, 90, 0, 250, 360]);
      ws.fillFormula("D1:E3", "$A$1+A1+B$1", [
        [1, 2],
        [3, 4],
        [0, 6],
      ]);
      ws.getCell("F1").value = f("A1+B1", 11);
      ws.getCell("F2").value = { sharedFormula: "F1", result: 22 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell("F3").value = { sharedFormula: "F1", result: 0 } as ExcelJS.CellSharedFormulaValue;
      ws.fillFormula("G1:G3", 'F1&"x"', (row) => `${row}x`);
    },
  },
  {
    name: "array formulas",
    build: (wb) => {
      const ws = wb.addWorksheet("Larik");
      put(ws, [
        [1, 2],
        [3, 4],
        [5, 6],
      ]);
      // ExcelJS's typings leave out fillFormula's fourth argument, the share type.
      const fill = ws.fillFormula.bind(ws) as unknown as (
        range: string,
        formula: string,
        results: number[],
        type: string
      ) => void;
      fill("C1:C3", "A1:A3*B1:B3", [2, 12, 30], "array");
      ws.getCell("D1").value = {
        formula: "SUM(A1:A3*B1:B3)",
        shareType: "array",
        ref: "D1",
        result: 44,
      } as unknown as Cell;
    },
  },
];

/** Writes a variant to bytes (the streaming case with ExcelJS's streaming writer). */
export async function excelJsBytes(variant: ExcelJsVariant): Promise<Uint8Array> {
  if (variant.bytes) return variant.bytes();
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = utc(2026, 1, 5);
  await variant.build?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
