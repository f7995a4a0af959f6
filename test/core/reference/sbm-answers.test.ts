import fc from "fast-check";
import { createReferenceData } from "../../../src/core/reference/reference-data";
import { resolveProvince } from "../../../src/core/reference/provinces";
import { SBM_ITEMS } from "../../../src/core/reference/sbm-items";

/** SbmTable.get keeps its answers: a repeated question must get what a fresh table answers. */
describe("SbmTable.get answers kept", () => {
  const provinces = ["DKI Jakarta", "Prov. DKI Jakarta", "Jateng", "Kepri", "Papua Tengah", "DIY", "", "Atlantis"];
  const kunci = ["", "JAKARTA>SEMARANG", " jakarta > semarang ", "a|b", "SEMARANG>JAKARTA"];
  const question = fc.tuple(
    fc.constantFrom(2018, 2024, 2025, 2026, 2027),
    fc.constantFrom(...SBM_ITEMS.map((i) => i.kode), "upa-x", "UH-LUAR-KOTA|", "nope"),
    fc.oneof(
      fc.constantFrom<string | undefined>(...provinces, undefined),
      fc.constantFrom(...provinces).map((p) => resolveProvince(p) ?? undefined)
    ),
    fc.constantFrom(...kunci)
  );

  it("gives the same answer as a table asked once", () => {
    const shared = createReferenceData().sbm;
    fc.assert(
      fc.property(fc.array(question, { minLength: 1, maxLength: 30 }), (questions) => {
        for (const [tahun, item, prov, k] of questions) {
          const fresh = createReferenceData().sbm.get(tahun, item, prov, k);
          const kept = shared.get(tahun, item, prov, k);
          expect(kept).toEqual(fresh);
          // Asked twice, the same object.
          expect(shared.get(tahun, item, prov, k)).toBe(kept);
        }
      }),
      { numRuns: 40 }
    );
  });

  it("answers some questions at all (the property is not vacuous)", () => {
    const sbm = createReferenceData().sbm;
    expect(sbm.get(2026, "UH-LUAR-KOTA", "DKI Jakarta")?.nilai.toNumber()).toBe(530000);
    expect(sbm.get(2026, "UH-LUAR-KOTA", "DKI Jakarta")).toBe(sbm.get(2026, "UH-LUAR-KOTA", "DKI Jakarta"));
    expect(sbm.get(2026, "UH-LUAR-KOTA", "Atlantis")).toBeUndefined();
  });
});
