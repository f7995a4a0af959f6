import { createReferenceData } from "../../../../src/core/reference/reference-data";
import { parseSbmOverrideCsv } from "../../../../src/core/reference/sbm-overrides";
import { sbmKonteks } from "../../../../src/core/rules/sbm/sbm-konteks";
import { runRule, testRule } from "../../../helpers/rule-tester";
import { RKAKL_HEADER, sheetOf } from "../../../helpers/sheets";
import { kertasKerja } from "../../../fixtures/layouts";
import { budget, JATENG } from "./sheets";

const env = { reference: createReferenceData() };
const line = budget("524111", ["Uang harian ke Surabaya [2 OR x 2 HR]", 4, "OH", 400000]);

testRule(
  sbmKonteks,
  {
    valid: [
      { name: "tahun and province given", sheet: line, options: JATENG },
      { name: "tahun and province from the title block", sheet: kertasKerja() },
      {
        name: "a sheet without detail lines has nothing to check",
        sheet: sheetOf([RKAKL_HEADER, ["521211", "Belanja Bahan", 0, null, 0, 0]]),
        options: {},
      },
    ],
    invalid: [
      {
        name: "no tahun anywhere",
        sheet: line,
        options: { provinsi: "Jateng" },
        expect: [{ cell: "A1", messageId: "tanpaTahun", severity: "info" }],
      },
      {
        name: "a year Telaah has no data for",
        sheet: line,
        options: { tahun: 2027, provinsi: "Jateng" },
        expect: [{ cell: "A1", messageId: "tahunTanpaData", severity: "info" }],
      },
      {
        name: "TA2025: only scattered values",
        sheet: line,
        options: { tahun: 2025, provinsi: "Jateng" },
        expect: [{ cell: "A1", messageId: "tahunSebagian", severity: "info" }],
      },
      {
        name: "no province",
        sheet: line,
        options: { tahun: 2026 },
        expect: [{ cell: "A1", messageId: "tanpaProvinsi", severity: "info" }],
      },
      {
        name: "a province that is not one",
        sheet: line,
        options: { tahun: 2026, provinsi: "Atlantis" },
        expect: [{ cell: "A1", messageId: "provinsiTakDikenal", severity: "info" }],
      },
    ],
  },
  env
);

describe("SBM-KONTEKS with the user's standar biaya", () => {
  const csv = [
    "tahun;kode item;provinsi;uraian;satuan;nilai;sumber",
    "2027;UH-LUAR-KOTA;Jawa Timur;uang harian;OH;450.000;SE 1/2027",
    "2027;UH-LUARKOTA;Jawa Timur;salah ketik;OH;450.000;x",
  ].join("\n");
  const reference = createReferenceData({ overrides: [parseSbmOverrideCsv(csv, "sbm-2027.csv")] });

  it("says which user amounts it uses and reports the rejected row", () => {
    const got = runRule(sbmKonteks, line, { tahun: 2027, provinsi: "Jateng" }, { reference }).map((f) => [
      f.messageId,
      f.severity,
      f.input.data,
    ]);
    expect(got).toEqual([
      [
        "penggunaDitolak",
        "warning",
        {
          lokasi: "berkas sbm-2027.csv baris 3",
          pesan: 'kode item "UH-LUARKOTA" tidak dikenal (lihat docs/sbm-pengguna.md)',
        },
      ],
      ["pengguna", "info", { tahun: 2027, jumlah: 1, sumber: "berkas sbm-2027.csv" }],
    ]);
  });

  it("reads the year from the title block and points at it", () => {
    const sheet = kertasKerja();
    (sheet.values[0] as unknown[])[0] = "KERTAS KERJA SATKER T.A. 2031";
    const [f] = runRule(sbmKonteks, sheet, {}, env);
    expect([f.cell, f.messageId]).toEqual(["A1", "tahunTanpaData"]);
    expect(String(f.input.data?.tersedia)).toBe("TA2024 (sebagian), TA2025 (sebagian), TA2026");
  });
});
