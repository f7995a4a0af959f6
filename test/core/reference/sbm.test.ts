import { Decimal } from "../../../src/core/money/decimal";
import { createReferenceData } from "../../../src/core/reference/reference-data";
import { describeSbmValue, SbmTable, type SbmOverrideRow } from "../../../src/core/reference/sbm";
import { SBM_ITEMS, sbmItem } from "../../../src/core/reference/sbm-items";
import { SBM_DATASETS } from "../../../src/data/sbm-index";

describe("SbmTable", () => {
  const sbm = createReferenceData().sbm;

  it("finds an amount by year, item and any spelling of the province", () => {
    const v = sbm.get(2026, "UH-LUAR-KOTA", "Prov. DKI Jakarta")!;
    expect(v.nilai.toNumber()).toBe(530000);
    expect(v.status).toBe("VERIFIED");
    expect(v.dasar).toBe("PMK 32/2025");
    expect(v.sumber).toMatch(/^sbm_2026_uang_harian_dalam_negeri\.csv: github:agiesp/);
    expect(v.catatan).toMatch(/penanews/);
    expect(describeSbmValue(v)).toBe("PMK 32/2025, uang harian perjalanan dinas luar kota DKI Jakarta Rp530.000/OH");
  });

  it("keeps each value's own status (penginapan: only es.I checked for Kepulauan Riau)", () => {
    expect(sbm.get(2026, "PENGINAPAN-ES1", "Kepri")?.status).toBe("VERIFIED");
    expect(sbm.get(2026, "PENGINAPAN-ES2", "Kepri")?.status).toBe("UNVERIFIED");
    expect(sbm.get(2026, "UH-LUAR-KOTA", "DIY")?.status).toBe("UNVERIFIED");
    expect(sbm.get(2024, "KONSUMSI-MAKAN", "DKI")?.status).toBe("PARTIAL");
  });

  it("has no amount where the source has none", () => {
    expect(sbm.get(2026, "TAKSI", "Papua Tengah")).toBeUndefined();
    expect(sbm.get(2026, "UH-LUAR-KOTA", undefined)).toBeUndefined();
    expect(sbm.get(2027, "UH-LUAR-KOTA", "DKI")).toBeUndefined();
    expect(sbm.get(2026, "NO-SUCH-ITEM", "DKI")).toBeUndefined();
  });

  it("finds routes case-insensitively", () => {
    expect(sbm.get(2026, "TIKET-EKONOMI", undefined, "jakarta>ambon")?.nilai.toNumber()).toBe(7081000);
    expect(sbm.get(2026, "TRANSPORT-DARAT", "Jateng", "SEMARANG > KAB. KUDUS")?.nilai.toNumber()).toBe(235000);
  });

  it("tells full, partial, user-only and missing years apart", () => {
    expect(sbm.coverage(2026)).toBe("lengkap");
    expect(sbm.coverage(2024)).toBe("sebagian");
    expect(sbm.coverage(2025)).toBe("sebagian");
    expect(sbm.coverage(2018)).toBe("tidak-ada");
    expect(sbm.years()).toEqual([2024, 2025, 2026]);
  });

  const row = (over: Partial<SbmOverrideRow>): SbmOverrideRow => ({
    tahun: 2026,
    item: "UH-LUAR-KOTA",
    provinsi: "DKI JAKARTA",
    kunci: "",
    nilai: new Decimal(600000),
    satuan: "OH",
    uraian: "",
    lokasi: "lembar SBM_PENGGUNA baris 2",
    sumber: "",
    ...over,
  });

  it("lets the user's row win, then the user's all-province row, then the shipped one", () => {
    const t = new SbmTable(SBM_DATASETS, [
      row({}),
      row({ provinsi: "", nilai: new Decimal(400000), lokasi: "lembar SBM_PENGGUNA baris 3" }),
    ]);
    expect(t.get(2026, "UH-LUAR-KOTA", "DKI")?.nilai.toNumber()).toBe(600000);
    expect(t.get(2026, "UH-LUAR-KOTA", "DKI")?.pengguna).toBe(true);
    expect(t.get(2026, "UH-LUAR-KOTA", "Bali")?.nilai.toNumber()).toBe(400000);
    expect(t.get(2026, "UH-LUAR-KOTA", "Bali")?.dasar).toBe("pengguna: lembar SBM_PENGGUNA baris 3");
    expect(t.get(2026, "UH-DIKLAT", "Bali")?.pengguna).toBe(false);
  });

  it("makes a year Telaah does not ship available from the user's rows", () => {
    const t = new SbmTable(SBM_DATASETS, [row({ tahun: 2027 })]);
    expect(t.coverage(2027)).toBe("pengguna");
    expect(t.userRowCount(2027)).toBe(1);
    expect(t.get(2027, "UH-LUAR-KOTA", "DKI Jakarta")?.nilai.toNumber()).toBe(600000);
  });

  it("ships every catalogue item it names, with lampiran and income flags", () => {
    for (const d of SBM_DATASETS) for (const r of d.rows) expect(sbmItem(r[0])).toBeDefined();
    expect(sbmItem("uh-luar-kota")?.penghasilan).toBe(true);
    expect(sbmItem("PENGINAPAN-ES1")?.penghasilan).toBe(false);
    expect(SBM_ITEMS.filter((i) => i.lampiran === "II").map((i) => i.kode)).toEqual([
      "TIKET-BISNIS",
      "TIKET-EKONOMI",
      "TRANSPORT-DARAT",
      "TRANSPORT-DALAM-KOTA",
    ]);
  });
});
