import { decline } from "./declined";

/** Column letters and A1 addresses, 1-based, as in SpreadsheetML. */

export const MAX_COLUMN = 16384; // XFD
export const MAX_ROW = 1048576;

export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n;
}

export function columnLetters(n: number): string {
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = (n - 1 - r) / 26;
  }
  return s;
}

/**
 * Parses a plain A1 address ("F12", upper-case letters, no `$`), or the part of `ref` between `from`
 * and `to`, into 1-based row and column, writing them into `out`; false when the text is not one or
 * lies outside the sheet.
 */
export function parseA1(ref: string, out: { row: number; col: number }, from = 0, to = ref.length): boolean {
  const len = to;
  let i = from;
  let col = 0;
  for (; i < len; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === from || i > from + 3 || i === len || ref.charCodeAt(i) === 48 /* leading 0 */) return false;
  let row = 0;
  for (; i < len; i++) {
    const c = ref.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    row = row * 10 + c;
  }
  if (col > MAX_COLUMN || row > MAX_ROW) return false;
  out.row = row;
  out.col = col;
  return true;
}

// A reference candidate in a formula: optional `Sheet!`, then a word of two or more characters that
// may be an A1 address, unless a "(" makes it a function name. These are the patterns ExcelJS uses
// when it fills a shared formula into the cells it covers, so the text comes out as it would there.
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * The formula of a shared-formula master as it reads in another cell of its range: relative row and
 * column parts move by the offset, `$`-fixed parts stay.
 */
export function slideFormula(
  formula: string,
  from: { row: number; col: number },
  to: { row: number; col: number }
): string {
  const dRow = to.row - from.row;
  const dCol = to.col - from.col;
  return formula.replace(CANDIDATE, (whole: string, sheetPart: string | undefined, _s, word: string, paren) => {
    if (paren) return whole;
    const m = CELL_REF.exec(word);
    if (!m) return whole;
    const letters = m[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return whole;
    const col = columnNumber(letters) + (m[1] ? 0 : dCol);
    if (col < 1 || col > MAX_COLUMN) decline("formula: shared formula slides off the sheet");
    const row = parseInt(m[4], 10) + (m[3] ? 0 : dRow);
    return (sheetPart || "") + (m[1] || "") + columnLetters(col) + (m[3] || "") + row;
  });
}
