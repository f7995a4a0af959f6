/** What the BIFF readers of every version share: error codes, built-in formats, RK numbers, code pages. */
import { TextDecoder } from "util";
import type { CellValue } from "../../core/sheet/snapshot";

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
  return Number.isFinite(n) ? n : { error: "#NUM!" };
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
