/**
 * fast-check arbitraries for small random workbooks written by ExcelJS: every kind of cell value,
 * number formats (dates among them), merges that do not overlap, hidden rows, shared formulas,
 * one or two sheets, either date system.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";

type Cell = ExcelJS.CellValue;

const ERRORS = ["#REF!", "#VALUE!", "#DIV/0!", "#N/A", "#NAME?", "#NUM!", "#NULL!"];
const FORMATS = [
  "mm-dd-yy",
  "d-mmm-yy",
  "h:mm:ss",
  'm/d/yy "h":mm',
  "dd/mm/yyyy",
  "[$-421]dd mmmm yyyy",
  "yyyy-mm-dd hh:mm",
  "#,##0;[Red]-#,##0",
  "#,##0",
  "0.00%",
  '"Rp"#,##0',
  "@",
  "0.00",
];
/** Text that has tripped XML writers and readers. */
const TRICKY_TEXT = [
  "&",
  "<",
  ">",
  '"',
  "'",
  "&amp;",
  "]]>",
  "_x000D_",
  "\n",
  "\r\n",
  "\t",
  " ",
  "\u200b",
  "🧾",
  "é",
  "1.500.000",
  "-5",
  "0",
];

/** A date serial at a random millisecond plus a half, often the last one of its day. */
const serialAtHalfMs = fc
  .tuple(fc.integer({ min: -1000, max: 2958465 }), fc.oneof(fc.constant(86399999), fc.nat(86399999)))
  .map(([day, ms]) => day + (ms + 0.5) / 86400000);

const number = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  // Serials at the last half millisecond of a day: where a rounding unlike ExcelJS's shows.
  serialAtHalfMs,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 0.1, 45000, 45000.5, 60, -1, 2958466, 1e21, 5e-324)
);
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.array(fc.constantFrom(...TRICKY_TEXT), { minLength: 1, maxLength: 4 }).map((parts) => parts.join("")),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.string({ unit: "binary", maxLength: 4 })
);
const error = fc.constantFrom(...ERRORS).map((e): Cell => ({ error: e }) as ExcelJS.CellErrorValue);
const date = fc
  .date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
  .map((d) => new Date(Math.round(d.getTime() / 1000) * 1000));
const richText = fc
  .array(fc.record({ text, bold: fc.boolean() }), { minLength: 1, maxLength: 3 })
  .map((runs): Cell => ({
    richText: runs.map((r) => (r.bold ? { text: r.text, font: { bold: true } } : { text: r.text })),
  }));
const result = fc.oneof(number, text, fc.boolean(), error, date, fc.constant(undefined));
const formula = fc
  .record({ body: fc.constantFrom("A1+1", "SUM(A1:B2)", 'B1&"&<x>"', "IF(A1>0,1,0)", "'Lain & 2'!A1", "1/0"), result })
  .map(({ body, result }): Cell => ({ formula: body, result }) as ExcelJS.CellFormulaValue);

export const cellValue: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: error },
  { weight: 1, arbitrary: date },
  { weight: 1, arbitrary: richText },
  { weight: 2, arbitrary: formula }
);

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
const rect = fc
  // Columns A..G only: H and I hold the filled-down formula, whose master a merge must not cover.
  .record({ top: fc.nat(10), left: fc.nat(4), h: fc.nat(3), w: fc.nat(2) })
  .map(({ top, left, h, w }): Rect => ({ top: top + 1, left: left + 1, bottom: top + 1 + h, right: left + 1 + w }))
  .filter((r) => r.bottom > r.top || r.right > r.left);

const overlaps = (a: Rect, b: Rect) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Drops every rectangle that overlaps one kept before it. */
export function disjoint(rects: Rect[]): Rect[] {
  const kept: Rect[] = [];
  for (const r of rects) if (!kept.some((k) => overlaps(k, r))) kept.push(r);
  return kept;
}

export interface GridSheet {
  rows: Cell[][];
  formats: (string | null)[][];
  merges: Rect[];
  hidden: number[];
  /** A filled-down formula column: [column, first row, last row]. */
  shared: [number, number, number] | null;
}

const sheet: fc.Arbitrary<GridSheet> = fc
  .record({
    rows: fc.array(fc.array(cellValue, { maxLength: 7 }), { minLength: 1, maxLength: 9 }),
    formats: fc.array(fc.array(fc.option(fc.constantFrom(...FORMATS), { freq: 3 }), { maxLength: 7 }), {
      maxLength: 9,
    }),
    merges: fc.array(rect, { maxLength: 4 }).map(disjoint),
    hidden: fc.uniqueArray(fc.integer({ min: 1, max: 14 }), { maxLength: 4 }),
    shared: fc.option(
      fc.tuple(fc.integer({ min: 8, max: 9 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 8 }))
    ),
  })
  .map((s) => ({ ...s, formats: s.formats.map((r) => r.map((x) => x ?? null)) }));

export interface Grid {
  date1904: boolean;
  sheets: GridSheet[];
}

export const grid: fc.Arbitrary<Grid> = fc.record({
  date1904: fc.boolean(),
  sheets: fc.array(sheet, { minLength: 1, maxLength: 2 }),
});

const SHEET_NAMES = ["Data & <1>", "Lain & 2"];

export async function gridBytes(g: Grid): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = g.date1904;
  g.sheets.forEach((s, i) => {
    const ws = wb.addWorksheet(SHEET_NAMES[i]);
    s.rows.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      })
    );
    s.formats.forEach((line, r) =>
      line.forEach((fmt, c) => {
        if (fmt) ws.getCell(r + 1, c + 1).numFmt = fmt;
      })
    );
    if (s.shared) {
      const [col, top, bottom] = s.shared;
      ws.fillFormula(
        `${String.fromCharCode(64 + col)}${top}:${String.fromCharCode(64 + col)}${bottom}`,
        `A${top}*2`,
        (row) => (row % 3 ? row * 2 : 0)
      );
    }
    for (const m of s.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    for (const r of s.hidden) ws.getRow(r).hidden = true;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
