import DecimalBase from "decimal.js";

/**
 * The one Decimal constructor used everywhere. Budgets reach 10^15 rupiah with fractions of a
 * percent, so 40 significant digits keep every intermediate exact; rounding is always explicit.
 */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);
export const THOUSAND = new Decimal(1000);

export function dec(v: DecimalBase.Value): Decimal {
  return new Decimal(v);
}

export function sum(values: Iterable<Decimal>): Decimal {
  let t = ZERO;
  for (const v of values) t = t.plus(v);
  return t;
}

/** Rupiah are whole: round half up to the integer. */
export function toRupiah(v: Decimal): Decimal {
  return v.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/** The legacy RKAKL application rounded detail jumlah down to a multiple of Rp1.000. */
export function floorToThousand(v: Decimal): Decimal {
  return v.div(THOUSAND).floor().times(THOUSAND);
}

/**
 * Splits `total` into parts proportional to `weights`, each a multiple of `unit` (default 1), summing
 * exactly to `total` (largest remainder; ties go to the earlier part). Negative weights are treated
 * as zero; when all weights are zero the whole goes to the last part... unless there are none.
 */
export function distribute(total: Decimal, weights: Decimal[], unit: Decimal = new Decimal(1)): Decimal[] {
  const n = weights.length;
  if (n === 0) return [];
  const w = weights.map((x) => (x.isNegative() ? ZERO : x));
  const wsum = sum(w);
  if (wsum.isZero()) {
    const out = w.map(() => ZERO);
    out[n - 1] = total;
    return out;
  }
  const units = total.div(unit);
  const wholeUnits = units.floor();
  const leftoverValue = total.minus(wholeUnits.times(unit));
  const exact = w.map((x) => wholeUnits.times(x).div(wsum));
  const floors = exact.map((x) => x.floor());
  let remaining = wholeUnits.minus(sum(floors)).toNumber();
  const order = exact
    .map((x, i) => ({ i, frac: x.minus(floors[i]) }))
    .sort((a, b) => b.frac.comparedTo(a.frac) || a.i - b.i);
  for (let k = 0; remaining > 0 && k < order.length; k++, remaining--) {
    floors[order[k].i] = floors[order[k].i].plus(1);
  }
  const out = floors.map((u) => u.times(unit));
  // A total that is not a multiple of the unit keeps its odd part on the largest share.
  if (!leftoverValue.isZero()) {
    let maxI = 0;
    for (let i = 1; i < n; i++) if (w[i].greaterThan(w[maxI])) maxI = i;
    out[maxI] = out[maxI].plus(leftoverValue);
  }
  return out;
}
