import fc from "fast-check";
import { Decimal } from "../../../src/core/money";
import {
  percentMatchesRupiah,
  percentPlaces,
  percentToRupiah,
  percentsToRupiah,
  rupiahToFraction,
  rupiahToPercent,
} from "../../../src/core/rpa";
import { positivePagu } from "./arbitraries";

const d = (v: number | string) => new Decimal(v);

describe("percent <-> rupiah", () => {
  test("the RPA guide's example: pagu 100.000, 50% = 50.000 and 25% = 25.000, and back", () => {
    expect(percentToRupiah(d(50), d(100_000)).toNumber()).toBe(50_000);
    expect(percentToRupiah(d(25), d(100_000)).toNumber()).toBe(25_000);
    expect(rupiahToPercent(d(50_000), d(100_000))!.toNumber()).toBe(50);
    expect(rupiahToPercent(d(25_000), d(100_000))!.toNumber()).toBe(25);
    const line = percentsToRupiah(d(100_000), [d(50), d(25), null, d(25)]);
    expect(line.map((v) => v?.toNumber() ?? null)).toEqual([50_000, 25_000, null, 25_000]);
  });

  test("precision grows with the pagu: at least 2 decimals, digits - 2 beyond", () => {
    expect(percentPlaces(d(100_000))).toBe(4);
    expect(percentPlaces(d(999))).toBe(2);
    expect(percentPlaces(d("1250000000"))).toBe(8);
    expect(percentPlaces(d(0))).toBe(2);
  });

  test("property: rupiah -> percent -> rupiah is exact for every rupiah of every pagu", () => {
    fc.assert(
      fc.property(positivePagu(BigInt(10) ** BigInt(15)), fc.double({ min: 0, max: 1, noNaN: true }), (pagu, frac) => {
        const rp = pagu.times(frac.toFixed(12)).floor();
        const pct = rupiahToPercent(rp, pagu)!;
        expect(pct.decimalPlaces()).toBeLessThanOrEqual(percentPlaces(pagu));
        expect(percentToRupiah(pct, pagu).equals(rp)).toBe(true);
      }),
      { numRuns: 500 }
    );
  });

  test("property: typed percentages summing to 100 give rupiah summing exactly to the pagu, each within Rp1", () => {
    fc.assert(
      fc.property(
        positivePagu(),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }),
        (pagu, raw) => {
          const total = raw.reduce((a, b) => a + b, 0) || 1;
          // percentages with up to 4 decimals, adjusted so they sum to exactly 100
          const pcts = raw.map((x) => new Decimal(x).times(100).div(total).toDecimalPlaces(4, Decimal.ROUND_DOWN));
          pcts[pcts.length - 1] = pcts[pcts.length - 1].plus(
            new Decimal(100).minus(pcts.reduce((a, b) => a.plus(b), d(0)))
          );
          const rp = percentsToRupiah(pagu, pcts) as Decimal[];
          expect(rp.reduce((a, b) => a.plus(b), d(0)).equals(pagu)).toBe(true);
          rp.forEach((v, i) => expect(v.minus(pagu.times(pcts[i]).div(100)).abs().lessThan(1)).toBe(true));
        }
      )
    );
  });

  test("percentages over 100 are converted one by one", () => {
    expect(percentsToRupiah(d(1000), [d(60), d(60)]).map((v) => v!.toNumber())).toEqual([600, 600]);
  });

  test("percentMatchesRupiah agrees at two decimals", () => {
    expect(percentMatchesRupiah(d("33.33"), d(33_333), d(100_000))).toBe(true);
    expect(percentMatchesRupiah(d("33.4"), d(33_333), d(100_000))).toBe(false);
    expect(rupiahToPercent(d(1), d(0))).toBeNull();
  });
});

describe("whole-number fast path", () => {
  test("property: equals the Decimal computation, percent and fraction rounded at the same point", () => {
    fc.assert(
      fc.property(
        positivePagu(BigInt(10) ** BigInt(15)),
        fc.double({ min: 0, max: 1.2, noNaN: true }),
        (pagu, frac) => {
          const rp = pagu.times(frac.toFixed(12)).floor();
          const places = percentPlaces(pagu);
          const slow = rp.times(100).div(pagu).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
          expect(rupiahToPercent(rp, pagu)!.equals(slow)).toBe(true);
          expect(rupiahToFraction(rp, pagu)!.equals(slow.div(100))).toBe(true);
        }
      ),
      { numRuns: 500 }
    );
  });

  test("half-up at the last place, fractions of a rupiah through Decimal", () => {
    expect(rupiahToPercent(d(1), d(8), 2)!.toFixed()).toBe("12.5");
    expect(rupiahToPercent(d(1), d(3), 2)!.toFixed()).toBe("33.33");
    expect(rupiahToPercent(d(2), d(3), 2)!.toFixed()).toBe("66.67");
    expect(rupiahToFraction(d(2), d(3), 2)!.toFixed()).toBe("0.6667");
    expect(rupiahToPercent(d("0.5"), d(3), 2)!.toFixed()).toBe("16.67");
    expect(rupiahToPercent(d(0), d(3))!.toFixed()).toBe("0");
  });
});
