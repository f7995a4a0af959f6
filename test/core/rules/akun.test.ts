import { createReferenceData } from "../../../src/core/reference/reference-data";
import { akun526 } from "../../../src/core/rules/akun/akun-526";
import { akunBas } from "../../../src/core/rules/akun/akun-bas";
import { akunDetil } from "../../../src/core/rules/akun/akun-detil";
import { akunJenis } from "../../../src/core/rules/akun/akun-jenis";
import { akunKapitalisasi } from "../../../src/core/rules/akun/akun-kapitalisasi";
import { akunLainnya } from "../../../src/core/rules/akun/akun-lainnya";
import { akunNama } from "../../../src/core/rules/akun/akun-nama";
import type { RuleEnvironment } from "../../../src/core/rules/rule";
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

/** An akun row (code, name) followed by detail lines [uraian, harga]. */
function akun(kode: string, nama: string, lines: [string, number][] = [], program?: string) {
  const rows: CellValue[][] = [RKAKL_HEADER];
  if (program) rows.push([program, "Program", 0, null, 0, 0]);
  rows.push([kode, nama, 0, null, 0, lines.reduce((s, [, h]) => s + h, 0)]);
  for (const [uraian, harga] of lines) rows.push([null, `    -     ${uraian}`, 1, "UNIT", harga, harga]);
  return sheetOf(rows);
}

testRule(
  akunBas,
  {
    valid: [
      ...clean,
      { name: 'a BLU akun written "Beban"', sheet: akun("525112", "Beban Barang") },
      {
        name: "a later code from the supplement",
        sheet: akun("521252", "Belanja Peralatan dan Mesin - Ekstrakomptabel"),
      },
    ],
    invalid: [
      {
        name: "a code BAS does not have",
        sheet: akun("521299", "Belanja Bahan Lain"),
        expect: [{ cell: "A2", messageId: "tidakAda" }],
      },
      {
        name: "a MonSAKTI item under an unknown code",
        sheet: (() => {
          const s = monsaktiItem();
          s.values[2] = [...s.values[2]];
          s.values[2][6] = "521299";
          return s;
        })(),
        expect: [{ cell: "G3", messageId: "tidakAda" }],
      },
    ],
  },
  env
);

testRule(
  akunJenis,
  {
    valid: [
      ...clean,
      { name: "bantuan sosial 57", sheet: akun("573111", "Belanja Bantuan Sosial") },
      {
        name: "subsidi under a BA BUN program",
        sheet: akun("551111", "Belanja Subsidi Lembaga Keuangan", [], "999.07.01"),
      },
    ],
    invalid: [
      {
        name: "subsidi in a K/L worksheet",
        sheet: akun("551111", "Belanja Subsidi Lembaga Keuangan"),
        expect: [{ cell: "A2", messageId: "bun" }],
      },
      {
        name: "an accrual-only Beban account",
        sheet: akun("592211", "Beban Penyusutan"),
        expect: [{ cell: "A2", messageId: "akrual" }],
      },
    ],
  },
  env
);

testRule(
  akunNama,
  {
    valid: [
      ...clean,
      { name: '"Beban" for "Belanja"', sheet: akun("524111", "Beban Perjalanan Dinas Biasa") },
      { name: "the 2018 name of a renamed akun", sheet: akun("524111", "Belanja perjalanan biasa") },
      { name: "an abbreviation", sheet: akun("511122", "Beban Tunjangan Anak PNS") },
      { name: "a BLU akun", sheet: akun("525112", "Beban Barang") },
      { name: "an extra word is a loose wording, not a mismatch", sheet: akun("521211", "Belanja Bahan Kegiatan") },
    ],
    invalid: [
      {
        name: "the name of another akun",
        sheet: akun("521219", "Belanja Barang Operasional Lainnya"),
        expect: [{ cell: "A2", messageId: "milikLain", severity: "warning" }],
      },
      {
        name: "an unrelated name",
        sheet: akun("521211", "Belanja Sewa Gedung"),
        expect: [{ cell: "A2", messageId: "beda", severity: "warning" }],
      },
    ],
  },
  env
);

describe("AKUN-NAMA", () => {
  it("names the akun whose name was written", () => {
    const [f] = runRule(akunNama, akun("521219", "Belanja Barang Operasional Lainnya"), {}, env);
    expect(f.input.data).toMatchObject({ lain: "521119", nama: "Belanja Barang Non Operasional Lainnya" });
  });
});

testRule(
  akunDetil,
  {
    valid: [
      ...clean,
      {
        name: "uang harian under perjalanan",
        sheet: akun("524111", "Belanja Perjalanan Dinas Biasa", [["Uang harian [3 OR x 2 HR]", 1000]]),
      },
      {
        name: "konsumsi under belanja bahan",
        sheet: akun("521211", "Belanja Bahan", [["Konsumsi rapat [15 OR x 1 KEG]", 1000]]),
      },
      {
        name: "honor pengelola teknis under belanja modal",
        sheet: akun("532113", "Belanja Modal Upah Tenaga Kerja dan Honor Pengelola Teknis Peralatan dan Mesin", [
          ["Honor tim teknis", 1000],
        ]),
      },
      {
        name: "equipment under belanja modal",
        sheet: akun("532111", "Belanja Modal Peralatan dan Mesin", [["Laptop", 15000000]]),
      },
      {
        name: "a course named after food consumption",
        sheet: akun("524111", "Belanja Perjalanan Dinas Biasa", [["Biaya PBL MK. Survei Konsumsi Pangan", 1000]]),
      },
    ],
    invalid: [
      {
        name: "uang harian under 521211",
        sheet: akun("521211", "Belanja Bahan", [["Uang harian peserta [3 OR x 2 HR]", 1000]]),
        expect: [{ cell: "B3", messageId: "tidakSesuai", severity: "warning" }],
      },
      {
        name: "konsumsi under 524111",
        sheet: akun("524111", "Belanja Perjalanan Dinas Biasa", [["Konsumsi kegiatan supervisi", 1000]]),
        expect: [{ cell: "B3", messageId: "tidakSesuai", severity: "warning" }],
      },
      {
        name: "ATK and fotocopy under belanja modal",
        sheet: akun("532111", "Belanja Modal Peralatan dan Mesin", [
          ["Printer", 3000000],
          ["ATK", 1500000],
          ["Fotocopy dokumen lelang", 1200000],
        ]),
        expect: [
          { cell: "B4", messageId: "tidakSesuai", severity: "warning" },
          { cell: "B5", messageId: "tidakSesuai", severity: "warning" },
        ],
      },
    ],
  },
  env
);

testRule(
  akunKapitalisasi,
  {
    valid: [
      ...clean,
      {
        name: "equipment at or above Rp1.000.000",
        sheet: akun("532111", "Belanja Modal Peralatan dan Mesin", [
          ["Laptop", 12000000],
          ["Printer", 1000000],
        ]),
      },
      {
        name: "a building at Rp30.000.000",
        sheet: akun("533111", "Belanja Modal Gedung dan Bangunan", [["Pos jaga", 30000000]]),
      },
      {
        name: "a cost line of a capital purchase is not a unit",
        sheet: akun("532113", "Belanja Modal Upah Tenaga Kerja dan Honor Pengelola Teknis Peralatan dan Mesin", [
          ["Honor tim", 500000],
        ]),
      },
      { name: "cheap goods under belanja barang", sheet: akun("521211", "Belanja Bahan", [["Kursi lipat", 300000]]) },
    ],
    invalid: [
      {
        name: "a BLU chair under Rp1.000.000",
        sheet: akun("537112", "Belanja Modal Peralatan dan Mesin", [
          ["Kursi", 770000],
          ["Laptop", 12000000],
        ]),
        expect: [{ cell: "E3", messageId: "dibawah", severity: "warning" }],
      },
      {
        name: "a building renovation under Rp25.000.000",
        sheet: akun("533121", "Belanja Penambahan Nilai Gedung dan Bangunan", [["Renovasi toilet", 20000000]]),
        expect: [{ cell: "E3", messageId: "dibawah", severity: "warning" }],
      },
    ],
  },
  env
);

describe("AKUN-KAPITALISASI", () => {
  it("cites the nilai kapitalisasi row it relies on", () => {
    const [f] = runRule(
      akunKapitalisasi,
      akun("532111", "Belanja Modal Peralatan dan Mesin", [["Kursi", 770000]]),
      {},
      env
    );
    expect(f.input.basis).toMatch(/PMK 181\/PMK\.06\/2016 Pasal 40/);
    expect(f.input.data).toMatchObject({ batas: "Rp1.000.000", harga: "Rp770.000" });
  });
});

testRule(
  akunLainnya,
  {
    valid: [
      ...clean,
      {
        name: "lines no specific akun covers",
        sheet: akun("521119", "Belanja Barang Operasional Lainnya", [
          ["Biaya akreditasi", 1000],
          ["Iuran kepesertaan", 1000],
        ]),
      },
      { name: "konsumsi under its own akun", sheet: akun("521211", "Belanja Bahan", [["Konsumsi rapat", 1000]]) },
    ],
    invalid: [
      {
        name: "konsumsi and fotocopy under 521119: one finding on the akun",
        sheet: akun("521119", "Belanja Barang Operasional Lainnya", [
          ["Konsumsi rapat evaluasi PBM", 1000],
          ["Fotocopy soal UAS", 1000],
          ["Biaya akreditasi", 1000],
        ]),
        expect: [{ cell: "A2", messageId: "spesifik", severity: "warning" }],
      },
      {
        name: "honor under 521219",
        sheet: akun("521219", "Belanja Barang Non Operasional Lainnya", [["Honor Narasumber Pusat", 1000]]),
        expect: [{ cell: "A2", messageId: "spesifik", severity: "warning" }],
      },
    ],
  },
  env
);

describe("AKUN-LAINNYA", () => {
  it("counts the lines by kind and names the akun they belong to", () => {
    const sheet = akun("521119", "Belanja Barang Operasional Lainnya", [
      ["Konsumsi rapat", 1],
      ["Konsumsi ujian", 1],
      ["Penggandaan modul", 1],
    ]);
    const [f] = runRule(akunLainnya, sheet, {}, env);
    expect(f.input.data).toMatchObject({ count: 3 });
    expect(String(f.input.data!.ringkas)).toContain("konsumsi 2 baris");
    expect(f.input.expected).toBe("521211");
  });
});

testRule(
  akun526,
  {
    valid: clean,
    invalid: [
      {
        name: "goods handed over to the public",
        sheet: akun("526311", "Belanja Barang Lainnya untuk diserahkan kepada masyarakat/Pemda"),
        expect: [{ cell: "A2", messageId: "pernyataan", severity: "warning" }],
      },
    ],
  },
  env
);
