import fc from "fast-check";
import { dec, distribute, floorToThousand, sum, toRupiah } from "../../../src/core/money/decimal";

describe("money on decimal.js", () => {
  it("adds without float error", () => {
    expect(sum([dec("0.1"), dec("0.2")]).toFixed()).toBe("0.3");
  });
  it("rounds rupiah half up and floors to the thousand", () => {
    expect(toRupiah(dec("1250.5")).toFixed()).toBe("1251");
    expect(floorToThousand(dec("12574800")).toFixed()).toBe("12574000");
  });
  it("distributes exactly by largest remainder", () => {
    expect(distribute(dec(100), [dec(1), dec(1), dec(1)]).map((d) => d.toFixed())).toEqual(["34", "33", "33"]);
    expect(distribute(dec(100000), [dec(50), dec(25), dec(25)]).map((d) => d.toFixed())).toEqual([
      "50000",
      "25000",
      "25000",
    ]);
    expect(distribute(dec(10), [dec(0), dec(0)]).map((d) => d.toFixed())).toEqual(["0", "10"]);
    expect(distribute(dec(5), []).length).toBe(0);
  });
  it("distributes in units of a thousand", () => {
    const parts = distribute(dec(10000), [dec(1), dec(1), dec(1)], dec(1000));
    expect(parts.map((d) => d.toFixed())).toEqual(["4000", "3000", "3000"]);
  });
  it("always sums to the total and never goes negative", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 24 }),
        (total, weights) => {
          const parts = distribute(
            dec(total.toString()),
            weights.map((w) => dec(w))
          );
          expect(sum(parts).toFixed()).toBe(total.toString());
          for (const p of parts) expect(p.isNegative()).toBe(false);
        }
      )
    );
  });
});
