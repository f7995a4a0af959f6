import type { Decimal } from "./decimal";

/** decimal.js's own representation: base-1e7 words aligned to the decimal point, trailing zero words dropped. */
interface DecimalParts {
  d: number[] | null;
  e: number;
  s: number;
}

/**
 * The value as a JS number when it is a whole number no larger than Number.MAX_SAFE_INTEGER, else
 * undefined. Lets rules compare whole rupiah with plain integer arithmetic, which is exact in that
 * range, and keep Decimal for everything else. Reads decimal.js's digits directly because
 * toNumber() goes through a string.
 */
export function toSafeInteger(v: Decimal): number | undefined {
  const { d, e, s } = v as unknown as DecimalParts;
  // No digits: NaN or Infinity. e > 15: at least 10^16, beyond 2^53. e < 0: a fraction.
  if (!d || e > 15 || e < 0 || d.length > 3) return undefined;
  let n = d[0];
  let digits = 1;
  for (let k = n; k >= 10; k = Math.floor(k / 10)) digits++;
  for (let i = 1; i < d.length; i++) {
    n = n * 1e7 + d[i];
    digits += 7;
  }
  // Digits past the units place: the value has a fraction (decimal.js drops zero words there).
  const shift = e + 1 - digits;
  if (shift < 0) return undefined;
  const out = shift === 0 ? n : n * 10 ** shift;
  if (!Number.isSafeInteger(out)) return undefined;
  return s < 0 ? -out : out;
}

/** a + b when both are safe integers and so is the sum; NaN otherwise (NaN absorbs). */
export function addSafe(a: number, b: number): number {
  const t = a + b;
  return Number.isSafeInteger(t) ? t : NaN;
}
