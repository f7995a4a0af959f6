import fc from "fast-check";
import { dec, distribute, roundToTotal, sum } from "../../../src/core/money/decimal";

describe("distribute on whole numbers (BigInt fast path)", () => {
  it("gives the same split as the Decimal path ", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: BigInt(0), max: BigInt(10) ** BigInt(15) }),
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 24 }),
        (total, weights) => {
          if (!weights.some((w) => w > 0)) weights[0] = 1;
          // Weights / 8 keep the ratios exactly; one of them with a fraction sends the call down the Decimal path.
          fc.pre(weights.some((w) => w % 8 !== 0));
          const fast = distribute(
            dec(total.toString()),
            weights.map((w) => dec(w))
          );
          const slow = distribute(
            dec(total.toString()),
            weights.map((w) => dec(w).div(8))
          );
          expect(fast.map((p) => p.toFixed())).toEqual(slow.map((p) => p.toFixed()));
        }
      )
    );
  }, 30000); // a hundred Decimal-path runs: slow on a loaded 2-core CI machine, not wrong

  it("ties go to the earlier part on both paths", () => {
    expect(distribute(dec(2), [dec(1), dec(1), dec(1)]).map((d) => d.toFixed())).toEqual(["1", "1", "0"]);
    expect(distribute(dec(2), [dec("0.1"), dec("0.1"), dec("0.1")]).map((d) => d.toFixed())).toEqual(["1", "1", "0"]);
  });

  it("negative totals and odd units still use the Decimal path", () => {
    expect(sum(distribute(dec(-5), [dec(1), dec(1)])).toFixed()).toBe("-5");
    expect(sum(distribute(dec(10500), [dec(1), dec(1)], dec(1000))).toFixed()).toBe("10500");
    expect(distribute(dec(9000), [dec(1), dec(2)], dec(1000)).map((d) => d.toFixed())).toEqual(["3000", "6000"]);
  });
});

describe("roundToTotal", () => {
  it("rounds each value down or up so they sum to the given total", () => {
    expect(roundToTotal([dec("1.5"), dec("1.5"), dec("0.4")], dec(3)).map((d) => d.toFixed())).toEqual(["2", "1", "0"]);
    expect(roundToTotal([dec("1.5"), dec("1.5"), dec("0.4")], dec(4)).map((d) => d.toFixed())).toEqual(["2", "2", "0"]);
    expect(roundToTotal([dec(1500), dec(2700)], dec(4000), dec(1000)).map((d) => d.toFixed())).toEqual([
      "1000",
      "3000",
    ]);
  });

  it("refuses a total out of reach", () => {
    expect(() => roundToTotal([dec("1.5"), dec("1.5")], dec(5))).toThrow(RangeError);
    expect(() => roundToTotal([dec(1), dec(2)], dec(4))).toThrow(RangeError);
    expect(() => roundToTotal([dec(1)], dec("1.5"))).toThrow(RangeError);
  });

  it("property: floor or ceiling of each value, sum exact", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (xs, up) => {
          const values = xs.map((x) => dec(x).div(1000));
          const s = sum(values);
          const total = up ? s.ceil() : s.floor();
          const out = roundToTotal(values, total);
          expect(sum(out).equals(total)).toBe(true);
          out.forEach((v, i) => expect(v.equals(values[i].floor()) || v.equals(values[i].ceil())).toBe(true));
        }
      )
    );
  });
});
