import { createAnalyzer } from "../../../../src/core/analyzer";
import { createReferenceData } from "../../../../src/core/reference/reference-data";
import { sbmRules, sbmStats } from "../../../../src/core/rules/sbm";
import type { CellValue } from "../../../../src/core/sheet/snapshot";
import { sheetOf } from "../../../helpers/sheets";
import { KERTAS_KERJA_HEADER, RAB_HEADER, RAB_MERGES } from "../../../fixtures/layouts";

const reference = createReferenceData();
const analyzer = (options = {}) => createAnalyzer(options, { rules: sbmRules, environment: () => ({ reference }) });

/** Kertas kerja with its title block (TA 2026, LOKASI Jawa Tengah): no options needed. */
function kertasKerja(lines: CellValue[][]) {
  return sheetOf([
    ["KERTAS KERJA SATKER T.A. 2026"],
    ["SATKER", ": (632242) POLTEKKES SEMARANG"],
    ["LOKASI", ": KOTA SEMARANG, JAWA TENGAH"],
    [],
    ...KERTAS_KERJA_HEADER,
    ["051", "Persiapan", null, null, null, 0],
    ...lines,
  ]);
}

describe("SBM rules on real layouts", () => {
  it("kertas kerja: tahun and province come from the title block; each defect on its own row", () => {
    const sheet = kertasKerja([
      ["524111", "Belanja Perjalanan Dinas Biasa", null, null, null, 0],
      [null, "- Uang harian ke Surabaya [2 ORG x 3 HARI]", 6, "OH", 500000, 3000000],
      [null, "- Uang harian petugas [2 ORG x 3 HARI]", 6, "OH", 370000, 2220000],
      [null, "- Penginapan golongan III ke Jakarta [2 ORG x 2 MLM]", 4, "OH", 730000, 2920000],
      ["521211", "Belanja Bahan", null, null, null, 0],
      [null, "- Konsumsi rapat [20 OR x 2 KL]", 40, "OK", 85000, 3400000],
      [null, "- ATK [1 PKT]", 1, "PKT", 2500000, 2500000],
      ["522151", "Belanja Jasa Profesi", null, null, null, 0],
      [null, "- Honor narasumber eselon II [1 OR x 2 JAM]", 2, "OJ", 1500000, 3000000],
    ]);
    const res = analyzer().analyze(sheet);
    expect(res.findings.map((f) => [f.cell, f.rule, f.severity])).toEqual([
      ["E9", "SBM-UANG-HARIAN", "error"],
      ["E16", "SBM-HONORARIUM", "warning"],
    ]);
    expect(res.findings[0].basis).toBe("PMK 32/2025, uang harian perjalanan dinas luar kota Jawa Timur Rp410.000/OH");
    const stats = sbmStats(res.tree, analyzer().options, reference);
    expect(stats).toMatchObject({
      dijalankan: true,
      tahun: 2026,
      detil: 6,
      cocok: 5,
      tidakCocok: 1,
      barisTidakCocok: [13],
    });
    expect(stats.perKelompok).toEqual({ "UANG-HARIAN": 2, PENGINAPAN: 1, KONSUMSI: 1, HONORARIUM: 1 });
  });

  it("options win over the title block", () => {
    const sheet = kertasKerja([
      ["524111", "Belanja Perjalanan Dinas Biasa", null, null, null, 0],
      [null, "- Uang harian petugas [2 ORG x 3 HARI]", 6, "OH", 600000, 3600000],
    ]);
    // DKI Jakarta Rp530.000 instead of Jawa Tengah: 600.000 is over both, but the basis names DKI.
    const res = analyzer({ provinsi: "DKI" }).analyze(sheet);
    expect(res.findings.map((f) => f.basis)).toEqual([
      "PMK 32/2025, uang harian perjalanan dinas luar kota DKI Jakarta Rp530.000/OH",
    ]);
  });

  it("RAB B.2.d.6: two-row header, rincian instead of satuan, jumlah as formulas", () => {
    const sheet = sheetOf(
      [
        ...RAB_HEADER,
        ["051", "Persiapan", null, "Utama", null, null, null, "=SUM(H5)"],
        ["524111", "Belanja Perjalanan Dinas Biasa", null, null, null, null, null, "=SUM(H6:H7)"],
        [null, "Uang harian ke Bandung", null, null, "2 ORG x 3 HARI", 6, 450000, "=F6*G6"],
        [null, "Uang harian ke Jakarta", null, null, "2 ORG x 3 HARI", 6, 530000, "=F7*G7"],
      ],
      {
        merges: RAB_MERGES,
        results: { "3,7": 5880000, "4,7": 5880000, "5,7": 2700000, "6,7": 3180000 },
      }
    );
    const res = analyzer({ provinsi: "Jateng" }).analyze(sheet);
    expect(res.findings.map((f) => [f.cell, f.rule, f.severity, f.expected])).toEqual([
      ["G6", "SBM-UANG-HARIAN", "error", "Rp430.000"],
    ]);
  });

  it("a year without data: one info finding and nothing else", () => {
    const sheet = kertasKerja([
      ["524111", "Belanja Perjalanan Dinas Biasa", null, null, null, 0],
      [null, "- Uang harian ke Surabaya [2 ORG x 3 HARI]", 6, "OH", 900000, 5400000],
    ]);
    const res = analyzer({ tahun: 2027 }).analyze(sheet);
    expect(res.findings.map((f) => [f.rule, f.severity])).toEqual([["SBM-KONTEKS", "info"]]);
    expect(sbmStats(res.tree, analyzer({ tahun: 2027 }).options, reference)).toMatchObject({
      dijalankan: false,
      detil: 1,
      cocok: 0,
      tidakCocok: 0,
    });
  });
});
