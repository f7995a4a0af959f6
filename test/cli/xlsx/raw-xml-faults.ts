/**
 * XML the way it should not be written: DTDs, undefined entities, invalid characters and references,
 * CDATA, comments, broken markup, broken UTF-8. ExcelJS's parser (saxes) refuses much of it; where it
 * does, the fast reader must decline, and where ExcelJS reads it, the fast reader must read it the same
 * or decline.
 */
import { c, excelBook, row, v } from "./excel-style-book";
import { inSheet, sheet, type OddVariant } from "./raw-odd-variants";
import { NS_MAIN, rawXlsx, stylesXml, worksheet, XF } from "./raw-package";
import { commentsAndPis } from "./xml-rewrites";

/** Text that saxes (ExcelJS's parser) may refuse: invalid characters and character references. */
const XML_FAULTS: [string, string][] = [
  ["&#0;", "a&#0;b"],
  ["&#xD800; (a surrogate)", "a&#xD800;b"],
  ["&#x110000;", "a&#x110000;b"],
  ["&#X41; (capital X)", "a&#X41;b"],
  ["&#0065; (leading zeros)", "a&#0065;b"],
  ["&amp without ;", "a&amp b"],
  ["&AMP;", "a&AMP;b"],
  ["a raw control character", "a\u0001b"],
  ["a raw U+FFFE", "a\ufffeb"],
  ["]]> in text", "a]]>b"],
];

/** Markup that saxes may refuse. */
const MARKUP_FAULTS: [string, (xml: string) => string][] = [
  ["an unquoted attribute", (x) => x.replace('<c r="B1"', "<c r=B1")],
  ["a duplicate attribute", (x) => x.replace('<c r="B1"', '<c r="B1" r="B1"')],
  ["attributes without space between", (x) => x.replace('<c r="B1" s=', '<c r="B1"s=')],
  ["& in an attribute", (x) => x.replace('<c r="B1"', '<c r="B1" x="a&b"')],
  ["< in an attribute", (x) => x.replace('<c r="B1"', '<c r="B1" x="a<b"')],
  ["> in an attribute", (x) => x.replace('<c r="B1"', '<c r="B1" x="a>b"')],
  ["a tab and newline in an unused attribute", (x) => x.replace('<c r="B1"', '<c r="B1" x="a\tb\nc"')],
  ["the XML declaration after whitespace", (x) => "\n " + x],
  ["text before the root", (x) => x.replace("<worksheet", "junk<worksheet")],
  ["a second root element", (x) => x + "<worksheet/>"],
  ["text after the root", (x) => x + "junk"],
  ["an unclosed root", (x) => x.replace("</worksheet>", "")],
  ["an element name with a dot and dash", (x) => x.replace("</sheetData>", "</sheetData><x.y-z/>")],
  ["a UTF-16 declaration", (x) => x.replace('encoding="UTF-8"', 'encoding="UTF-16"')],
  ["no XML declaration", (x) => x.replace(/^<\?xml[^>]*\?>\s*/, "")],
];

export const XML_FAULT_VARIANTS: OddVariant[] = [
  {
    name: "XML comments and processing instructions between elements",
    why: "no spreadsheet writer puts comments in its parts; the reader declines them",
    bytes: () => rawXlsx(excelBook(), { transform: commentsAndPis }),
  },
  {
    name: "DOCTYPE with an internal entity",
    why: "DTDs are declined",
    bytes: sheet(row(1, c("A1", "<is><t>&e;</t></is>", { t: "inlineStr" }))),
  },
  {
    name: "DOCTYPE without entities",
    why: "DTDs are declined",
    bytes: sheet(
      row(1, c("A1", v(1))),
      "",
      {},
      inSheet((x) => x.replace("<worksheet", "<!DOCTYPE worksheet><worksheet"))
    ),
  },
  {
    name: "an HTML entity (&nbsp;) the XML does not define",
    why: "unknown entity; ExcelJS fails",
    bytes: sheet(row(1, c("A1", "<is><t>a&nbsp;b</t></is>", { t: "inlineStr" }))),
  },
  {
    name: "CDATA in <v> and <t>",
    why: "ExcelJS drops CDATA text",
    bytes: sheet(
      row(
        1,
        c("A1", "<v><![CDATA[12]]></v>") +
          c("B1", "<is><t><![CDATA[a<b]]></t></is>", { t: "inlineStr" }) +
          c("C1", v(5))
      )
    ),
  },
  {
    name: "a split <v> (text, comment, text)",
    why: "comment inside a value",
    bytes: sheet(row(1, c("A1", "<v>1<!-- x -->2</v>") + c("B1", "<is><t>a<?pi?>b</t></is>", { t: "inlineStr" }))),
  },
  { name: "malformed XML (crossed end tags)", why: "ExcelJS fails", bytes: sheet(row(1, "<c r='A1'><v>1</c></v>")) },
  {
    name: "raw CR and CRLF inside text",
    why: "line-end normalisation",
    bytes: sheet(
      row(
        1,
        c("A1", "<is><t>a\r\nb\rc</t></is>", { t: "inlineStr" }) +
          c("B1", "<is><t>a&#13;&#10;b</t></is>", { t: "inlineStr" })
      )
    ),
  },
  {
    name: "xml:space and xml:lang attributes on <t>",
    why: "reserved attributes",
    bytes: sheet(row(1, c("A1", '<is><t xml:space="preserve" xml:lang="id">  a  </t></is>', { t: "inlineStr" }))),
  },
  ...XML_FAULTS.map(([name, text]) => ({
    name: `XML fault: ${name}`,
    why: "ExcelJS's XML parser may fail",
    bytes: sheet(row(1, c("A1", `<is><t>${text}</t></is>`, { t: "inlineStr" }) + c("B1", v(1)))),
  })),
  ...MARKUP_FAULTS.map(([name, f]) => ({
    name: `markup fault: ${name}`,
    why: "ExcelJS's XML parser may fail",
    bytes: sheet(row(1, c("A1", v(1)) + c("B1", v(2), { s: XF.thousands })), "", {}, inSheet(f)),
  })),
  {
    name: "invalid UTF-8 bytes in a shared string",
    why: "decoding of broken bytes",
    bytes: () => {
      const sst = Buffer.concat([
        Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS_MAIN}"><si><t>a`),
        Buffer.from([0xff, 0xc3, 0x28, 0xe2, 0x82]),
        Buffer.from("b</t></si></sst>"),
      ]);
      return rawXlsx({
        sheets: [{ name: "A", xml: worksheet(row(1, c("A1", v(0), { t: "s" }))) }],
        sharedStrings: null,
        parts: { "xl/sharedStrings.xml": sst },
      });
    },
  },
  {
    name: "tabs and newlines in a sheet name and a format code, raw and as references",
    why: "attribute-value normalisation",
    bytes: () =>
      rawXlsx({
        sheets: [
          { name: "a", rawName: "Raw\ttab\nline", xml: worksheet(row(1, c("A1", v(45000), { s: 1 }))) },
          { name: "b", rawName: "Ref&#9;tab&#10;line", xml: worksheet(row(1, c("A1", v(45000), { s: 2 }))) },
        ],
        sharedStrings: null,
        styles: stylesXml(
          [
            [164, '#,##0\n"x"'],
            [165, "0&#10;d"],
          ],
          [0, 164, 165]
        ).replace("&amp;#10;", "&#10;"),
      }),
  },
  {
    name: "two sheet entries that point to one part",
    why: "ExcelJS keeps one sheet under the second name",
    bytes: () =>
      rawXlsx({
        sheets: [
          { name: "A", xml: worksheet(row(1, c("A1", v(1)))) },
          { name: "B", xml: worksheet(row(1, c("A1", v(1)))), path: "xl/worksheets/sheet1.xml" },
        ],
        sharedStrings: null,
      }),
  },
  {
    name: "CDATA in shared strings",
    why: "ExcelJS drops CDATA text",
    bytes: sheet(row(1, c("A1", v(0), { t: "s" }) + c("B1", v(1), { t: "s" })), "", {
      sharedStrings: ["<t><![CDATA[abc]]></t>", "<t>x<![CDATA[abc]]>y</t>"],
    }),
  },
  {
    name: "a comment with -- in workbook.xml",
    why: "ExcelJS fails",
    bytes: sheet(
      row(1, c("A1", v(1))),
      "",
      {},
      {
        transform: (xml, p) => (p === "xl/workbook.xml" ? xml.replace("<sheets>", "<!-- a -- b --><sheets>") : xml),
      }
    ),
  },
  {
    name: "a comment inside a shared string",
    why: "comments inside text",
    bytes: sheet(row(1, c("A1", v(0), { t: "s" })), "", { sharedStrings: ["<t>a<!-- c -->b</t>"] }),
  },
  {
    name: "a bare & in text ExcelJS ignores (inside <c>)",
    why: "ExcelJS fails",
    bytes: sheet(row(1, '<c r="A1">a & b<v>1</v></c>')),
  },
  {
    name: "&#0; in an element the reader skips (headerFooter)",
    why: "ExcelJS fails",
    bytes: sheet(row(1, c("A1", v(1))), "<headerFooter><oddHeader>&#0;</oddHeader></headerFooter>"),
  },
  {
    name: "an element name starting with a digit, in an element the reader skips",
    why: "ExcelJS fails",
    bytes: () =>
      rawXlsx({
        sheets: [{ name: "A", xml: worksheet(row(1, c("A1", v(1))), { before: "<sheetPr><1x/></sheetPr>" }) }],
        sharedStrings: null,
      }),
  },
];
