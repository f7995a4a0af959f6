import { TelaahInputError } from "../../../src/core/errors";
import { parseProfileSpec, profilesFromSpecs } from "../../../src/core/rpa";

describe("parseProfileSpec", () => {
  test.each([
    ["52=ideal", { jenisBelanja: "52", profile: { kind: "ideal" } }],
    [
      "52=ideal:awal=5,puncak=12.5,bulanPuncak=7,akhir=3",
      { jenisBelanja: "52", profile: { kind: "ideal", awal: "5", puncak: "12.5", bulanPuncak: 7, akhir: "3" } },
    ],
    ["51=rata:gaji13=6,thr=-", { jenisBelanja: "51", profile: { kind: "flat", bulanGaji13: 6, bulanThr: null } }],
    ["flat", { profile: { kind: "flat", bulanGaji13: undefined, bulanThr: undefined } }],
    ["53=jadwal:3-5", { jenisBelanja: "53", profile: { kind: "jadwal", bulan: [3, 4, 5] } }],
    ["jadwal:2*1,7*2,11*1,5", null],
    [
      "53=jadwal:2*1,7*2,11*1",
      { jenisBelanja: "53", profile: { kind: "jadwal", bulan: [2, 7, 11], bobot: ["1", "2", "1"] } },
    ],
    [
      "53=termin:um=20@5,termin=6/8/10,retensi=5",
      {
        jenisBelanja: "53",
        profile: {
          kind: "termin",
          bulanTermin: [6, 8, 10],
          uangMukaPersen: "20",
          bulanUangMuka: 5,
          retensiPersen: "5",
        },
      },
    ],
    [
      "manual:0/0/10/10/10/10/10/10/10/10/10/12,5",
      { profile: { kind: "manual", bobot: ["0", "0", "10", "10", "10", "10", "10", "10", "10", "10", "10", "12.5"] } },
    ],
  ])("%s", (spec, expected) => {
    if (expected === null) expect(() => parseProfileSpec(spec)).toThrow(TelaahInputError);
    else expect(parseProfileSpec(spec)).toEqual(expected);
  });

  test.each([
    "",
    "52=",
    "52=kurva",
    "jadwal",
    "jadwal:13",
    "jadwal:5-3",
    "termin:um=20",
    "termin:termin=6,x=1",
    "manual:1/2/3",
    "ideal:bulanpuncak=11",
    "termin:um=90,retensi=20,termin=5",
  ])("refuses %p with an Indonesian sentence", (spec) => {
    expect(() => parseProfileSpec(spec)).toThrow(/Profil ".*" tidak dapat dibaca/);
  });

  test("profilesFromSpecs: a spec without jenis belanja sets all four, later specs win", () => {
    const p = profilesFromSpecs(["ideal", "53=jadwal:6"]);
    expect(Object.keys(p).sort()).toEqual(["51", "52", "53", "57"]);
    expect(p["53"]).toEqual({ kind: "jadwal", bulan: [6] });
    expect(p["51"]).toEqual({ kind: "ideal" });
  });
});
