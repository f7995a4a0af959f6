/** What the BIFF readers of every version share: error codes, built-in formats, RK numbers, code pages. */
import { TextDecoder } from "util";
import { looksNumeric, type CellValue } from "../../core/sheet/snapshot";
import { excelDateText, isDateFormat } from "../xlsx/excel-dates";

/** The BOF stream type of a worksheet. */
export const BOF_WORKSHEET = 0x0010;

/** BOOLERR and formula error codes. */
export const BIFF_ERRORS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
};

/** NaN and infinities are no values a sheet can show: Excel shows #NUM!. */
export function finiteValue(n: number): CellValue {
  return Number.isFinite(n) ? n : { error: "#NUM!" };
}

/**
 * A FORMULA record's cached result, the 8 bytes at `at`: its value, "text" when a STRING record follows
 * with it, or null for an empty result. Top two bytes 0xFFFF mark no number: the first byte says what.
 */
export function formulaResult(bytes: Uint8Array, at: number): CellValue | "text" {
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, 8);
  if (view.getUint16(6, true) !== 0xffff) return finiteValue(view.getFloat64(0, true));
  if (bytes[at] === 0) return "text";
  if (bytes[at] === 1) return bytes[at + 2] !== 0;
  if (bytes[at] === 2) return { error: BIFF_ERRORS[bytes[at + 2]] ?? "#VALUE!" };
  return null;
}

/**
 * One sheet's cells as the BIFF readers fill them, the way the .xlsx readers have them: a number in a
 * date format becomes "YYYY-MM-DD", a format other than General is kept, text that reads as a number is
 * marked for the RUMUS rules.
 */
export class SheetCells {
  readonly values: CellValue[][] = [];
  readonly numberFormats: (string | undefined)[][] = [];
  readonly textNumbers = new Set<string>();
  /** DATEMODE: the 1904 date system. */
  date1904 = false;

  put(row: number, col: number, value: CellValue, format?: string): void {
    let v = value;
    if (format && format !== "General") {
      (this.numberFormats[row] ??= [])[col] = format;
      if (typeof v === "number" && isDateFormat(format)) v = excelDateText(v, this.date1904);
    }
    (this.values[row] ??= [])[col] = v;
  }

  /** A text constant; an empty one is no value. */
  putText(row: number, col: number, text: string, format?: string): void {
    if (text === "") return;
    this.put(row, col, text, format);
    if (looksNumeric(text)) this.textNumbers.add(`${row},${col}`);
  }
}

/** An RK number: 30 bits of an integer or of a double's top half, divided by 100 when bit 0 says so. */
export function rkValue(rk: number): CellValue {
  let n: number;
  if (rk & 0x02) n = (rk | 0) >> 2;
  else {
    const v = new DataView(new ArrayBuffer(8));
    v.setUint32(4, (rk & 0xfffffffc) >>> 0, true);
    n = v.getFloat64(0, true);
  }
  if (rk & 0x01) n /= 100;
  return finiteValue(n);
}

export type Decode = (bytes: Uint8Array) => string;

/** Windows-1252's 0x80-0x9F (Node's TextDecoder reads that label as Latin-1, where these are controls). */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeCp1252(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return s;
}

/**
 * A decoder for the byte strings of a file in Windows code page `codePage` (CODEPAGE record); Windows-1252,
 * the Indonesian default, for one this machine cannot decode.
 */
export function byteDecoder(codePage: number): Decode {
  if (codePage === 1252 || codePage === 0x8001) return decodeCp1252;
  const label = codePage === 1200 ? "utf-16le" : codePage >= 874 && codePage <= 1258 ? `windows-${codePage}` : "";
  if (!label) return decodeCp1252;
  try {
    const decoder = new TextDecoder(label);
    return (bytes) => decoder.decode(bytes);
  } catch {
    return decodeCp1252;
  }
}
