import { decline } from "./declined";
import { Tok, XmlScanner } from "./xml-scanner";

/** A sheet as listed in xl/workbook.xml, in workbook order. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  rId: string | undefined;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
}

/** ExcelJS decodes these five references a second time in sheet names and in string formula results. */
export function xmlDecodeAgain(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return c;
    }
  });
}

/** Calls `visit` for each element directly under the root, with the scanner positioned on it. */
function eachTopLevel(xml: string, root: string, visit: (x: XmlScanner) => void): void {
  const x = new XmlScanner(xml);
  let t = x.next();
  while (t === Tok.Text) t = x.next();
  if (t !== Tok.Open || x.name !== root) decline(`${root}: unexpected root <${x.name}>`);
  for (;;) {
    t = x.next();
    if (t === Tok.End) return;
    if (t === Tok.Open && x.depth === 2) {
      visit(x);
      if (x.depth === 2) x.skipElement();
    }
  }
}

/** Calls `visit` for each child element of the element the scanner has just opened, then closes it. */
export function eachChild(x: XmlScanner, visit: (x: XmlScanner) => void): void {
  const depth = x.depth;
  for (;;) {
    const t = x.next();
    if (t === Tok.End) decline("xml: unexpected end");
    if (t === Tok.Close && x.depth === depth - 1) return;
    if (t === Tok.Open && x.depth === depth + 1) {
      visit(x);
      if (x.depth === depth + 1) x.skipElement();
    }
  }
}

export function parseWorkbookPart(xml: string): WorkbookPart {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  eachTopLevel(xml, "workbook", (x) => {
    if (x.name === "workbookPr") date1904 = x.attr("date1904") === "1";
    else if (x.name === "sheets")
      eachChild(x, (s) => {
        if (s.name !== "sheet") decline(`workbook: <${s.name}> in <sheets>`);
        const name = s.attr("name");
        const id = s.attr("sheetId");
        if (name === undefined || id === undefined || !/^[1-9]\d*$/.test(id))
          decline("workbook: sheet without name or id");
        sheets.push({ name: xmlDecodeAgain(name), sheetId: Number(id), rId: s.attr("r:id") });
      });
  });
  return { sheets, date1904 };
}

/** Relationship Id -> Target of a .rels part. */
export function parseRelationships(xml: string): Map<string, string> {
  const rels = new Map<string, string>();
  eachTopLevel(xml, "Relationships", (x) => {
    if (x.name !== "Relationship") return;
    const id = x.attr("Id");
    const target = x.attr("Target");
    if (id === undefined || target === undefined) decline("rels: relationship without Id or Target");
    rels.set(id, target);
  });
  return rels;
}

/** The built-in number formats ExcelJS knows by id (ECMA-376 Part 1, 18.8.30, as ExcelJS spells them). */
export const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * Number format of each cell style (the `s` of a cell), from xl/styles.xml. Index 0 and styles without
 * a number format give undefined, as in ExcelJS, which never looks up style 0.
 */
export function parseStylesPart(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  eachTopLevel(xml, "styleSheet", (x) => {
    if (x.name === "numFmts")
      eachChild(x, (f) => {
        if (f.name !== "numFmt") decline(`styles: <${f.name}> in numFmts`);
        const code = f.attr("formatCode");
        if (code === undefined) decline("styles: numFmt without formatCode");
        custom.set(parseInt(f.attr("numFmtId") ?? "", 10), code.replace(/[\\](.)/g, "$1"));
      });
    else if (x.name === "cellXfs")
      eachChild(x, (f) => {
        if (f.name !== "xf") decline(`styles: <${f.name}> in cellXfs`);
        xfFormatIds.push(parseInt(f.attr("numFmtId") ?? "", 10));
      });
  });
  if (xfFormatIds.length === 0) decline("styles: no cellXfs");
  return xfFormatIds.map((id) => (id ? custom.get(id) || BUILT_IN_FORMATS[id] || undefined : undefined));
}

/** A shared string as ExcelJS models it: text, runs of rich text, or nothing (an empty `<si/>`). */
export type SharedString = string | { runs: string[] } | null;

const ESCAPED_CHAR = /_x([0-9A-F]{4})_/g;

function unescapeOoxml(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(ESCAPED_CHAR, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text of the `<t>` element the scanner has just opened, its `_xHHHH_` escapes decoded. */
function readT(x: XmlScanner): string {
  let text = "";
  eachTextChild(x, (s) => (text += s));
  return unescapeOoxml(text);
}

function eachTextChild(x: XmlScanner, add: (s: string) => void): void {
  const depth = x.depth;
  for (;;) {
    const t = x.next();
    if (t === Tok.Text) add(x.text());
    else if (t === Tok.Open) decline(`xml: <${x.name}> inside a text element`);
    else if (t === Tok.End) decline("xml: unexpected end");
    else if (x.depth === depth - 1) return;
  }
}

export function parseSharedStringsPart(xml: string): SharedString[] {
  const out: SharedString[] = [];
  eachTopLevel(xml, "sst", (x) => {
    if (x.name !== "si") decline(`sst: <${x.name}>`);
    let value: SharedString = null;
    eachChild(x, (c) => {
      if (c.name === "t") {
        if (value !== null) decline("sst: more than one part in <si>");
        value = readT(c);
      } else if (c.name === "r") {
        if (typeof value === "string") decline("sst: run after text");
        const runs: string[] = value ? (value as { runs: string[] }).runs : [];
        let text: string | undefined;
        eachChild(c, (rc) => {
          if (rc.name === "t") {
            if (text !== undefined) decline("sst: two texts in a run");
            text = readT(rc);
          }
        });
        runs.push(text ?? "");
        value = { runs };
      } else if (c.name !== "rPh") {
        // ExcelJS passes over other children (<phoneticPr/>), but would read a <t> inside one as the text.
        eachChild(c, () => decline(`sst: elements inside <${c.name}>`));
      }
    });
    out.push(value);
  });
  return out;
}
