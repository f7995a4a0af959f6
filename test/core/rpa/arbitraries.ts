import fc from "fast-check";
import { Decimal } from "../../../src/core/money";
import type { Profile } from "../../../src/core/rpa";

export const month = fc.integer({ min: 1, max: 12 });
export const pagu = (max = BigInt(10) ** BigInt(15)) =>
  fc.bigInt({ min: BigInt(0), max }).map((b) => new Decimal(b.toString()));
export const positivePagu = (max = BigInt(10) ** BigInt(13)) =>
  fc.bigInt({ min: BigInt(1), max }).map((b) => new Decimal(b.toString()));
const level = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 0, max: 100, noNaN: true }).map((d) => Number(d.toFixed(3)))
);
const months = fc.uniqueArray(month, { minLength: 1, maxLength: 12 });

export const flatProfile: fc.Arbitrary<Profile> = fc.record({
  kind: fc.constant("flat" as const),
  bulanGaji13: fc.option(month, { nil: null }),
  bulanThr: fc.option(month, { nil: null }),
});

export const idealProfile: fc.Arbitrary<Profile> = fc
  .record({
    kind: fc.constant("ideal" as const),
    awal: level,
    puncak: level,
    bulanPuncak: fc.integer({ min: 4, max: 9 }),
    akhir: level,
  })
  .filter((p) => p.awal + p.puncak + p.akhir > 0);

export const jadwalProfile: fc.Arbitrary<Profile> = months.chain((bulan) =>
  fc.oneof(
    fc.constant({ kind: "jadwal" as const, bulan }),
    fc
      .array(fc.integer({ min: 0, max: 50 }), { minLength: bulan.length, maxLength: bulan.length })
      .filter((b) => b.some((x) => x > 0))
      .map((bobot) => ({ kind: "jadwal" as const, bulan, bobot }))
  )
);

export const terminProfile: fc.Arbitrary<Profile> = fc.record({
  kind: fc.constant("termin" as const),
  uangMukaPersen: fc.integer({ min: 0, max: 30 }),
  bulanUangMuka: fc.option(month, { nil: undefined }),
  bulanTermin: months,
  retensiPersen: fc.oneof(fc.constant(0), fc.constant(5), fc.integer({ min: 0, max: 10 })),
  bulanRetensi: fc.option(month, { nil: undefined }),
});

export const manualProfile: fc.Arbitrary<Profile> = fc
  .array(fc.integer({ min: 0, max: 1000 }), { minLength: 12, maxLength: 12 })
  .filter((b) => b.some((x) => x > 0))
  .map((bobot) => ({ kind: "manual" as const, bobot }));

export const nonManualProfile = fc.oneof(flatProfile, idealProfile, jadwalProfile, terminProfile);
export const anyProfile = fc.oneof(nonManualProfile, manualProfile);

export const sumOf = (xs: readonly Decimal[]) => xs.reduce((s, x) => s.plus(x), new Decimal(0));
