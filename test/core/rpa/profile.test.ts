import { Decimal, distribute } from "../../../src/core/money";
import { TelaahInputError } from "../../../src/core/errors";
import {
  defaultProfileFor,
  describeProfile,
  profileWeights,
  validateProfile,
  type Profile,
} from "../../../src/core/rpa";

const n = (ws: Decimal[]) => ws.map((w) => w.toNumber());
const split = (p: Profile, pagu: number) => n(distribute(new Decimal(pagu), profileWeights(p)));

describe("profileWeights", () => {
  test("flat with gaji ke-13 in July only: P/13 a month, July twice (PMK 107/2024, TC-14)", () => {
    expect(split({ kind: "flat", bulanGaji13: 7, bulanThr: null }, 1_300_000)).toEqual([
      100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 200_000, 100_000, 100_000, 100_000, 100_000, 100_000,
    ]);
  });

  test("flat default: gaji ke-13 in July and THR in March, P/14 a month", () => {
    expect(split({ kind: "flat" }, 1_400_000)).toEqual([
      100_000, 100_000, 200_000, 100_000, 100_000, 100_000, 200_000, 100_000, 100_000, 100_000, 100_000, 100_000,
    ]);
  });

  test("flat with both extra payments in the same month counts it three times", () => {
    expect(n(profileWeights({ kind: "flat", bulanGaji13: 6, bulanThr: 6 }))[5]).toBe(3);
  });

  test("ideal default: 6,6,6,8,10,12,12,12,12,4,4,4 of 96 (18,75% / 50% / 87,5% / 100% by triwulan)", () => {
    expect(split({ kind: "ideal" }, 96_000)).toEqual([6, 6, 6, 8, 10, 12, 12, 12, 12, 4, 4, 4].map((x) => x * 1000));
  });

  test("ideal shape: flat triwulan I, rising, peak held to September, flat end", () => {
    const w = n(profileWeights({ kind: "ideal", awal: 2, puncak: 9, bulanPuncak: 9, akhir: 3 }));
    expect(w[0]).toBe(w[1]);
    expect(w[1]).toBe(w[2]);
    for (let m = 3; m < 8; m++) expect(w[m]).toBeGreaterThan(w[m - 1]);
    expect(w[9]).toBe(w[10]);
    expect(w[10]).toBe(w[11]);
    expect(w[8]).toBe(Math.max(...w));
  });

  test("jadwal equal and weighted", () => {
    expect(split({ kind: "jadwal", bulan: [3, 4, 5] }, 300)).toEqual([0, 0, 100, 100, 100, 0, 0, 0, 0, 0, 0, 0]);
    expect(split({ kind: "jadwal", bulan: [2, 11], bobot: [1, 3] }, 400)).toEqual([
      0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 300, 0,
    ]);
  });

  test("termin: uang muka 20% the month before the first termin, 5% retensi in December, the rest per termin", () => {
    const p: Profile = { kind: "termin", uangMukaPersen: 20, bulanTermin: [6, 8, 10], retensiPersen: 5 };
    expect(split(p, 1_000_000)).toEqual([0, 0, 0, 0, 200_000, 250_000, 0, 250_000, 0, 250_000, 0, 50_000]);
  });

  test("termin with seven termin months keeps exact weights (no repeating decimals)", () => {
    const w = profileWeights({
      kind: "termin",
      uangMukaPersen: 10,
      bulanTermin: [3, 4, 5, 6, 7, 8, 9],
      retensiPersen: 5,
    });
    expect(w.every((x) => x.isInteger())).toBe(true);
    expect(
      split(
        { kind: "termin", uangMukaPersen: 10, bulanTermin: [3, 4, 5, 6, 7, 8, 9], retensiPersen: 5 },
        7_000_000
      ).reduce((a, b) => a + b)
    ).toBe(7_000_000);
  });

  test("manual weights, decimals accepted", () => {
    expect(split({ kind: "manual", bobot: [0, 0, "12,5", 0, 0, 0, 0, 0, 0, 0, 0, 87.5] }, 1000)).toEqual([
      0, 0, 125, 0, 0, 0, 0, 0, 0, 0, 0, 875,
    ]);
  });

  test("defaults per jenis belanja", () => {
    expect(defaultProfileFor("51").kind).toBe("flat");
    for (const jb of ["52", "53", "57", undefined]) expect(defaultProfileFor(jb).kind).toBe("ideal");
  });

  test("invalid profiles are reported in Indonesian and throw TelaahInputError", () => {
    const bad: Profile[] = [
      { kind: "jadwal", bulan: [] },
      { kind: "jadwal", bulan: [13] },
      { kind: "jadwal", bulan: [1, 1] },
      { kind: "jadwal", bulan: [1, 2], bobot: [1] },
      { kind: "termin", uangMukaPersen: 80, retensiPersen: 30, bulanTermin: [5] },
      { kind: "ideal", bulanPuncak: 11 },
      { kind: "ideal", awal: -1 },
      { kind: "manual", bobot: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
      { kind: "flat", bulanGaji13: 0 },
    ];
    for (const p of bad) {
      expect(validateProfile(p).length).toBeGreaterThan(0);
      expect(() => profileWeights(p)).toThrow(TelaahInputError);
    }
    expect(validateProfile({ kind: "jadwal", bulan: [13] })[0]).toMatch(/bulan tidak sah/);
  });

  test("describeProfile", () => {
    expect(describeProfile({ kind: "jadwal", bulan: [3, 4] })).toBe("jadwal bulan 3, 4");
    expect(describeProfile({ kind: "flat" })).toContain("gaji ke-13: 7");
  });
});
