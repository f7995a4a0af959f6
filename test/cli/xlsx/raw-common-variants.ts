/**
 * Ordinary workbooks from writers other than ExcelJS, as raw XML: the fast reader must read every one
 * of them (no declining) exactly as ExcelJS does.
 */
import JSZip from "jszip";
import { c, EXCEL_STRINGS, excelBook, excelDataSheet, row, v } from "./excel-style-book";
import {
  esc,
  packageParts,
  rawXlsx,
  worksheet,
  XF,
  type PackageOptions,
  type RawBook,
  type RawVariant,
} from "./raw-package";
import { crlf, indent, reverseAttributes, singleQuotes, spaceInsideTags, withBom } from "./xml-rewrites";

const excel =
  (book: Partial<RawBook> = {}, opts: PackageOptions = {}) =>
  () =>
    rawXlsx(excelBook(book), opts);
const oneSheet =
  (xml: string, book: Partial<RawBook> = {}, opts: PackageOptions = {}) =>
  () =>
    rawXlsx({ sheets: [{ name: "Lembar1", xml }], ...book }, opts);
const everyPart = (f: (xml: string) => string): PackageOptions => ({ transform: (xml) => f(xml) });

/** The RKA-K/L export (like contoh/): plain strings as t="str", empty ones as <v></v>, lowercase _x000d_. */
const rkaExportSheet = worksheet(
  [
    row(1, ["kode", "uraian", "vol", "jumlah"].map((s, i) => c(`${"ABCD"[i]}1`, v(s), { t: "str" })).join("")),
    row(
      2,
      c("A2", '<v xml:space="preserve">   051</v>', { t: "str" }) +
        c("B2", v("Tenaga Kesehatan_x000d_[Base Line]"), { t: "str" }) +
        c("C2", v(1300)) +
        c("D2", v(3837000000))
    ),
    row(
      3,
      c("A3", v("2077.502"), { t: "str" }) +
        c("B3", "<v></v>", { t: "str" }) +
        c("C3", v(0)) +
        c("D3", "<v></v>", { t: "str" })
    ),
    row(4, c("A4", v("     521119"), { t: "str" }) + c("B4", v("Belanja &amp;amp; jasa"), { t: "str" })),
  ].join(""),
  { before: '<dimension ref="A1:D4"/><sheetViews><sheetView workbookViewId="0" rightToLeft="0"/></sheetViews>' }
);

/** LibreOffice Calc: explicit t="n", s="0", aca="false" formulas, every row attribute spelled out. */
const libreOfficeSheet = worksheet(
  [
    `<row r="1" s="0" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false">` +
      `<c r="A1" s="0" t="s"><v>0</v></c><c r="B1" s="0" t="n"><v>12.5</v></c><c r="C1" s="3" t="n"><v>1000</v></c></row>`,
    `<row r="2" s="0" customFormat="false" ht="12.8" hidden="true" customHeight="false" outlineLevel="0" collapsed="false">` +
      `<c r="A2" s="1" t="n"><v>45292</v></c><c r="B2" s="0" t="n"><f aca="false">B1*2</f><v>25</v></c>` +
      `<c r="C2" s="0" t="str"><f aca="false">A1&amp;"x"</f><v>KODEx</v></c><c r="D2" s="0" t="b"><v>1</v></c></row>`,
    `<row r="3" s="0" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false">` +
      `<c r="A3" s="0" t="e"><f aca="false">#N/A</f><v>#N/A</v></c><c r="B3" s="2" t="n"><v>0</v></c></row>`,
  ].join(""),
  {
    before: `<sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1:D3"/>`,
    after: `<mergeCells count="1"><mergeCell ref="C3:D4"/></mergeCells>`,
  }
);

/** openpyxl: formulas with an empty or self-closed <v>, numbers as Python prints them. */
const openpyxlSheet = worksheet(
  [
    row(1, c("A1", v(0), { t: "s" }) + c("B1", v(1), { t: "s" })),
    row(2, c("A2", v(1.5)) + c("B2", v("1e-05")) + c("C2", v("12345678901234567890")) + c("D2", v(1), { t: "b" })),
    row(3, c("A3", "<f>SUM(A2:B2)</f><v></v>") + c("B3", "<f>A2*2</f><v/>") + c("C3", v(45292.25), { s: XF.ddmmyyyy })),
  ].join("")
);

/** Excel's shared formula over two columns, with absolute, mixed and cross-sheet references. */
const sharedFormulaSheet = worksheet(
  [1, 2, 3, 4]
    .map((i) => {
      const r = i + 8;
      const master = i === 1;
      return row(
        r,
        c(`C${r}`, v(i)) +
          c(`D${r}`, v(i * 10)) +
          c(`F${r}`, (master ? `<f t="shared" ref="F9:G12" si="0">C9*$D$9+D$9</f>` : `<f t="shared" si="0"/>`) + v(i)) +
          c(`G${r}`, (master ? `<f t="shared" si="0"/>` : `<f t="shared" si="0"/>`) + v(i)) +
          c(
            `H${r}`,
            (master
              ? `<f t="shared" ref="H9:H12" si="1">'Data &amp; X'!A1+SUM(C9:D9)&amp;"C9"</f>`
              : `<f t="shared" si="1"/>`) + v(`x${i}`),
            { t: "str" }
          )
      );
    })
    .join("")
);

/** Numbers as other writers spell them. */
const numberFormsSheet = worksheet(
  row(
    1,
    ["1E3", "1.5e-3", ".5", "5.", "-0", "+7", "0.30000000000000004", "1.7976931348623157E308", "5E-324", "-1234567.125"]
      .map((n, i) => c(`${String.fromCharCode(65 + i)}1`, v(n)))
      .join("")
  ) + row(2, c("A2", "<v> 42 </v>") + c("B2", "<v>\n\t7\n</v>") + c("C2", "<v> 3 </v>", { t: "s" }) + c("D2", v("1.0")))
);

/** Character and entity references everywhere text can be. */
const referencesBook = (): RawBook => ({
  sheets: [
    {
      name: "é😀",
      rawName: "&#233;&#x1F600;",
      xml: worksheet(
        row(
          1,
          c("A1", v(0), { t: "s" }) +
            c("B1", "<is><t>caf&#233; &#xE9; &#x1F600; &quot;q&quot; &apos;a&apos; &lt;&gt;&amp;</t></is>", {
              t: "inlineStr",
            }) +
            c("C1", `<f>"&#233;"&amp;"&#x41;"</f>` + v("&#233;A"), { t: "str" }) +
            c("D1", v("&#49;&#50;")) +
            c("E1", v("#N&#x2F;A"), { t: "e" })
        )
      ),
    },
  ],
  sharedStrings: ["<t>&#82;&#x26;&#x44; &#8211; &#x200B;|&#160;|</t>"],
});

export const COMMON_RAW_VARIANTS: RawVariant[] = [
  { name: "Excel layout, deflated", bytes: excel() },
  { name: "every entry stored (method 0)", bytes: excel({}, { method: 0 }) },
  {
    name: "sheets and shared strings before workbook.xml, sheet stored and the rest deflated",
    bytes: excel({}, { order: (n) => [...n].reverse(), methods: { "xl/worksheets/sheet1.xml": 0 } }),
  },
  { name: "data descriptors after each entry (streaming writers)", bytes: excel({}, { dataDescriptor: true }) },
  { name: "attributes in reverse order", bytes: excel({}, everyPart(reverseAttributes)) },
  { name: "single-quoted attributes", bytes: excel({}, everyPart(singleQuotes)) },
  { name: "newlines and indentation between tags", bytes: excel({}, everyPart(indent)) },
  { name: "whitespace inside tags, around '=' and in end tags", bytes: excel({}, everyPart(spaceInsideTags)) },
  {
    name: "CRLF line ends in every part",
    bytes: excel(
      {},
      everyPart((x) => crlf(indent(x)))
    ),
  },
  { name: "UTF-8 byte order mark on every part", bytes: excel({}, everyPart(withBom)) },
  {
    name: "rows without spans, hidden='true', hidden='0' and hidden='false'",
    bytes: excel({
      sheets: [
        { name: "Data", xml: excelDataSheet({ hidden: "true", spans: false }) },
        {
          name: "Tampak",
          xml: worksheet(row(1, c("A1", v(1)), ' hidden="0"') + row(2, c("A2", v(2)), ' hidden="false"')),
        },
      ],
    }),
  },
  {
    name: "Excel 2010 root and row attributes (mc:Ignorable, x14ac:dyDescent)",
    bytes: excel(
      {},
      {
        transform: (xml, p) =>
          p.includes("worksheets/")
            ? xml
                .replace(
                  /<worksheet ([^>]*)>/,
                  `<worksheet $1 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="{00000000-0001-0000-0000-000000000000}">`
                )
                .replace(/<row r="(\d+)"/g, '<row r="$1" x14ac:dyDescent="0.25"')
            : xml,
      }
    ),
  },
  {
    name: "absolute relationship targets (/xl/worksheets/sheet1.xml)",
    bytes: () => {
      const book = excelBook();
      book.sheets = book.sheets.map((s, i) => ({ ...s, target: `/xl/worksheets/sheet${i + 1}.xml` }));
      return rawXlsx(book);
    },
  },
  {
    name: "a chartsheet listed first in workbook.xml",
    bytes: excel(
      {
        extraWorkbookRels: `<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>`,
        parts: {
          "xl/chartsheets/sheet1.xml": `<?xml version="1.0"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`,
        },
      },
      {
        transform: (xml, p) =>
          p === "xl/workbook.xml"
            ? xml.replace("<sheets>", '<sheets><sheet name="Grafik" sheetId="50" r:id="rId99"/>')
            : xml,
      }
    ),
  },
  { name: "no styles.xml (cells keep their s attributes)", bytes: excel({ styles: null }) },
  {
    name: "no sharedStrings.xml: inline strings, plain and rich",
    bytes: oneSheet(
      worksheet(
        row(
          1,
          c("A1", "<is><t>KODE</t></is>", { t: "inlineStr" }) +
            c("B1", '<is><t xml:space="preserve"> Uraian </t></is>', { t: "inlineStr" })
        ) +
          row(
            2,
            c("A2", "<is><t>521211</t></is>", { t: "inlineStr" }) +
              c("B2", "<is><r><t>ATK </t></r><r><rPr><b/></rPr><t>[1 PKT]</t></r></is>", { t: "inlineStr" })
          ) +
          row(3, c("A3", `<is><t>${esc("a & <b>")}</t></is>`, { t: "inlineStr", s: XF.text }) + c("B3", v(7)))
      ),
      { sharedStrings: null }
    ),
  },
  { name: "entry names starting with '/'", bytes: excel({}, { leadingSlash: true }) },
  {
    name: "character and entity references in strings, formulas and sheet names",
    bytes: () => rawXlsx(referencesBook()),
  },
  {
    name: "shared strings with phonetic runs and _x000D_ escapes",
    bytes: oneSheet(worksheet(row(1, [0, 1, 2, 3, 4].map((i) => c(`${"ABCDE"[i]}1`, v(i), { t: "s" })).join(""))), {
      sharedStrings: [
        '<t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh>',
        '<r><t>東京</t></r><r><rPr><b/></rPr><t>都</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh>',
        "<t>baris_x000D_\nbaru_x0009_tab</t>",
        "<t>_x005F_x000D_ tetap</t>",
        "<t>_xD83D__xDE00_</t>",
      ],
    }),
  },
  {
    name: "shared strings with <phoneticPr> beside the phonetic runs, as Excel writes them",
    bytes: oneSheet(worksheet(row(1, c("A1", v(0), { t: "s" }) + c("B1", v(1), { t: "s" }))), {
      sharedStrings: [
        '<t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1" type="noConversion"/>',
        '<t>ATK</t><phoneticPr fontId="1"/>',
      ],
    }),
  },
  {
    name: "plain strings as t='str' (RKA-K/L export)",
    bytes: oneSheet(rkaExportSheet, { sharedStrings: null, styles: null }),
  },
  { name: "LibreOffice Calc layout", bytes: oneSheet(libreOfficeSheet, { sharedStrings: EXCEL_STRINGS }) },
  {
    name: "openpyxl layout (formulas without a cached value)",
    bytes: oneSheet(openpyxlSheet, { sharedStrings: EXCEL_STRINGS }),
  },
  {
    name: "Excel shared formulas over two columns, absolute and sheet references",
    bytes: oneSheet(sharedFormulaSheet),
  },
  {
    name: "numbers as other writers spell them, whitespace around <v>",
    bytes: oneSheet(numberFormsSheet, { sharedStrings: EXCEL_STRINGS }),
  },
  { name: "1904 date system", bytes: excel({ date1904: true }) },
  {
    name: "sheet order not the part order, sparse sheetIds, veryHidden",
    bytes: () => {
      const book = excelBook();
      const sheets = [
        { ...book.sheets[1], path: "xl/worksheets/sheet2.xml", state: "veryHidden" as const },
        { ...book.sheets[0], path: "xl/worksheets/sheet1.xml" },
        { name: "Kosong", xml: worksheet(""), path: "xl/worksheets/sheet7.xml" },
      ];
      const parts = packageParts({ ...book, sheets });
      parts["xl/workbook.xml"] = (parts["xl/workbook.xml"] as string)
        .replace('sheetId="1"', 'sheetId="9"')
        .replace('sheetId="3"', 'sheetId="4"');
      return rawXlsx({ ...book, sheets, workbookXml: parts["xl/workbook.xml"] as string });
    },
  },
  {
    name: "sheet names with & < > ' \" and unicode",
    bytes: excel({
      sheets: [
        { name: `R&D <2026> 'x' "y"`, xml: excelDataSheet() },
        { name: "Анализ – ٢٠٢٦ 🧾", xml: worksheet(row(1, c("A1", v(1)))) },
      ],
    }),
  },
  {
    name: "an empty sheet (<sheetData/>) beside a full one",
    bytes: excel({
      sheets: [
        { name: "Kosong", xml: worksheet("").replace("<sheetData></sheetData>", "<sheetData/>") },
        ...excelBook().sheets,
      ],
    }),
  },
  {
    name: "zipped by JSZip",
    bytes: async () => {
      const zip = new JSZip();
      for (const [p, data] of Object.entries(packageParts(excelBook()))) zip.file(p, data);
      return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    },
  },
];
