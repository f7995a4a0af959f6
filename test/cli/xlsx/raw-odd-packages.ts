/**
 * Odd and broken packages: the archive, the workbook part, sheet names and relationships, and parts the
 * fast reader never reads but ExcelJS does (drawings, comments, tables, defined names). Declining is
 * accepted for each, for the reason it gives; a different snapshot is not.
 */
import { c, excelBook, row, v } from "./excel-style-book";
import { sheet, type OddVariant } from "./raw-odd-variants";
import { rawXlsx, worksheet, XF } from "./raw-package";
import { writeZip } from "./zip-writer";

const HYPERLINK_RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/?a=1&amp;b=2" TargetMode="External"/></Relationships>';

/** A sheet's relationships part with one relationship of the given type. */
function sheetRels(type: string, target: string): string {
  return (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`
  );
}

export const ODD_PACKAGE_VARIANTS: OddVariant[] = [
  { name: "ZIP64 records", why: "ZIP64 is declined", bytes: () => rawXlsx(excelBook(), { zip64: true }) },
  {
    name: "an entry compressed with an unknown method (12, bzip2)",
    why: "unknown compression; ExcelJS fails",
    bytes: () => rawXlsx(excelBook(), { methods: { "xl/worksheets/sheet1.xml": 12 } }),
  },
  {
    name: "hyperlinks in a sheet",
    why: "ExcelJS turns hyperlinked cells into {text, hyperlink}",
    bytes: () =>
      rawXlsx({
        sheets: [
          {
            name: "Tautan",
            xml: worksheet(
              row(
                1,
                c("A1", "<is><t>situs</t></is>", { t: "inlineStr" }) + c("B1", v(3)) + c("C1", "<f>B1*2</f>" + v(6))
              ),
              {
                after:
                  '<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B1" location="Tautan!A1"/></hyperlinks>',
              }
            ),
            rels: HYPERLINK_RELS,
          },
        ],
        sharedStrings: null,
      }),
  },
  {
    name: "t='s' without a sharedStrings part",
    why: "ExcelJS keeps the index number as the value",
    bytes: sheet(row(1, c("A1", v(3), { t: "s" })), "", { sharedStrings: null }),
  },
  {
    name: "a sheet part not named sheetN.xml",
    why: "ExcelJS skips such a sheet",
    bytes: () =>
      rawXlsx({
        sheets: [
          { name: "A", xml: worksheet(row(1, c("A1", v(1)))), path: "xl/worksheets/data.xml" },
          { name: "B", xml: worksheet(row(1, c("A1", v(2)))) },
        ],
        sharedStrings: null,
      }),
  },
  {
    name: "a relationship target with ../",
    why: "ExcelJS does not resolve ../ and skips the sheet",
    bytes: () =>
      rawXlsx({
        sheets: [{ name: "A", xml: worksheet(row(1, c("A1", v(1)))), target: "../xl/worksheets/sheet1.xml" }],
        sharedStrings: null,
      }),
  },
  {
    name: "a row style without styles.xml",
    why: "ExcelJS fails",
    bytes: sheet(row(1, c("A1", v(1)), ' s="1" customFormat="1"'), "", { styles: null }),
  },
  {
    name: "a workbook without sheets",
    why: "nothing to read",
    bytes: () => rawXlsx({ sheets: [] }),
  },
  {
    name: "a zip with no workbook part",
    why: "not a workbook",
    bytes: () => writeZip([{ name: "readme.txt", data: "bukan buku kerja" }]),
  },
  {
    name: "two sheets whose names differ only in case",
    why: "ExcelJS fails",
    bytes: () =>
      rawXlsx({
        sheets: [
          { name: "Data", xml: worksheet("") },
          { name: "DATA", xml: worksheet("") },
        ],
      }),
  },
  {
    name: "a sheet name escaped twice (R&amp;amp;D)",
    why: "ExcelJS decodes sheet names a second time",
    bytes: () =>
      rawXlsx({
        sheets: [{ name: "x", rawName: "R&amp;amp;D &amp;lt;1&amp;gt;", xml: worksheet(row(1, c("A1", v(1)))) }],
      }),
  },
  { name: "a truncated archive", why: "ExcelJS fails", bytes: () => rawXlsx(excelBook()).subarray(0, 3000) },
  {
    name: "date1904='true' (ExcelJS only knows '1')",
    why: "ExcelJS keeps the 1900 system for 'true'",
    bytes: sheet(
      row(1, c("A1", v(0), { s: XF.date14 }) + c("B1", v(45000), { s: XF.date14 })),
      "",
      {},
      {
        transform: (xml, p) =>
          p === "xl/workbook.xml" ? xml.replace("<workbookPr/>", '<workbookPr date1904="true"/>') : xml,
      }
    ),
  },
  {
    name: "a drawing whose relationship is missing",
    why: "ExcelJS fails",
    bytes: sheet(row(1, c("A1", v(1))), '<drawing r:id="rId1"/>'),
  },
  {
    name: "a comments relationship to a part that is missing",
    why: "ExcelJS fails on a part the fast reader does not read",
    bytes: () =>
      rawXlsx({
        sheets: [{ name: "A", xml: worksheet(row(1, c("A1", v(1)))), rels: sheetRels("comments", "../comments1.xml") }],
        sharedStrings: null,
      }),
  },
  {
    name: "a table part whose relationship is missing",
    why: "ExcelJS fails on a part the fast reader does not read",
    bytes: sheet(row(1, c("A1", v(1))), '<tableParts count="1"><tablePart r:id="rId7"/></tableParts>'),
  },
  {
    name: "an empty print area",
    why: "ExcelJS fails on a defined name the fast reader does not read",
    bytes: sheet(
      row(1, c("A1", v(1))),
      "",
      {},
      {
        transform: (xml, p) =>
          p === "xl/workbook.xml"
            ? xml.replace(
                "</sheets>",
                '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0"></definedName></definedNames>'
              )
            : xml,
      }
    ),
  },
  {
    name: "the same part twice, with and without a leading '/'",
    why: "two members for one part",
    bytes: sheet(row(1, c("A1", v(1))), "", {
      parts: { "/xl/worksheets/sheet1.xml": worksheet(row(1, c("A1", v(99)))) },
    }),
  },
];
