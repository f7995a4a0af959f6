import { Decimal } from "../../../src/core/money";
import { TelaahInputError } from "../../../src/core/errors";
import {
  ikpaDeviasiHalamanIII,
  jenisBelanjaDeviation,
  penyerapanTriwulan,
  type IkpaInput,
} from "../../../src/core/rpa";

const d = (v: number) => new Decimal(v);
const series = (xs: number[]) => Array.from({ length: 12 }, (_, i) => (i < xs.length ? d(xs[i]) : d(0)));

/**
 * Hand-computed (DOMAIN.md formula). Pagu 51 = 600, 52 = 300, 53 = 100: weights 0,6 / 0,3 / 0,1.
 * Jan: 51 |50-50|/50 = 0; 52 |25-20|/20 = 25; 53 RPD 0 real 0 = 0   -> 0,3 x 25 = 7,5
 * Feb: 51 |40-50|/50 = 20; 52 |10-20|/20 = 50; 53 RPD 0 real 10 = 100 -> 12 + 15 + 10 = 37
 * Mar: 51 0; 52 |100-30|/30 = 233 -> 100; 53 0                       -> 30
 * mean (7,5 + 37 + 30) / 3 = 24,8333...; score 100 - 24,8333... = 75,1666...
 */
const input: IkpaInput = {
  pagu: { "51": d(600), "52": d(300), "53": d(100) },
  rpd: { "51": series([50, 50, 50, 50]), "52": series([20, 20, 30, 30]), "53": series([0, 0, 10, 10]) },
  realisasi: { "51": series([50, 40, 50]), "52": series([25, 10, 100]), "53": series([0, 10, 10]) },
};

describe("IKPA Deviasi Halaman III DIPA", () => {
  test("per jenis belanja: capped at 100, RPD 0 with realisation counts 100", () => {
    expect(jenisBelanjaDeviation(d(20), d(25)).deviation.toNumber()).toBe(25);
    expect(jenisBelanjaDeviation(d(30), d(100)).deviation.toNumber()).toBe(100);
    expect(jenisBelanjaDeviation(d(0), d(10)).deviation.toNumber()).toBe(100);
    expect(jenisBelanjaDeviation(d(0), d(0)).deviation.toNumber()).toBe(0);
    expect(jenisBelanjaDeviation(d(20), d(25)).formula).toBe("min(100; |25 - 20| / 20 x 100) = 25");
  });

  test("the hand-computed example", () => {
    const r = ikpaDeviasiHalamanIII(input);
    expect(r.months.map((m) => m.month)).toEqual([1, 2, 3]);
    expect(r.months.map((m) => m.deviation.toNumber())).toEqual([7.5, 37, 30]);
    expect(
      r.months[1].byJenisBelanja.map((j) => [j.jenisBelanja, j.weight.toNumber(), j.deviation.toNumber()])
    ).toEqual([
      ["51", 0.6, 20],
      ["52", 0.3, 50],
      ["53", 0.1, 100],
    ]);
    expect(r.averageDeviation!.toDecimalPlaces(4).toNumber()).toBe(24.8333);
    expect(r.score!.toDecimalPlaces(4).toNumber()).toBe(75.1667);
    expect(r.months[0].formula).toBe("deviasi Januari = 60% x 0 (51) + 30% x 25 (52) + 10% x 0 (53) = 7,5");
    expect(r.formula.average).toBe("rata-rata = (7,5 + 37 + 30) / 3 = 24,83");
    expect(r.formula.score).toBe("nilai = 100 - 24,83 = 75,17");
  });

  test("score 100 when the mean is at most 5", () => {
    const r = ikpaDeviasiHalamanIII({
      pagu: { "52": d(100) },
      rpd: { "52": series([100, 100]) },
      realisasi: { "52": series([105, 95]) },
    });
    expect(r.averageDeviation!.toNumber()).toBe(5);
    expect(r.score!.toNumber()).toBe(100);
  });

  test("assumptions are listed, UNVERIFIED ones marked", () => {
    const r = ikpaDeviasiHalamanIII(input);
    expect(r.assumptions.length).toBeGreaterThan(4);
    expect(
      r.assumptions
        .filter((a) => a.unverified)
        .map((a) => a.text)
        .join(" ")
    ).toMatch(/Maret/);
    expect(
      r.assumptions
        .filter((a) => a.unverified)
        .map((a) => a.text)
        .join(" ")
    ).toMatch(/Januari sampai bulan terakhir/);
    expect(r.assumptions.find((a) => /min\(100/.test(a.text))!.unverified).toBe(false);
  });

  test("UNVERIFIED March exemption for 51/52 and explicit months", () => {
    const r = ikpaDeviasiHalamanIII(input, { kecualikanMaret: ["51", "52"] });
    expect(r.months[2].deviation.toNumber()).toBe(0);
    expect(r.months[2].byJenisBelanja.map((j) => j.jenisBelanja)).toEqual(["53"]);
    const only = ikpaDeviasiHalamanIII(input, { bulan: [2] });
    expect(only.averageDeviation!.toNumber()).toBe(37);
    expect(only.score!.toNumber()).toBe(63);
  });

  test("no realisation: nothing assessed; no pagu: unusable input", () => {
    const none = ikpaDeviasiHalamanIII({ ...input, realisasi: {} });
    expect(none.averageDeviation).toBeNull();
    expect(none.score).toBeNull();
    expect(() => ikpaDeviasiHalamanIII({ ...input, pagu: {} })).toThrow(TelaahInputError);
    expect(() => ikpaDeviasiHalamanIII(input, { bulan: [13] })).toThrow(TelaahInputError);
  });
});

describe("penyerapan triwulanan", () => {
  test("against the default (UNVERIFIED) targets", () => {
    const r = penyerapanTriwulan({ "52": d(1000) }, { "52": series([50, 50, 50, 100, 100, 100]) });
    expect(r.rows.map((x) => [x.triwulan, x.persen!.toNumber(), x.target!.toNumber(), x.tercapai])).toEqual([
      [1, 15, 15, true],
      [2, 45, 50, false],
    ]);
    expect(r.assumptions.some((a) => a.unverified)).toBe(true);
    expect(r.rows[1].formula).toBe("450 / 1.000 x 100 = 45% (target 50%: belum tercapai)");
  });

  test("custom targets are not marked UNVERIFIED", () => {
    const r = penyerapanTriwulan({ "53": d(100) }, { "53": series([10, 0, 0]) }, { "53": [5, 40, 70, 90] }, 12);
    expect(r.rows.map((x) => x.tercapai)).toEqual([true, false, false, false]);
    expect(r.assumptions.every((a) => !a.unverified)).toBe(true);
  });
});
