/**
 * Odd sheets: rows and cells out of order or without references, unusual cell types and values, merges
 * and shared formulas ExcelJS stumbles on. Here the fast reader may decline (the CLI then asks ExcelJS),
 * but what it does return must still equal ExcelJS's snapshot, and where ExcelJS fails it must decline.
 * Each case says why declining is acceptable.
 */
import { c, row, v } from "./excel-style-book";
import { merges, rawXlsx, worksheet, XF, type PackageOptions, type RawBook, type RawVariant } from "./raw-package";

export interface OddVariant extends RawVariant {
  /** Why the fast reader may decline this one. */
  why: string;
}

export const sheet =
  (rows: string, after = "", book: Partial<RawBook> = {}, opts: PackageOptions = {}) =>
  () =>
    rawXlsx(
      {
        sheets: [{ name: "Lembar1", xml: worksheet(rows, { after }) }],
        sharedStrings: ["<t>a</t>", "<t>b</t>"],
        ...book,
      },
      opts
    );
export const inSheet = (f: (xml: string) => string): PackageOptions => ({
  transform: (xml, p) => (p.startsWith("xl/worksheets/sheet") ? f(xml) : xml),
});

export const ODD_RAW_VARIANTS: OddVariant[] = [
  {
    name: "overlapping merges",
    why: "ExcelJS fails",
    bytes: sheet(row(1, c("A1", v(1))), merges("A1:B2", "B2:C3")),
  },
  { name: "the same merge twice", why: "ExcelJS fails", bytes: sheet(row(1, c("A1", v(1))), merges("A1:B2", "A1:B2")) },
  {
    name: "single-cell and reversed merge references (D1, F3:E2)",
    why: "odd merge references",
    bytes: sheet(row(1, c("A1", v(1))) + row(2, c("E2", v(2)) + c("F2", v(3))), merges("D1", "F3:E2", "H1:H1")),
  },
  {
    name: "a shared-string index past the table",
    why: "ExcelJS fails",
    bytes: sheet(row(1, c("A1", v(30), { t: "s" }))),
  },
  {
    name: "a shared-formula master merged away under its neighbour",
    why: "ExcelJS loses the master's text to the merge and fails on the follower",
    bytes: sheet(
      row(1, c("A1", v(1)) + c("B1", `<f t="shared" ref="B1:B2" si="0">A1*2</f>` + v(2))) +
        row(2, c("A2", v(3)) + c("B2", `<f t="shared" si="0"/>` + v(6))),
      merges("A1:B1")
    ),
  },
  {
    name: "a shared-formula cell before its master, and one whose master is missing",
    why: "shared formula without a master",
    bytes: sheet(
      row(
        1,
        c("A1", `<f t="shared" si="0"/>` + v(3)) +
          c("B1", `<f t="shared" ref="B1:C1" si="0">A1*2</f>` + v(6)) +
          c("C1", `<f t="shared" si="0"/>` + v(12))
      ) + row(2, c("A2", `<f t="shared" si="7"/>` + v(1)))
    ),
  },
  {
    name: "<c> without r as the first cell",
    why: "ExcelJS fails",
    bytes: sheet(row(1, "<c><v>1</v></c><c><v>2</v></c>")),
  },
  {
    name: "<c> without r after a cell with one",
    why: "cell without r",
    bytes: sheet(row(1, c("B1", v(1)) + "<c><v>2</v></c>")),
  },
  { name: "<row> without r", why: "ExcelJS fails", bytes: sheet("<row>" + c("A1", v(1)) + "</row>") },
  {
    name: "rows out of order and a row twice",
    why: "rows out of order",
    bytes: sheet(row(3, c("A3", v(3))) + row(1, c("B1", v(1))) + row(3, c("B3", v(4)))),
  },
  {
    name: "cells out of order and a cell twice",
    why: "cells out of order",
    bytes: sheet(row(1, c("C1", v(3)) + c("A1", v(1)) + c("C1", v(9)))),
  },
  {
    name: "a cell whose reference names another row",
    why: "cell outside its row",
    bytes: sheet(row(2, c("A5", v(3)))),
  },
  {
    name: "namespace-prefixed elements (x:worksheet)",
    why: "prefixed elements; ExcelJS fails",
    bytes: sheet(
      row(1, c("A1", v(1))),
      "",
      {},
      inSheet((x) =>
        x
          .replace(/<(\/?)(worksheet|sheetData|row|c|v)\b/g, "<$1x:$2")
          .replace("<x:worksheet ", '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ')
      )
    ),
  },
  {
    name: "prefixed shared strings (x:sst, x:si, x:t)",
    why: "prefixed elements",
    bytes: sheet(row(1, c("A1", v(0), { t: "s" })), "", {
      sharedStringsXml:
        '<?xml version="1.0"?><x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>a</x:t></x:si></x:sst>',
    }),
  },
  {
    name: "ISO dates (t='d')",
    why: "ExcelJS parses '2024-01-05' as the number 2024",
    bytes: sheet(
      row(1, c("A1", v("2024-01-05T00:00:00"), { t: "d" }) + c("B1", v("2024-01-05"), { t: "d", s: XF.date14 }))
    ),
  },
  {
    name: "booleans spelled true/false",
    why: "ExcelJS reads any non-zero text as true",
    bytes: sheet(row(1, c("A1", v("true"), { t: "b" }) + c("B1", v("false"), { t: "b" }))),
  },
  { name: "an unknown cell type (t='x')", why: "unknown type", bytes: sheet(row(1, c("A1", v(5), { t: "x" }))) },
  {
    name: "phonetic run inside an inline string",
    why: "ExcelJS loses its place in the row",
    bytes: sheet(
      row(1, c("A1", '<is><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh></is>', { t: "inlineStr" }) + c("B1", v(2)))
    ),
  },
  {
    name: "_xHHHH_ escapes in inline strings, plain and rich",
    why: "ExcelJS decodes them in rich runs only",
    bytes: sheet(
      row(
        1,
        c("A1", "<is><t>a_x000D_b</t></is>", { t: "inlineStr" }) +
          c("B1", "<is><r><t>a_x000D_b</t></r></is>", { t: "inlineStr" })
      )
    ),
  },
  {
    name: "an empty <si/> and an empty inline string",
    why: "ExcelJS keeps an explicit null for the empty <si>",
    bytes: sheet(
      row(1, c("A1", v(0), { t: "s" }) + c("B1", v(1), { t: "s" }) + c("C1", "<is><t></t></is>", { t: "inlineStr" })),
      "",
      { sharedStrings: ["", "<t/>"] }
    ),
  },
  {
    name: "a style index past cellXfs",
    why: "missing style",
    bytes: sheet(row(1, c("A1", v(1), { s: 99 }) + c("B1", v(45000), { s: 99 }))),
  },
  {
    name: "date-formatted numbers that are no date (1e9, 'abc', empty)",
    why: "Invalid Date in ExcelJS",
    bytes: sheet(
      row(
        1,
        c("A1", v("1e9"), { s: XF.date14 }) +
          c("B1", v("abc"), { s: XF.date14 }) +
          c("C1", v("abc")) +
          c("D1", "<f>1/0</f>" + v("1e300"), { s: XF.date14 })
      )
    ),
  },
  {
    name: "numbers that parseFloat reads oddly (0x1A, Infinity, 12abc)",
    why: "non-numeric <v>",
    bytes: sheet(row(1, c("A1", v("0x1A")) + c("B1", v("Infinity")) + c("C1", v("12abc")) + c("D1", v("-")))),
  },
  {
    name: "a dataTable formula",
    why: "ExcelJS loses data-table formulas",
    bytes: sheet(row(1, c("A1", `<f t="dataTable" ref="A1:A2" dt2D="0" dtr="0" r1="B1"/>` + v(5)) + c("B1", v(1)))),
  },
  {
    name: "a cell with both a plain <t> and rich runs",
    why: "mixed inline string",
    bytes: sheet(row(1, c("A1", "<is><t>a</t><r><t>b</t></r></is>", { t: "inlineStr" }))),
  },
  { name: "a cell reference in lower case (a1)", why: "ExcelJS fails", bytes: sheet(row(1, '<c r="a1"><v>1</v></c>')) },
  {
    name: "an absolute cell reference ($B$1)",
    why: "odd cell reference",
    bytes: sheet(row(1, '<c r="$B$1"><v>1</v></c>')),
  },
  {
    name: "a row number with a leading zero (r='02')",
    why: "odd row number",
    bytes: sheet('<row r="02"><c r="A2"><v>3</v></c></row>'),
  },
  {
    name: "odd formula cells: '=' inside <f>, <v> before <f>, t='s' with a formula",
    why: "odd formula cells",
    bytes: sheet(
      row(1, c("A1", "<f>=1+1</f>" + v(2)) + c("B1", v(3) + "<f>A1</f>") + c("C1", '<f>"a"</f>' + v(0), { t: "s" }))
    ),
  },
  {
    name: "an inline string in <v> instead of <is>",
    why: "odd inline string",
    bytes: sheet(row(1, c("A1", v("teks"), { t: "inlineStr" }))),
  },
  {
    name: "empty <v/> in number cells with and without a style",
    why: "empty values",
    bytes: sheet(
      row(1, c("A1", "<v/>") + c("B1", "<v></v>", { s: XF.thousands }) + c("C1", v(1))) +
        row(2, c("A2", "<v/>"), ' hidden="1"')
    ),
  },
  {
    name: "two <v> in a cell, two <t> in a shared string",
    why: "repeated elements",
    bytes: sheet(row(1, c("A1", v(1) + v(2)) + c("B1", v(0), { t: "s" })), "", { sharedStrings: ["<t>a</t><t>b</t>"] }),
  },
  {
    name: "error text with spaces, booleans 2 and ' 0 '",
    why: "odd values",
    bytes: sheet(
      row(
        1,
        c("A1", v(" #N/A "), { t: "e" }) + c("B1", v(2), { t: "b" }) + c("C1", v(" 0 "), { t: "b" }) + c("D1", v("1,5"))
      )
    ),
  },
  {
    name: "a row number written as 1e1",
    why: "odd row number",
    bytes: sheet('<row r="1e1"><c r="A10"><v>1</v></c></row>'),
  },
  {
    name: "a shared formula that slides off the sheet (XFD1 to the right)",
    why: "ExcelJS fails on the sheet",
    bytes: sheet(
      row(1, c("A1", `<f t="shared" ref="A1:B1" si="0">XFD1+A1</f>` + v(1)) + c("B1", `<f t="shared" si="0"/>` + v(2)))
    ),
  },
  {
    name: "mergeCells before sheetData",
    why: "elements out of schema order",
    bytes: () =>
      rawXlsx({
        sheets: [{ name: "A", xml: worksheet(row(1, c("A1", v(1))), { before: merges("A1:B2") }) }],
        sharedStrings: null,
      }),
  },
];
