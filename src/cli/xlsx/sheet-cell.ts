import { parseA1 } from "./cell-refs";
import { decline } from "./declined";
import { Tok, type XmlScanner } from "./xml-scanner";

/** One `<c>` element as written, before any interpretation. Reused from cell to cell. */
export interface RawCell {
  row: number;
  col: number;
  /** The `t` attribute: s, str, inlineStr, b, e, n, d or absent. */
  t: string | undefined;
  /** The `s` attribute (style index); 0 when absent. */
  s: number;
  formula: string | undefined;
  /** `t` of the `<f>`: shared, array, normal... */
  shareType: string | undefined;
  si: string | undefined;
  ref: string | undefined;
  /** Text of `<v>`, or of the `<t>` of an inline string. */
  value: string | undefined;
  /** Runs of an inline rich-text string. */
  runs: string[] | undefined;
}

const ESCAPED_CHAR = /_x([0-9A-F]{4})_/g;

/** Reads the `<c>` the scanner has just opened, through its closing tag. */
export function readCell(x: XmlScanner, cell: RawCell): void {
  cell.t = undefined;
  cell.s = 0;
  cell.formula = undefined;
  cell.shareType = undefined;
  cell.si = undefined;
  cell.ref = undefined;
  cell.value = undefined;
  cell.runs = undefined;
  let addressAt = -1;
  const xml = x.xml;
  for (let i = 0; i < x.attrCount; i++) {
    const n = x.attrNames[i];
    if (n === "r") addressAt = i;
    else if (n === "t") cell.t = attrValue(x, i);
    else if (n === "s") {
      // ExcelJS takes the style only from a non-empty attribute, and style 0 is no style to it.
      const s = parseIntAt(xml, x.valueStart[i], x.valueEnd[i]);
      cell.s = s >= 0 ? s : parseInt(attrValue(x, i), 10) || 0;
    }
  }
  if (addressAt < 0 || !parseA1(xml, cell, x.valueStart[addressAt], x.valueEnd[addressAt]))
    decline("sheet: cell without a plain address");
  const depth = x.depth;
  for (;;) {
    const t = x.next();
    if (t === Tok.Close) {
      if (x.depth === depth - 1) return;
      continue;
    }
    if (t === Tok.Text) continue; // whitespace between the children: ExcelJS ignores it
    if (t === Tok.End) decline("sheet: unexpected end");
    switch (x.name) {
      case "v":
        if (cell.value !== undefined || cell.runs !== undefined) decline("sheet: two values in a cell");
        cell.value = readText(x);
        break;
      case "f":
        if (cell.formula !== undefined || cell.shareType !== undefined) decline("sheet: two formulas in a cell");
        cell.shareType = x.attr("t") || undefined;
        cell.si = x.attr("si");
        cell.ref = x.attr("ref");
        cell.formula = readText(x);
        break;
      case "is":
        if (cell.value !== undefined || cell.runs !== undefined) decline("sheet: two values in a cell");
        readInlineString(x, cell);
        break;
      default:
        decline(`sheet: <${x.name}> in a cell`);
    }
  }
}

/** The decoded value of attribute i, sparing an allocation for the common cell types. */
function attrValue(x: XmlScanner, i: number): string {
  const start = x.valueStart[i];
  const len = x.valueEnd[i] - start;
  if (len === 1 && x.xml.charCodeAt(start) === 0x73) return "s";
  if (len === 3 && x.xml.startsWith("str", start)) return "str";
  return x.attr(x.attrNames[i]) ?? "";
}

/** A plain decimal integer at xml[start, end); -1 when it is anything else. */
function parseIntAt(xml: string, start: number, end: number): number {
  if (end === start || end - start > 9) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Text content of the element just opened; undefined when it has none (ExcelJS sets nothing then). */
function readText(x: XmlScanner): string | undefined {
  let text: string | undefined;
  const depth = x.depth;
  for (;;) {
    const t = x.next();
    if (t === Tok.Text) text = text === undefined ? x.text() : text + x.text();
    else if (t === Tok.Close && x.depth === depth - 1) return text;
    else decline(`sheet: markup inside <${x.name}>`);
  }
}

/** `<is>`: plain `<t>` text as written, or rich-text runs whose `_xHHHH_` escapes are decoded. */
function readInlineString(x: XmlScanner, cell: RawCell): void {
  const depth = x.depth;
  for (;;) {
    const t = x.next();
    if (t === Tok.Close && x.depth === depth - 1) return;
    if (t === Tok.Text || t === Tok.Close) continue;
    if (t === Tok.End) decline("sheet: unexpected end");
    if (x.name === "t" && cell.runs === undefined) {
      const s = readText(x);
      if (s !== undefined) cell.value = cell.value === undefined ? s : cell.value + s;
    } else if (x.name === "r" && cell.value === undefined) (cell.runs ??= []).push(readRun(x));
    else decline(`sheet: <${x.name}> in an inline string`);
  }
}

function readRun(x: XmlScanner): string {
  const depth = x.depth;
  let text: string | undefined;
  for (;;) {
    const t = x.next();
    if (t === Tok.Close && x.depth === depth - 1) return text ?? "";
    if (t === Tok.End) decline("sheet: unexpected end");
    if (t !== Tok.Open) continue;
    if (x.name === "t") {
      if (text !== undefined) decline("sheet: two texts in a run");
      const s = readText(x) ?? "";
      text =
        s.indexOf("_x") < 0 ? s : s.replace(ESCAPED_CHAR, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    } else if (x.name === "rPr") x.skipElement();
    else decline(`sheet: <${x.name}> in a rich-text run`);
  }
}
