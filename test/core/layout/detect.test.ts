import { detectLayout, findBudgetSheet } from "../../../src/core/layout/detect";
import { sheetOf } from "../../helpers/sheets";
import { kertasKerja, kertasKerjaSakti, monsaktiItem, rabB2d6, rkaklExport, rpa } from "../../fixtures/layouts";

describe("detectLayout", () => {
  it("recognises the RKAKL/SAKTI export", () => {
    const l = detectLayout(rkaklExport())!;
    expect(l.kind).toBe("rkakl-export");
    expect(l.columns).toMatchObject({
      kode: 0,
      uraian: 1,
      volume: 2,
      satuan: 3,
      hargaSatuan: 4,
      jumlah: 5,
      blokir: 6,
      sumberDana: 7,
    });
    expect(l.dataStart).toBe(1);
    expect(l.confidence).toBe(1);
  });

  it("recognises the kertas kerja with a title block and a numbering row", () => {
    const l = detectLayout(kertasKerja())!;
    expect(l.kind).toBe("kertas-kerja");
    expect(l.headerTop).toBe(5);
    expect(l.dataStart).toBe(7);
    expect(l.columns).toMatchObject({
      kode: 0,
      uraian: 1,
      volume: 2,
      satuan: 3,
      hargaSatuan: 4,
      jumlah: 5,
      sumberDana: 6,
    });
    expect(l.titleBlock.provinsi).toBe("JAWA TENGAH");
    expect(l.titleBlock.tahun).toBe(2026);
    expect(l.titleBlock.satker).toContain("POLTEKKES");
  });

  it("recognises SAKTI's volume pairs", () => {
    const l = detectLayout(kertasKerjaSakti())!;
    expect(l.kind).toBe("kertas-kerja");
    expect(l.volumePairs).toEqual([
      { number: 2, unit: 3 },
      { number: 4, unit: 5 },
    ]);
    expect(l.columns).toMatchObject({ volume: 6, satuan: 7, hargaSatuan: 8, jumlah: 9 });
  });

  it("recognises the RAB B.2.d.6 two-row merged header", () => {
    const l = detectLayout(rabB2d6())!;
    expect(l.kind).toBe("rab-b2d6");
    expect(l.headerTop).toBe(1);
    expect(l.headerBottom).toBe(2);
    expect(l.dataStart).toBe(3);
    expect(l.columns).toMatchObject({
      kode: 0,
      uraian: 1,
      volumeRo: 2,
      jenisKomponen: 3,
      rincianSat: 4,
      rincianJml: 5,
      hargaSatuan: 6,
      jumlah: 7,
    });
    expect(l.titleBlock.tahun).toBe(2026);
  });

  it("recognises the RPA with month names merged above % and Rp", () => {
    const l = detectLayout(rpa())!;
    expect(l.kind).toBe("rpa");
    expect(l.columns).toMatchObject({ kode: 0, uraian: 1, pagu: 2 });
    expect(l.months).toHaveLength(12);
    expect(l.months[0]).toEqual({ month: 1, percent: 3, rupiah: 4 });
    expect(l.months[11]).toEqual({ month: 12, percent: 25, rupiah: 26 });
    expect(l.dataStart).toBe(4);
  });

  it("recognises the MonSAKTI item export", () => {
    const l = detectLayout(monsaktiItem())!;
    expect(l.kind).toBe("monsakti-item");
    expect(l.columns).toMatchObject({
      kodeAkun: 6,
      uraian: 7,
      volume: 8,
      satuan: 9,
      hargaSatuan: 10,
      jumlah: 11,
      blokir: 12,
    });
    expect(l.months.map((m) => m.rupiah)).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
  });

  it("finds no budget in a sheet that is not one", () => {
    const daftarHadir = sheetOf([
      ["DAFTAR HADIR RAPAT"],
      ["No", "Nama", "NIP", "Jabatan", "Tanda Tangan"],
      [1, "Budi", "1980", "Staf", null],
    ]);
    expect(detectLayout(daftarHadir)).toBeNull();
    expect(detectLayout(sheetOf([]))).toBeNull();
  });

  it("picks the first sheet that holds a budget, or the named one", () => {
    const empty = sheetOf([["catatan"]], { name: "Catatan" });
    const budget = { ...rkaklExport(), name: "RKA" };
    expect(findBudgetSheet({ sheets: [empty, budget] })?.sheet.name).toBe("RKA");
    expect(findBudgetSheet({ sheets: [empty, budget] }, "catatan")?.layout).toBeNull();
    expect(findBudgetSheet({ sheets: [empty] })).toBeNull();
  });

  it("tolerates header spelling, case and order", () => {
    const l = detectLayout(
      sheetOf([
        ["URAIAN", "KD", "Jumlah (Rp)", "Harga Sat.", "Satuan", "Volume"],
        ["Belanja Bahan", "521211", 100, null, null, null],
      ])
    )!;
    expect(l.columns).toMatchObject({ uraian: 0, kode: 1, jumlah: 2, hargaSatuan: 3, satuan: 4, volume: 5 });
  });

  it("reads the RAB's own column name for uraian (PMK 107/2024 B.2.d.6: Uraian RO/Komponen/Subkomponen/Akun/Detil)", () => {
    const sheet = { ...rabB2d6() };
    sheet.values = sheet.values.map((r) => [...r]);
    sheet.values[1][1] = "Uraian RO/Komponen/Subkomponen/Akun/Detil";
    const l = detectLayout(sheet)!;
    expect(l.kind).toBe("rab-b2d6");
    expect(l.columns).toMatchObject({ kode: 0, uraian: 1, rincianSat: 4, rincianJml: 5, jumlah: 7 });
  });
});
