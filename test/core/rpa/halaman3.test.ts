import fc from "fast-check";
import { Decimal } from "../../../src/core/money";
import { fillPlan, halamanIII, planNode, toRibuanRow } from "../../../src/core/rpa";
import { sumOf } from "./arbitraries";

const d = (v: number | string) => new Decimal(v);

describe("Halaman III in ribuan rupiah", () => {
  test("months in thousands sum exactly to the jenis belanja total in thousands", () => {
    const row = toRibuanRow("52", [1500, 1500, 0, 0, 0, 0, 0, 0, 0, 0, 0, 400].map(d));
    expect(row.jumlahRibuan.toNumber()).toBe(3);
    expect(row.ribuan.map((v) => v.toNumber())).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  test("a filled plan rolls up per jenis belanja", () => {
    const plan = fillPlan([
      planNode({
        id: "k",
        pagu: 3_000_000,
        children: [
          planNode({ id: "a", akun: "511111", pagu: 1_400_000 }),
          planNode({ id: "b", akun: "521211", pagu: 1_600_000, profile: { kind: "jadwal", bulan: [5] } }),
        ],
      }),
    ]).roots;
    const h = halamanIII(plan);
    expect(h.rows.map((r) => r.jenisBelanja)).toEqual(["51", "52"]);
    expect(h.rows[0].ribuan.map((v) => v.toNumber())).toEqual([
      100, 100, 200, 100, 100, 100, 200, 100, 100, 100, 100, 100,
    ]);
    expect(h.rows[1].ribuan[4].toNumber()).toBe(1600);
    expect(h.total.jumlahRibuan.toNumber()).toBe(3000);
    expect(h.total.ribuan[4].toNumber()).toBe(1700);
  });

  test("property: every month is its exact thousands rounded down or up, and they add up to the rounded total", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2e9 }), { minLength: 12, maxLength: 12 }), (xs) => {
        const row = toRibuanRow("52", xs.map(d));
        expect(sumOf(row.ribuan).equals(row.jumlahRibuan)).toBe(true);
        expect(row.jumlahRibuan.equals(sumOf(xs.map(d)).div(1000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP))).toBe(
          true
        );
        row.ribuan.forEach((v, i) => {
          const exact = d(xs[i]).div(1000);
          expect(v.greaterThanOrEqualTo(exact.floor()) && v.lessThanOrEqualTo(exact.ceil())).toBe(true);
        });
      })
    );
  });
});
