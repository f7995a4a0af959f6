/**
 * Just enough formula reading for the RUMUS rules: the cell references a formula makes on its own sheet,
 * and its R1C1-relative form, in which copies of one formula down a column are identical
 * (`=F7*G7` in row 7 and `=F8*G8` in row 8 both read `=RC[-2]*RC[-1]`).
 */
import { columnIndex } from "../../sheet/address";

/** A rectangular reference, 0-based and inclusive; whole columns run over every row. */
export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

// One cell (`$F$7`), a range (`F7:G9`) or whole columns (`H:H`), optionally sheet-qualified.
const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const COLS = String.raw`\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}`;
const REF = new RegExp(String.raw`(${SHEET})?(?:(${CELL})(?::(${CELL}))?|(${COLS}))(?![\w(!])`, "g");
/** What may stand right before a reference: not a letter, digit, dot or underscore (FLOOR.MATH, a name). */
const BOUNDARY = /[\w.$]/;

/** Splits off string literals so references are only looked for outside quotes. */
function outsideStrings(formula: string): { text: string; quoted: boolean }[] {
  const out: { text: string; quoted: boolean }[] = [];
  const re = /"(?:[^"]|"")*"/g;
  let last = 0;
  for (const m of formula.matchAll(re)) {
    if (m.index! > last) out.push({ text: formula.slice(last, m.index), quoted: false });
    out.push({ text: m[0], quoted: true });
    last = m.index! + m[0].length;
  }
  if (last < formula.length) out.push({ text: formula.slice(last), quoted: false });
  return out;
}

interface CellPart {
  row: number;
  col: number;
  absRow: boolean;
  absCol: boolean;
}

function cellPart(text: string): CellPart {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(text)!;
  return { absCol: m[1] === "$", col: columnIndex(m[2]), absRow: m[3] === "$", row: Number(m[4]) - 1 };
}

/** Rewrites each reference with `fn`, leaving strings and everything else as written. */
function mapRefs(formula: string, fn: (m: RegExpExecArray) => string): string {
  return outsideStrings(formula)
    .map((p) => {
      if (p.quoted) return p.text;
      return p.text.replace(REF, (...args: unknown[]) => {
        const offset = args[args.length - 2] as number;
        const whole = args[0] as string;
        if (offset > 0 && BOUNDARY.test(p.text[offset - 1])) return whole;
        const m = Object.assign([whole, ...(args.slice(1, 5) as string[])], {
          index: offset,
          input: p.text,
        }) as unknown as RegExpExecArray;
        return fn(m);
      });
    })
    .join("");
}

/** References on the formula's own sheet (sheet-qualified ones are left out). */
export function sameSheetRefs(formula: string): RangeRef[] {
  const refs: RangeRef[] = [];
  mapRefs(formula, (m) => {
    if (m[1]) return m[0];
    if (m[4]) {
      const [a, b] = m[4].replace(/\$/g, "").split(":");
      const l = columnIndex(a);
      const r = columnIndex(b);
      refs.push({ top: 0, bottom: Number.MAX_SAFE_INTEGER, left: Math.min(l, r), right: Math.max(l, r) });
      return m[0];
    }
    const a = cellPart(m[2]);
    const b = m[3] ? cellPart(m[3]) : a;
    refs.push({
      top: Math.min(a.row, b.row),
      bottom: Math.max(a.row, b.row),
      left: Math.min(a.col, b.col),
      right: Math.max(a.col, b.col),
    });
    return m[0];
  });
  return refs;
}

function r1c1(c: CellPart, row: number, col: number): string {
  const r = c.absRow ? `R${c.row + 1}` : c.row === row ? "R" : `R[${c.row - row}]`;
  const k = c.absCol ? `C${c.col + 1}` : c.col === col ? "C" : `C[${c.col - col}]`;
  return r + k;
}

/**
 * The formula in R1C1-relative form as seen from (row, col), upper-cased outside strings and without
 * spaces, so that formulas copied down a column compare equal. Null when it makes no reference.
 */
export function relativeForm(formula: string, row: number, col: number): string | null {
  let refs = 0;
  const out = mapRefs(formula, (m) => {
    refs++;
    const sheet = m[1] ? m[1].toUpperCase() : "";
    if (m[4]) return sheet + m[4].toUpperCase();
    const a = r1c1(cellPart(m[2]), row, col);
    return sheet + (m[3] ? `${a}:${r1c1(cellPart(m[3]), row, col)}` : a);
  });
  if (refs === 0) return null;
  return outsideStrings(out)
    .map((p) => (p.quoted ? p.text : p.text.replace(/\s+/g, "").toUpperCase()))
    .join("");
}

/**
 * True for a formula that only adds cells up: `=SUM(...)`, `=SUBTOTAL(9|109, ...)` or `=H7+H9+...`.
 * Only these are totals whose coverage of the rows beneath can be checked.
 */
export function isAdditive(formula: string): boolean {
  const f = formula.replace(/\s+/g, "").toUpperCase();
  if (/^=SUM\([^()]*\)$/.test(f)) return true;
  if (/^=SUBTOTAL\((9|109),[^()]*\)$/.test(f)) return true;
  return /^=\+?\$?[A-Z]{1,3}\$?\d+(\+\$?[A-Z]{1,3}\$?\d+)*$/.test(f);
}

/** Whether a row of one column is inside any of the ranges. */
export function covers(refs: readonly RangeRef[], row: number, col: number): boolean {
  return refs.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
}

/** The formula as it reads when copied `dRow` rows down (relative row references move, absolute stay). */
export function shiftRows(formula: string, dRow: number): string {
  return mapRefs(formula, (m) => {
    if (m[4]) return m[0];
    const move = (t: string) =>
      t.replace(/^(\$?[A-Za-z]{1,3})(\$?)(\d+)$/, (_, c: string, abs: string, n: string) =>
        abs ? `${c}${abs}${n}` : `${c}${Number(n) + dRow}`
      );
    return (m[1] ?? "") + move(m[2]) + (m[3] ? `:${move(m[3])}` : "");
  });
}
