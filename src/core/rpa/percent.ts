import { Decimal, HUNDRED, distribute, sum, toRupiah } from "../money";

/**
 * Percent <-> rupiah for a line of pagu P.
 *
 * Rupiah are whole; a percentage is stored with `percentPlaces(P)` decimals: at least 2, and
 * (digits of P) - 2 when that is more. Rounding the percent half-up moves it by at most
 * 0,5 x 10^-places, i.e. at most P x 0,5 x 10^-places / 100 < 0,5 rupiah because P < 10^digits; so
 * rupiah -> percent -> rupiah (half-up) always returns the same rupiah. Example: P = Rp1.250.000.000
 * (10 digits) keeps 8 decimals; Excel's doubles hold those (at most 2 + 13 significant digits for
 * P < 10^15). Shown to the user, percentages are rounded to 2 decimals (formatPercent).
 */
export const PERCENT_MIN_PLACES = 2;

const placesCache = new WeakMap<Decimal, number>();

export function percentPlaces(pagu: Decimal): number {
  let places = placesCache.get(pagu);
  if (places === undefined) {
    const digits = pagu.abs().floor().toFixed().replace(/^0$/, "").length;
    placesCache.set(pagu, (places = Math.max(PERCENT_MIN_PLACES, digits - 2)));
  }
  return places;
}

/** rupiah / pagu x 100 at `places` decimals (half-up); null when the pagu is zero. */
export function rupiahToPercent(rupiah: Decimal, pagu: Decimal, places = percentPlaces(pagu)): Decimal | null {
  if (pagu.isZero()) return null;
  return (
    wholeRatio(rupiah, pagu, 2, places) ??
    rupiah.times(HUNDRED).div(pagu).toDecimalPlaces(places, Decimal.ROUND_HALF_UP)
  );
}

/**
 * The same as a fraction (0,25 for 25%), at `places` + 2 decimals: the value Excel holds in a cell
 * formatted as percent, rounded at exactly the same point as the percentage.
 */
export function rupiahToFraction(rupiah: Decimal, pagu: Decimal, places = percentPlaces(pagu)): Decimal | null {
  if (pagu.isZero()) return null;
  return wholeRatio(rupiah, pagu, 0, places + 2) ?? rupiah.div(pagu).toDecimalPlaces(places + 2, Decimal.ROUND_HALF_UP);
}

/** BigInt of a whole Decimal, cached per instance (a line's pagu serves twelve months). */
const bigCache = new WeakMap<Decimal, bigint>();
function bigOf(v: Decimal): bigint {
  let b = bigCache.get(v);
  if (b === undefined) bigCache.set(v, (b = BigInt(v.toFixed())));
  return b;
}

const powers: bigint[] = [];
function powerOfTen(k: number): bigint {
  return (powers[k] ??= BigInt(10) ** BigInt(k));
}

/**
 * a / b x 10^shift rounded half-up at `places` decimals, on integers (a whole-rupiah sheet writes
 * hundreds of thousands of percentages; decimal.js division is the slow part). Null when a or b is
 * not whole or is negative.
 */
function wholeRatio(a: Decimal, b: Decimal, shift: number, places: number): Decimal | null {
  if (!a.isInteger() || !b.isInteger() || a.isNegative() || b.isNegative()) return null;
  const den = bigOf(b);
  const num = bigOf(a) * powerOfTen(shift + places);
  let q = num / den;
  if ((num % den) * BigInt(2) >= den) q += BigInt(1);
  const digits = q.toString().padStart(places + 1, "0");
  return new Decimal(places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits);
}

/** pagu x percent / 100, whole rupiah (half-up). */
export function percentToRupiah(percent: Decimal, pagu: Decimal): Decimal {
  return toRupiah(pagu.times(percent).div(HUNDRED));
}

/**
 * Converts the percentages typed on one line together, so that percentages summing to 100 give rupiah
 * summing exactly to the pagu: the typed shares and the untyped rest (100 - their sum) are split by
 * largest remainder. Each result is the exact value rounded down or up (pagu 100.000: 50% -> 50.000,
 * 25% -> 25.000). When the typed percentages exceed 100 each is converted on its own (the excess is a
 * finding for the caller).
 */
export function percentsToRupiah(pagu: Decimal, percents: readonly (Decimal | null)[]): (Decimal | null)[] {
  const typed = percents.filter((p): p is Decimal => p !== null);
  const total = sum(typed);
  if (total.greaterThan(HUNDRED) || typed.some((p) => p.isNegative()) || !pagu.isInteger() || pagu.isNegative()) {
    return percents.map((p) => (p === null ? null : percentToRupiah(p, pagu)));
  }
  const parts = distribute(pagu, [...typed, HUNDRED.minus(total)]);
  let k = 0;
  return percents.map((p) => (p === null ? null : parts[k++]));
}

/** Agrees at the 2 decimals a user sees: |percent - exact percent of rupiah| <= 0,005. */
export function percentMatchesRupiah(percent: Decimal, rupiah: Decimal, pagu: Decimal): boolean {
  if (pagu.isZero()) return rupiah.isZero();
  const exact = rupiah.times(HUNDRED).div(pagu);
  return exact.minus(percent).abs().lessThanOrEqualTo(new Decimal("0.005"));
}
