import { createReferenceData } from "../../../src/core/reference/reference-data";
import type { RuleEnvironment } from "../../../src/core/rules/rule";
import { satuanTidakDikenal } from "../../../src/core/rules/satuan/satuan-tidak-dikenal";
import { satuanVolume } from "../../../src/core/rules/satuan/satuan-volume";
import type { CellValue } from "../../../src/core/sheet/snapshot";
import { kertasKerja, kertasKerjaSakti, monsaktiItem, rabB2d6, rkaklExport, rpa } from "../../fixtures/layouts";
import { runRule, testRule } from "../../helpers/rule-tester";
import { RKAKL_HEADER, sheetOf } from "../../helpers/sheets";

const env = { reference: createReferenceData() } as RuleEnvironment;

const clean = [
  { name: "RKAKL export", sheet: rkaklExport() },
  { name: "kertas kerja", sheet: kertasKerja() },
  { name: "SAKTI kertas kerja", sheet: kertasKerjaSakti() },
  { name: "RAB", sheet: rabB2d6() },
  { name: "RPA", sheet: rpa() },
  { name: "MonSAKTI items", sheet: monsaktiItem() },
];

/** One akun with one detail line: uraian, volume, satuan. */
function line(uraian: string, vol: CellValue, sat: CellValue, akun = "521211"): ReturnType<typeof sheetOf> {
  return sheetOf([
    RKAKL_HEADER,
    [akun, "Akun", 0, null, 0, 1000],
    [null, uraian, vol, sat, 1000, typeof vol === "number" ? vol * 1000 : 1000],
  ]);
}

testRule(
  satuanTidakDikenal,
  {
    valid: [
      ...clean,
      ...["OH", "Org/Hari", "o-h", "ORG", "Paket", "BUAH", "THN", "Kali", "M2", "OS", "LS"].map((sat) => ({
        name: `spelling ${sat}`,
        sheet: line("- Barang", 1, sat),
      })),
      { name: "a line without volume needs no satuan", sheet: line("- catatan", null, null) },
    ],
    invalid: [
      {
        name: "an unknown abbreviation",
        sheet: line("- Honor pembimbing PKL [2 PMBG x 4 TMP]", 8, "PMBG"),
        expect: [{ cell: "D3", messageId: "tidakDikenal", severity: "warning" }],
      },
      {
        name: "a price typed into the satuan column",
        sheet: line("- Konsumsi Rapat Bulanan [30 ORG x 8 KL]", 240, "25000"),
        expect: [{ cell: "D3", messageId: "angka", severity: "warning" }],
      },
      {
        name: "an unknown unit in a RAB's rincian perhitungan (the layout has no satuan column)",
        sheet: sheetOf(
          [
            ["Kode", "Uraian", "Rincian Perhitungan", null, "Harga Satuan", "Jumlah"],
            [null, null, "Sat", "Jml", null, null],
            ["521213", "Honor Output Kegiatan", null, null, null, 16000],
            [null, "Honor pembimbing PKL", "2 PMBG x 4 TMP", 8, 1000, 8000],
            [null, "Honor penguji", "2 ORG x 4 KALI", 8, 1000, 8000],
          ],
          { merges: [{ top: 0, left: 2, bottom: 0, right: 3 }] }
        ),
        expect: [{ cell: "C4", messageId: "tidakDikenalRincian", severity: "warning" }],
      },
      {
        name: "a costed line with a volume and no satuan",
        sheet: line("- Penggandaan [14 MK x 100 LBR x 5 SET]", 7000, null),
        expect: [{ cell: "D3", messageId: "kosong", severity: "warning" }],
      },
    ],
  },
  env
);

testRule(
  satuanVolume,
  {
    valid: [
      ...clean,
      { name: "OK with orang x kegiatan", sheet: line("- Konsumsi rapat [15 OR x 1 KEG]", 15, "OK") },
      { name: "OK with orang x kali", sheet: line("- Honor panitia [10 OR x 2 KL]", 20, "OK") },
      {
        name: "OK over a single month (146 either way)",
        sheet: line("- Biaya lahan praktik [146 OR x 1 BLN]", 146, "OK", "522191"),
      },
      { name: "OK with days and a kegiatan", sheet: line("- Uang saku [3 ORG x 2 HARI x 1 KEG]", 6, "OK") },
      {
        name: "OK for konsumsi over days (standar biaya prices it per orang-kali)",
        sheet: line("- Konsumsi peserta [30 OR x 2 HR]", 60, "OK"),
      },
      { name: "OK for transport over days", sheet: line("- Transport peserta [24 ORG x 2 HR]", 48, "OK", "524113") },
      {
        name: "OH with kali (each trip a day)",
        sheet: line("- Uang harian supervisi [10 ORG x 3 KL]", 30, "OH", "524111"),
      },
      { name: "OH with orang x hari", sheet: line("- Uang harian [3 ORG x 2 HARI]", 6, "OH", "524111") },
      { name: "OH with malam", sheet: line("- Penginapan [1 OR x 2 MLM]", 2, "OH", "524111") },
      {
        name: "an unknown factor: no judgement",
        sheet: line("- Honor penguji [108 MHS x 1 PGJ x 2 MA]", 216, "OJ", "521213"),
      },
      { name: "a simple unit is not compared", sheet: line("- Fotocopy [10 OR x 2 HR]", 20, "LBR") },
      {
        name: "two other kinds of time: not clear",
        sheet: line("- Lembur [22 OR x 4 JAM x 30 HR]", 2640, "OK", "512211"),
      },
    ],
    invalid: [
      {
        name: "[3 ORG x 2 HARI] in OK",
        sheet: line("- Uang harian [3 ORG x 2 HARI]", 6, "OK", "524111"),
        expect: [{ cell: "D3", messageId: "tidakSesuai", severity: "warning" }],
      },
      {
        name: "honor per jam in OK",
        sheet: line("- Honor narasumber [2 OR x 3 JAM]", 6, "OK", "522151"),
        expect: [{ cell: "D3", messageId: "tidakSesuai", severity: "warning" }],
      },
      {
        name: "OJ over kali",
        sheet: line("- Konsumsi rapat evaluasi [30 ORG x 1 KL x 1 THN]", 30, "OJ"),
        expect: [{ cell: "D3", messageId: "tidakSesuai", severity: "warning" }],
      },
      {
        name: "OK over months",
        sheet: line("- Biaya lahan praktik [146 OR x 2 BLN]", 292, "OK", "522191"),
        expect: [{ cell: "D3", messageId: "tidakSesuai", severity: "warning" }],
      },
      {
        name: "OH over hours",
        sheet: line("- Honor instruktur [2 OR x 4 JAM]", 8, "Org/Hari", "521213"),
        expect: [{ cell: "D3", messageId: "tidakSesuai", severity: "warning" }],
      },
    ],
  },
  env
);

describe("SATUAN-VOLUME", () => {
  it("names the unit the expression counts", () => {
    const [f] = runRule(satuanVolume, line("- Uang harian [3 ORG x 2 HARI]", 6, "OK", "524111"), {}, env);
    expect(f.input).toMatchObject({ expected: "OH", actual: "OK", data: { hitung: "hari", bukan: "kali/kegiatan" } });
  });
  it("falls back to the shipped reference data when the environment has none", () => {
    expect(runRule(satuanVolume, line("- Uang harian [3 ORG x 2 HARI]", 6, "OK", "524111"))).toHaveLength(1);
  });
});

describe("SATUAN-TIDAK-DIKENAL in a RAB's rincian perhitungan", () => {
  it("names each unknown unit once, as written", () => {
    const sheet = sheetOf(
      [
        ["Kode", "Uraian", "Rincian Perhitungan", null, "Harga Satuan", "Jumlah"],
        [null, null, "Sat", "Jml", null, null],
        ["521211", "Belanja Bahan", null, null, null, 1020000],
        [null, "Toner printer", "12 Catridge x 1 Catridge", 12, 85000, 1020000],
      ],
      { merges: [{ top: 0, left: 2, bottom: 0, right: 3 }] }
    );
    const [f, ...rest] = runRule(satuanTidakDikenal, sheet, {}, env);
    expect(rest).toEqual([]);
    expect(f.input).toMatchObject({
      actual: "Catridge",
      data: { satuan: "Catridge", rincian: "12 Catridge x 1 Catridge" },
    });
  });
});
