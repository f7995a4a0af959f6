/**
 * More ordinary raw workbooks, about what a cell's format, formula and merge area come from: number
 * formats by id and by code, the style parts a naive reader confuses with cellXfs, row and column
 * styles, shared formulas that are hard to slide, merges of every shape. All must be read, not declined.
 */
import { c, row, v } from "./excel-style-book";
import { esc, merges, rawXlsx, stylesXml, worksheet, XF, type RawBook, type RawVariant } from "./raw-package";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Built-in ids ExcelJS knows, ids it does not know (27-36, 41-44, 5-8), custom codes, an overridden id. */
const BUILT_IN_IDS = [
  15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 38, 39, 40, 48, 49,
];
const UNKNOWN_IDS = [27, 30, 31, 36, 41, 42, 43, 44, 50, 57, 5, 6, 7, 8];
const CUSTOM: [number, string][] = [
  [14, "d/m/yyyy"], // redefines a built-in id: the workbook's code wins
  [164, "dd/mm/yyyy"],
  [165, "[$-421]dd mmmm yyyy;@"],
  [166, '#,##0\\ "Rp"'],
  [167, '"Tahun "0'],
  [168, "0\\ \\h\\a\\r\\i"],
  [169, "[h]:mm:ss"],
  [170, "#,##0;[Red]\\-#,##0"],
  [171, "yyyy\\-mm\\-dd"],
  [172, "[$Rp-421]#,##0.00;[Red]\\-[$Rp-421]#,##0.00"],
  [173, "General"],
  [174, "dd/mm/yy\\ hh:mm"],
  [175, "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"],
  [176, '_(* #,##0_);_(* \\(#,##0\\);_(* "-"??_);_(@_)'],
  [177, "[Red][<=100]0;[Blue][>100]0"],
  [178, "0.00_);\\(0.00\\)"],
  [179, "mmm\\-yy"],
  [180, '"d"0'],
];

function formatsBook(): RawBook {
  const ids = [14, ...BUILT_IN_IDS, ...UNKNOWN_IDS, ...CUSTOM.slice(1).map(([id]) => id)];
  const rows = ids.map((_, i) =>
    row(i + 1, c(`A${i + 1}`, v(45000 + i * 0.25), { s: i + 1 }) + c(`B${i + 1}`, v(-2.5), { s: i + 1 }))
  );
  // An xf that says applyNumberFormat="0": ExcelJS applies its format anyway.
  const styles = stylesXml(CUSTOM, [0, ...ids, 14]).replace(
    /<xf numFmtId="14" ([^>]*) applyNumberFormat="1"\/><\/cellXfs>/,
    '<xf numFmtId="14" $1 applyNumberFormat="0"/></cellXfs>'
  );
  rows.push(row(ids.length + 1, c(`A${ids.length + 1}`, v(45000), { s: ids.length + 1 })));
  return { sheets: [{ name: "Format", xml: worksheet(rows.join("")) }], styles, sharedStrings: null };
}

/**
 * cellStyleXfs and dxfs that a reader must not take for cellXfs: their numFmt ids and codes would turn
 * the numbers below into dates.
 */
const confusingStyles =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${NS}">` +
  `<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>` +
  `<cellStyleXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="1" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="2" applyNumberFormat="1"/></cellXfs>` +
  `<cellStyles count="2"><cellStyle name="Normal" xfId="0" builtinId="0"/><cellStyle name="Tanggal" xfId="1"/></cellStyles>` +
  `<dxfs count="2"><dxf><numFmt numFmtId="164" formatCode="yyyy"/></dxf><dxf><numFmt numFmtId="165" formatCode="dd/mm"/><font><b/></font></dxf></dxfs>` +
  `<tableStyles count="0" defaultTableStyle="TableStyleMedium2"/>` +
  `<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst>` +
  `</styleSheet>`;

/** Excel writes row and column styles, but a cell without s keeps General: ExcelJS gives it no format. */
const rowAndColumnStyles = worksheet(
  row(1, c("A1", v(45000)) + c("B1", v(45000), { s: XF.thousands }), ' s="1" customFormat="1"') +
    row(2, c("A2", v(45000)) + c("C2", v(45000))) +
    row(3, `<c r="A3" s="${XF.date14}"/>`, ' s="2" customFormat="1" hidden="1"'),
  {
    before: `<cols><col min="1" max="1" width="9" style="${XF.date14}"/><col min="3" max="5" width="9" style="${XF.ddmmyyyy}" customWidth="1"/></cols>`,
  }
);

/** A shared formula with what a naive slide gets wrong: function names, string literals, whole rows and columns. */
const hardSlideFormula = `LOG10(C9)+ATAN2(C9,D9)+SUM($C9:C$12)+COUNTIF(C:C,"&gt;0")+LEN("C9")+'My Sheet'!C9+ROW(9:9)+$XFD9+C9+Sheet2!$C9+A1048575+F9*1E3+$A$1`;
const hardSlides = worksheet(
  [1, 2, 3, 4]
    .map((i) => {
      const r = i + 8;
      const f = i === 1 ? `<f t="shared" ref="E9:F12" si="3">${hardSlideFormula}</f>` : `<f t="shared" si="3"/>`;
      const g = i === 1 ? `<f t="shared" ref="G9:G12" si="0">IF(C9&gt;1,"ya","tidak")</f>` : `<f t="shared" si="0"/>`;
      return row(
        r,
        c(`C${r}`, v(i)) +
          c(`E${r}`, f + v(i)) +
          c(`F${r}`, `<f t="shared" si="3"/>` + v(0)) +
          c(`G${r}`, g + v(i > 1 ? "ya" : "tidak"), { t: "str" })
      );
    })
    .join("") + row(13, c("A13", "<f>SUM(C9:C12)\n+1</f>" + v(11)))
);

/** Modern Excel: dynamic arrays (cm="1") and rich values (vm="1"), with xl/metadata.xml. */
const dynamicArrays = worksheet(
  row(
    1,
    c("A1", `<f t="array" ref="A1:A3" aca="0">SEQUENCE(3)</f>` + v(1)).replace("<c ", '<c cm="1" ') +
      c("B1", v("#VALUE!"), { t: "e" }).replace("<c ", '<c vm="1" ')
  ) +
    row(2, c("A2", v(2))) +
    row(3, c("A3", v(3)))
);

/** Merge areas of every shape: master cell absent, values and styles in covered cells, hidden rows. */
const mergeShapes = worksheet(
  [
    row(1, c("B1", v(2)) + `<c r="C1" s="${XF.thousands}"/>`),
    row(2, c("A2", v(1)) + c("B2", v(5)), ' hidden="1"'),
    row(3, `<c r="A3" s="${XF.date14}"/>` + c("D3", v(4))),
    row(5, c("F5", v(6)), ' hidden="1"'),
    row(6, `<c r="F6" s="${XF.thousands}"/>`, ' hidden="1"'),
    row(7, c("A7", v(7))),
  ].join(""),
  {
    after: merges(
      "A1:C1", // master A1 has no cell; B1 holds a value
      "A2:B3", // over a hidden row, a value in B2 and a styled A3
      "D3:D4", // a row only the merge makes
      "F5:G6", // both rows hidden, the second with only a styled cell
      "H8:I9", // below the last row
      "A30:A40", // far below
      ...Array.from(
        { length: 60 },
        (_, i) => `${String.fromCharCode(75 + (i % 10))}${12 + 2 * Math.floor(i / 10)}`
      ).map((a) => `${a}:${a}`)
    ),
  }
);

/**
 * Serials at the edge of a day. 51020.99999999421 lies half a millisecond before midnight: ExcelJS
 * computes Math.round((v - 25569) * 24 * 3600 * 1000), and that order of rounding decides the day.
 */
function nearMidnight(date1904: boolean): RawBook {
  const serials = [
    "51020.99999999421",
    "45000.99999999421",
    "45000.999994213",
    "45000.99999",
    "0.99999999421",
    "-0.5",
    "1.5",
    "2958465.9999999",
  ];
  const col = (i: number) => String.fromCharCode(65 + i);
  const cells = serials.map((s, i) => c(`${col(i)}1`, v(s), { s: XF.date14 }));
  const formulas = serials.map((s, i) => c(`${col(i)}2`, `<f>${s}+0</f>` + v(s), { s: XF.ddmmyyyy }));
  return {
    sheets: [{ name: "Tanggal", xml: worksheet(row(1, cells.join("")) + row(2, formulas.join(""))) }],
    sharedStrings: null,
    date1904,
  };
}

export const SHEET_RAW_VARIANTS: RawVariant[] = [
  { name: "built-in, unknown, overridden and escaped number formats", bytes: () => rawXlsx(formatsBook()) },
  {
    name: "cellStyleXfs and dxfs whose formats a reader must not use",
    bytes: () =>
      rawXlsx({
        sheets: [
          {
            name: "Gaya",
            xml: worksheet(row(1, c("A1", v(45000), { s: 1 }) + c("B1", v(0.5), { s: 2 }) + c("C1", v(45000)))),
          },
        ],
        styles: confusingStyles,
        sharedStrings: null,
      }),
  },
  {
    name: "row and column styles, which cells without s do not take",
    bytes: () => rawXlsx({ sheets: [{ name: "Baris", xml: rowAndColumnStyles }], sharedStrings: null }),
  },
  {
    name: "shared formulas that are hard to slide",
    bytes: () => rawXlsx({ sheets: [{ name: "Geser", xml: hardSlides }], sharedStrings: null }),
  },
  {
    name: "dynamic arrays and rich values (cm, vm) with xl/metadata.xml",
    bytes: () =>
      rawXlsx({
        sheets: [{ name: "Dinamis", xml: dynamicArrays }],
        sharedStrings: null,
        parts: {
          "xl/metadata.xml": `<?xml version="1.0"?><metadata xmlns="${NS}"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000"/></metadataTypes></metadata>`,
        },
      }),
  },
  {
    name: "merge areas of every shape",
    bytes: () => rawXlsx({ sheets: [{ name: "Gabung", xml: mergeShapes }], sharedStrings: null }),
  },
  {
    name: "strings with edge spaces and no xml:space",
    bytes: () =>
      rawXlsx({
        sheets: [
          {
            name: "Spasi",
            xml: worksheet(
              row(
                1,
                c("A1", v(0), { t: "s" }) +
                  c("B1", v(1), { t: "s" }) +
                  c("C1", "<is><t> b </t></is>", { t: "inlineStr" }) +
                  c("D1", v("  c  "), { t: "str" })
              )
            ),
          },
        ],
        sharedStrings: ["<t>  a  </t>", "<r><t> x </t></r><r><t>\ty\t</t></r>"],
      }),
  },
  {
    name: "defined names: print titles, a #REF! print area, a local name",
    bytes: () =>
      rawXlsx(
        { sheets: [{ name: "Cetak", xml: worksheet(row(1, c("A1", v(1)))) }], sharedStrings: null },
        {
          transform: (xml, p) =>
            p === "xl/workbook.xml"
              ? xml.replace(
                  "</sheets>",
                  `</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">#REF!</definedName>` +
                    `<definedName name="_xlnm.Print_Titles" localSheetId="0">Cetak!$1:$2</definedName><definedName name="pagu" localSheetId="0">Cetak!$A$1</definedName></definedNames>`
                )
              : xml,
        }
      ),
  },
  {
    name: "LibreOffice workbookPr (date1904='false') and calcPr",
    bytes: () =>
      rawXlsx(
        { sheets: [{ name: "LO", xml: worksheet(row(1, c("A1", v(45000), { s: XF.date14 }))) }], sharedStrings: null },
        {
          transform: (xml, p) =>
            p === "xl/workbook.xml"
              ? xml
                  .replace(
                    "<workbookPr/>",
                    '<fileVersion appName="Calc"/><workbookPr backupFile="false" showObjects="all" date1904="false"/>'
                  )
                  .replace(
                    "</workbook>",
                    '<calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.001"/></workbook>'
                  )
              : xml,
        }
      ),
  },
  {
    name: "formula results of every type in date-formatted cells",
    bytes: () => {
      // ExcelJS turns any cached result in a date format into a Date: an error or a text becomes no date.
      const results: [string, string | undefined][] = [
        [v("#N/A"), "e"],
        [v("-"), "str"],
        [v("45000"), "str"],
        [v(1), "b"],
        [v(0), "b"],
        [v(0), undefined],
        ["<v></v>", "str"],
        [v(45000.5), undefined],
      ];
      const cells = results.map(([inner, t], i) =>
        c(`${String.fromCharCode(65 + i)}1`, `<f>X${i + 1}</f>` + inner, { s: XF.date14, t })
      );
      const text = [
        c("A2", v(0), { t: "s", s: XF.text }),
        c("B2", v(123), { s: XF.text }),
        c("C2", v(45000), { s: XF.percent }),
      ];
      return rawXlsx({
        sheets: [{ name: "Kolom Tanggal", xml: worksheet(row(1, cells.join("")) + row(2, text.join(""))) }],
        sharedStrings: ["<t>0123</t>"],
      });
    },
  },
  { name: "date serials near midnight", bytes: () => rawXlsx(nearMidnight(false)) },
  { name: "date serials near midnight, 1904 system", bytes: () => rawXlsx(nearMidnight(true)) },
  {
    name: "a large shared-string table (3000 strings)",
    bytes: () => {
      const strings = Array.from({ length: 3000 }, (_, i) => `<t>${esc(`- Uraian ${i} & <${i % 7}>`)}</t>`);
      const rows = Array.from({ length: 1000 }, (_, r) =>
        row(r + 1, [0, 1, 2].map((k) => c(`${"ABC"[k]}${r + 1}`, v(r * 3 + k), { t: "s" })).join(""))
      );
      return rawXlsx({ sheets: [{ name: "Banyak", xml: worksheet(rows.join("")) }], sharedStrings: strings });
    },
  },
];
