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
export const ONE = new Decimal(1);

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

/** Whole weights as BigInt, cached per Decimal instance (profile weights are reused for every line). */
const bigWeights = new WeakMap<Decimal, bigint>();

function toBigWhole(v: Decimal): bigint | null {
  if (!v.isInteger()) return null;
  let b = bigWeights.get(v);
  if (b === undefined) {
    b = BigInt(v.toFixed());
    bigWeights.set(v, b);
  }
  return b;
}

/**
 * `distribute` on exact integers when the total is a non-negative whole number of units and every
 * weight is whole (the common case: rupiah and profile weights): the same largest-remainder result,
 * with exact remainders for the tie order, an order of magnitude faster than Decimal arithmetic.
 * Returns null when the inputs are not of that kind.
 */
function distributeWhole(total: Decimal, weights: Decimal[], unit: Decimal): Decimal[] | null {
  if (total.isNegative()) return null;
  const one = unit === ONE || unit.equals(ONE);
  const unitsDec = one ? total : total.div(unit);
  if (!unitsDec.isInteger()) return null;
  const n = weights.length;
  const w: bigint[] = new Array(n);
  let wsum = BigInt(0);
  for (let i = 0; i < n; i++) {
    const b = weights[i].isNegative() ? BigInt(0) : toBigWhole(weights[i]);
    if (b === null) return null;
    w[i] = b;
    wsum += b;
  }
  if (wsum === BigInt(0)) return null;
  const units = BigInt(unitsDec.toFixed());
  const q: bigint[] = new Array(n);
  const r: bigint[] = new Array(n);
  let given = BigInt(0);
  for (let i = 0; i < n; i++) {
    const num = units * w[i];
    q[i] = num / wsum;
    r[i] = num % wsum;
    given += q[i];
  }
  let remaining = Number(units - given);
  if (remaining > 0) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (r[b] > r[a] ? 1 : r[b] < r[a] ? -1 : a - b));
    for (let k = 0; remaining > 0; k++, remaining--) q[order[k]] += BigInt(1);
  }
  // Equal parts share one (immutable) Decimal; small ones are built from a number, which decimal.js
  // does without parsing text.
  const made = new Map<bigint, Decimal>();
  return q.map((x) => {
    let d = made.get(x);
    if (!d) {
      d = x <= MAX_SAFE ? new Decimal(Number(x)) : new Decimal(x.toString());
      if (!one) d = d.times(unit);
      made.set(x, d);
    }
    return d;
  });
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Splits `total` into parts proportional to `weights`, each a multiple of `unit` (default 1), summing
 * exactly to `total` (largest remainder; ties go to the earlier part). Negative weights are treated
 * as zero; when all weights are zero the whole goes to the last part... unless there are none.
 */
export function distribute(total: Decimal, weights: Decimal[], unit: Decimal = ONE): Decimal[] {
  const n = weights.length;
  if (n === 0) return [];
  const fast = distributeWhole(total, weights, unit);
  if (fast) return fast;
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

/**
 * Rounds each of `values` down or up to a multiple of `unit` so that they sum exactly to `total`
 * (largest fractional parts go up; ties to the earlier part). Unlike `distribute`, the quotas are the
 * values themselves: use it to turn exact amounts into ribuan whose sum must equal a total rounded on
 * its own. `total` must lie between the sum of the floors and the sum of the ceilings (else RangeError).
 */
export function roundToTotal(values: Decimal[], total: Decimal, unit: Decimal = new Decimal(1)): Decimal[] {
  const scaled = values.map((v) => v.div(unit));
  const floors = scaled.map((x) => x.floor());
  const target = total.div(unit);
  if (!target.isInteger()) throw new RangeError("roundToTotal: total is not a multiple of the unit");
  let remaining = target.minus(sum(floors));
  const fractional = scaled.map((x, i) => ({ i, frac: x.minus(floors[i]) })).filter((f) => !f.frac.isZero());
  if (remaining.isNegative() || remaining.greaterThan(fractional.length)) {
    throw new RangeError("roundToTotal: total is out of reach of floor/ceiling rounding");
  }
  fractional.sort((a, b) => b.frac.comparedTo(a.frac) || a.i - b.i);
  for (let k = 0; remaining.greaterThan(0); k++, remaining = remaining.minus(1)) {
    floors[fractional[k].i] = floors[fractional[k].i].plus(1);
  }
  return floors.map((u) => u.times(unit));
}
