import { createReferenceData } from "../../../../src/core/reference/reference-data";
import { readSbmOverrideSheet } from "../../../../src/core/reference/sbm-overrides";
import { sbmUangHarian } from "../../../../src/core/rules/sbm/sbm-uang-harian";
import { runRule, testRule } from "../../../helpers/rule-tester";
import { sheetOf } from "../../../helpers/sheets";
import { budget, JATENG } from "./sheets";

const reference = createReferenceData();

testRule(
  sbmUangHarian,
  {
    valid: [
      {
        name: "at the destination's ceiling (Jawa Timur Rp410.000)",
        sheet: budget("524111", ["Uang harian perjalanan dinas ke Surabaya [2 ORG x 3 HARI]", 6, "OH", 410000]),
        options: JATENG,
      },
      {
        name: "DKI Jakarta named as DKI",
        sheet: budget("524111", ["Uang harian koordinasi ke DKI [2 ORG x 2 HR]", 4, "OH", 530000]),
        options: JATENG,
      },
      {
        name: "a bundle of uang harian and transport is no single item",
        sheet: budget("524111", ["Uang harian dan transport pembimbing [2 OR x 2 HR]", 4, "OH", 900000]),
        options: JATENG,
      },
      {
        name: "a price per trip (no day in the volume) is not per OH",
        sheet: budget("524111", ["Uang harian pembimbing [2 OR x 2 KL]", 4, "OK", 900000]),
        options: JATENG,
      },
      {
        name: "a price per hospital is not per person",
        sheet: budget("524111", ["Uang harian penjajagan [8 RS x 2 HR]", 16, "OK", 900000]),
        options: JATENG,
      },
      {
        name: "'Diklat' inside a unit's name is ordinary travel",
        sheet: budget("524111", ["Uang harian supervisi PKL Advokasi dan Diklat Gizi [2 OR x 1 HR]", 2, "OH", 200000]),
        options: JATENG,
      },
      {
        name: "a named kabupaten that cannot be placed gives no match",
        sheet: budget("524111", ["Uang harian ke Kab. Antah Berantah [2 OR x 2 HR]", 4, "OH", 900000]),
        options: JATENG,
      },
      {
        name: "two provinces and no destination cue: ambiguous",
        sheet: budget("524111", ["Uang harian monitoring Jawa Timur, Bali [2 OR x 2 HR]", 4, "OH", 500000]),
        options: JATENG,
      },
      {
        name: "uang harian of a fullboard meeting is uang saku, not travel",
        sheet: budget("524119", ["Uang harian fullboard [20 OR x 2 HR]", 40, "OH", 400000]),
        options: JATENG,
      },
      {
        name: "uang harian of a meeting away from the office is left to the meeting rules",
        sheet: budget("524119", ["Uang harian meeting luar kota [3 ORG x 2 HR]", 6, "OH", 450000]),
        options: JATENG,
      },
      {
        name: "luar negeri has its own table",
        sheet: budget("524211", ["Uang harian perjalanan luar negeri [1 OR x 5 HR]", 5, "OH", 4000000]),
        options: JATENG,
      },
      {
        name: "a year without data is not checked here",
        sheet: budget("524111", ["Uang harian ke Surabaya [2 ORG x 3 HARI]", 6, "OH", 900000]),
        options: { tahun: 2018, provinsi: "Jawa Tengah" },
      },
      {
        name: "no tahun: not checked",
        sheet: budget("524111", ["Uang harian ke Surabaya [2 ORG x 3 HARI]", 6, "OH", 900000]),
        options: { provinsi: "Jawa Tengah" },
      },
      {
        name: "no satker province and no destination: not checked",
        sheet: budget("524111", ["Uang harian petugas [2 ORG x 3 HARI]", 6, "OH", 900000]),
        options: { tahun: 2026 },
      },
    ],
    invalid: [
      {
        name: "over the destination's ceiling (Jawa Timur Rp410.000)",
        sheet: budget("524111", ["Uang harian perjalanan dinas ke Surabaya [2 ORG x 3 HARI]", 6, "OH", 500000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
      {
        name: "the destination after 'ke' wins over the origin",
        sheet: budget("524111", ["Uang harian perjalanan dari Jakarta ke Semarang [1 OR x 2 HR]", 2, "OH", 400000]),
        options: { tahun: 2026, provinsi: "DKI Jakarta" },
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
      {
        name: "no destination: the satker's province, a warning while another province could allow it",
        sheet: budget("524111", ["Uang harian petugas [2 OR x 3 HR]", 6, "OH", 530000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "tujuanTakDisebut", severity: "warning" }],
      },
      {
        name: "no destination but above every province's ceiling (Rp580.000): an error",
        sheet: budget("524111", ["Uang harian perjalanan dinas (seminar dll) [20 OR x 2 HR]", 40, "OK", 600000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
      {
        name: "dalam kota under 524113 uses the dalam kota ceiling (Jawa Tengah Rp150.000)",
        sheet: budget("524113", ["Uang harian dalam kota lebih 8 jam [3 ORG x 1 HARI]", 3, "OH", 200000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
      {
        name: "diklat participants (Jawa Barat Rp130.000)",
        sheet: budget("524111", ["Uang harian peserta diklat ke Bandung [2 OR x 5 HR]", 10, "OH", 200000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
      {
        name: "still an error in pelaksanaan: uang harian adds to income",
        sheet: budget("524111", ["Uang harian ke Surabaya [2 ORG x 3 HARI]", 6, "OH", 500000]),
        options: { ...JATENG, tahap: "pelaksanaan" },
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
      {
        name: "an UNVERIFIED ceiling (DI Yogyakarta) is a warning that says so",
        sheet: budget("524111", ["Uang harian ke Yogyakarta [2 OR x 2 HR]", 4, "OH", 450000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatasBelumPasti", severity: "warning" }],
      },
      {
        name: "a new Papua province by its capital (Merauke: Papua Selatan Rp580.000)",
        sheet: budget("524111", ["Uang harian ke Merauke [1 OR x 3 HR]", 3, "OH", 600000]),
        options: JATENG,
        expect: [{ cell: "E3", messageId: "lebihBatas", severity: "error" }],
      },
      {
        name: "only the offending line is reported",
        sheet: budget(
          "524111",
          ["Uang harian ke Surabaya [2 ORG x 3 HARI]", 6, "OH", 400000],
          ["Uang harian ke Bandung [1 ORG x 2 HARI]", 2, "OH", 431000]
        ),
        options: JATENG,
        expect: [{ cell: "E4", messageId: "lebihBatas", severity: "error" }],
      },
    ],
  },
  { reference }
);

describe("SBM-UANG-HARIAN findings name their basis", () => {
  it("cites PMK 32/2025 and the province's amount", () => {
    const [f] = runRule(
      sbmUangHarian,
      budget("524111", ["Uang harian ke Jakarta [2 OR x 2 HR]", 4, "OH", 600000]),
      JATENG,
      { reference }
    );
    expect(f.input.basis).toBe("PMK 32/2025, uang harian perjalanan dinas luar kota DKI Jakarta Rp530.000/OH");
    expect(f.input.expected).toBe("Rp530.000");
    expect(f.input.actual).toBe("Rp600.000");
    expect(f.input.data?.item).toBe("uang harian perjalanan dinas luar kota DKI Jakarta");
  });

  it("names an UNVERIFIED source in the basis", () => {
    const [f] = runRule(
      sbmUangHarian,
      budget("524111", ["Uang harian ke Yogyakarta [2 OR x 2 HR]", 4, "OH", 450000]),
      JATENG,
      { reference }
    );
    expect(f.input.basis).toMatch(
      /^PMK 32\/2025, uang harian perjalanan dinas luar kota DI Yogyakarta Rp420\.000\/OH \[UNVERIFIED: sbm_2026_uang_harian_dalam_negeri\.csv/
    );
  });

  it("the user's amount wins and the finding names it", () => {
    const override = readSbmOverrideSheet(
      sheetOf(
        [
          ["tahun", "kode item", "provinsi", "uraian", "satuan", "nilai", "sumber"],
          [2026, "UH-LUAR-KOTA", "DKI", "uang harian DKI", "OH", "600.000", "Surat DJA S-1/2026"],
        ],
        { name: "SBM_PENGGUNA" }
      )
    )!;
    const withUser = createReferenceData({ overrides: [override] });
    const line = (harga: number) => budget("524111", ["Uang harian ke Jakarta [2 OR x 2 HR]", 4, "OH", harga]);
    expect(runRule(sbmUangHarian, line(580000), JATENG, { reference: withUser })).toEqual([]);
    const [f] = runRule(sbmUangHarian, line(650000), JATENG, { reference: withUser });
    expect(f.severity).toBe("error");
    expect(f.input.basis).toBe(
      "pengguna: lembar SBM_PENGGUNA baris 2 (Surat DJA S-1/2026), uang harian perjalanan dinas luar kota DKI Jakarta Rp600.000/OH"
    );
  });
});

describe("SBM-UANG-HARIAN when only the akun says dalam kota", () => {
  const line = (uraian: string, harga: number) => budget("524113", [`${uraian} [2 ORG x 1 HARI]`, 2, "OH", harga]);
  const run = (uraian: string, harga: number) => runRule(sbmUangHarian, line(uraian, harga), JATENG, { reference });

  it("within what luar kota allows somewhere: a warning pointing at the akun", () => {
    const got = run("Uang harian perjalanan dinas", 410000);
    expect(got.map((f) => [f.cell, f.messageId, f.severity])).toEqual([["E3", "jenisMenurutAkun", "warning"]]);
    expect(got[0].input.data).toMatchObject({
      akun: "524113",
      lain: "uang harian perjalanan dinas luar kota (tertinggi antarprovinsi)",
      batasLain: "Rp580.000/OH",
    });
  });

  it("above every luar kota amount: an error", () => {
    expect(run("Uang harian perjalanan dinas", 600000).map((f) => [f.messageId, f.severity])).toEqual([
      ["lebihBatas", "error"],
    ]);
  });

  it("a named destination bounds the other reading (Jawa Timur Rp410.000)", () => {
    expect(run("Uang harian ke Surabaya", 400000).map((f) => f.messageId)).toEqual(["jenisMenurutAkun"]);
    expect(run("Uang harian ke Surabaya", 450000).map((f) => [f.messageId, f.severity])).toEqual([
      ["lebihBatas", "error"],
    ]);
  });

  it("the words 'dalam kota' leave no other reading", () => {
    expect(run("Uang harian dalam kota", 300000).map((f) => [f.messageId, f.severity])).toEqual([
      ["lebihBatas", "error"],
    ]);
  });
});
