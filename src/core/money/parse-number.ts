import { Decimal } from "./decimal";

/**
 * Reads a number the way Indonesian users write it: "1.250.000", "1.250.000,50", "Rp 1.250.000",
 * "Rp1,5 jt", "(1.000)" for negatives, "12,5%" and plain numbers. Returns null for anything else.
 * A lone separator is ambiguous ("1.250" is 1250 in Indonesian text; "1,5" is 1.5): a dot followed by
 * exactly three digits is a thousands separator, a comma is the decimal mark.
 */
const SCALE: Record<string, number> = {
  rb: 3,
  ribu: 3,
  jt: 6,
  juta: 6,
  m: 9,
  miliar: 9,
  milyar: 9,
  t: 12,
  triliun: 12,
};

const MAX_NUMBER_TEXT = 64;

export function parseIndonesianNumber(input: unknown): Decimal | null {
  if (typeof input === "number") return Number.isFinite(input) ? new Decimal(input) : null;
  if (typeof input !== "string") return null;
  let s = input.trim().replace(/\u00a0/g, " ");
  // No amount is written in more than a few dozen characters; the bound keeps the regexes below linear
  // on hostile cells (32,000 spaces between a digit and a letter took seconds).
  if (s === "" || s.length > MAX_NUMBER_TEXT) return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  s = s
    .replace(/^rp\.?\s*/i, "")
    .replace(/%$/, "")
    .trim();
  if (s.startsWith("-")) {
    negative = !negative;
    // "-Rp1.250" is how formatRupiah writes a negative amount.
    s = s
      .slice(1)
      .trim()
      .replace(/^rp\.?\s*/i, "")
      .trim();
  }
  let exponent = 0;
  const scaled = /^(.*?)\s*(rb|ribu|jt|juta|miliar|milyar|m|triliun|t)\.?$/i.exec(s);
  if (scaled) {
    exponent = SCALE[scaled[2].toLowerCase()];
    s = scaled[1].trim();
  }
  s = s.replace(/\s/g, "");
  let normalized: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normalized = s.replace(/\./g, "").replace(",", ".");
  else if (/^\d+(,\d+)?$/.test(s)) normalized = s.replace(",", ".");
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) && exponent === 0) normalized = s.replace(/,/g, "");
  else if (/^\d+\.\d+$/.test(s))
    normalized = s; // "1.5" as typed by a machine, or with a scale word
  else if (/^\d*\.\d+$/.test(s)) normalized = "0" + s;
  else return null;
  let d = new Decimal(normalized);
  if (exponent) d = d.times(new Decimal(10).pow(exponent));
  return negative ? d.negated() : d;
}

/** Formats rupiah the Indonesian way: "Rp1.250.000" (negative "-Rp1.250"); fractions kept with a comma. */
export function formatRupiah(v: Decimal, withSymbol = true): string {
  const neg = v.isNegative();
  const abs = v.abs();
  const [intPart, frac] = abs.toFixed().split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const body = frac ? `${grouped},${frac}` : grouped;
  return `${neg ? "-" : ""}${withSymbol ? "Rp" : ""}${body}`;
}

/** "12,5%" style, with `places` decimals (trailing zeros dropped). */
export function formatPercent(v: Decimal, places = 2): string {
  return `${v.toDecimalPlaces(places).toFixed().replace(".", ",")}%`;
}
