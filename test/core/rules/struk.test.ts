import { strukDetilLengkap } from "../../../src/core/rules/struk/struk-detil-lengkap";
import { strukKode } from "../../../src/core/rules/struk/struk-kode";
import { strukTanpaAkun } from "../../../src/core/rules/struk/struk-tanpa-akun";
import { strukUrutan } from "../../../src/core/rules/struk/struk-urutan";
import { RKAKL_HEADER, sheetOf } from "../../helpers/sheets";
import { kertasKerja, rabB2d6, rkaklExport } from "../../fixtures/layouts";
import { testRule } from "../../helpers/rule-tester";

const clean = [
  { name: "RKAKL export", sheet: rkaklExport() },
  { name: "kertas kerja", sheet: kertasKerja() },
  { name: "RAB", sheet: rabB2d6() },
];

testRule(strukTanpaAkun, {
  valid: clean,
  invalid: [
    {
      name: "a line under a komponen with no akun",
      sheet: sheetOf([RKAKL_HEADER, ["051", "Komponen", 0, null, 0, 10], [null, "- ATK", 1, "PKT", 10, 10]]),
      expect: [{ cell: "B3", messageId: "tanpaAkun" }],
    },
    {
      name: "a line before any code",
      sheet: sheetOf([RKAKL_HEADER, [null, "- ATK", 1, "PKT", 10, 10]]),
      expect: [{ cell: "B2", messageId: "tanpaAkun" }],
    },
  ],
});

testRule(strukKode, {
  valid: clean,
  invalid: [
    {
      name: "a code of no level's shape",
      sheet: sheetOf([RKAKL_HEADER, ["52121", "Belanja?", 0, null, 0, 0]]),
      expect: [{ cell: "A2", messageId: "bentuk" }],
    },
  ],
});

testRule(strukUrutan, {
  valid: [
    ...clean,
    {
      name: "akun directly under komponen",
      sheet: sheetOf([RKAKL_HEADER, ["051", "K", 0, null, 0, 0], ["521211", "Bahan", 0, null, 0, 0]]),
    },
    {
      name: "komponen under an old output",
      sheet: sheetOf([
        RKAKL_HEADER,
        ["2079", "K", 0, null, 0, 0],
        ["2079.603", "O", 0, null, 0, 0],
        ["051", "K", 0, null, 0, 0],
      ]),
    },
  ],
  invalid: [
    {
      name: "akun directly under an RO",
      sheet: sheetOf([RKAKL_HEADER, ["4223.EBA.962", "RO", 0, null, 0, 0], ["521211", "Bahan", 0, null, 0, 0]]),
      expect: [{ cell: "A3", messageId: "induk" }],
    },
    {
      name: "sub komponen at the top",
      sheet: sheetOf([RKAKL_HEADER, ["A", "Sub", 0, null, 0, 0]]),
      expect: [{ cell: "A2", messageId: "akar" }],
    },
    {
      name: "a KRO that does not continue its kegiatan's code",
      sheet: sheetOf([RKAKL_HEADER, ["4223", "Keg", 0, null, 0, 0], ["4224.EBA", "KRO", 0, null, 0, 0]]),
      expect: [{ cell: "A3", messageId: "prefiks" }],
    },
  ],
});

testRule(strukDetilLengkap, {
  valid: clean,
  invalid: [
    {
      name: "a costed line without harga satuan",
      sheet: sheetOf([RKAKL_HEADER, ["521211", "Bahan", 0, null, 0, 10], [null, "- ATK", 1, "PKT", null, 10]]),
      expect: [{ cell: "F3", messageId: "kurang" }],
    },
  ],
});

testRule(strukUrutan, {
  valid: [
    {
      name: "an excerpt of akun and lines only",
      sheet: sheetOf([RKAKL_HEADER, ["521211", "Bahan", 0, null, 0, 10], [null, "- ATK", 1, "PKT", 10, 10]]),
    },
  ],
  invalid: [
    {
      name: "an akun at the top of a sheet that has komponen elsewhere",
      sheet: sheetOf([RKAKL_HEADER, ["521211", "Bahan", 0, null, 0, 10], ["051", "K", 0, null, 0, 0]]),
      expect: [{ cell: "A2", messageId: "akar" }],
    },
  ],
});

describe("one typo, one finding", () => {
  it("a mistyped akun heading gives STRUK-KODE only, its lines keep their heading", async () => {
    const { createAnalyzer } = await import("../../../src/core/analyzer");
    const sheet = sheetOf([
      RKAKL_HEADER,
      ["051", "Komponen", 0, null, 0, 300],
      ["52121", "Belanja Bahan", 0, null, 0, 300],
      [null, "- ATK [3 PKT]", 3, "PKT", 100, 300],
    ]);
    const r = createAnalyzer({ tahun: 2026, provinsi: "Jateng" }).analyze(sheet);
    expect(r.findings.filter((f) => f.severity !== "info").map((f) => `${f.cell} ${f.rule}`)).toEqual([
      "A3 STRUK-KODE",
    ]);
  });
});
