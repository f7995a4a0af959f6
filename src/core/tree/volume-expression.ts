import { Decimal } from "../money/decimal";
import { parseIndonesianNumber } from "../money/parse-number";
import { memoByString } from "../memo";

/** One factor of a volume expression: `3 ORG`. */
export interface VolumeFactor {
  value: Decimal;
  unit: string;
}

/** `[3 ORG x 2 HARI]` -> factors 3 ORG, 2 HARI; product 6. */
export interface VolumeExpression {
  text: string;
  factors: VolumeFactor[];
  product: Decimal;
}

/**
 * Expressions are short ("3 ORG x 2 HARI x 4 KALI"); longer text is not one. The bound also keeps the
 * regexes below from backtracking for seconds over a hostile 32,000-character cell.
 */
const MAX_EXPRESSION_LENGTH = 120;

// A unit may be typed with a zero for the letter O ("10 0RG"): it still reads as a unit after a space.
const FACTOR = /^\s*(\d[\d.,]*)(?:\s*([A-Za-z][A-Za-z0-9./²\- ]*?)|\s+(0[A-Za-z][A-Za-z0-9./²\- ]*?))?\s*$/;
const SEPARATOR = /\s+[xX×*]\s+|\s*[×*]\s*|(?<=[A-Za-z²)])\s*[xX]\s*(?=\d)/;

/**
 * Parses the inside of an expression ("3 org x 2 hari"); null when it is not one. Memoised per text
 * (lines repeat their expressions); the result is shared, read-only.
 */
export const parseVolumeExpression: (text: string) => VolumeExpression | null = memoByString(parseOnce);

function parseOnce(text: string): VolumeExpression | null {
  if (text.length > MAX_EXPRESSION_LENGTH) return null;
  const parts = text
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) return null;
  const factors: VolumeFactor[] = [];
  for (const part of parts) {
    const m = FACTOR.exec(part);
    if (!m) return null;
    const value = parseIndonesianNumber(m[1].replace(/[.,]$/, ""));
    if (!value) return null;
    factors.push({ value, unit: (m[2] ?? m[3] ?? "").trim().toUpperCase() });
  }
  const product = factors.reduce((p, f) => p.times(f.value), new Decimal(1));
  return { text: text.trim(), factors, product };
}

/**
 * Finds the expression in an uraian: the last bracketed group that parses (`... [15 OR x 1 KEG]`);
 * without brackets, a trailing "3 org x 2 hari" with at least two factors.
 */
export const findVolumeExpression: (uraian: string) => VolumeExpression | null = memoByString(findOnce);

function findOnce(uraian: string): VolumeExpression | null {
  const brackets = [...uraian.matchAll(/\[([^\]]*)\]/g)];
  for (let i = brackets.length - 1; i >= 0; i--) {
    const e = parseVolumeExpression(brackets[i][1]);
    if (e) return e;
  }
  // Only the end of a long uraian can hold the trailing form; drop the word the cut may have split.
  const end = uraian.length > MAX_EXPRESSION_LENGTH ? uraian.slice(-MAX_EXPRESSION_LENGTH).replace(/^\S*/, "") : uraian;
  const tail =
    /((?:\d[\d.,]*\s*[A-Za-z][A-Za-z0-9./²]*\s*[xX×*]\s*)+\d[\d.,]*\s*[A-Za-z][A-Za-z0-9./²]*)\s*\)?\s*$/.exec(end);
  if (tail) {
    const e = parseVolumeExpression(tail[1]);
    if (e && e.factors.length >= 2) return e;
  }
  return null;
}
