/**
 * One ordinary workbook as Excel writes it (shared strings, styles, a shared formula, merges, hidden
 * rows, a hidden second sheet), written out by hand so the raw variants can each change one thing.
 */
import { esc, merges, worksheet, XF, type RawBook } from "./raw-package";

/** The shared strings, as <si> inner XML; the cells below refer to them by index. */
export const EXCEL_STRINGS = [
  "<t>KODE</t>",
  "<t>URAIAN</t>",
  "<t>VOLUME</t>",
  "<t>HARGA SATUAN</t>",
  "<t>JUMLAH</t>",
  "<t>521211</t>",
  `<t>${esc(`Belanja & <Bahan> "ATK" 'kantor'`)}</t>`,
  '<r><t xml:space="preserve">Rapat </t></r><r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t>[2 OK x 1 KEG]</t></r>',
  '<t xml:space="preserve">  spasi di tepi  </t>',
  "<t>Perjalanan dinas 🧾 ke Jayapura – café\u200b</t>",
  "<t>1.500.000</t>",
  "<t>Baris\ntiga</t>",
  "<t>R&amp;D</t>",
];

/** A cell with its attributes in Excel's order (r, s, t). */
export function c(ref: string, inner: string, opts: { s?: number; t?: string } = {}): string {
  const s = opts.s ? ` s="${opts.s}"` : "";
  const t = opts.t ? ` t="${opts.t}"` : "";
  return `<c r="${ref}"${s}${t}>${inner}</c>`;
}
export const v = (x: string | number) => `<v>${x}</v>`;
export const row = (r: number, cells: string, attrs = "") => `<row r="${r}"${attrs}>${cells}</row>`;

/** Sheet "Data": the kinds of cells a budget workbook holds. */
export function excelDataSheet(opts: { hidden?: string; spans?: boolean } = {}): string {
  const hidden = ` hidden="${opts.hidden ?? "1"}"`;
  const sp = (a: string) => (opts.spans === false ? "" : ` spans="${a}"`);
  const rows = [
    row(1, ["A1", "B1", "C1", "D1", "E1"].map((r, i) => c(r, v(i), { t: "s" })).join(""), sp("1:5")),
    row(
      2,
      c("A2", v(5), { t: "s" }) +
        c("B2", v(6), { t: "s" }) +
        c("C2", v(3)) +
        c("D2", v(1500000), { s: XF.thousands }) +
        c("E2", "<f>C2*D2</f>" + v(4500000), { s: XF.thousands }),
      sp("1:5")
    ),
    row(
      3,
      c("B3", v(7), { t: "s" }) +
        c("C3", v(2.5)) +
        c("D3", v(0), { s: XF.thousands }) +
        c("E3", "<f>C3*D3</f>" + v(0), { s: XF.thousands }),
      sp("2:5")
    ),
    row(
      4,
      c("A4", v(8), { t: "s" }) +
        c("B4", `<f>B2&amp;"!"</f>` + v(esc(`Belanja & <Bahan> "ATK" 'kantor'!`)), { t: "str" }) +
        c("C4", `<f>"&amp;lt;"</f>` + v("&amp;lt;"), { t: "str" }) +
        c("D4", v(9), { t: "s" }) +
        c("E4", v(10), { t: "s" }),
      sp("1:5")
    ),
    row(
      5,
      c("A5", v(45292), { s: XF.date14 }) +
        c("B5", v(45658.75), { s: XF.ddmmyyyy }) +
        c("C5", v(45000), { s: XF.locale421 }) +
        c("D5", v(-1234), { s: XF.redNegative }) +
        c("E5", v(45000.5), { s: XF.dateTime22 }),
      sp("1:5")
    ),
    row(
      6,
      c("A6", v(1), { t: "b" }) +
        c("B6", v(0), { t: "b" }) +
        c("C6", v("#REF!"), { t: "e" }) +
        c("D6", v("#DIV/0!"), { t: "e" }) +
        c("E6", v("#N/A"), { t: "e" }),
      sp("1:5")
    ),
    row(
      7,
      c("A7", "<f>1/0</f>" + v("#DIV/0!"), { t: "e" }) +
        c("B7", "<f>A6</f>" + v(1), { t: "b" }) +
        c("C7", "<f>B6</f>" + v(0), { t: "b" }) +
        c("D7", `<f>""</f>` + "<v></v>", { t: "str" }) +
        c("E7", "<f>A5+1</f>" + v(45293), { s: XF.date14 }),
      sp("1:5")
    ),
    row(8, c("A8", v(11), { t: "s" }) + c("B8", v(12), { t: "s" }) + c("C8", v(0.1)) + c("D8", v(-0.5)), sp("1:4")),
    ...[9, 10, 11, 12].map((r, i) =>
      row(
        r,
        c(`C${r}`, v(i + 1)) +
          c(`D${r}`, v(1000 * (i + 1)), { s: XF.thousands }) +
          c(
            `E${r}`,
            (i === 0 ? `<f t="shared" ref="E9:E12" si="0">C9*D9</f>` : `<f t="shared" si="0"/>`) +
              v((i + 1) * 1000 * (i + 1)),
            { s: XF.thousands }
          ),
        sp("3:5")
      )
    ),
    row(13, c("A13", `<f t="array" ref="A13">SUM(C9:C12*D9:D12)</f>` + v(30000), { s: XF.thousands }), sp("1:1")),
    row(14, c("A14", v(5), { t: "s" }) + c("B14", v(14)), sp("1:2") + hidden),
    row(15, `<c r="A15" s="${XF.thousands}"/><c r="B15" s="${XF.date14}"/>`, sp("1:2") + hidden),
    row(16, "", hidden),
    row(17, c("A17", v(1)) + c("B17", v(2)) + c("D17", v(4)) + `<c r="E17" s="${XF.thousands}"/>`, sp("1:5")),
    row(18, c("E18", v(18)), sp("5:5") + hidden),
    row(20, `<c r="A20" s="${XF.thousands}"/>` + c("AB20", v(28)) + c("XFD20", v(16384)), sp("1:16384")),
  ].join("");
  return worksheet(rows, {
    before: `<dimension ref="A1:XFD20"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="12" customWidth="1"/></cols>`,
    after:
      merges("A17:C17", "D17:E18", "A22:B23") +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
  });
}

/** Sheet "Ringkasan" (hidden): inline strings and a formula over the first sheet. */
export function excelSummarySheet(): string {
  const rows = [
    row(
      1,
      c("A1", "<is><t>Ringkasan &amp; catatan</t></is>", { t: "inlineStr" }) + c("B1", "<f>Data!E2</f>" + v(4500000))
    ),
    row(
      2,
      c("A2", '<is><r><t>tebal</t></r><r><rPr><i/></rPr><t xml:space="preserve"> miring</t></r></is>', {
        t: "inlineStr",
      })
    ),
  ].join("");
  return worksheet(rows);
}

export function excelBook(overrides: Partial<RawBook> = {}): RawBook {
  return {
    sheets: [
      { name: "Data", xml: excelDataSheet() },
      { name: "Ringkasan & Catatan 🧾", xml: excelSummarySheet(), state: "hidden" },
    ],
    sharedStrings: EXCEL_STRINGS,
    ...overrides,
  };
}
